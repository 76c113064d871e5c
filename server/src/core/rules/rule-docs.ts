// The generated rule reference (docs/rules/): one page per rule from its metadata and its
// README (explanation and the Goed/Fout examples the tests execute), and an index. Pure: the
// script scripts/gen-rule-docs.mjs reads the READMEs and writes the pages; a test compares.
import type { RuleMeta } from '../rule.js';

const SEVERITY = { error: 'fout', warning: 'waarschuwing', info: 'info' } as const;

export function rulePageName(meta: Pick<RuleMeta, 'id' | 'alias'>): string {
  return `${meta.id.toLowerCase()}-${meta.alias}.md`;
}

export function rulePage(meta: RuleMeta, readme: string): string {
  const body = readme.replace(/^# .*\n+/, '').trimEnd();
  return [
    `# ${meta.id} ${meta.alias}`,
    '',
    `<!-- Gegenereerd uit server/src/core/rules/${meta.id.toLowerCase()}-${meta.alias}/ (metadata en README); niet bewerken: npm run docs:rules -->`,
    '',
    `**${meta.description}**`,
    '',
    '| | |',
    '|---|---|',
    meta.preset
      ? `| Standaardernst | uit; in de voorinstelling \`${meta.preset}\`: ${SEVERITY[meta.defaultSeverity]} |`
      : `| Standaardernst | ${SEVERITY[meta.defaultSeverity]} |`,
    `| Automatisch herstel | ${meta.fixable ? 'ja' : 'nee'} |`,
    `| Gegevens van de Kamer nodig | ${meta.needsData ? 'ja (zonder gegevens meldt de regel niets)' : 'nee'} |`,
    `| Onderwerpen | ${meta.tags.join(', ') || '–'} |`,
    `| Instellen in \`.kamerbrief.jsonc\` | \`"rules": { "${meta.id}": "off" }\` (of \`"${meta.alias}"\`; \`off\`, \`info\`, \`warning\`, \`error\`) |`,
    `| Onderdrukken | \`<!-- kamerbrief-disable-next-line ${meta.id} -- reden: … -->\` |`,
    '',
    body,
    '',
  ].join('\n');
}

export function indexPage(metas: readonly RuleMeta[]): string {
  return [
    '# Regels van Kamerbrief',
    '',
    '<!-- Gegenereerd uit de regels; niet bewerken: npm run docs:rules -->',
    '',
    '| id | alias | wat de regel controleert | standaard | herstel |',
    '|---|---|---|---|---|',
    ...metas.map((m) => `| [${m.id}](${rulePageName(m)}) | ${m.alias} | ${m.description.replace(/\|/g, '\\|')} | ${m.preset ? `uit (${m.preset}: ${SEVERITY[m.defaultSeverity]})` : SEVERITY[m.defaultSeverity]} | ${m.fixable ? 'ja' : 'nee'} |`),
    '',
  ].join('\n');
}

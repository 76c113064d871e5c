// KB106: one document, one citation style for Kamerstukken. By default the document's own
// majority style wins (a tie goes to the letter style) and only the minority is flagged; the
// configured `citatiestijl` (option "stijl") forces a style. Eerste Kamer stukken always carry
// chamber and year ("Kamerstukken I 2022/23, 36 021, B") and never count as a mix. The fix turns a
// Leidraad citation into the letter style; the other way needs the vergaderjaar, which the letter
// style does not hold, so it has no fix.
import { scanCitations } from '../../citations/index.js';
import { spacedDossier } from '../../citations/tokens.js';
import { q, unexpected } from '../../message.js';
import type { Rule } from '../../rule.js';
import type { Citation, Fix } from '../../types.js';

type Style = 'letter' | 'leidraad';

/** The letter-style form of a Leidraad citation of one dossier, when nothing (a page) would be lost. */
function letterForm(c: Citation): string | null {
  if (c.dossier.length !== 1 || c.nrs.length === 0 || c.pages || c.rijkswet || !c.nrs.every((n) => /^\d+$/.test(n))) return null;
  const t = c.toevoeging;
  const toev = t ? (/^\d/.test(t) ? `-${t}` : ` ${t}`) : '';
  const nrs = c.nrs.length === 1 ? `nr. ${c.nrs[0]}` : `nrs. ${c.nrs.slice(0, -1).join(', ')} en ${c.nrs[c.nrs.length - 1]}`;
  const draft = `Kamerstuk ${spacedDossier(c.dossier[0]!)}${toev}, ${nrs}`;
  const read = scanCitations(draft).citations[0];
  return read && read.valid && read.style === 'letter' && read.end === draft.length ? (read.canonical ?? draft) : null;
}

const rule: Rule = {
  meta: {
    id: 'KB106',
    alias: 'citatiestijl',
    description: 'Eén document gebruikt één citatiestijl voor Kamerstukken: standaard de stijl van de meeste citaten in het document, of de ingestelde stijl.',
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['citaties', 'stijl'],
  },
  check({ doc, options, report }) {
    const kamerstukken = doc.citations
      .map((c) => c.citation)
      .filter((c) => c.kind.startsWith('kamerstuk') && (c.style === 'letter' || c.style === 'leidraad') && c.chamber !== 'I');
    const letters = kamerstukken.filter((c) => c.style === 'letter').length;
    const leidraad = kamerstukken.length - letters;
    if (letters === 0 || leidraad === 0) return;
    const forced = options['stijl'] === 'leidraad' ? 'leidraad' : options['stijl'] === 'brief' ? 'letter' : null;
    const wanted: Style = forced ?? (leidraad > letters ? 'leidraad' : 'letter');
    const why = forced ? 'de ingestelde citatiestijl' : 'de stijl van de meeste citaten in dit document';
    const first = kamerstukken.find((c) => c.style === wanted);
    for (const c of kamerstukken) {
      if (c.style === wanted) continue;
      const letter = wanted === 'letter' ? letterForm(c) : null;
      const fix: Fix | undefined = letter ? { range: [c.start, c.end], text: letter } : undefined;
      report({
        span: { start: c.start, end: c.end },
        message: unexpected({
          what: wanted === 'letter' ? 'Leidraad-notatie' : 'briefnotatie',
          found: q(c.text),
          expected: letter ? q(letter) : wanted === 'letter' ? 'de briefstijl' : 'de Leidraad-stijl',
          explanation: `één document gebruikt één citatiestijl: ${why}`,
        }),
        ...(fix ? { fix } : {}),
        ...(first ? { related: [{ span: { start: first.start, end: first.end }, message: 'citaat in de gekozen stijl' }] } : {}),
      });
    }
  },
};
export default rule;

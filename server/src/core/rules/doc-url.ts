// Where a rule's documentation page lives (docs/rules/, generated from the rule's metadata and
// README by scripts/gen-rule-docs.mjs): linked from diagnostics, SARIF and the other CI formats.
export const RULE_DOCS_BASE = 'https://github.com/kamerbrief/kamerbrief/blob/main/docs/rules/';

export function ruleDocUrl(id: string, alias: string): string {
  return `${RULE_DOCS_BASE}${id.toLowerCase()}-${alias}.md`;
}

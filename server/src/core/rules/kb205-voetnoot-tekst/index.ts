// PLACEHOLDER: replaced by the rule's implementation.
import type { Rule } from '../../rule.js';

const rule: Rule = {
  meta: { id: 'KB205', alias: 'voetnoot-tekst', description: 'TODO', defaultSeverity: 'warning', fixable: true, tags: [] },
  check() {},
};
export default rule;

// PLACEHOLDER: replaced by the rule's implementation.
import type { Rule } from '../../rule.js';

const rule: Rule = {
  meta: { id: 'KB203', alias: 'voetnoot-volgorde', description: 'TODO', defaultSeverity: 'error', fixable: true, tags: [] },
  check() {},
};
export default rule;

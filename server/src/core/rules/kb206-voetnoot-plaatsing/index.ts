// PLACEHOLDER: replaced by the rule's implementation.
import type { Rule } from '../../rule.js';

const rule: Rule = {
  meta: { id: 'KB206', alias: 'voetnoot-plaatsing', description: 'TODO', defaultSeverity: 'info', fixable: false, tags: [] },
  check() {},
};
export default rule;

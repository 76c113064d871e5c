// PLACEHOLDER: replaced by the rule's implementation.
import type { Rule } from '../../rule.js';

const rule: Rule = {
  meta: { id: 'KB201', alias: 'voetnoot-ongedefinieerd', description: 'TODO', defaultSeverity: 'error', fixable: false, tags: [] },
  check() {},
};
export default rule;

// PLACEHOLDER: replaced by the rule's implementation.
import type { Rule } from '../../rule.js';

const rule: Rule = {
  meta: { id: 'KB501', alias: 'voorpagina', description: 'TODO', defaultSeverity: 'warning', fixable: false, tags: [] },
  check() {},
};
export default rule;

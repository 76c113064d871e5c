// PLACEHOLDER: replaced by the rule's implementation.
import type { Rule } from '../../rule.js';

const rule: Rule = {
  meta: { id: 'KB402', alias: 'vraag-nummering', description: 'TODO', defaultSeverity: 'error', fixable: true, tags: [] },
  check() {},
};
export default rule;

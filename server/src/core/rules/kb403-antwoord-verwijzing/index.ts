// PLACEHOLDER: replaced by the rule's implementation.
import type { Rule } from '../../rule.js';

const rule: Rule = {
  meta: { id: 'KB403', alias: 'antwoord-verwijzing', description: 'TODO', defaultSeverity: 'error', fixable: false, tags: [] },
  check() {},
};
export default rule;

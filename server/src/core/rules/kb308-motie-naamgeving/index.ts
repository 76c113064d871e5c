// PLACEHOLDER: replaced by the rule's implementation.
import type { Rule } from '../../rule.js';

const rule: Rule = {
  meta: { id: 'KB308', alias: 'motie-naamgeving', description: 'TODO', defaultSeverity: 'warning', fixable: true, tags: [] },
  check() {},
};
export default rule;

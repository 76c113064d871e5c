// PLACEHOLDER: replaced by the rule's implementation.
import type { Rule } from '../../rule.js';

const rule: Rule = {
  meta: { id: 'KB404', alias: 'antwoordtermijn', description: 'TODO', defaultSeverity: 'info', fixable: false, tags: [] },
  check() {},
};
export default rule;

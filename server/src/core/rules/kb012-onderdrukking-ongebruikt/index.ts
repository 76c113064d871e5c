// KB012: a suppression that suppresses nothing (any more) is noise that hides future problems.
// The engine reports it after all rules ran (lint.ts, suppressions.ts): only then is it known
// what was suppressed. This module holds the metadata; its check has nothing to do.
import type { Rule } from '../../rule.js';

export const UNUSED_SUPPRESSION = 'KB012';

const rule: Rule = {
  meta: {
    id: UNUSED_SUPPRESSION,
    alias: 'onderdrukking-ongebruikt',
    description: 'Een onderdrukking (kamerbrief-disable…) onderdrukt ook echt een melding en noemt alleen bestaande regels.',
    defaultSeverity: 'warning',
    fixable: false,
    tags: ['onderdrukking'],
  },
  check() {
    // Reported by the engine from applySuppressions().
  },
};
export default rule;

// KB011: a suppression comment says why. A reviewer reading `kamerbrief-disable` must see the
// reason in the draft itself (ESLint's "-- description").
import { q, unexpected } from '../../message.js';
import type { Rule } from '../../rule.js';
import { findSuppressions } from '../../suppressions.js';

const rule: Rule = {
  meta: {
    id: 'KB011',
    alias: 'onderdrukking-zonder-reden',
    description: 'Een onderdrukking in een commentaar (kamerbrief-disable…) noemt na "--" de reden waarom de regel hier niet geldt.',
    defaultSeverity: 'warning',
    fixable: false,
    tags: ['onderdrukking'],
  },
  check({ doc, report }) {
    for (const s of findSuppressions(doc)) {
      if (s.kind === 'enable' || s.reason !== null) continue;
      report({
        span: { start: s.start, end: s.end },
        message: unexpected({
          what: 'onderdrukking zonder reden',
          found: q(s.text),
          expected: 'een reden na "--", bijvoorbeeld "-- reden: letterlijk citaat uit de motie"',
        }),
      });
    }
  },
};
export default rule;

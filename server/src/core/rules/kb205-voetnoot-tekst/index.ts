// KB205: footnote texts start cleanly (".Kamerstukken …" was a real slip in nr. 501) and end
// alike: all with a final period or all without, as the majority of the document does.
import { q, unexpected } from '../../message.js';
import type { Rule } from '../../rule.js';
import { bodyText } from '../footnote-shared.js';

const STRAY = /^[.,;:]+[ \t]*(?=[\p{L}\p{N}«"'(])/u;

const rule: Rule = {
  meta: {
    id: 'KB205',
    alias: 'voetnoot-tekst',
    description: 'Een voetnoottekst begint zonder los leesteken, en alle voetnoten eindigen op dezelfde manier (met of zonder punt).',
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['voetnoten'],
  },
  check({ doc, report }) {
    const ends: { def: (typeof doc.definitions)[number]; end: number; period: boolean }[] = [];
    // Where citation issues start: a stray mark there belongs to the citation rule (one pass, not per note).
    const issueStarts = new Set<number>();
    for (const { citation } of doc.citations) for (const i of citation.issues) if (i.span) issueStarts.add(i.span.start);
    for (const def of doc.definitions) {
      const body = bodyText(doc, def);
      const stray = STRAY.exec(body);
      // A stray mark before a citation is the citation rule's (KB101) to report and fix.
      const citationOwns = issueStarts.has(def.bodyStart);
      if (stray && !citationOwns) {
        report({
          span: { start: def.bodyStart, end: def.bodyStart + stray[0].length },
          message: unexpected({
            what: 'leesteken',
            neuter: true,
            found: q(stray[0].trim()),
            expected: 'een voetnoottekst die met de tekst zelf begint',
            explanation: 'los leesteken aan het begin van voetnoot ' + def.label,
          }),
          fix: { range: [def.bodyStart, def.bodyStart + stray[0].length], text: '' },
        });
      }
      const trimmed = body.trimEnd();
      if (trimmed.length === 0) continue;
      ends.push({ def, end: def.bodyStart + trimmed.length, period: trimmed.endsWith('.') });
    }
    const withPeriod = ends.filter((e) => e.period).length;
    const without = ends.length - withPeriod;
    if (withPeriod === 0 || without === 0) return;
    const wantPeriod = withPeriod >= without; // house style breaks a tie
    for (const e of ends) {
      if (e.period === wantPeriod) continue;
      report({
        span: { start: e.end - (e.period ? 1 : 0), end: e.end },
        message: unexpected({
          what: wantPeriod ? 'voetnoot zonder slotpunt' : 'slotpunt',
          neuter: !wantPeriod,
          found: `in voetnoot ${e.def.label}`,
          expected: wantPeriod ? 'een punt aan het eind, zoals in de andere voetnoten' : 'geen punt aan het eind, zoals in de andere voetnoten',
        }),
        fix: e.period ? { range: [e.end - 1, e.end], text: '' } : { range: [e.end, e.end], text: '.' },
      });
    }
  },
};
export default rule;

// KB602: HTML comments are notes to colleagues ("nog afstemmen met FIN"); a suppression's reason
// is one too. In a draft that is sent or exported they must be gone. One message per line, so a
// line with several comments is one thing to clean up.
import { q, unexpected } from '../../message.js';
import type { Rule } from '../../rule.js';
import { sendView } from '../send-view.js';

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const SUPPRESSION = /^<!--\s*kamerbrief-(?:disable|enable)/;

const rule: Rule = {
  meta: {
    id: 'KB602',
    alias: 'commentaar',
    description: 'Een stuk dat verzonden wordt, bevat geen commentaar (<!-- … -->) en geen onderdrukkingen met hun reden: dat zijn interne notities (alleen in de voorinstelling verzending).',
    defaultSeverity: 'error',
    fixable: false,
    preset: 'verzending',
    tags: ['verzending', 'onderdrukking'],
  },
  check({ doc, report }) {
    const byLine = new Map<number, { start: number; end: number; text: string }[]>();
    for (const part of sendView(doc, /<!--/).html) {
      for (const m of part.value.matchAll(COMMENT)) {
        const start = part.start + m.index;
        const line = doc.lines.positionAt(start).line;
        const list = byLine.get(line) ?? [];
        list.push({ start, end: start + m[0].length, text: m[0] });
        byLine.set(line, list);
      }
    }
    for (const list of byLine.values()) {
      const first = list[0]!;
      const suppression = SUPPRESSION.test(first.text);
      report({
        span: { start: first.start, end: list[list.length - 1]!.end },
        message: unexpected({
          what: suppression ? 'onderdrukking' : 'commentaar',
          neuter: !suppression,
          found: q(first.text) + (list.length > 1 ? ` (en ${list.length - 1} meer op deze regel)` : ''),
          expected: 'geen commentaar in een stuk dat verzonden wordt',
          explanation: suppression ? 'de onderdrukking en haar reden zijn interne notities' : 'commentaar is een interne notitie',
        }),
      });
    }
  },
};

export default rule;

// KB403: "Zie antwoord 3 en 4." and "Zie het antwoord op vraag 7." point at numbers that exist.
import { flatEndToSource, flatToSource } from '../../facts.js';
import { q, unexpected } from '../../message.js';
import type { Rule } from '../../rule.js';
import { numbersOf, qaItems } from '../qa-shared.js';

const REFERENCE = /\b[Zz]ie[ \u00a0]+(?:ook[ \u00a0]+)?(?:het[ \u00a0]+|mijn[ \u00a0]+)?antwoord(?:en)?[ \u00a0]+(?:op[ \u00a0]+(?:de[ \u00a0]+)?vra(?:ag|gen)[ \u00a0]+)?(\d+(?:(?:,[ \u00a0]*|[ \u00a0]+en[ \u00a0]+|[ \u00a0]+t\/m[ \u00a0]+)\d+){0,30})/g;

const rule: Rule = {
  meta: {
    id: 'KB403',
    alias: 'antwoord-verwijzing',
    description: 'Een verwijzing als "Zie antwoord 3 en 4" wijst naar vragen die in het document staan.',
    defaultSeverity: 'error',
    fixable: false,
    tags: ['kamervragen'],
  },
  check({ doc, report }) {
    const items = qaItems(doc);
    if (items.length === 0) return;
    const known = new Set(items.flatMap((i) => i.numbers));
    for (const unit of doc.units) {
      if (!/ntwoord/.test(unit.flat)) continue;
      for (const m of unit.flat.matchAll(REFERENCE)) {
        const missing = numbersOf(m[1]!).numbers.filter((n) => !known.has(n));
        if (missing.length === 0) continue;
        report({
          span: { start: flatToSource(unit, m.index), end: flatEndToSource(unit, m.index + m[0].length) },
          message: unexpected({
            what: 'verwijzing',
            found: q(m[0]),
            expected: `een vraag die bestaat (${missing.length === 1 ? `vraag ${missing[0]} ontbreekt` : `vragen ${missing.join(', ')} ontbreken`})`,
          }),
        });
      }
    }
  },
};
export default rule;

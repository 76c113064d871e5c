// Editing with a shared block cache (as the language server does) must give exactly the messages
// of a fresh lint: per-unit memos (unit-memo.ts) and shifted units may never leak a stale fact.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { analyze, MemoryBlockCache } from '../../server/src/core/analyze.js';
import { lintText, runRules } from '../../server/src/core/lint.js';
import { CORPUS } from '../helpers/paths.js';

const LETTER = fs.readFileSync(path.join(CORPUS, '29754-501-stand-van-zaken-moties-toezeggingen.md'), 'utf8');

// Edits that matter to document-wide checks: movers, footnote calls and definitions, headings, citations.
const SNIPPETS = ['x', ' ', '\n\n', 'motie van het lid Becker c.s.', ' de motie van het lid Zwanenburg over iets. ', ' de motie-Vanderveen ', '[^1]', '[^9]: Kamerstuk 29 754, nr. 451.\n', '\n## Motie van het lid Taverne over iets\n', 'Kamerstuk 29754 nr 482', '.', '(VVD)'];

describe('editing with a shared cache', () => {
  it('gives the messages of a fresh lint after every edit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.nat(), del: fc.nat({ max: 40 }), ins: fc.constantFrom(...SNIPPETS) }), { minLength: 1, maxLength: 12 }),
        (edits) => {
          const cache = new MemoryBlockCache();
          let text = LETTER;
          runRules(analyze(text, { cache }));
          for (const e of edits) {
            const at = e.at % (text.length + 1);
            text = text.slice(0, at) + e.ins + text.slice(at + e.del);
            const incremental = runRules(analyze(text, { cache }));
            assert.deepEqual(incremental, lintText(text).messages);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

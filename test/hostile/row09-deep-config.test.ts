// Issue 11 row 9: a .kamerbrief.jsonc nested 4,000 deep ended in "interne fout: RangeError" and
// a JavaScript stack trace. Now one Dutch line with file:line:col, exit 2.
import assert from 'node:assert/strict';
import { CLEAN, folder, kamerbrief, removeFolders } from './cli-run.js';

const DEPTH = 4000;

describe('hostile row 9: a deeply nested configuration is one clear message', () => {
  after(removeFolders);

  for (const [shape, text] of [
    ['objects', `{"x": ${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}}`],
    ['rule options', `{"rules":{"KB101":["error", ${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}]}}`],
    ['objects over lines', `{\n"x": ${'{"a":\n'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}}`],
  ] as const) {
    it(`${shape}: exit 2, file:line:col, no stack trace`, async () => {
      const dir = folder({ '.git/HEAD': '', '.kamerbrief.jsonc': text, 'a.md': CLEAN });
      const r = await kamerbrief(['lint', '--no-cache', 'a.md'], dir);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /^kamerbrief: \.kamerbrief\.jsonc:\d+:\d+: te diep genest/);
      assert.doesNotMatch(r.stderr, /interne fout|RangeError|\n\s+at /);
      assert.equal(r.stderr.trim().split('\n').length, 1);
    });
  }
});

// Neovim (Debian's, 0.7+) headless as a real LSP client over stdio (the shared testing notes, TESTING.md §2).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../helpers/paths.js';

describe('e2e: Neovim as LSP client', () => {
  it('shows diagnostics and a hover card from kamerbrief-language-server --stdio', function () {
    this.timeout(60_000);
    const state = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-nvim-'));
    try {
      const r = spawnSync('nvim', ['--headless', '-u', 'test/e2e/nvim/minimal.lua', 'test/e2e/ws/concept.md'], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 50_000,
        env: {
          ...process.env,
          SERVER: path.join(ROOT, 'bin', 'kamerbrief-language-server.js'),
          HOVER_LINE: '5', // "… en Kamerstuk 29 754, nr. 482."
          HOVER_COL: '70',
          XDG_CACHE_HOME: state,
          XDG_DATA_HOME: state,
          XDG_STATE_HOME: state,
          XDG_CONFIG_HOME: state,
        },
      });
      assert.equal(r.error, undefined, 'nvim runs (scripts/e2e/setup.sh installs it)');
      const out = (r.stdout ?? '') + (r.stderr ?? '');
      assert.equal(r.status, 0, out);
      assert.match(out, /DIAG 6:\d+ severity=1 code=KB101 Onverwachte notatie "Kamerstuk 29754, nr\. 448", verwacht "Kamerstuk 29 754, nr\. 448"/);
      assert.match(out, /HOVER .*\*\*Kamerstuk\*\*.*kst-29754-482/);
    } finally {
      fs.rmSync(state, { recursive: true, force: true });
    }
  });
});

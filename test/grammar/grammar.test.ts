// Runs the TextMate grammar tests (vscode-tmgrammar-test) from mocha, so CI runs them with the rest.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { ROOT } from '../helpers/paths.js';

describe('TextMate injection grammar', () => {
  it('scopes citations in Markdown and none inside code or link targets', function () {
    this.timeout(60_000);
    const r = spawnSync('bash', ['scripts/test-grammar.sh'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /run successfuly/);
  });
});

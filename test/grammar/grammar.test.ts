// Runs the TextMate grammar tests (scripts/test-grammar.sh: vscode-tmgrammar-test) from mocha, so CI
// runs them with the rest.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers/paths.js';

describe('TextMate injection grammar', () => {
  it('scopes citations in Markdown and none inside code, link targets or comments', function () {
    this.timeout(120_000);
    const r = spawnSync('bash', ['scripts/test-grammar.sh'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    const files = fs.readdirSync(path.join(ROOT, 'test', 'grammar')).filter((f) => f.endsWith('.test.md'));
    assert.ok(files.length >= 4, files.join(', '));
    for (const f of files) assert.match(r.stdout, new RegExp(`✓ test/grammar/${f.replace(/\./g, '\\.')} run successfuly`), r.stdout);
  });
});

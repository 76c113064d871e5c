// `--changed-since <ref>` in a temporary git repository: changed and untracked drafts only,
// ignored and deleted files left out, clear messages outside a repository or for a bad ref.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { json, kb, SLIP, tempTree, write } from './config-helpers.js';

function git(dir: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, stdio: 'pipe' });
}

describe('CLI: --changed-since', () => {
  let dir: string;
  before(() => {
    dir = tempTree({ 'a.md': SLIP, 'b.md': SLIP, 'weg.md': SLIP, 'sub/c.md': SLIP, '.gitignore': 'genegeerd.md\n', '.kamerbrief.jsonc': '{ "ignores": ["oud/**"] }' });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'eerste');
    write(dir, { 'b.md': SLIP + '\nMeer.\n', 'sub/c.md': SLIP + '\nMeer.\n', 'nieuw.md': SLIP, 'genegeerd.md': SLIP, 'oud/d.md': SLIP, 'notities.txt': 'x' });
    fs.rmSync(path.join(dir, 'weg.md'));
    git(dir, 'add', 'sub/c.md'); // staged counts too
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lints only drafts changed since the ref plus untracked ones', async () => {
    const r = await kb(['lint', '--changed-since', 'HEAD', '--format', 'json', '--no-cache'], dir);
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(json(r).map((f) => f.file).sort(), ['b.md', 'nieuw.md', 'sub/c.md']);
  });

  it('combines with paths, and from a subfolder', async () => {
    const r = await kb(['lint', '--changed-since', 'HEAD', '--format', 'json', '--no-cache', 'sub'], dir);
    assert.deepEqual(json(r).map((f) => f.file), ['sub/c.md']);
    const inner = await kb(['lint', '--changed-since', 'HEAD', '--format', 'json', '--no-cache'], path.join(dir, 'sub'));
    assert.deepEqual(json(inner).map((f) => f.file), ['c.md']);
  });

  it('nothing changed: exit 0 with a note', async () => {
    const clean = tempTree({ 'a.md': SLIP });
    try {
      git(clean, 'init', '-q', '-b', 'main');
      git(clean, 'add', '.');
      git(clean, 'commit', '-q', '-m', 'eerste');
      const r = await kb(['lint', '--changed-since', 'HEAD', '--no-cache'], clean);
      assert.equal(r.code, 0);
      assert.equal(r.stderr, 'kamerbrief: geen gewijzigde Markdown-bestanden sinds HEAD\n');
    } finally {
      fs.rmSync(clean, { recursive: true, force: true });
    }
  });

  it('an unknown ref or no repository: exit 2 with a clear message', async () => {
    const r = await kb(['lint', '--changed-since', 'bestaat-niet'], dir);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'kamerbrief: onbekende git-referentie "bestaat-niet" bij --changed-since; controleer de naam (git branch -a, git tag, git log)\n');
    const outside = tempTree({ 'a.md': SLIP });
    try {
      const o = await kb(['lint', '--changed-since', 'main'], outside);
      assert.equal(o.code, 2);
      assert.match(o.stderr, /^kamerbrief: --changed-since werkt alleen in een git-repository/);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('a ref that starts with "-" is refused as a ref, never passed to git as an option', async () => {
    const r = await kb(['lint', '--changed-since=--output=x', '--no-cache'], dir);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'kamerbrief: onbekende git-referentie "--output=x" bij --changed-since; controleer de naam (git branch -a, git tag, git log)\n');
    assert.equal(fs.existsSync(path.join(dir, 'x')), false);
  });

  it('names with spaces and non-ASCII letters, from the top folder', async () => {
    write(dir, { 'met spatie é.md': SLIP });
    try {
      const r = await kb(['lint', '--changed-since', 'HEAD', '--format', 'json', '--no-cache'], dir);
      assert.ok(json(r).some((f) => f.file === 'met spatie é.md'), r.stdout);
    } finally {
      fs.rmSync(path.join(dir, 'met spatie é.md'));
    }
  });
});

// Files found as git finds them: nested .gitignore files, negations, .git/info/exclude, the global
// excludes file, worktrees, runs from a subfolder, and trees outside any repository. git itself is
// the oracle (`git ls-files --others --cached --exclude-standard`); the CLI reads the files only.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { resolveFiles } from '../../server/src/cli/files.js';
import { json, kb, tempTree, write } from './config-helpers.js';

const T = 'x\n';

/** A home folder of our own, so the user's global git settings play no part. */
function homeFor(dir: string): { env: NodeJS.ProcessEnv; userDirs: { home: string; xdgConfigHome: string } } {
  const home = path.join(dir, '..', `${path.basename(dir)}-home`);
  fs.mkdirSync(path.join(home, '.config'), { recursive: true });
  const xdg = path.join(home, '.config');
  return { env: { ...process.env, HOME: home, XDG_CONFIG_HOME: xdg, GIT_CONFIG_NOSYSTEM: '1' }, userDirs: { home, xdgConfigHome: xdg } };
}

function git(dir: string, env: NodeJS.ProcessEnv, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, env, encoding: 'utf8', stdio: 'pipe' });
}

/** What git lists under `cwd`, as absolute paths of Markdown files. */
function gitMarkdown(cwd: string, env: NodeJS.ProcessEnv): string[] {
  return git(cwd, env, 'ls-files', '--others', '--cached', '--exclude-standard', '-z')
    .split('\0')
    .filter((f) => f.endsWith('.md'))
    .map((f) => path.join(cwd, f))
    .sort();
}

const rel = (root: string, files: string[]): string[] => files.map((f) => path.relative(root, f).split(path.sep).join('/'));

describe('CLI: files found as git finds them', () => {
  const cleanup: string[] = [];
  after(() => cleanup.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  let repo: string;
  let env: NodeJS.ProcessEnv;
  let userDirs: { home: string; xdgConfigHome: string };
  before(() => {
    repo = tempTree({
      '.gitignore': 'concept/\n*.tmp.md\nnode_modules/\noud/\n',
      'a.md': T,
      'e.md': T,
      'b.tmp.md': T,
      'concept/x.md': T,
      // nested, relative to docs/: ignores all Markdown there, a negation keeps one, another
      // re-includes a file the top .gitignore ignores
      'docs/.gitignore': '*.md\n!keep.md\n!belangrijk.tmp.md\n',
      'docs/keep.md': T,
      'docs/drop.md': T,
      'docs/belangrijk.tmp.md': T,
      'docs/deep/c.md': T,
      // anchored to sub/: the top-level e.md stays
      'sub/.gitignore': '/e.md\n',
      'sub/d.md': T,
      'sub/e.md': T,
      'sub/verder/e.md': T,
      'lokaal.md': T,
      'globaal.md': T,
      '.github/sjabloon.md': T,
      'node_modules/pakket/leesmij.md': T,
      'notities.txt': T,
      // ignored, but two are tracked: git lists tracked files whatever the patterns say
      'oud/gevolgd.md': T,
      'oud/los.md': T,
      'oud/diep/ook.md': T,
    });
    ({ env, userDirs } = homeFor(repo));
    cleanup.push(repo, userDirs.home);
    git(repo, env, 'init', '-q', '-b', 'main');
    fs.appendFileSync(path.join(repo, '.git', 'info', 'exclude'), 'lokaal.md\n');
    write(userDirs.xdgConfigHome, { 'git/ignore': 'globaal.md\n' });
    git(repo, env, 'add', 'a.md', '.gitignore', 'docs/keep.md');
    git(repo, env, 'add', '-f', 'oud/gevolgd.md', 'oud/diep/ook.md');
    git(repo, env, 'commit', '-q', '-m', 'eerste');
  });

  it('lists from the top folder exactly what git lists', () => {
    const ours = resolveFiles([], repo, { userDirs });
    assert.deepEqual(ours, gitMarkdown(repo, env));
    assert.deepEqual(rel(repo, ours), ['.github/sjabloon.md', 'a.md', 'docs/belangrijk.tmp.md', 'docs/keep.md', 'e.md', 'oud/diep/ook.md', 'oud/gevolgd.md', 'sub/d.md', 'sub/verder/e.md']);
  });

  it('from a subfolder: finds the repository upwards and applies the rules above it', () => {
    for (const sub of ['docs', 'sub', 'sub/verder', 'oud']) {
      const cwd = path.join(repo, sub);
      assert.deepEqual(resolveFiles([], cwd, { userDirs }), gitMarkdown(cwd, env), sub);
    }
  });

  it('the CLI run from a subfolder lints what git lists there', async () => {
    const r = await kb(['lint', '--format', 'json', '--no-cache'], path.join(repo, 'docs'));
    assert.deepEqual(json(r).map((f) => f.file).sort(), ['belangrijk.tmp.md', 'keep.md']);
  });

  it('a folder and a glob are filtered the same way', () => {
    assert.deepEqual(rel(repo, resolveFiles(['docs'], repo, { userDirs })), ['docs/belangrijk.tmp.md', 'docs/keep.md']);
    assert.deepEqual(rel(repo, resolveFiles(['**/*.md'], repo, { userDirs })), ['a.md', 'docs/belangrijk.tmp.md', 'docs/keep.md', 'e.md', 'oud/diep/ook.md', 'oud/gevolgd.md', 'sub/d.md', 'sub/verder/e.md']);
    assert.deepEqual(rel(repo, resolveFiles(['sub/*.md'], repo, { userDirs })), ['sub/d.md']);
    assert.throws(() => resolveFiles(['concept/*.md'], repo, { userDirs }), /geen bestanden gevonden voor "concept\/\*\.md"/);
  });

  it('a file named explicitly is linted even when ignored, with a note', async () => {
    const notes: string[] = [];
    const found = resolveFiles(['concept/x.md', 'lokaal.md', 'a.md', 'oud/gevolgd.md'], repo, { userDirs, note: (m) => notes.push(m) });
    assert.deepEqual(rel(repo, found), ['a.md', 'concept/x.md', 'lokaal.md', 'oud/gevolgd.md']);
    assert.equal(notes.length, 2);
    assert.match(notes[0]!, /"concept\/x\.md" wordt door git genegeerd/);
    const r = await kb(['lint', 'concept/x.md', '--format', 'json', '--no-cache'], repo);
    assert.deepEqual(json(r).map((f) => f.file), ['concept/x.md']);
    assert.match(r.stderr, /^kamerbrief: let op: "concept\/x\.md" wordt door git genegeerd/);
  });

  it('a folder named explicitly that git ignores is linted all the same, with a note', () => {
    const notes: string[] = [];
    const found = resolveFiles(['concept'], repo, { userDirs, note: (m) => notes.push(m) });
    assert.ok(rel(repo, found).includes('concept/x.md'), JSON.stringify(rel(repo, found)));
    assert.match(notes[0] ?? '', /map "concept" wordt door git genegeerd/);
    assert.deepEqual(rel(repo, resolveFiles([], repo, { userDirs })).filter((f) => f.startsWith('concept/')), [], 'not when the folder is only reached by walking');
  });

  it('core.excludesFile from ~/.gitconfig replaces the default global file', () => {
    write(userDirs.home, { '.gitconfig': '[user]\n\tname = x\n[core]\n\texcludesFile = ~/mijn-negeer # commentaar\n', 'mijn-negeer': 'e.md\n' });
    try {
      const ours = resolveFiles([], repo, { userDirs });
      assert.deepEqual(ours, gitMarkdown(repo, env));
      assert.ok(rel(repo, ours).includes('globaal.md'), 'the default file no longer counts');
      assert.ok(!rel(repo, ours).includes('e.md'));
    } finally {
      fs.rmSync(path.join(userDirs.home, '.gitconfig'));
    }
  });

  it('a worktree (.git is a file) uses the main repository\'s info/exclude', () => {
    const wt = `${repo}-werkboom`;
    cleanup.push(wt);
    git(repo, env, 'worktree', 'add', '-q', wt);
    assert.ok(fs.statSync(path.join(wt, '.git')).isFile());
    write(wt, { 'lokaal.md': T, 'nieuw.md': T, 'concept/y.md': T, 'sub/e.md': T });
    const ours = resolveFiles([], path.join(wt, 'sub'), { userDirs });
    assert.deepEqual(ours, gitMarkdown(path.join(wt, 'sub'), env));
    assert.deepEqual(resolveFiles([], wt, { userDirs }), gitMarkdown(wt, env));
    assert.deepEqual(rel(wt, resolveFiles([], wt, { userDirs })), ['a.md', 'docs/keep.md', 'nieuw.md', 'oud/diep/ook.md', 'oud/gevolgd.md', 'sub/e.md']); // sub/.gitignore is not committed
  });

  it('reads the index in format 4 (prefix-compressed names) and in a SHA-256 repository', () => {
    git(repo, env, 'update-index', '--index-version', '4');
    try {
      assert.deepEqual(resolveFiles([], repo, { userDirs }), gitMarkdown(repo, env));
    } finally {
      git(repo, env, 'update-index', '--index-version', '2');
    }
    const sha256 = tempTree({ '.gitignore': '*.md\n', 'gevolgd.md': T, 'los.md': T, 'map/ook.md': T });
    cleanup.push(sha256);
    git(sha256, env, 'init', '-q', '--object-format=sha256');
    git(sha256, env, 'add', '-f', 'gevolgd.md', 'map/ook.md');
    assert.deepEqual(rel(sha256, resolveFiles([], sha256, { userDirs })), ['gevolgd.md', 'map/ook.md']);
    assert.deepEqual(resolveFiles([], sha256, { userDirs }), gitMarkdown(sha256, env));
  });

  it('outside a repository: every .gitignore from the given folder down', () => {
    const plain = tempTree({
      '.gitignore': 'klad/\n',
      'brief.md': T,
      'klad/x.md': T,
      'bijlagen/.gitignore': 'geheim.md\n!bijlagen-index.md\n*.md\n!openbaar.md\n',
      'bijlagen/openbaar.md': T,
      'bijlagen/geheim.md': T,
      'bijlagen/intern.md': T,
      'bijlagen/dieper/geheim.md': T,
      'bijlagen/dieper/openbaar.md': T,
    });
    const home = homeFor(plain);
    cleanup.push(plain, home.userDirs.home);
    assert.equal(fs.existsSync(path.join(plain, '.git')), false);
    assert.deepEqual(rel(plain, resolveFiles([], plain, { userDirs: home.userDirs })), ['bijlagen/dieper/openbaar.md', 'bijlagen/openbaar.md', 'brief.md']);
    // The top .gitignore lies above a run from bijlagen/ and does not count there; its own does.
    const inner = path.join(plain, 'bijlagen');
    assert.deepEqual(rel(inner, resolveFiles([], inner, { userDirs: home.userDirs })), ['dieper/openbaar.md', 'openbaar.md']);
    // A folder below the current one that the current folder's .gitignore ignores: named, so linted.
    assert.deepEqual(rel(plain, resolveFiles(['klad'], plain, { userDirs: home.userDirs })), ['klad/x.md']);
    assert.deepEqual(rel(plain, resolveFiles(['.'], plain, { userDirs: home.userDirs })), ['bijlagen/dieper/openbaar.md', 'bijlagen/openbaar.md', 'brief.md']);
  });
});

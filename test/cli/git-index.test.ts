// The index reader (cli/git/index-file.ts) against git itself (`git ls-files --cached`): formats
// 2 to 4, extended flags, submodules left out, and null for what it does not read (a split
// index, a damaged or foreign file), so that only the ignore rules decide then.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { readIndexPaths } from '../../server/src/cli/git/index-file.js';
import { tempTree } from './config-helpers.js';

describe('CLI git index reader', () => {
  let repo: string;
  let env: NodeJS.ProcessEnv;
  const git = (...args: string[]): string =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, env, encoding: 'utf8', stdio: 'pipe' });
  const cached = (): string[] => git('ls-files', '--cached', '-z').split('\0').filter(Boolean);
  const index = (): string => path.join(repo, '.git', 'index');

  beforeEach(() => {
    repo = tempTree({
      'a.md': 'a\n',
      'map/b.md': 'b\n',
      'map/een-wat-langere-naam-die-de-opvulling-verschuift.md': 'c\n',
      'map/diep/c.md': 'c\n',
      'é.md': 'e\n',
      'zeven77.md': 'x\n',
    });
    env = { ...process.env, HOME: repo, XDG_CONFIG_HOME: path.join(repo, '.cfg'), GIT_CONFIG_NOSYSTEM: '1' };
    git('init', '-q', '-b', 'main');
    git('config', 'core.quotePath', 'false');
    git('add', '.');
    git('commit', '-q', '-m', 'eerste');
  });
  afterEach(() => fs.rmSync(repo, { recursive: true, force: true }));

  it('formats 2, 3 and 4 list what git lists, in its order', () => {
    for (const version of ['2', '3', '4', '2']) {
      git('update-index', '--index-version', version);
      assert.deepEqual(readIndexPaths(index(), 20), cached(), `version ${version}`);
    }
    assert.ok(cached().includes('é.md'));
  });

  it('entries with extended flags (intent-to-add, skip-worktree) in format 3 and 4', () => {
    fs.writeFileSync(path.join(repo, 'later.md'), 'later\n');
    git('add', '-N', 'later.md');
    git('update-index', '--skip-worktree', 'map/b.md');
    for (const version of ['3', '4']) {
      git('update-index', '--index-version', version);
      assert.deepEqual(readIndexPaths(index(), 20), cached(), `version ${version}`);
    }
    assert.ok(cached().includes('later.md'));
  });

  it('a submodule entry is a folder, not a file: left out', () => {
    const head = git('rev-parse', 'HEAD').trim();
    git('update-index', '--add', '--cacheinfo', `160000,${head},module`);
    assert.ok(cached().includes('module'));
    for (const version of ['2', '4']) {
      git('update-index', '--index-version', version);
      const got = readIndexPaths(index(), 20)!;
      assert.deepEqual(got, cached().filter((f) => f !== 'module'), `version ${version}`);
    }
  });

  it('a split index, a damaged, cut-off or foreign index, and no index at all: null', () => {
    const whole = fs.readFileSync(index());
    git('update-index', '--split-index');
    assert.equal(readIndexPaths(index(), 20), null, 'split index');
    git('update-index', '--no-split-index');
    assert.deepEqual(readIndexPaths(index(), 20), cached());
    fs.writeFileSync(index(), whole.subarray(0, 60));
    assert.equal(readIndexPaths(index(), 20), null, 'cut off in the first entry');
    const version = Buffer.from(whole);
    version.writeUInt32BE(5, 4);
    fs.writeFileSync(index(), version);
    assert.equal(readIndexPaths(index(), 20), null, 'version 5');
    version.writeUInt32BE(1, 4);
    fs.writeFileSync(index(), version);
    assert.equal(readIndexPaths(index(), 20), null, 'version 1');
    fs.writeFileSync(index(), Buffer.concat([Buffer.from('DIRX'), whole.subarray(4)]));
    assert.equal(readIndexPaths(index(), 20), null, 'no DIRC signature');
    fs.writeFileSync(index(), Buffer.from('DIRC\0\0\0\x02'));
    assert.equal(readIndexPaths(index(), 20), null, 'shorter than a header');
    fs.rmSync(index());
    assert.equal(readIndexPaths(index(), 20), null, 'none');
  });

  it('format 4 with a name that strips more than the previous one had: null', () => {
    git('update-index', '--index-version', '4');
    const buf = fs.readFileSync(index());
    // The first entry's name starts after header (12), fixed fields (40), hash (20) and flags (2).
    const at = 12 + 40 + 20 + 2;
    assert.equal(buf[at], 0, 'the first name strips nothing');
    buf[at] = 5;
    fs.writeFileSync(index(), buf);
    assert.equal(readIndexPaths(index(), 20), null);
  });
});

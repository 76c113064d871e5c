// Which files a run lints (cli/files.ts, cli/walk.ts) outside a repository: globs walked only as
// deep as they can match, folders, named files, links, and names shown byte for byte.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { resolveFiles } from '../../server/src/cli/files.js';
import { showBytes } from '../../server/src/cli/walk.js';
import { tempTree } from './config-helpers.js';

describe('CLI file selection', () => {
  let dir: string;
  const userDirs = { home: '/nonexistent-home', xdgConfigHome: '/nonexistent-xdg' };
  const found = (patterns: string[], notes: string[] = []): string[] =>
    resolveFiles(patterns, dir, { userDirs, note: (m) => notes.push(m) }).map((f) => path.relative(dir, f).split(path.sep).join('/'));
  before(() => {
    dir = tempTree({
      'a.md': 'x', 'b.txt': 'x', 'sub/x.md': 'x', 'sub/deep/y.md': 'x', 'andere/z.md': 'x',
      'node_modules/p/lees.md': 'x', '.gitignore': 'genegeerd/\n', 'genegeerd/g.md': 'x',
    });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('no pattern: every Markdown file from here down, sorted, without node_modules or ignored folders', () => {
    assert.deepEqual(found([]), ['a.md', 'andere/z.md', 'sub/deep/y.md', 'sub/x.md']);
  });

  it('a glob reaches as deep as it can match: *, one folder, ** and braces', () => {
    assert.deepEqual(found(['*.md']), ['a.md']);
    assert.deepEqual(found(['sub/*.md']), ['sub/x.md']);
    assert.deepEqual(found(['*/*.md']), ['andere/z.md', 'sub/x.md']);
    assert.deepEqual(found(['sub/**/*.md']), ['sub/deep/y.md', 'sub/x.md']);
    assert.deepEqual(found(['{sub,sub/deep}/*.md']), ['sub/deep/y.md', 'sub/x.md']);
  });

  it('a glob that finds nothing, or whose folder does not exist, is a usage error', () => {
    assert.throws(() => found(['*.txt.md']), /^UsageError: geen bestanden gevonden voor "\*\.txt\.md" \(door git genegeerde bestanden tellen niet mee\); controleer het patroon$/);
    assert.throws(() => found(['weg/*.md']), /geen bestanden gevonden voor "weg\/\*\.md"/);
    assert.throws(() => found(['genegeerd/*.md']), /geen bestanden gevonden/, 'ignored files do not count');
  });

  it('a named file is linted whatever its name or the ignore rules say, with a note when ignored', () => {
    const notes: string[] = [];
    assert.deepEqual(found(['b.txt', 'genegeerd/g.md'], notes), ['b.txt', 'genegeerd/g.md']);
    assert.deepEqual(notes, ['"genegeerd/g.md" wordt door git genegeerd (.gitignore), maar is met naam genoemd en wordt dus gecontroleerd']);
  });

  it('a named folder: its Markdown files; an ignored one is linted all the same, with a note', () => {
    const notes: string[] = [];
    assert.deepEqual(found(['sub'], notes), ['sub/deep/y.md', 'sub/x.md']);
    assert.deepEqual(notes, []);
    assert.deepEqual(found(['genegeerd'], notes), ['genegeerd/g.md']);
    assert.deepEqual(notes, ['map "genegeerd" wordt door git genegeerd (.gitignore), maar is met naam genoemd en wordt dus gecontroleerd']);
  });

  it('a file reached twice is listed once; a missing path is a usage error; a broken link is listed', () => {
    assert.deepEqual(found(['a.md', './a.md', 'sub', 'sub/x.md']), ['a.md', 'sub/deep/y.md', 'sub/x.md']);
    assert.throws(() => found(['weg.md']), /bestand of map "weg\.md" bestaat niet; controleer het pad/);
    const link = path.join(dir, 'kapot.md');
    fs.symlinkSync(path.join(dir, 'nergens.md'), link);
    try {
      assert.deepEqual(found(['kapot.md']), ['kapot.md']);
      assert.ok(found([]).includes('kapot.md'), 'a broken link found in a folder is listed too');
    } finally {
      fs.rmSync(link);
    }
  });

  it('a link to a folder is not followed when walking', () => {
    const link = path.join(dir, 'sub', 'terug');
    fs.symlinkSync(path.join(dir, 'andere'), link);
    try {
      assert.deepEqual(found(['sub']), ['sub/deep/y.md', 'sub/x.md']);
    } finally {
      fs.rmSync(link);
    }
  });
});

describe('CLI showBytes', () => {
  it('valid text as it is; control bytes, DEL and invalid or cut-off sequences as \\xNN', () => {
    assert.equal(showBytes(Buffer.from('brief é €😀.md')), 'brief é €😀.md');
    assert.equal(showBytes(Buffer.from([0x61, 0x1f, 0x7f, 0x20, 0x62])), 'a\\x1f\\x7f b');
    assert.equal(showBytes(Buffer.from([0x61, 0xff, 0x62])), 'a\\xff' + 'b');
    assert.equal(showBytes(Buffer.from([0xc3])), '\\xc3');
    assert.equal(showBytes(Buffer.from([0xe2, 0x82, 0x41])), '\\xe2\\x82A');
    assert.equal(showBytes(Buffer.from([0xc0, 0xaf])), '\\xc0\\xaf');
    assert.equal(showBytes(Buffer.from([0xf5, 0x80, 0x80, 0x80])), '\\xf5\\x80\\x80\\x80');
    assert.equal(showBytes(Buffer.from([0xf0, 0x9f, 0x98, 0x80, 0x00])), '😀\\x00');
  });
});

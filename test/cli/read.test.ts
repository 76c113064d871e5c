// Reading drafts (cli/read.ts): strict UTF-8 with the first bad byte's position, the BOM stripped,
// and what is not a regular file refused before it is read.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { UsageError } from '../../server/src/cli/errors.js';
import { firstInvalidUtf8, kindOf, readDraft, readDraftWithStat } from '../../server/src/cli/read.js';
import { tempTree } from './config-helpers.js';

const strictlyValid = (b: number[]): boolean => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(b));
    return true;
  } catch {
    return false;
  }
};

describe('CLI reading: firstInvalidUtf8', () => {
  // [bytes, first bad byte or -1]: the edges of every row of Unicode table 3-7, cut-off sequences
  // and stray continuation bytes.
  const cases: [number[], number][] = [
    [[], -1],
    [[0x41, 0x7f], -1],
    [[0x80], 0],
    [[0x61, 0xbf], 1],
    [[0xc0, 0x80], 0],
    [[0xc1, 0xbf], 0],
    [[0xc2, 0x80], -1],
    [[0xdf, 0xbf], -1],
    [[0xc2, 0x7f], 0],
    [[0xc2, 0xc0], 0],
    [[0x61, 0xc2], 1],
    [[0xe0, 0x9f, 0x80], 0],
    [[0xe0, 0xa0, 0x80], -1],
    [[0xe1, 0x80, 0x80], -1],
    [[0xec, 0xbf, 0xbf], -1],
    [[0xed, 0x9f, 0xbf], -1],
    [[0xed, 0xa0, 0x80], 0],
    [[0xee, 0x80, 0x80], -1],
    [[0xef, 0xbf, 0xbf], -1],
    [[0xe2, 0x82], 0],
    [[0xe2, 0x82, 0x41], 0],
    [[0xe2, 0x82, 0xc0], 0],
    [[0xf0, 0x8f, 0xbf, 0xbf], 0],
    [[0xf0, 0x90, 0x80, 0x80], -1],
    [[0xf3, 0xbf, 0xbf, 0xbf], -1],
    [[0xf4, 0x8f, 0xbf, 0xbf], -1],
    [[0xf4, 0x90, 0x80, 0x80], 0],
    [[0xf5, 0x80, 0x80, 0x80], 0],
    [[0xff], 0],
    [[0xf0, 0x90, 0x80], 0],
    [[0xf0, 0x90, 0x80, 0x41], 0],
    [[0x61, 0x62, 0xe2, 0x82, 0xac, 0x63, 0xe2, 0x28, 0xa1], 6],
    [[0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xed, 0xa0, 0x80], 9],
  ];
  for (const [bytes, bad] of cases) {
    const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join(' ') || '(leeg)';
    it(`${hex}: ${bad === -1 ? 'valid' : `first bad byte at ${bad}`}`, () => {
      assert.equal(firstInvalidUtf8(Uint8Array.from(bytes)), bad);
      assert.equal(strictlyValid(bytes), bad === -1, 'agrees with the strict decoder');
    });
  }
});

describe('CLI reading: drafts and what is not a draft', () => {
  let dir: string;
  before(() => {
    dir = tempTree({ 'bom.md': '\uFEFFTekst.\n', 'slecht.md': Buffer.from([0x61, 0x62, 0xe9, 0x0a]), 'map/x.md': 'x' });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const refusal = (fn: () => unknown): string => {
    try {
      fn();
    } catch (err) {
      assert.ok(err instanceof UsageError, String(err));
      return err.message;
    }
    return assert.fail('no error');
  };

  it('strips a BOM and stamps the version read', () => {
    const file = path.join(dir, 'bom.md');
    const before = Date.now();
    const { text, stamp } = readDraftWithStat(file, 'bom.md');
    assert.equal(text, 'Tekst.\n');
    assert.equal(readDraft(file, 'bom.md'), 'Tekst.\n');
    const st = fs.statSync(file);
    assert.equal(stamp.size, st.size);
    assert.equal(stamp.mtimeMs, st.mtimeMs);
    assert.ok(stamp.takenAt >= before && stamp.takenAt <= Date.now());
  });

  it('a bad byte: its position and how to mend it', () => {
    assert.equal(refusal(() => readDraft(path.join(dir, 'slecht.md'), 'slecht.md')), 'slecht.md: geen geldige UTF-8-tekst (ongeldige byte op positie 2); sla het bestand op als UTF-8');
  });

  it('a missing file, a folder, a device, a FIFO: each refused with its own words, nothing read', function () {
    assert.equal(refusal(() => readDraft(path.join(dir, 'weg.md'), 'weg.md')), 'weg.md: bestand bestaat niet; controleer het pad');
    assert.equal(refusal(() => readDraft(path.join(dir, 'map'), 'map')), 'map: is een map, geen bestand');
    if (process.platform === 'win32') this.skip();
    assert.equal(refusal(() => readDraft('/dev/zero', '/dev/zero')), '/dev/zero: is geen gewoon bestand (een apparaat); geef een Markdown-bestand op');
    const fifo = path.join(dir, 'pijp.md');
    if (spawnSync('mkfifo', [fifo]).status !== 0) this.skip();
    assert.equal(refusal(() => readDraft(fifo, 'pijp.md')), 'pijp.md: is geen gewoon bestand (een pipe (FIFO)); geef een Markdown-bestand op');
  });

  it('kindOf names a FIFO, a device, a socket, and anything else plainly', async function () {
    if (process.platform === 'win32') this.skip();
    assert.equal(kindOf(fs.statSync('/dev/null')), 'een apparaat');
    assert.equal(kindOf(fs.statSync(dir)), 'geen gewoon bestand');
    const sock = path.join(dir, 's.sock');
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(sock, resolve));
    try {
      assert.equal(kindOf(fs.statSync(sock)), 'een socket');
    } finally {
      server.close();
    }
    const fifo = path.join(dir, 'pijp2');
    if (spawnSync('mkfifo', [fifo]).status !== 0) this.skip();
    assert.equal(kindOf(fs.statSync(fifo)), 'een pipe (FIFO)');
  });
});

// `--fix`: the corpus letters with slips put back come out exactly as published; a second run
// changes nothing; BOM, CRLF and file mode survive; a read-only file is exit 2 and untouched.
// Also `-` (stdin) with --stdin-filename.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { CORPUS } from '../helpers/paths.js';
import { keepLineEndings } from '../../server/src/cli/fix-file.js';
import { runCli } from '../helpers/cli-inprocess.js';
import { json, kb, SLIP, tempTree } from './config-helpers.js';

const LETTER = '29754-501-stand-van-zaken-moties-toezeggingen.md';
const ANSWERS = '2019-antwoorden-kamervragen-dreigingsbeeld-50.md';

/** Puts typical slips back into a clean letter: [clean, slipped] pairs, each replaced once. */
const SLIPS: Record<string, [string, string][]> = {
  [LETTER]: [
    ['Kamerstuk 29 754, nr. 500', 'Kamerstuk 29754, nr.500'],
    ['Kamerstuk 29 754, nr. 462', 'Kamerstuk 29.754, nr 462'],
  ],
  [ANSWERS]: [['Kamerstuk 29 754, nr. 451', 'Kamerstuk 29754 nr. 451']],
};

function slipped(name: string): { clean: string; text: string } {
  const clean = fs.readFileSync(path.join(CORPUS, name), 'utf8');
  let text = clean;
  for (const [good, bad] of SLIPS[name]!) {
    assert.ok(text.includes(good), `${name} holds ${good}`);
    text = text.replace(good, bad);
  }
  assert.notEqual(text, clean);
  return { clean, text };
}

describe('CLI: --fix', () => {
  const dirs: string[] = [];
  const tree = (files: Record<string, string | Buffer>): string => {
    const d = tempTree(files);
    dirs.push(d);
    return d;
  };
  after(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it('gives the published letters back exactly, then a second run changes nothing', async () => {
    const files = Object.fromEntries(Object.keys(SLIPS).map((name) => [name, slipped(name).text]));
    const dir = tree(files);
    const before = await kb(['lint', '--no-cache', '--format', 'json'], dir);
    assert.equal(before.code, 1, 'the slips are errors');
    const r = await kb(['lint', '--fix', '--no-cache', '--format', 'json'], dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    for (const name of Object.keys(SLIPS)) assert.equal(fs.readFileSync(path.join(dir, name), 'utf8'), slipped(name).clean, name);
    assert.deepEqual(json(r).flatMap((f) => f.messages.filter((m) => m.severity !== 'info')), [], 'what remains is reported');
    const stat = Object.keys(SLIPS).map((n) => fs.statSync(path.join(dir, n)).mtimeMs);
    const again = await kb(['lint', '--fix', '--no-cache'], dir);
    assert.equal(again.code, 0);
    assert.deepEqual(Object.keys(SLIPS).map((n) => fs.statSync(path.join(dir, n)).mtimeMs), stat, 'not even rewritten');
  });

  it('keeps a BOM, CRLF line endings and the file mode; leaves no temporary file', async () => {
    const crlf = ('Regel een.\n\n' + SLIP + '\nTekst.[^1]\n\n[^1]: Kamerstuk 29754, nr. 451.\n').replace(/\n/g, '\r\n');
    const dir = tree({ 'a.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf)]) });
    fs.chmodSync(path.join(dir, 'a.md'), 0o640);
    const r = await kb(['lint', '--fix', '--no-cache'], dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const bytes = fs.readFileSync(path.join(dir, 'a.md'));
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(bytes.subarray(3).toString('utf8'), crlf.replace(/29754/g, '29 754'));
    assert.equal(fs.statSync(path.join(dir, 'a.md')).mode & 0o777, 0o640);
    assert.deepEqual(fs.readdirSync(dir), ['a.md']);
  });

  it('keeps mixed CRLF and LF line endings as they were', async () => {
    const mixed = 'Regel een.\r\n\r\n' + SLIP + '\nTekst.\r\n';
    const dir = tree({ 'a.md': mixed });
    const r = await kb(['lint', '--fix', '--no-cache'], dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(fs.readFileSync(path.join(dir, 'a.md'), 'utf8'), mixed.replace('29754', '29 754'));
  });

  it('a read-only file: exit 2 with a Dutch message, the file untouched, the others still fixed', async () => {
    const dir = tree({ 'a.md': SLIP, 'b.md': SLIP });
    fs.chmodSync(path.join(dir, 'a.md'), 0o444);
    const r = await kb(['lint', '--fix', '--no-cache'], dir);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'kamerbrief: a.md: alleen-lezen, herstel niet geschreven; maak het bestand schrijfbaar of laat --fix weg\n');
    assert.equal(fs.readFileSync(path.join(dir, 'a.md'), 'utf8'), SLIP);
    assert.equal(fs.readFileSync(path.join(dir, 'b.md'), 'utf8'), SLIP.replace('29754', '29 754'));
    fs.chmodSync(path.join(dir, 'a.md'), 0o644);
  });

  it('fixes in worker threads too', async () => {
    const files = Object.fromEntries(Array.from({ length: 3 }, (_, i) => [`d${i}.md`, SLIP]));
    const dir = tree(files);
    const r = await kb(['lint', '--fix', '--no-cache', '--jobs', '2'], dir);
    assert.equal(r.code, 0, r.stderr);
    for (const f of Object.keys(files)) assert.equal(fs.readFileSync(path.join(dir, f), 'utf8'), SLIP.replace('29754', '29 754'));
  });
});

describe('CLI: stdin (-)', () => {
  let dir: string;
  before(() => {
    dir = tempTree({ 'sub/.kamerbrief.jsonc': '{ "rules": { "KB101": "warning" } }' });
    fs.mkdirSync(path.join(dir, '.git'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lints stdin, shown as <stdin>', async () => {
    const r = await kb(['lint', '-', '--format', 'json', '--no-cache'], dir, SLIP);
    assert.equal(r.code, 1);
    const out = json(r);
    assert.equal(out[0]!.file, '<stdin>');
    assert.deepEqual(out[0]!.messages.map((m) => `${m.ruleId}:${m.severity}`), ['KB101:error']);
  });

  it('--stdin-filename names it and finds its configuration', async () => {
    const r = await kb(['lint', '-', '--stdin-filename', 'sub/brief.md', '--format', 'json', '--no-cache'], dir, SLIP);
    assert.equal(r.code, 0, r.stderr);
    const out = json(r);
    assert.equal(out[0]!.file, 'sub/brief.md');
    assert.deepEqual(out[0]!.messages.map((m) => `${m.ruleId}:${m.severity}`), ['KB101:warning']);
  });

  it('--fix with stdin is a usage error', async () => {
    const r = await kb(['lint', '-', '--fix'], dir, SLIP);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^kamerbrief: --fix kan niet met stdin \(-\); geef een bestand op\n$/);
  });

  it('"-" goes alone; stdin that is not UTF-8 names the bad byte; a BOM on stdin is dropped', async () => {
    const both = await kb(['lint', '-', 'a.md'], dir, SLIP);
    assert.equal(both.code, 2);
    assert.equal(both.stderr, 'kamerbrief: "-" (stdin) kan niet samen met andere paden; geef alleen - op\n');
    const latin1 = await runCli(['lint', '-', '--no-cache'], dir, { input: Buffer.from('Caf\xe9.\n', 'latin1') });
    assert.equal(latin1.code, 2);
    assert.equal(latin1.stderr, 'kamerbrief: <stdin>: geen geldige UTF-8-tekst (ongeldige byte op positie 3); lever UTF-8 aan\n');
    const named = await runCli(['lint', '-', '--stdin-filename', 'x.md', '--no-cache'], dir, { input: Buffer.from([0x61, 0xff]) });
    assert.match(named.stderr, /^kamerbrief: x\.md: geen geldige UTF-8-tekst \(ongeldige byte op positie 1\)/);
    const bom = await kb(['lint', '-', '--format', 'json', '--no-cache'], dir, '\uFEFF' + SLIP);
    assert.deepEqual(json(bom)[0]!.messages.map((m) => [m.ruleId, m.line, (m as unknown as { column: number }).column]), [['KB101', 1, 5]]);
  });

  it('citations of stdin, shown under its name', async () => {
    const r = await kb(['citations', '-', '--stdin-filename', 'brief.md', '--format', 'json'], dir, SLIP);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { file: string; citations: { text: string }[] }[];
    assert.deepEqual(out.map((f) => [f.file, f.citations.map((c) => c.text)]), [['brief.md', ['Kamerstuk 29754, nr. 482']]]);
  });
});

describe('keepLineEndings', () => {
  it('a CRLF-only file stays CRLF-only, also where a fix wrote a bare LF', () => {
    assert.equal(keepLineEndings('a\r\nb\r\n', 'a\r\nx\ny\r\n'), 'a\r\nx\r\ny\r\n');
  });
  it('an LF file, a mixed file and a file without line breaks keep the fixed text as it is', () => {
    assert.equal(keepLineEndings('a\nb\n', 'a\nc\n'), 'a\nc\n');
    assert.equal(keepLineEndings('a\r\nb\nc\r\n', 'a\r\nB\nc\r\n'), 'a\r\nB\nc\r\n');
    assert.equal(keepLineEndings('\na\r\n', '\nA\r\n'), '\nA\r\n', 'a bare LF on the first line');
    assert.equal(keepLineEndings('a', 'b\n'), 'b\n');
  });
});

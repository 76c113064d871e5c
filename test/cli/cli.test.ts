// The CLI contract (PRODUCT.md §3): exit codes, JSON shape, bad files, encodings, line endings,
// threads and the cache. run() in the test process (test/helpers/cli-inprocess.ts); the shipped
// bundle as a process for the exit status the shell gives back.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli, type CliRun } from '../helpers/cli-inprocess.js';
import { CORPUS, ROOT } from '../helpers/paths.js';

const BIN = path.join(ROOT, 'bin', 'kamerbrief.js');

const kamerbrief = (args: string[], cwd: string): Promise<CliRun> => runCli(args, cwd);

function workspace(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-cli-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const SLIP = 'Zie Kamerstuk 29754, nr. 482 voor de motie.\n';

describe('CLI: kamerbrief lint', () => {
  const dirs: string[] = [];
  after(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  const ws = (files: Record<string, string | Buffer>): string => {
    const d = workspace(files);
    dirs.push(d);
    return d;
  };

  it('exit 0 and no error or warning for the clean corpus letters', async () => {
    const dir = ws({
      'brieven/501.md': fs.readFileSync(path.join(CORPUS, '29754-501-stand-van-zaken-moties-toezeggingen.md')),
    });
    const r = await kamerbrief(['lint', '--no-cache'], dir);
    assert.equal(r.code, 0, r.stderr + r.stdout);
    // At most the one true info (KB206: footnote placement is mixed in the published letter).
    assert.match(r.stdout, /\(0 fouten, 0 waarschuwingen, \d+ melding(en)?\)/);
    assert.ok(!/ (fout|waarschuwing) {2}/.test(r.stdout), r.stdout);
  });

  it('exit 1 with the documented JSON shape when a draft has an error', async () => {
    const dir = ws({ 'brieven/voorbeeld.md': 'Eerste regel.\n\n' + SLIP });
    const r = await kamerbrief(['lint', '--format', 'json', '--no-cache'], dir);
    assert.equal(r.code, 1, r.stderr);
    const json = JSON.parse(r.stdout) as { file: string; messages: Record<string, unknown>[] }[];
    assert.equal(json.length, 1);
    assert.equal(json[0]!.file, 'brieven/voorbeeld.md');
    const m = json[0]!.messages.find((x) => x['ruleId'] === 'KB101')!;
    assert.ok(m, r.stdout);
    assert.deepEqual(Object.keys(m).sort(), ['certainty', 'column', 'endColumn', 'endLine', 'fix', 'line', 'message', 'rule', 'ruleId', 'severity'].sort());
    assert.equal(m['rule'], 'kamerstuk-notatie');
    assert.equal(m['severity'], 'error');
    assert.equal(m['certainty'], 'definite');
    assert.equal(m['line'], 3);
    assert.equal(m['column'], 5);
    assert.equal(m['endLine'], 3);
    assert.equal(m['endColumn'], 5 + 'Kamerstuk 29754, nr. 482'.length);
    const text = fs.readFileSync(path.join(dir, 'brieven/voorbeeld.md'), 'utf8');
    const fix = m['fix'] as { range: [number, number]; text: string };
    assert.equal(text.slice(fix.range[0], fix.range[1]), 'Kamerstuk 29754, nr. 482');
    assert.equal(fix.text, 'Kamerstuk 29 754, nr. 482');
  });

  it('stylish output names file, position, rule and a summary', async () => {
    const dir = ws({ 'a.md': SLIP });
    const r = await kamerbrief(['lint', 'a.md', '--no-cache'], dir);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^a\.md\n {2}1:5 {2}fout {2}Onverwachte notatie "Kamerstuk 29754, nr\. 482", verwacht "Kamerstuk 29 754, nr\. 482"/);
    assert.match(r.stdout, /KB101 kamerstuk-notatie/);
    assert.match(r.stdout, /✖ 1 probleem \(1 fout, 0 waarschuwingen, 0 meldingen\)/);
    assert.ok(!r.stdout.includes('\u001b['), 'no colour when not on a terminal');
  });

  it('exit 2 with one clear line for a missing file, a folder given as file, bad options', async () => {
    const dir = ws({ 'a.md': 'Tekst.\n' });
    for (const [args, pattern] of [
      [['lint', 'bestaat-niet.md'], /^kamerbrief: bestand of map "bestaat-niet\.md" bestaat niet; controleer het pad\n$/],
      [['lint', '--format', 'xml', 'a.md'], /^kamerbrief: onbekende --format "xml" voor lint; kies stylish, json, sarif, junit, github of codequality\n$/],
      [['lint', '--max-warnings', 'veel', 'a.md'], /^kamerbrief: --max-warnings verwacht een geheel getal/],
      [['opschonen'], /^kamerbrief: onbekende opdracht "opschonen"/],
      [['lint', '--onbekend'], /^kamerbrief: onbekende optie --onbekend; zie kamerbrief --help\n$/],
      [['lint', '--format'], /^kamerbrief: optie --format verwacht een waarde; zie kamerbrief --help\n$/],
    ] as [string[], RegExp][]) {
      const r = await kamerbrief(args, dir);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, pattern);
      assert.equal(r.stderr.trim().split('\n').length, 1, 'one line');
    }
  });

  it('an unreadable file (a broken link) gives exit 2 while the other files are still reported', async () => {
    const dir = ws({ 'goed.md': SLIP });
    fs.symlinkSync(path.join(dir, 'weg.md'), path.join(dir, 'kapot.md'));
    const r = await kamerbrief(['lint', 'goed.md', 'kapot.md', '--format', 'json', '--no-cache'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^kamerbrief: kapot\.md: bestand bestaat niet; controleer het pad\n$/);
    assert.equal((JSON.parse(r.stdout) as unknown[]).length, 1);
  });

  it('a non-UTF-8 file gives exit 2 and says how to mend it', async () => {
    const dir = ws({ 'latin1.md': Buffer.from('Zie de brief van de minister \xe9\xe9n keer.\n', 'latin1') });
    const r = await kamerbrief(['lint', 'latin1.md', '--no-cache'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /latin1\.md: geen geldige UTF-8-tekst \(ongeldige byte op positie 29\); sla het bestand op als UTF-8/);
  });

  it('positions stay right with CRLF line endings and a BOM', async () => {
    const lf = 'Regel een.\n\nRegel twee met ' + SLIP;
    const dir = ws({ 'lf.md': lf, 'crlf.md': '\uFEFF' + lf.replace(/\n/g, '\r\n') });
    const r = await kamerbrief(['lint', '--format', 'json', '--no-cache'], dir);
    const json = JSON.parse(r.stdout) as { file: string; messages: { ruleId: string; line: number; column: number; endColumn: number; fix?: { range: number[] } }[] }[];
    const pick = (f: string) => json.find((x) => x.file === f)!.messages.find((m) => m.ruleId === 'KB101')!;
    assert.deepEqual([pick('crlf.md').line, pick('crlf.md').column, pick('crlf.md').endColumn], [pick('lf.md').line, pick('lf.md').column, pick('lf.md').endColumn]);
    assert.deepEqual([pick('lf.md').line, pick('lf.md').column], [3, 20]);
    // Fix offsets count in the text without BOM, with CRLF: two extra characters for two line breaks.
    assert.equal(pick('crlf.md').fix!.range[0], pick('lf.md').fix!.range[0] + 2);
  });

  it('worker threads and the in-process path give the same results', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`d${i}.md`] = `# Brief ${i}\n\nZie Kamerstuk 29754, nr. ${i + 1}.\n\n` + 'Gewone tekst. '.repeat(2000);
    const dir = ws(files);
    const one = await kamerbrief(['lint', '--format', 'json', '--no-cache', '--jobs', '0'], dir);
    const two = await kamerbrief(['lint', '--format', 'json', '--no-cache', '--jobs', '2'], dir);
    assert.equal(two.code, one.code);
    assert.deepEqual(JSON.parse(two.stdout), JSON.parse(one.stdout));
  });

  it('the cache gives the same results warm, follows edits, and survives being damaged', async () => {
    const dir = ws({ 'a.md': SLIP, 'b.md': 'Kamerstuk 29 754, nr. 482.\n' });
    const cache = path.join(dir, 'cache');
    const cold = await kamerbrief(['lint', '--format', 'json', '--cache-location', cache], dir);
    assert.ok(fs.existsSync(path.join(cache, 'results.bin')) && fs.existsSync(path.join(cache, 'blocks.bin')));
    const warm = await kamerbrief(['lint', '--format', 'json', '--cache-location', cache], dir);
    assert.equal(warm.stdout, cold.stdout);
    fs.writeFileSync(path.join(dir, 'b.md'), SLIP);
    const edited = JSON.parse((await kamerbrief(['lint', '--format', 'json', '--cache-location', cache], dir)).stdout) as { messages: unknown[] }[];
    assert.ok(edited[1]!.messages.length > 0, 'the edit is seen');
    fs.writeFileSync(path.join(cache, 'results.bin'), '{kapot');
    fs.writeFileSync(path.join(cache, 'blocks.bin'), Buffer.from([1, 2, 3]));
    const damaged = await kamerbrief(['lint', '--format', 'json', '--cache-location', cache], dir);
    assert.equal(damaged.code, 1);
    assert.deepEqual(JSON.parse(damaged.stdout), edited);
  });

  it('the cache trusts an old stamp, re-reads a touched file, and never trusts a stamp taken in the same tick', async () => {
    const good = 'Kamerstuk 29 754, nr. 482.\n';
    const bad = 'Kamerstuk 29754, nr.  482.\n'; // same length as good, with a KB101 slip
    assert.equal(bad.length, good.length);
    const dir = ws({ 'old.md': good, 'new.md': good });
    const cache = path.join(dir, 'cache');
    const lint = async () => JSON.parse((await kamerbrief(['lint', '--format', 'json', '--cache-location', cache], dir)).stdout) as { file: string; messages: unknown[] }[];
    const count = (r: { file: string; messages: unknown[] }[], f: string) => r.find((x) => x.file === f)!.messages.length;
    const past = new Date(Date.now() - 60_000);
    fs.utimesSync(path.join(dir, 'old.md'), past, past);
    const stampOf = (f: string) => fs.statSync(path.join(dir, f)).mtime;
    const recent = stampOf('new.md');
    assert.equal(count(await lint(), 'new.md'), 0);
    // new.md was written just before the run: its stamp was not trusted, so an edit of the same
    // size that keeps the same modification time is still seen (the content hash decides).
    fs.writeFileSync(path.join(dir, 'new.md'), bad);
    fs.utimesSync(path.join(dir, 'new.md'), recent, recent);
    assert.ok(count(await lint(), 'new.md') > 0, 'a same-tick edit is seen');
    // old.md touched without a change: read again, same result; then edited: seen.
    const later = new Date(Date.now() - 30_000);
    fs.utimesSync(path.join(dir, 'old.md'), later, later);
    assert.equal(count(await lint(), 'old.md'), 0);
    fs.writeFileSync(path.join(dir, 'old.md'), bad);
    assert.ok(count(await lint(), 'old.md') > 0, 'an edit is seen');
  });

  it('--quiet shows only errors and --max-warnings turns warnings into exit 1', async () => {
    const dir = ws({ 'a.md': 'Zie Kamerstuk 29 614 en 31 289, nr. 113.\n' }); // KB102: a warning
    const plain = JSON.parse((await kamerbrief(['lint', '--format', 'json', '--no-cache'], dir)).stdout) as { messages: { severity: string }[] }[];
    assert.ok(plain[0]!.messages.some((m) => m.severity === 'warning'));
    assert.equal((await kamerbrief(['lint', '--no-cache'], dir)).code, 0);
    assert.equal((await kamerbrief(['lint', '--no-cache', '--max-warnings', '0'], dir)).code, 1);
    const quiet = JSON.parse((await kamerbrief(['lint', '--format', 'json', '--quiet', '--no-cache'], dir)).stdout) as { messages: unknown[] }[];
    assert.deepEqual(quiet[0]!.messages, []);
  });

  it('--max-warnings n: exit 0 at exactly n warnings, exit 1 above', async () => {
    const dir = ws({ 'a.md': 'Zie Kamerstuk 29 614 en 31 289, nr. 113.\n', 'b.md': 'Zie ook Kamerstuk 29 614 en 31 289, nr. 114.\n' });
    const plain = JSON.parse((await kamerbrief(['lint', '--format', 'json', '--no-cache'], dir)).stdout) as { messages: { severity: string }[] }[];
    const warnings = plain.flatMap((f) => f.messages).filter((m) => m.severity === 'warning').length;
    assert.equal(warnings, 2);
    assert.equal((await kamerbrief(['lint', '--no-cache', '--max-warnings', '2'], dir)).code, 0);
    assert.equal((await kamerbrief(['lint', '--no-cache', '--max-warnings', '3'], dir)).code, 0);
    const over = await kamerbrief(['lint', '--no-cache', '--max-warnings', '1'], dir);
    assert.equal(over.code, 1);
    assert.match(over.stderr, /^kamerbrief: 2 waarschuwingen, meer dan --max-warnings 1\n$/);
  });
});

describe('CLI: the shipped bundle as a process', () => {
  it('exits with the status run() gives: 0 clean, 1 an error in a draft, 2 a usage slip', () => {
    const dir = workspace({ 'goed.md': 'Tekst.\n', 'fout.md': SLIP });
    try {
      const status = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      assert.equal(status(['lint', '--no-cache', 'goed.md']).status, 0);
      const bad = status(['lint', '--no-cache', 'fout.md']);
      assert.equal(bad.status, 1);
      assert.match(bad.stdout, /KB101/);
      const slip = status(['lint', '--onbekend']);
      assert.equal(slip.status, 2);
      assert.equal(slip.stderr, 'kamerbrief: onbekende optie --onbekend; zie kamerbrief --help\n');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('CLI: kamerbrief citations', () => {
  it('prints every citation in the documented JSON shape', async () => {
    const dir = workspace({ 'brief.md': 'Zie Kamerstuk 29 754, nr. 482 en Kamerstuk 21501-20-2128.\n' });
    try {
      const r = await kamerbrief(['citations', '--format', 'json'], dir);
      assert.equal(r.code, 0, r.stderr);
      const json = JSON.parse(r.stdout) as { file: string; citations: Record<string, unknown>[] }[];
      assert.equal(json[0]!.file, 'brief.md');
      const [a, b] = json[0]!.citations;
      assert.deepEqual(a, {
        kind: 'kamerstuk', text: 'Kamerstuk 29 754, nr. 482', line: 1, column: 5, endLine: 1, endColumn: 30, valid: true,
        canonical: 'Kamerstuk 29 754, nr. 482', dossier: [29754], toevoeging: null, nrs: ['482'],
        url: 'https://zoek.officielebekendmakingen.nl/kst-29754-482.html', resolved: null,
      });
      assert.equal(b!['valid'], false);
      assert.equal(b!['canonical'], 'Kamerstuk 21 501-20, nr. 2128');
      assert.equal(b!['toevoeging'], '20');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

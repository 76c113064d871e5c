// `kamerbrief woordenlijst`: names, parties, ministries and dossier words of the fixture snapshot
// in the formats of cspell, LTeX and Vale.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../server/src/cli/run.js';
import { readSnapshotData } from '../../server/src/data/store.js';
import { formatWordlist } from '../../server/src/wordlist/formats.js';
import { collectVocabulary } from '../../server/src/wordlist/vocabulary.js';
import { FIXTURES, ROOT } from '../helpers/paths.js';

const SNAPSHOT = path.join(FIXTURES, 'snapshot');

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), isTty: false, cwd: ROOT, workerEntry: new URL(import.meta.url) });
  return { code, out, err };
}

async function lines(format: string): Promise<string[]> {
  const r = await cli(['woordenlijst', format, '--data', SNAPSHOT]);
  assert.equal(r.code, 0, r.err);
  assert.ok(r.out.endsWith('\n'));
  return r.out.slice(0, -1).split('\n');
}

function assertList(list: string[]): void {
  assert.equal(new Set(list).size, list.length, 'no duplicates');
  assert.ok(list.every((l) => l.trim() === l && l !== ''), 'no blank or padded lines');
}

describe('kamerbrief woordenlijst', () => {
  it('--cspell: a words file with a comment line, the name parts (not the tussenvoegsels), parties, dossier and ministry words', async () => {
    const [header, ...words] = await lines('--cspell');
    assert.match(header!, /^# Gegenereerd door kamerbrief woordenlijst uit de gegevens van 2025-04-25/);
    assertList(words);
    for (const w of ['Plas', 'Nispen', 'Podt', 'Azarkan', 'Rikkers-Oosterkamp', 'Rikkers', 'Oosterkamp', 'Jasper', 'PvdA', 'DENK', 'VVD', 'Raad', 'Volksgezondheid', 'XVI', 'JENV', 'Koninkrijksrelaties']) assert.ok(words.includes(w), w);
    for (const w of ['van', 'der', 'de', 'en', 'Vreemdelingenbeleid']) assert.ok(!words.includes(w), w);
    // cspell splits on periods and skips short words: abbreviations stay out of its list.
    assert.ok(!words.some((w) => w.includes('.')));
    assert.ok(!words.some((w) => w.includes(' ')));
  });

  it('--cspell with -o *.json: a cspell configuration with the same words', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-woorden-'));
    const file = path.join(dir, 'cspell-kamerbrief.json');
    const r = await cli(['woordenlijst', '--cspell', '-o', file, '--data', SNAPSHOT]);
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string; words: string[] };
    assert.equal(json.version, '0.2');
    assert.deepEqual(json.words, (await lines('--cspell')).slice(1));
  });

  it('--ltex: one word per line, abbreviations such as c.s. included, no comments', async () => {
    const words = await lines('--ltex');
    assertList(words);
    assert.ok(!words.some((w) => w.startsWith('#') || w.includes(' ')));
    for (const w of ['c.s.', 't.v.v.', 'jl.', 'Plas', 'Nispen', 'Van', 'PvdA']) assert.ok(words.includes(w), w);
  });

  it('--vale -o styles/…/accept.txt: regular expressions that accept "Van der Plas" and "van der Plas", and c.s. literally', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-woorden-'));
    const file = path.join(dir, 'styles', 'config', 'vocabularies', 'Kamerbrief', 'accept.txt');
    const r = await cli(['woordenlijst', '--vale', '-o', file, '--data', SNAPSHOT]);
    assert.equal(r.code, 0, r.err);
    const [header, ...patterns] = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
    assert.match(header!, /^# Gegenereerd/);
    assertList(patterns);
    const regex = (p: string): RegExp => (p.startsWith('(?i)') ? new RegExp(`^(?:${p.slice(4)})$`, 'i') : new RegExp(`^(?:${p})$`));
    const accepted = (text: string): boolean => patterns.some((p) => regex(p).test(text));
    for (const t of ['Van der Plas', 'van der Plas', 'Van Nispen', 'van Nispen', 'Gijs van Dijk', 'c.s.', 't.v.v.', 'JenV', 'PvdA', 'Volksgezondheid, Welzijn en Sport']) assert.ok(accepted(t), t);
    // Literal where it should be: the period of c.s. is not "any character".
    assert.ok(!accepted('cXsX'));
    assert.ok(patterns.includes('[Vv]an der Plas'));
    assert.ok(patterns.includes('c\\.s\\.'));
  });

  it('a member with a tussenvoegsel and roepnaam (as the Kamer registers them) gives both written forms', async () => {
    const data = await readSnapshotData(SNAPSHOT);
    data.persons.push({ id: 'p1', achternaam: 'Plas', tussenvoegsel: 'van der', initialen: 'C.A.', roepnaam: 'Caroline', fracties: [{ fractie: 'BBB', van: '2021-03-31', tot: null }] });
    const v = collectVocabulary(data);
    assert.ok(v.names.includes('Van der Plas'));
    assert.ok(v.names.includes('Caroline van der Plas'));
    assert.ok(v.parties.includes('BBB'));
    const vale = formatWordlist(v, 'vale', 'kop').split('\n');
    assert.ok(vale.includes('[Vv]an der Plas'));
    assert.ok(vale.includes('Caroline van der Plas'));
    assert.ok(formatWordlist(v, 'ltex', 'kop').split('\n').includes('Caroline'));
  });

  it('refuses clearly: no format or two, unknown options, no data', async () => {
    for (const [args, expected] of [
      [['woordenlijst', '--data', SNAPSHOT], /kies één vorm: --cspell, --ltex of --vale/],
      [['woordenlijst', '--cspell', '--vale', '--data', SNAPSHOT], /kies één vorm/],
      [['woordenlijst', '--hunspell'], /zie kamerbrief woordenlijst --help/],
      [['woordenlijst', '--ltex', '--data', path.join(os.tmpdir(), 'kb-geen-' + process.pid)], /geen gegevens in .*kamerbrief sync/],
    ] as [string[], RegExp][]) {
      const r = await cli(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, expected);
      assert.equal(r.out, '');
    }
    const help = await cli(['woordenlijst', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.out, /--vale/);
  });
});

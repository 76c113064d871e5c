// run() itself, in the test process: help and version, option bounds, the text report of
// `citations`, an empty selection, a cache folder that cannot be made, and --data checks.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { HELP } from '../../server/src/cli/args.js';
import { runCli } from '../helpers/cli-inprocess.js';
import { buildDocx } from '../helpers/ooxml-writer.js';
import { ROOT } from '../helpers/paths.js';
import { SLIP, tempTree } from './config-helpers.js';

const VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe('CLI run(): help, version and option bounds', () => {
  let dir: string;
  before(() => {
    dir = tempTree({ 'a.md': SLIP });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('--help, -h and no command at all print the help on stdout (exit 0)', async () => {
    for (const args of [['--help'], ['-h'], [], ['lint', '--help']]) {
      const r = await runCli(args, dir);
      assert.equal(r.code, 0, args.join(' '));
      assert.equal(r.stdout, HELP + '\n', args.join(' '));
      assert.ok(r.stdout.startsWith('Gebruik: kamerbrief <opdracht>'));
      assert.equal(r.stderr, '');
    }
  });

  it('--version and -v print the package version (exit 0)', async () => {
    for (const args of [['--version'], ['-v']]) {
      const r = await runCli(args, dir);
      assert.equal(r.code, 0);
      assert.equal(r.stdout, `${VERSION}\n`);
      assert.equal(r.stderr, '');
    }
  });

  it('--jobs takes 0 to 64; anything else is exit 2 naming the value', async () => {
    for (const bad of ['65', '-1', '1.5', 'veel']) {
      const r = await runCli(['lint', '--no-cache', `--jobs=${bad}`, 'a.md'], dir);
      assert.equal(r.code, 2, bad);
      assert.equal(r.stderr, `kamerbrief: --jobs verwacht een getal van 0 tot 64, niet "${bad}"\n`);
      assert.equal(r.stdout, '');
    }
    for (const good of ['0', '1']) {
      const r = await runCli(['lint', '--no-cache', '--format', 'json', '--jobs', good, 'a.md'], dir);
      assert.equal(r.code, 1, r.stderr);
      assert.equal((JSON.parse(r.stdout) as unknown[]).length, 1);
    }
  });

  it('--max-warnings takes a whole number from 0; a negative or fractional one is exit 2', async () => {
    for (const bad of ['-1', '0.5']) {
      const r = await runCli(['lint', '--no-cache', `--max-warnings=${bad}`, 'a.md'], dir);
      assert.equal(r.code, 2, bad);
      assert.equal(r.stderr, `kamerbrief: --max-warnings verwacht een geheel getal vanaf 0, niet "${bad}"\n`);
    }
  });

  it('an unknown --preset is exit 2 listing the presets; citations has its own formats', async () => {
    const preset = await runCli(['lint', '--preset', 'los', 'a.md'], dir);
    assert.equal(preset.code, 2);
    assert.equal(preset.stderr, 'kamerbrief: onbekende --preset "los"; kies aanbevolen, streng of verzending\n');
    const format = await runCli(['citations', '--format', 'sarif', 'a.md'], dir);
    assert.equal(format.code, 2);
    assert.equal(format.stderr, 'kamerbrief: onbekende --format "sarif" voor citations; kies text, json of markdown\n');
  });
});

describe('CLI run(): what is linted and where results go', () => {
  const dirs: string[] = [];
  after(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  const ws = (files: Record<string, string>): string => {
    const d = tempTree(files);
    dirs.push(d);
    return d;
  };

  it('no Markdown files: exit 0 and a note on stderr, nothing on stdout', async () => {
    const dir = ws({ 'notities.txt': 'x' });
    const r = await runCli(['lint', '--no-cache'], dir);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, 'kamerbrief: geen Markdown-bestanden gevonden (**/*.md); geef paden of globs op\n');
  });

  it('citations as text: one line per citation, ✖ and the standard form for a slip, the link', async () => {
    const dir = ws({ 'brief.md': 'Zie Kamerstuk 29 754, nr. 482 en Kamerstuk 21501-20-2128.\n', 'leeg.md': 'Geen citaten.\n' });
    const r = await runCli(['citations', 'brief.md', 'leeg.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      r.stdout,
      'brief.md:1:5    kamerstuk            Kamerstuk 29 754, nr. 482  https://zoek.officielebekendmakingen.nl/kst-29754-482.html\n' +
        'brief.md:1:34  ✖ kamerstuk            Kamerstuk 21501-20-2128  → Kamerstuk 21 501-20, nr. 2128  https://zoek.officielebekendmakingen.nl/kst-21501-20-2128.html\n',
    );
    const none = await runCli(['citations', 'leeg.md'], dir);
    assert.equal(none.code, 0);
    assert.equal(none.stdout, '', 'no citations: nothing at all, not an empty line');
  });

  it('citations as a Markdown report: counts, a table per file, "Geen citaten." for a file without', async () => {
    const dir = ws({ 'brief.md': 'Zie Kamerstuk 29 754, nr. 482 en Kamerstuk 21501-20-2128.\n', 'leeg.md': 'Geen citaten.\n' });
    const r = await runCli(['citations', '--format', 'markdown', 'brief.md', 'leeg.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.split('\n');
    assert.equal(lines[0], '# Citatieoverzicht');
    assert.equal(lines[2], '2 citaten in 2 bestanden; 1 wijken af van de huisstijl.');
    assert.ok(lines.includes('## leeg.md'));
    assert.equal(lines[lines.indexOf('## leeg.md') + 2], 'Geen citaten.');
    const one = await runCli(['citations', '--format', 'markdown', 'leeg.md'], dir);
    assert.match(one.stdout, /^0 citaten in 1 bestand; 0 wijken af van de huisstijl\.$/m);
  });

  it('a cache folder that cannot be made: the run still lints, without cache', async () => {
    const dir = ws({ 'a.md': SLIP, 'bestand': 'geen map' });
    const r = await runCli(['lint', '--format', 'json', '--cache-location', 'bestand/cache', 'a.md'], dir);
    assert.equal(r.code, 1, r.stderr);
    assert.equal((JSON.parse(r.stdout) as { messages: unknown[] }[])[0]!.messages.length > 0, true);
    assert.equal(r.stderr, '');
    assert.equal(fs.readFileSync(path.join(dir, 'bestand'), 'utf8'), 'geen map');
  });

  it('--data that does not exist is exit 2 before anything is linted', async () => {
    const dir = ws({ 'a.md': SLIP });
    const r = await runCli(['lint', '--no-cache', '--data', 'weg', 'a.md'], dir);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, 'kamerbrief: --data weg: map bestaat niet\n');
  });

  it('the per-user data folder comes from the environment given to run(), not the process', async () => {
    const dir = ws({ 'a.md': 'Zie Kamerstuk 29 754, nr. 9999.\n' });
    const home = ws({});
    fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'snapshot'), path.join(home, 'kamerbrief', 'gegevens'), { recursive: true });
    const withData = await runCli(['lint', '--no-cache', '--format', 'json', 'a.md'], dir, { env: { ...process.env, NO_COLOR: '1', XDG_DATA_HOME: home } });
    const ids = (out: string): string[] => (JSON.parse(out) as { messages: { ruleId: string }[] }[])[0]!.messages.map((m) => m.ruleId);
    assert.ok(ids(withData.stdout).includes('KB121'), withData.stdout + withData.stderr);
    const without = await runCli(['lint', '--no-cache', '--format', 'json', 'a.md'], dir);
    assert.ok(!ids(without.stdout).includes('KB121'), without.stdout);
  });
});

describe('CLI run(): Word files among the drafts', () => {
  let dir: string;
  const DOCX = buildDocx([{ runs: ['Geachte voorzitter,'] }, { runs: ['Zie Kamerstuk 29754, nr. 482 voor de motie.'] }]);
  before(() => {
    dir = tempTree({ 'a.md': SLIP, 'brief.DOCX': Buffer.from(DOCX), 'kapot.docx': 'geen zip' });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('--fix fixes the Markdown draft and leaves the Word file as it is, with a note', async () => {
    const r = await runCli(['lint', '--fix', '--no-cache', '--format', 'json', 'a.md', 'brief.DOCX'], dir);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stderr, 'kamerbrief: let op: brief.DOCX: --fix schrijft geen Word- of XML-bestanden; importeer eerst (kamerbrief import)\n');
    assert.equal(fs.readFileSync(path.join(dir, 'a.md'), 'utf8'), SLIP.replace('29754', '29 754'));
    assert.ok(fs.readFileSync(path.join(dir, 'brief.DOCX')).equals(Buffer.from(DOCX)));
    const out = JSON.parse(r.stdout) as { file: string; messages: { ruleId: string; position?: string; paragraph?: number }[] }[];
    assert.deepEqual(out.map((f) => f.file), ['a.md', 'brief.DOCX']);
    assert.deepEqual(out[0]!.messages, []);
    assert.deepEqual(out[1]!.messages.filter((m) => m.ruleId === 'KB101').map((m) => [m.position, m.paragraph]), [['paragraaf', 2]]);
    fs.writeFileSync(path.join(dir, 'a.md'), SLIP);
  });

  it('SARIF fixes of a Word file are regions in the draft the importer made', async () => {
    const r = await runCli(['lint', '--no-cache', '--format', 'sarif', 'brief.DOCX'], dir);
    assert.equal(r.code, 1, r.stderr);
    const sarif = JSON.parse(r.stdout) as { runs: { results: { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[]; fixes?: { artifactChanges: { replacements: { deletedRegion: { startLine: number; startColumn: number } }[] }[] }[] }[] }[] };
    const slip = sarif.runs[0]!.results.find((x) => x.ruleId === 'KB101')!;
    const region = slip.fixes![0]!.artifactChanges[0]!.replacements[0]!.deletedRegion;
    assert.equal(region.startLine, slip.locations[0]!.physicalLocation.region.startLine);
    assert.equal(region.startColumn, 5);
  });

  it('a Word file that cannot be imported is exit 2 while the others are still reported', async () => {
    const r = await runCli(['lint', '--no-cache', '--format', 'json', 'a.md', 'kapot.docx'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^kamerbrief: kapot\.docx: .*geen Word-bestand/);
    assert.deepEqual((JSON.parse(r.stdout) as { file: string }[]).map((f) => f.file), ['a.md']);
  });
});

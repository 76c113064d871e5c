// The data and document subcommands through run(), in the test process: --help, the number of
// arguments, -o onto the input or where nothing can be written, damaged data folders.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describeWriteError } from '../../server/src/cli/write-error.js';
import { runCli } from '../helpers/cli-inprocess.js';
import { FIXTURES } from '../helpers/paths.js';
import { tempTree } from './config-helpers.js';

const QUESTIONS = path.join(FIXTURES, 'questions', 'kv-tk-2011Z04442.DERIVED.xml');
const SNAPSHOT = path.join(FIXTURES, 'snapshot');

describe('CLI subcommands in process', () => {
  let dir: string;
  before(() => {
    dir = tempTree({ 'bestand': 'geen map', 'brief.md': '# Brief\n\nTekst.\n', 'gegevens/leeg.txt': '' });
    fs.copyFileSync(QUESTIONS, path.join(dir, 'vragen.xml'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const [command, usage] of [
    ['import', 'Gebruik: kamerbrief import <bestand> [-o concept.md]\n'],
    ['export', 'Gebruik: kamerbrief export <concept.md> --docx [-o brief.docx]\n'],
    ['vragen', 'Gebruik: kamerbrief vragen <zaaknummer | bestand> [-o antwoorden.md]\n'],
    ['lookup', 'Gebruik: kamerbrief lookup "<citaat>" [--data <map>] [--format text|json]\n'],
    ['snapshot', 'Gebruik: kamerbrief snapshot export <bestand> [--data <map>]\n'],
    ['woordenlijst', 'Gebruik: kamerbrief woordenlijst --cspell | --ltex | --vale [-o <bestand>] [--data <map>]\n'],
    ['overzicht', 'Gebruik: kamerbrief overzicht --dossier <nummer> [opties]\n'],
    ['sync', 'Gebruik: kamerbrief sync [opties]\n'],
  ] as const) {
    it(`kamerbrief ${command} --help and -h: the usage on stdout, exit 0`, async () => {
      for (const flag of ['--help', '-h']) {
        const r = await runCli([command, flag], dir);
        assert.equal(r.code, 0, r.stderr);
        assert.ok(r.stdout.startsWith(usage), r.stdout.slice(0, 120));
        assert.ok(r.stdout.endsWith('\n'));
        assert.equal(r.stderr, '');
      }
    });
  }

  it('import takes exactly one file', async () => {
    for (const args of [['import'], ['import', 'a.docx', 'b.docx']]) {
      const r = await runCli(args, dir);
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'kamerbrief: import verwacht één bestand (.docx of publicatie-XML); zie kamerbrief import --help\n');
      assert.equal(r.stdout, '');
    }
  });

  it('import, vragen and export: -o where no file can be made is exit 2 with the error code', async () => {
    for (const args of [
      ['import', 'vragen.xml', '-o', 'bestand/x.md'],
      ['vragen', 'vragen.xml', '-o', 'bestand/x.md'],
      ['export', 'brief.md', '--docx', '--data', SNAPSHOT, '-o', 'bestand/x.docx'],
    ]) {
      const r = await runCli(args, dir);
      assert.equal(r.code, 2, args[0]);
      assert.match(r.stderr, new RegExp(`-o bestand/x\\.(md|docx): kan niet schrijven \\(E[A-Z]+\\)\\n$`), args[0]);
    }
    assert.equal(fs.readFileSync(path.join(dir, 'bestand'), 'utf8'), 'geen map');
  });

  it('vragen -o onto its own input is refused, the input untouched', async () => {
    const before = fs.readFileSync(path.join(dir, 'vragen.xml'));
    const r = await runCli(['vragen', 'vragen.xml', '-o', 'vragen.xml'], dir);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'kamerbrief: -o vragen.xml is het invoerbestand zelf; kies een ander bestand voor het concept\n');
    assert.ok(fs.readFileSync(path.join(dir, 'vragen.xml')).equals(before));
  });

  it('vragen -o writes the draft and says how many questions it holds', async () => {
    const r = await runCli(['vragen', 'vragen.xml', '-o', 'uit/antwoorden.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^kamerbrief: \d+ vragen in uit\/antwoorden\.md\n$/);
    assert.match(fs.readFileSync(path.join(dir, 'uit', 'antwoorden.md'), 'utf8'), /### Vraag 1/);
  });

  it('woordenlijst -o where no file can be made: exit 2, the reason in words', async () => {
    const r = await runCli(['woordenlijst', '--cspell', '--data', SNAPSHOT, '-o', 'bestand/w.txt'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^kamerbrief woordenlijst: -o bestand\/w\.txt: .*\(E[A-Z]+\)\n$/);
  });

  it('lookup: an unknown --format, no citation in the query, a folder that is not a snapshot', async () => {
    const format = await runCli(['lookup', '--format', 'xml', 'Kamerstuk 29 754, nr. 482'], dir);
    assert.equal(format.code, 2);
    assert.equal(format.stderr, 'kamerbrief: onbekende --format "xml"; kies text of json\n');
    const none = await runCli(['lookup', 'geen', 'citaat'], dir);
    assert.equal(none.code, 2);
    assert.equal(none.stderr, 'kamerbrief: geen citaat herkend in "geen citaat"; bijvoorbeeld: kamerbrief lookup "Kamerstuk 19 637, nr. 3370"\n');
    const damaged = await runCli(['lookup', 'Kamerstuk 29 754, nr. 482', '--data', 'gegevens'], dir);
    assert.equal(damaged.code, 2);
    assert.match(damaged.stderr, /^kamerbrief: De map .*gegevens bevat geen Kamerbrief-gegevens \(manifest\.json ontbreekt\); voer kamerbrief sync uit\.\n$/);
    assert.equal(damaged.stdout, '');
  });

  it('lookup prints the card as plain text: no Markdown marks, links as "name: address", no empty runs of lines', async () => {
    const r = await runCli(['lookup', 'Kamerstuk 19 637, nr. 3370', '--data', SNAPSHOT], dir);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.split('\n');
    assert.equal(
      lines.slice(0, -2).join('\n'),
      'Kamerstuk · notatie in orde\n\n' +
        'Standaardnotatie: Kamerstuk 19 637, nr. 3370\n\n' +
        'Officiële bekendmakingen: https://zoek.officielebekendmakingen.nl/kst-19637-3370.html · Tweede Kamer: https://www.tweedekamer.nl/zoeken?qry=19637%20nr.%203370\n\n' +
        'Motie · 2025-02-13 · vergaderjaar 2024-2025\n' +
        'Motie van het lid Podt c.s. over een betere schaderegeling voor schade veroorzaakt door overlastgevende asielzoekers\n' +
        'Dossier: Vreemdelingenbeleid\n' +
        'Indiener: Podt\n' +
        'Medeindieners: Piri, Van Nispen, Boomsma, Diederik van Dijk, Eerdmans, Koekkoek, Bontenbal, Ceder\n' +
        'Gewijzigd door: Kamerstuk 19 637, nr. 3384',
    );
    assert.match(lines.at(-2)!, /^Gegevens van 25 april 2025 \(\d+ dagen geleden; ouder dan 30 dagen, voer kamerbrief sync uit\)\.$/);
    assert.equal(lines.at(-1), '');
    assert.ok(!/[*_\\]|\]\(/.test(r.stdout), r.stdout);
  });

  it('lookup --data is relative to the folder run() is given', async () => {
    fs.cpSync(SNAPSHOT, path.join(dir, 'kopie'), { recursive: true });
    const r = await runCli(['lookup', '--format', 'json', 'Kamerstuk 29 754, nr. 482', '--data', 'kopie'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.notEqual((JSON.parse(r.stdout) as { snapshot: unknown }).snapshot, null);
  });

  it('overzicht with a folder that is not a snapshot: exit 2 with the reason', async () => {
    const r = await runCli(['overzicht', '--dossier', '29754', '--data', path.join(dir, 'gegevens')], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^kamerbrief overzicht: De map .*gegevens bevat geen Kamerbrief-gegevens/);
  });

  it('snapshot takes export or import and one file', async () => {
    for (const args of [['snapshot'], ['snapshot', 'wis', 'x'], ['snapshot', 'export'], ['snapshot', 'import', 'a', 'b']]) {
      const r = await runCli(args, dir);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.stderr, 'kamerbrief snapshot: gebruik kamerbrief snapshot export <bestand> of kamerbrief snapshot import <bestand>; zie kamerbrief snapshot --help\n');
    }
  });
});

describe('CLI export in process: names, the gate, --config', () => {
  const SLIP2 = '---\nsoort: brief\n---\n\nZie Kamerstuk 29754, nr. 482 en Kamerstuk 29754, nr. 483.\n';
  let dir: string;
  before(() => {
    dir = tempTree({ 'Brief.MARKDOWN': '# Brief\n\nTekst.\n', 'twee.md': SLIP2, 'los.jsonc': '{ "rules": { "KB101": "warning" } }', 'kapot.jsonc': '{ "rules": { "KB999": "error" } }' });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const data = ['--data', SNAPSHOT];

  it('without -o: the draft\'s name with .docx (any case of .md or .markdown), said on stderr', async () => {
    const r = await runCli(['export', 'Brief.MARKDOWN', ...data], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, 'kamerbrief: Brief.MARKDOWN → Brief.docx\n');
    assert.ok(fs.existsSync(path.join(dir, 'Brief.docx')));
  });

  it('-o must end in .docx and must not be the draft itself', async () => {
    const pdf = await runCli(['export', 'twee.md', '-o', 'twee.pdf', ...data], dir);
    assert.equal(pdf.code, 2);
    assert.equal(pdf.stderr, 'kamerbrief: -o twee.pdf: een Word-document eindigt op .docx\n');
    fs.writeFileSync(path.join(dir, 'zelf.docx'), '# Brief\n');
    const self = await runCli(['export', 'zelf.docx', '-o', 'zelf.docx', ...data], dir);
    assert.equal(self.code, 2);
    assert.equal(self.stderr, 'kamerbrief: -o zelf.docx is het concept zelf; kies een ander bestand\n');
  });

  it('export takes exactly one draft', async () => {
    for (const args of [['export'], ['export', 'a.md', 'b.md']]) {
      const r = await runCli(args, dir);
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'kamerbrief: export verwacht één Markdown-concept; zie kamerbrief export --help\n');
    }
  });

  it('two errors: both listed, "2 fouten; herstel ze"; --config can make them warnings', async () => {
    const r = await runCli(['export', 'twee.md', ...data], dir);
    assert.equal(r.code, 1);
    const lines = r.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 3, r.stderr);
    assert.match(lines[0]!, /^twee\.md:5:5: KB101 /);
    assert.match(lines[1]!, /^twee\.md:5:\d+: KB101 /);
    assert.equal(lines[2], 'kamerbrief: twee.md niet geëxporteerd: 2 fouten; herstel ze of exporteer toch met --force');
    assert.equal(fs.existsSync(path.join(dir, 'twee.docx')), false);
    const forced = await runCli(['export', 'twee.md', '--force', ...data], dir);
    assert.equal(forced.code, 0);
    assert.match(forced.stderr, /kamerbrief: let op: twee\.md geëxporteerd met 2 fouten \(--force\)\n/);
    fs.rmSync(path.join(dir, 'twee.docx'));
    const configured = await runCli(['export', 'twee.md', '--config', 'los.jsonc', ...data], dir);
    assert.equal(configured.code, 0, configured.stderr);
    assert.equal(configured.stderr, 'kamerbrief: twee.md → twee.docx\n');
  });

  it('--config that is missing or broken: exit 2 naming it', async () => {
    const missing = await runCli(['export', 'twee.md', '--config', 'weg.jsonc', ...data], dir);
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, 'kamerbrief: configuratiebestand "weg.jsonc" bestaat niet; controleer het pad bij --config\n');
    const broken = await runCli(['export', 'twee.md', '--config', 'kapot.jsonc', ...data], dir);
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /^kamerbrief: kapot\.jsonc:1:\d+: onbekende regel "KB999"/);
  });
});

describe('CLI: describeWriteError', () => {
  it('advises per error code, and names the code', () => {
    const err = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: iets`), { code });
    assert.equal(describeWriteError(err('ENOSPC')), 'de schijf is vol; maak ruimte vrij en probeer het opnieuw (ENOSPC)');
    assert.equal(describeWriteError(err('EDQUOT')), 'het schijfquotum is op; maak ruimte vrij en probeer het opnieuw (EDQUOT)');
    assert.equal(describeWriteError(err('EROFS')), 'het bestandssysteem is alleen-lezen (EROFS)');
    assert.equal(describeWriteError(err('EACCES')), 'geen schrijfrechten; controleer de rechten van de map (EACCES)');
    assert.equal(describeWriteError(err('EPERM')), 'geen schrijfrechten; controleer de rechten van de map (EPERM)');
    assert.equal(describeWriteError(err('ENOENT')), 'de map bestaat niet (meer) (ENOENT)');
    assert.equal(describeWriteError(err('EISDIR')), 'het doel is een map, geen bestand (EISDIR)');
  });

  it('an unknown code, an error without one, and something that is no error at all', () => {
    assert.equal(describeWriteError(Object.assign(new Error('x'), { code: 'EXDEV' })), 'schrijven mislukt (EXDEV)');
    assert.equal(describeWriteError(new Error('stuk')), 'schrijven mislukt (stuk)');
    assert.equal(describeWriteError('zomaar'), 'schrijven mislukt (zomaar)');
    assert.equal(describeWriteError(undefined), 'schrijven mislukt (undefined)');
  });
});

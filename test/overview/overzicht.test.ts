// `kamerbrief overzicht`: the stand-van-zaken letter drafted from the fixture snapshot lints clean
// (no errors, no warnings) and carries what the data knows: titles, indieners, afloop, citations.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../server/src/cli/run.js';
import { runOverzichtCommand } from '../../server/src/cli/overzicht-command.js';
import { lintText } from '../../server/src/core/lint.js';
import { readSnapshotData, snapshotFromData } from '../../server/src/data/store.js';
import type { Snapshot, SnapshotData } from '../../server/src/data/types.js';
import { parseDossier } from '../../server/src/overview/dossier-arg.js';
import { vergaderjaarOf } from '../../server/src/overview/dutch-date.js';
import { overviewDraft } from '../../server/src/overview/draft.js';
import type { ToezeggingInput } from '../../server/src/overview/toezegging-input.js';
import { registerSource, type RegisterEntry } from '../../server/src/overview/register-source.js';
import { FIXTURES, ROOT } from '../helpers/paths.js';

const SNAPSHOT = path.join(FIXTURES, 'snapshot');
const TODAY = new Date('2026-12-06T12:00:00Z');

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), isTty: false, cwd: ROOT, workerEntry: new URL(import.meta.url) });
  return { code, out, err };
}

/** Errors and warnings the linter gives on a draft, with the snapshot the draft came from. */
function complaints(text: string, data: Snapshot): string[] {
  return lintText(text, { data })
    .messages.filter((m) => m.severity !== 'info')
    .map((m) => `${m.ruleId}: ${m.message}`);
}

async function fixtureData(): Promise<SnapshotData> {
  return readSnapshotData(SNAPSHOT);
}

/** The section under a "## " heading, up to the next heading or the signature. */
function section(text: string, heading: RegExp): string {
  const parts = text.split(/\n(?=## |De Minister [^\n]*,\n)/);
  const found = parts.find((p) => heading.test(p.split('\n')[0]!));
  assert.ok(found, `no section ${heading} in:\n${text}`);
  return found;
}

describe('kamerbrief overzicht', () => {
  it('dossier 19 637: the Podt c.s. motie under its gewijzigde version, with both Kamerstukken, and `kamerbrief lint` finds no error or warning', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-overzicht-'));
    const file = path.join(dir, 'overzicht.md');
    const made = await cli(['overzicht', '--dossier', '19', '637', '--data', SNAPSHOT, '-o', file]);
    assert.equal(made.code, 0, made.err);
    assert.match(made.err, /1 motie, 0 toezeggingen/);
    const text = fs.readFileSync(file, 'utf8');
    const podt = section(text, /^## Gewijzigde motie van het lid Podt c\.s\. over een betere schaderegeling voor schade veroorzaakt door overlastgevende asielzoekers$/);
    assert.match(podt, /De gewijzigde motie van het lid Podt \(PM\)\[\^1\], waarin de regering verzocht wordt \[PM: /);
    assert.match(podt, /is op 18 februari 2025 ingediend/);
    assert.match(podt, /vervangt de oorspronkelijke motie \(Kamerstuk 19 637, nr\. 3370\)/);
    assert.match(text, /^\[\^1\]: Kamerstuk 19 637, nr\. 3384\.$/m);
    // Only one section: the original is reported under its gewijzigde version, not twice.
    assert.equal(text.match(/^## /gm)!.length, 1);
    assert.match(text, /^onderwerp: Stand van zaken moties en toezeggingen Vreemdelingenbeleid$/m);
    const lint = await cli(['lint', '--data', SNAPSHOT, '--format', 'json', file]);
    const messages = (JSON.parse(lint.out) as { messages: { ruleId: string; severity: string }[] }[])[0]!.messages;
    assert.deepEqual(messages.filter((m) => m.severity !== 'info'), []);
    assert.equal(lint.code, 0, lint.out);
    // The rules do read the draft's motie: citing the replaced original instead is caught (KB306).
    fs.writeFileSync(file, text.replace('nr. 3384.', 'nr. 3370.'));
    const wrong = await cli(['lint', '--data', SNAPSHOT, '--format', 'json', file]);
    assert.ok((JSON.parse(wrong.out) as { messages: { ruleId: string }[] }[])[0]!.messages.some((m) => m.ruleId === 'KB306'), wrong.out);
  });

  it('dossier 29 754 mirrors nr. 501: "het lid Becker c.s." in the heading, fracties at the first mention, "de leden Kuiken en Gijs van Dijk", afloop aangenomen, one footnote per motie', async () => {
    const data = snapshotFromData(await fixtureData());
    const { text, moties } = overviewDraft(data, { dossier: '29754', ministerie: 'Justitie en Veiligheid', today: TODAY });
    assert.equal(moties, 4);
    assert.match(section(text, /^## Motie van het lid Becker c\.s\. over \[PM: onderwerp\]$/), /motie van het lid Becker \(VVD\)\[\^1\]/);
    assert.match(section(text, /^## Motie van de leden Kuiken en Gijs van Dijk over /), /de leden Kuiken \(PvdA\) en Gijs van Dijk \(SP\)\[\^2\]/);
    assert.match(section(text, /^## Gewijzigde motie van het lid Azarkan over /), /^Uw Kamer heeft de gewijzigde motie van het lid Azarkan \(DENK\)\[\^4\] aangenomen,/m);
    assert.match(text, /^\[\^4\]: Kamerstuk 29 754, nr\. 482\.$/m);
    assert.match(text, /^ministerie: Ministerie van Justitie en Veiligheid$/m);
    assert.match(text, /^De Minister van Justitie en Veiligheid,$/m);
    assert.deepEqual(complaints(text, data), []);
    // Swapped footnotes would pair Becker with Kuiken's Kamerstuk: the rules see it (KB307).
    const swapped = text.replace('[^1]: Kamerstuk 29 754, nr. 451.', '[^1]: Kamerstuk 29 754, nr. 452.');
    assert.ok(complaints(swapped, data).length > 0);
  });

  it('writes the afloop with the date of the vote, and KB305 agrees with it', async () => {
    const raw = await fixtureData();
    const gewijzigd = raw.moties.find((m) => m.key === '19637:3384')!;
    gewijzigd.besluiten = [{ soort: 'Stemmen - verworpen', tekst: 'Verworpen.', datum: '2025-02-20' }];
    gewijzigd.uitkomst = 'verworpen';
    const data = snapshotFromData(raw);
    const { text } = overviewDraft(data, { dossier: '19637', today: TODAY });
    assert.match(text, /Uw Kamer heeft op 20 februari 2025 de gewijzigde motie van het lid Podt \(PM\)\[\^1\] verworpen,/);
    assert.deepEqual(complaints(text, data), []);
    // The linter would notice a wrong afloop in this very sentence: the draft is checked, not just accepted.
    assert.ok(complaints(text.replace(' verworpen,', ' aangenomen,'), data).some((c) => c.startsWith('KB305')));
  });

  it('adds a "Toezegging – …" section per toezegging of a register, filtered by --ministerie and --sinds, and still lints clean', async () => {
    const data = snapshotFromData(await fixtureData());
    const register: ToezeggingInput[] = [
      { onderwerp: 'Inzicht in gebruik van de landelijke faciliteiten', tekst: 'De minister zegt toe in de rapportage integrale aanpak terrorisme meer inzicht te geven in het gebruik van de landelijke faciliteiten.', bewindspersoon: 'de Minister van Sociale Zaken en Werkgelegenheid', debat: 'het commissiedebat preventie radicalisering', datum: '2018-06-20', status: 'Openstaand', ministerie: 'Sociale Zaken en Werkgelegenheid', dossier: '29754' },
      { tekst: 'De minister stuurt een brief over gesprekken met koepelorganisaties.', datum: '2017-01-10', ministerie: 'Sociale Zaken en Werkgelegenheid' },
      { tekst: 'Een toezegging van een ander ministerie.', datum: '2018-06-20', ministerie: 'Onderwijs, Cultuur en Wetenschap' },
    ];
    const asked: string[] = [];
    const toezeggingen = { toezeggingenOf: (d: string) => (asked.push(d), register) };
    const { text, toezeggingen: n } = overviewDraft(data, { dossier: '29754', ministerie: 'Sociale Zaken en Werkgelegenheid', sinds: '2018-01-01', toezeggingen, today: TODAY });
    assert.deepEqual(asked, ['29754']);
    assert.equal(n, 1);
    const t = section(text, /^## Toezegging – Inzicht in gebruik van de landelijke faciliteiten$/);
    assert.match(t, /^De Minister van Sociale Zaken en Werkgelegenheid heeft tijdens het commissiedebat preventie radicalisering van 20 juni 2018 toegezegd: «De minister zegt toe/m);
    assert.match(t, /Toezeggingenregistratie: status Openstaand\./);
    assert.doesNotMatch(text, /koepelorganisaties|ander ministerie/);
    assert.deepEqual(complaints(text, data), []);
  });

  it('takes the toezeggingen from a snapshot that holds the register: those whose fulfilling letter cites the dossier', async () => {
    const entry = (nummer: string, kamerbriefNakoming: string | null): RegisterEntry => ({
      nummer,
      tekst: `De minister informeert de Kamer over ${nummer}.`,
      status: 'Voldaan',
      datumNakoming: '2019-02-01',
      aanmaakdatum: '2018-06-20',
      ministerie: 'Sociale Zaken en Werkgelegenheid',
      functie: 'Minister van Sociale Zaken en Werkgelegenheid',
      activiteit: { nummer: null, soort: 'Algemeen overleg', onderwerp: 'Preventie radicalisering', datum: '2018-06-20' },
      kamerbriefNakoming,
    });
    const data = snapshotFromData(await fixtureData());
    const withRegister = Object.assign(data, { toezeggingen: () => [entry('TZ201806-901', 'Kamerstuk 29 754, nr. 501'), entry('TZ201806-902', null), entry('TZ202309-010', 'Kamerstuk 31 936, nr. 1')] });
    // A snapshot without the register (synced before it existed) gives no source at all.
    assert.equal(registerSource(snapshotFromData({ ...await fixtureData(), toezeggingen: undefined })), null);
    const { text, toezeggingen } = overviewDraft(withRegister, { dossier: '29754', toezeggingen: registerSource(withRegister), today: TODAY });
    assert.equal(toezeggingen, 1);
    const t = section(text, /^## Toezegging – \[PM: onderwerp\]$/);
    assert.match(t, /^De Minister van Sociale Zaken en Werkgelegenheid heeft tijdens het algemeen overleg Preventie radicalisering van 20 juni 2018 toegezegd: «De minister informeert de Kamer over TZ201806-901»\./m);
    assert.match(t, /Toezeggingenregistratie: nummer TZ201806-901, status Voldaan, nakomingsdatum 1 februari 2019\./);
    assert.doesNotMatch(text, /TZ201806-902|TZ202309-010/);
    assert.deepEqual(complaints(text, data), []);
  });

  it('keeps snapshot text as text: brackets and emphasis in a title cannot become links or footnotes', async () => {
    const raw = await fixtureData();
    raw.documents.find((d) => d.key === '19637:3384')!.onderwerp = 'Gewijzigde motie van het lid Podt c.s. over [schade](https://example.invalid) en *sterren*[^9]';
    const { text } = overviewDraft(snapshotFromData(raw), { dossier: '19637', today: TODAY });
    assert.match(text, /over \\\[schade\\\]\(https:\/\/example\.invalid\) en \\\*sterren\\\*\\\[\^9\\\]$/m);
  });

  it('refuses clearly: no dossier, a bad number or date, an unknown dossier, no data', async () => {
    const cases: [string[], RegExp][] = [
      [['overzicht', '--data', SNAPSHOT], /geef het dossier op/],
      [['overzicht', '--dossier', 'abc', '--data', SNAPSHOT], /ongeldig dossiernummer "abc"/],
      [['overzicht', '--dossier', '19637', '--sinds', '2025-02-30', '--data', SNAPSHOT], /ongeldige datum bij --sinds/],
      [['overzicht', '--dossier', '12345', '--data', SNAPSHOT], /dossier 12345 staat niet in de gegevens/],
      [['overzicht', '--dossier', '19637', '--sinds', '2025-03-01', '--data', SNAPSHOT], /geen moties of toezeggingen in dossier 19637 sinds 2025-03-01/],
      [['overzicht', '--dossier', '19637', '--data', path.join(os.tmpdir(), 'kb-bestaat-niet-' + process.pid)], /geen gegevens in .*kamerbrief sync/],
      [['overzicht', '--onbekend'], /kamerbrief overzicht: .*zie kamerbrief overzicht --help/],
    ];
    for (const [args, expected] of cases) {
      const r = await cli(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, expected);
      assert.equal(r.out, '');
    }
    const help = await runOverzichtCommand(['--help'], { stdout: (s) => assert.match(s, /--ministerie/), stderr: () => assert.fail() });
    assert.equal(help, 0);
  });

  it('reads dossiers as people type them and knows the vergaderjaar', () => {
    assert.equal(parseDossier('29 754'), '29754');
    assert.equal(parseDossier('36 410 XVI'), '36410-XVI');
    assert.equal(parseDossier('21 501-20'), '21501-20');
    assert.equal(parseDossier('36410-xvi'), '36410-XVI');
    assert.equal(parseDossier('nr. 5'), null);
    assert.equal(vergaderjaarOf(new Date('2024-09-16T12:00:00Z')), '2023–2024'); // the day before Prinsjesdag 2024
    assert.equal(vergaderjaarOf(new Date('2024-09-17T12:00:00Z')), '2024–2025');
    assert.equal(vergaderjaarOf(new Date('2025-01-05T12:00:00Z')), '2024–2025');
  });
});

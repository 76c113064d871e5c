// "Exporteren naar Word" and "Importeren uit Word" at the server (kamerbrief/exportDocx,
// kamerbrief/importDocx): the export gate with its Dutch count of errors, a forced export, the
// open document's text over the file on disk, the editor's rule settings, a target that cannot
// be written; the import of a real ministry .docx with its warnings, and a file that is not there.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FIXTURES } from '../helpers/paths.js';
import { startHarness, type Harness } from './harness.js';
import type { ExportAnswer, ImportAnswer } from '../../server/src/lsp/word.js';


const CLEAN = 'Zie Kamerstuk 29 754, nr. 482.\n';
const ONE_PLACEHOLDER = 'Zie Kamerstuk 29 754, nr. 482 en XXX.\n';
const TWO_PLACEHOLDERS = 'Zie XXX en [naam].\n';
const DOCX = path.join(FIXTURES, 'docx');

describe('LSP: Word export and import', () => {
  let h: Harness | undefined;
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-lsp-word-'));
  });
  afterEach(async () => {
    await h?.close();
    h = undefined;
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  const exportDocx = (params: { uri: string; target: string; force?: boolean }): Promise<ExportAnswer> => h!.client.sendRequest('kamerbrief/exportDocx', params) as Promise<ExportAnswer>;

  it('refuses a draft with errors and counts them in Dutch (1 fout, 2 fouten); nothing is written', async () => {
    h = await startHarness(null);
    const one = pathToFileURL(path.join(tmp, 'een.md')).toString();
    await h.open(one, ONE_PLACEHOLDER);
    const target = path.join(tmp, 'een.docx');
    const refused = await exportDocx({ uri: one, target });
    assert.deepEqual({ ...refused, problems: refused.problems.map((p) => [p.line, p.column, p.ruleId]) }, {
      ok: false,
      message: 'Niet geëxporteerd: het concept heeft 1 fout.',
      problems: [[1, 34, 'KB601']],
      warnings: [],
    });
    assert.equal(fs.existsSync(target), false);

    const two = pathToFileURL(path.join(tmp, 'twee.md')).toString();
    await h.open(two, TWO_PLACEHOLDERS);
    const both = await exportDocx({ uri: two, target: path.join(tmp, 'twee.docx') });
    assert.equal(both.ok, false);
    assert.equal(both.message, 'Niet geëxporteerd: het concept heeft 2 fouten.');
    assert.deepEqual(both.problems.map((p) => p.ruleId), ['KB601', 'KB601']);
    assert.deepEqual(fs.readdirSync(tmp), []);
  });

  it('"toch exporteren" (force) writes the .docx and names the errors it went through with', async () => {
    h = await startHarness(null);
    const uri = pathToFileURL(path.join(tmp, 'toch.md')).toString();
    await h.open(uri, ONE_PLACEHOLDER);
    const target = path.join(tmp, 'toch.docx');
    const one = await exportDocx({ uri, target, force: true });
    assert.equal(one.ok, true);
    assert.equal(one.message, 'Geëxporteerd naar toch.docx (met 1 fout).');
    assert.deepEqual(one.problems.map((p) => p.ruleId), ['KB601']);
    assert.equal(fs.readFileSync(target).subarray(0, 2).toString('latin1'), 'PK', 'a zip (OOXML) file');

    await h.open(uri + '2', TWO_PLACEHOLDERS);
    const two = await exportDocx({ uri: uri + '2', target, force: true });
    assert.equal(two.message, 'Geëxporteerd naar toch.docx (met 2 fouten).');
  });

  it('a clean draft is exported into a new folder, with the writer\'s warnings passed on', async () => {
    h = await startHarness(null);
    const uri = pathToFileURL(path.join(tmp, 'schoon.md')).toString();
    await h.open(uri, CLEAN);
    const target = path.join(tmp, 'uit', 'word', 'schoon.docx');
    const clean = await exportDocx({ uri, target });
    assert.deepEqual(clean, { ok: true, message: 'Geëxporteerd naar schoon.docx.', problems: [], warnings: [] });
    assert.ok(fs.statSync(target).size > 1000);

    const nested = pathToFileURL(path.join(tmp, 'noten.md')).toString();
    await h.open(nested, 'Tekst.[^1]\n\n[^1]: Noot met een noot[^2].\n\n[^2]: Kamerstuk 29 754, nr. 482.\n');
    const withWarning = await exportDocx({ uri: nested, target: path.join(tmp, 'noten.docx') });
    assert.equal(withWarning.ok, true, withWarning.message);
    assert.deepEqual(withWarning.warnings, ['Word kent geen voetnoot in een voetnoot: [^2] staat als tekst in de voetnoot']);
  });

  it('exports the text in the editor, not the file on disk; a draft that is not open is read from disk', async () => {
    h = await startHarness(null);
    const file = path.join(tmp, 'schijf.md');
    fs.writeFileSync(file, TWO_PLACEHOLDERS);
    const uri = pathToFileURL(file).toString();
    const closed = await exportDocx({ uri, target: path.join(tmp, 'schijf.docx') });
    assert.equal(closed.message, 'Niet geëxporteerd: het concept heeft 2 fouten.', 'the file on disk');
    await h.open(uri, CLEAN);
    const open = await exportDocx({ uri, target: path.join(tmp, 'schijf.docx') });
    assert.equal(open.message, 'Geëxporteerd naar schijf.docx.', 'the editor\'s text');
  });

  it('the editor\'s rule settings count in the gate: KB101 lowered to a warning no longer stops the export', async () => {
    h = await startHarness(null);
    const uri = pathToFileURL(path.join(tmp, 'streng.md')).toString();
    await h.open(uri, 'Zie Kamerstuk 29754, nr. 482.\n');
    const blocked = await exportDocx({ uri, target: path.join(tmp, 'streng.docx') });
    assert.deepEqual([blocked.ok, blocked.problems.map((p) => p.ruleId)], [false, ['KB101']], 'an error by default');
    h.settings = { regels: { KB101: 'warning' } };
    await h.client.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const lowered = await exportDocx({ uri, target: path.join(tmp, 'streng.docx') });
    assert.deepEqual([lowered.ok, lowered.message], [true, 'Geëxporteerd naar streng.docx.']);
  });

  it('a target that cannot be written, or a draft that cannot be read: a Dutch reason, no crash', async () => {
    h = await startHarness(null);
    const uri = pathToFileURL(path.join(tmp, 'doel.md')).toString();
    await h.open(uri, CLEAN);
    fs.writeFileSync(path.join(tmp, 'bestand'), 'geen map');
    const blocked = await exportDocx({ uri, target: path.join(tmp, 'bestand', 'doel.docx') });
    assert.equal(blocked.ok, false);
    assert.match(blocked.message, /^Exporteren naar doel\.docx is mislukt: E[A-Z]+$/);
    assert.deepEqual([blocked.problems, blocked.warnings], [[], []]);
    const missing = await exportDocx({ uri: pathToFileURL(path.join(tmp, 'weg.md')).toString(), target: path.join(tmp, 'weg.docx') });
    assert.deepEqual(missing, { ok: false, message: 'Exporteren naar weg.docx is mislukt: ENOENT', problems: [], warnings: [] });
  });

  it('imports a real ministry .docx with front matter and the letterhead as warnings; a missing file gets a reason', async () => {
    h = await startHarness(null);
    const answer = (await h.client.sendRequest('kamerbrief/importDocx', { source: path.join(DOCX, 'kamervragen-lahlah-chakor-hoofddoek-boa.docx') })) as ImportAnswer;
    assert.equal(answer.ok, true);
    assert.equal(answer.message, '');
    assert.ok(answer.text.startsWith('---\naan: de Voorzitter van de Tweede Kamer der Staten-Generaal\ndatum: 2024-05-16\n'), answer.text.slice(0, 200));
    assert.ok(answer.warnings.includes('1 afbeelding niet overgenomen; voeg ze zo nodig als bijlage toe'), answer.warnings.join(' | '));
    const missing = (await h.client.sendRequest('kamerbrief/importDocx', { source: path.join(tmp, 'weg.docx') })) as ImportAnswer;
    assert.deepEqual(missing, { ok: false, text: '', warnings: [], message: 'weg.docx: bestand bestaat niet; controleer het pad' });
  });
});

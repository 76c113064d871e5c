// The editor's "Overzicht moties en toezeggingen" through the language server: the custom request
// drafts the letter from the server's snapshot, and the server itself finds nothing to warn about
// in the draft when it is opened as an untitled document.
import assert from 'node:assert/strict';
import path from 'node:path';
import { FIXTURES } from '../helpers/paths.js';
import { startHarness, type Harness } from './harness.js';

const SNAPSHOT = path.join(FIXTURES, 'snapshot');

type Answer = { ok: true; text: string; moties: number; toezeggingen: number } | { ok: false; message: string };

describe('LSP: kamerbrief/overzicht', () => {
  let h: Harness;
  afterEach(async () => h?.close());

  it('drafts the letter for a dossier as typed ("19 637"), and the draft gets no error or warning in the editor', async () => {
    h = await startHarness(null, { gegevensmap: SNAPSHOT });
    const answer = (await h.client.sendRequest('kamerbrief/overzicht', { dossier: '19 637' })) as Answer;
    assert.ok(answer.ok, JSON.stringify(answer));
    assert.equal(answer.moties, 1);
    assert.match(answer.text, /^## Gewijzigde motie van het lid Podt c\.s\. over een betere schaderegeling/m);
    assert.match(answer.text, /^\[\^1\]: Kamerstuk 19 637, nr\. 3384\.$/m);
    const uri = 'untitled:Untitled-1';
    await h.open(uri, answer.text);
    const diags = await h.diagnostics(uri, 1);
    // It was linted: the signature without a name yet is the one remark (an info).
    assert.deepEqual(diags.diagnostics.map((d) => d.code), ['KB502']);
    assert.deepEqual(diags.diagnostics.filter((d) => d.severity === 1 || d.severity === 2).map((d) => `${String(d.code)} ${d.message}`), []);
  });

  it('answers with a Dutch reason instead of a draft: a bad number, an unknown dossier, no data', async () => {
    h = await startHarness(null, { gegevensmap: SNAPSHOT });
    const bad = (await h.client.sendRequest('kamerbrief/overzicht', { dossier: 'motie' })) as Answer;
    assert.deepEqual(bad, { ok: false, message: 'ongeldig dossiernummer "motie"; bijvoorbeeld 29754 of 36410-XVI' });
    const unknown = (await h.client.sendRequest('kamerbrief/overzicht', { dossier: '12345' })) as Answer;
    assert.deepEqual(unknown, { ok: false, message: 'dossier 12345 staat niet in de gegevens' });
    await h.close();
    h = await startHarness(null);
    const none = (await h.client.sendRequest('kamerbrief/overzicht', { dossier: '19637' })) as Answer;
    assert.equal(none.ok, false);
    assert.match((none as { message: string }).message, /geen gegevens van de Kamer; voer eerst "Kamerbrief: Gegevens bijwerken" uit/);
  });

  it('a dossier number that is not text, or no parameters: the reason without a quoted value', async () => {
    h = await startHarness(null, { gegevensmap: SNAPSHOT });
    const reason = { ok: false, message: 'ongeldig dossiernummer; bijvoorbeeld 29754 of 36410-XVI' };
    assert.deepEqual(await h.client.sendRequest('kamerbrief/overzicht', { dossier: 29754 }), reason);
    assert.deepEqual(await h.client.sendRequest('kamerbrief/overzicht', null), reason);
  });

  it('counts the toezeggingen from the register, of the ministry asked for, named in the front matter', async () => {
    h = await startHarness(null, { gegevensmap: SNAPSHOT });
    const ask = async (ministerie: unknown): Promise<[number, number, string | undefined]> => {
      const answer = (await h.client.sendRequest('kamerbrief/overzicht', { dossier: '29754', ministerie })) as Answer;
      assert.ok(answer.ok, JSON.stringify(answer));
      return [answer.moties, answer.toezeggingen, /^ministerie: .*$/m.exec(answer.text)?.[0]];
    };
    assert.deepEqual(await ask(undefined), [4, 1, undefined]);
    // The one toezegging of dossier 29754 in the register is of Sociale Zaken en Werkgelegenheid.
    assert.deepEqual(await ask('Sociale Zaken en Werkgelegenheid'), [4, 1, 'ministerie: Ministerie van Sociale Zaken en Werkgelegenheid']);
    assert.deepEqual(await ask('Justitie en Veiligheid'), [4, 0, 'ministerie: Ministerie van Justitie en Veiligheid']);
    assert.deepEqual(await ask(7), [4, 1, undefined], 'a ministry that is not text is left out');
  });
});

// Answers start from the questions (issue 14, item 6): `kamerbrief vragen` turns the published
// Kamervragen (publication XML, .docx, or a zaak number fetched from the open data) into an answers
// draft that passes KB401–KB403 once the answers are written. Through the shipped bundle; the open
// data is the local replay server on 127.0.0.1.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lintText } from '../../server/src/core/lint.js';
import { answersDraft } from '../../server/src/import/answers-draft.js';
import { importFile } from '../../server/src/import/import-file.js';
import { FIXTURES } from '../helpers/paths.js';
import { buildDocx } from '../helpers/ooxml-writer.js';
import { ReplayServer } from '../helpers/replay-server.js';
import { TestProxy } from '../helpers/test-proxy.js';
import { kamerbrief } from '../helpers/kamerbrief-cli.js';
import { fetchQuestions } from '../../server/src/import/questions-online.js';

const QUESTIONS = path.join(FIXTURES, 'questions', 'kv-tk-2011Z04442.DERIVED.xml');
const XML = fs.readFileSync(QUESTIONS, 'utf8');
const QA_RULES = ['KB401', 'KB402', 'KB403'];

/** The questions as the fixture holds them, read without the importer. */
function questionsIn(xml: string): string[] {
  return [...xml.matchAll(/<vraag>[\s\S]*?<al>([\s\S]*?)<\/al>[\s\S]*?<\/vraag>/g)].map((m) => m[1]!.replace(/\s+/g, ' ').trim());
}

/** Writes an answer under every "### Antwoord n" and fills the answer line's placeholders. */
function fillAnswers(draft: string): string {
  return draft
    .replace(/^(### Antwoord (\d+))\n/gm, (_, head: string, n: string) => `${head}\n\nHet antwoord op vraag ${n} volgt hier in gewone tekst.\n`)
    .replace('[naam bewindspersoon]', 'Donner')
    .replace('[datum]', '1 april 2011');
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-vragen-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('answers draft from published questions (kamerbrief vragen)', () => {
  it('has the front matter, the header lines and every question verbatim with an empty answer', async () => {
    const { text, questions } = answersDraft(fs.readFileSync(QUESTIONS), 'kv-tk-2011Z04442.xml');
    const want = questionsIn(XML);
    assert.equal(want.length, 7);
    assert.equal(questions, want.length);
    assert.match(text, /^---\nsoort: antwoorden-kamervragen\nzaak: 2011Z04442\nvragensteller: Heijnen \(PvdA\)\ningezonden: 2011-03-04\n/);
    assert.match(text, /\nonderwerp: duizenden verdwenen Kamerstukken en de toegankelijkheid van parlementaire informatie\n---\n/);
    assert.match(text, /\n\nVragen van het lid Heijnen \(PvdA\) aan de minister van Binnenlandse Zaken en Koninkrijksrelaties over duizenden verdwenen Kamerstukken en de toegankelijkheid van parlementaire informatie \(ingezonden 4 maart 2011\)\.\n/);
    assert.match(text, /\n\nAntwoord van Minister \[naam bewindspersoon\] \(Binnenlandse Zaken en Koninkrijksrelaties\) \(ontvangen \[datum\]\)\.\n/);
    want.forEach((q, i) => {
      const n = i + 1;
      assert.ok(text.includes(`### Vraag ${n}\n\n${q}\n\n### Antwoord ${n}\n`), `Vraag ${n} verbatim, then an empty Antwoord ${n}`);
    });
  });

  it('passes KB401–KB403 once answered; a missing answer is caught (the check can fail)', async () => {
    const draft = answersDraft(fs.readFileSync(QUESTIONS), 'q.xml').text;
    const answered = fillAnswers(draft);
    assert.ok(answered.includes('Het antwoord op vraag 7'));
    const qa = lintText(answered).messages.filter((m) => QA_RULES.includes(m.ruleId));
    assert.deepEqual(qa.map((m) => `${m.ruleId} ${m.message}`), []);
    // Drop one answer: KB401 must see it.
    const broken = answered.replace(/### Antwoord 4\n\nHet antwoord op vraag 4[^\n]*\n/, '');
    assert.ok(lintText(broken).messages.some((m) => m.ruleId === 'KB401'));
  });

  it('leaves placeholders the check before sending reports until they are filled in', async () => {
    const draft = answersDraft(fs.readFileSync(QUESTIONS), 'q.xml').text;
    const open = lintText(draft, { config: { preset: 'verzending' } }).messages.filter((m) => m.ruleId === 'KB601');
    assert.deepEqual(open.map((m) => draft.slice(m.start, m.end)), ['[naam bewindspersoon]', '[datum]']);
    const filled = lintText(fillAnswers(draft), { config: { preset: 'verzending' } }).messages.filter((m) => /^KB6/.test(m.ruleId));
    assert.deepEqual(filled, []);
  });

  it('reads the questions from a Word file: "Vragen van" paragraph and a numbered list', async () => {
    const docx = buildDocx([
      { runs: ['Vragen van de leden Bikker (ChristenUnie) en Van der Plas (BBB) aan de staatssecretaris van Volksgezondheid, Welzijn en Sport over wachtlijsten in de jeugdzorg (ingezonden 12 januari 2024).'] },
      { list: 'number', runs: ['Bent u bekend met het bericht over wachtlijsten?'] },
      { list: 'number', runs: ['Hoeveel kinderen wachten langer dan ', { text: 'drie maanden', bold: true }, '?'] },
    ]);
    const { text, questions } = answersDraft(docx, 'vragen.docx');
    assert.equal(questions, 2);
    assert.match(text, /\nvragensteller: Bikker \(ChristenUnie\) en Van der Plas \(BBB\)\ningezonden: 2024-01-12\n/);
    assert.ok(text.includes('Antwoord van Staatssecretaris [naam bewindspersoon] (Volksgezondheid, Welzijn en Sport) (ontvangen [datum]).'));
    assert.ok(text.includes('### Vraag 2\n\nHoeveel kinderen wachten langer dan **drie maanden**?\n\n### Antwoord 2\n'));
    assert.deepEqual(lintText(fillAnswers(text)).messages.filter((m) => QA_RULES.includes(m.ruleId)), []);
  });

  it('from a real ministry answers .docx: the questions only, each once, without the old answers', async () => {
    const src = path.join(FIXTURES, 'docx', 'kamervragen-mutluer-politiebureau-wolvega.docx');
    // The import as it is, split by its own labels: what follows "Vraag n" up to "Antwoord op vraag n".
    const imported = importFile(src, 'x.docx').text;
    const parts = imported.split(/^\*\*(Vraag \d+|Antwoord op vraag \d+(?: en \d+)?)\*\*$/m);
    const questions: string[] = [];
    const answers: string[] = [];
    for (let i = 1; i < parts.length; i += 2) (parts[i]!.startsWith('Vraag') ? questions : answers).push(parts[i + 1]!.trim());
    // 8 questions; the answer to 3 is combined with 8 ("Antwoord op vraag 3 en 8").
    assert.ok(questions.length >= 5 && answers.length >= questions.length - 2, `${questions.length} questions, ${answers.length} answers`);
    const { text, questions: n } = answersDraft(fs.readFileSync(src), 'x.docx');
    assert.equal(n, questions.length);
    questions.forEach((q, i) => assert.ok(text.includes(`### Vraag ${i + 1}\n\n${q}\n\n### Antwoord ${i + 1}\n`), `Vraag ${i + 1}`));
    for (const a of answers) for (const para of a.split('\n\n').filter((p) => p.length > 20)) assert.ok(!text.includes(para), `old answer left out: ${para.slice(0, 60)}`);
    assert.deepEqual(lintText(fillAnswers(text)).messages.filter((m) => QA_RULES.includes(m.ruleId)), []);
  });

  it('CLI: a file gives the same draft on stdout and, with -o, in a file', async () => {
    const want = answersDraft(fs.readFileSync(QUESTIONS), 'x').text;
    const r = await kamerbrief(['vragen', QUESTIONS]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, want);
    const out = path.join(tmp, 'antwoorden.md');
    const w = await kamerbrief(['vragen', QUESTIONS, '-o', out]);
    assert.equal(w.code, 0, w.stderr);
    assert.equal(fs.readFileSync(out, 'utf8'), want);
    assert.match(w.stderr, /7 vragen in /);
  });

  it('CLI: clear Dutch errors for a wrong argument, a file that is no questions document, and usage', async () => {
    const bad = await kamerbrief(['vragen', 'Z2025-1234']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^kamerbrief: "Z2025-1234" is geen zaaknummer \(zoals 2025Z01234\) en geen bestand/);
    const notXml = path.join(tmp, 'tekst.xml');
    fs.writeFileSync(notXml, 'gewone tekst');
    assert.match((await kamerbrief(['vragen', notXml])).stderr, /geen Word-bestand \(\.docx\) en geen XML/);
    const noQuestions = path.join(tmp, 'brief.xml');
    fs.writeFileSync(noQuestions, '<officiele-publicatie><kamerstuk><stuk><al>Alleen een alinea.</al></stuk></kamerstuk></officiele-publicatie>');
    const r = await kamerbrief(['vragen', noQuestions]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /geen vragen gevonden/);
    assert.equal((await kamerbrief(['vragen'])).code, 2);
    assert.match((await kamerbrief(['vragen', '2011Z04442', '--endpoint', 'gegevensmagazijn'])).stderr, /^kamerbrief: --endpoint "gegevensmagazijn" is geen http\(s\)-adres/);
    assert.match((await kamerbrief(['vragen', '--help'])).stdout, /^Gebruik: kamerbrief vragen/);
  });

  describe('online, through the open data (replay server on 127.0.0.1)', () => {
    let server: ReplayServer;
    const ID = '0f7f2a8e-6c33-4d0a-9c3e-5b1f0d2c4a11';
    beforeEach(async () => {
      server = await new ReplayServer().start();
    });
    afterEach(() => server.close());

    it('finds the zaak\'s Schriftelijke vragen document and turns its file into the same draft', async () => {
      // A Document row with the fields the query selects, in the API's shape (Id, DocumentNummer and
      // Datum are stand-ins: no real row of this zaak is among the stored payloads).
      server.setPages('Document', [[{ Id: ID, Soort: 'Schriftelijke vragen', DocumentNummer: '2011D11218', Onderwerp: 'Vragen van het lid Heijnen (PvdA) over duizenden verdwenen Kamerstukken', Datum: '2011-03-04T00:00:00+01:00', ContentType: 'application/xml' }]]);
      server.route(`/OData/v4/2.0/Document(${ID})/resource`, (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/xml' });
        res.end(XML);
      });
      const r = await kamerbrief(['vragen', '2011z04442', '--endpoint', server.endpoint]);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, answersDraft(fs.readFileSync(QUESTIONS), 'x').text);
      const query = server.requestsFor('Document')[0]!;
      assert.match(query.params.get('$filter')!, /Soort eq 'Schriftelijke vragen'/);
      assert.match(query.params.get('$filter')!, /Zaak\/any\(z: z\/Nummer eq '2011Z04442'\)/);
      assert.ok(server.requests.some((q) => q.raw === `/OData/v4/2.0/Document(${ID})/resource`));
    });

    it('the document\'s file as Word (how the Kamer serves most files): a real questions .docx gives the same draft as from the file', async () => {
      const real = fs.readFileSync(path.join(FIXTURES, 'docx', 'kamervragen-mutluer-politiebureau-wolvega.docx'));
      server.setPages('Document', [[{ Id: ID, Soort: 'Schriftelijke vragen', ContentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }]]);
      server.route(`/OData/v4/2.0/Document(${ID})/resource`, (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
        res.end(real);
      });
      const r = await kamerbrief(['vragen', '2025Z01234', '--endpoint', server.endpoint]);
      assert.equal(r.code, 0, r.stderr);
      const fromFile = answersDraft(real, 'x.docx', { zaak: '2025Z01234' });
      assert.ok(fromFile.questions >= 5, `questions: ${fromFile.questions}`);
      assert.equal(r.stdout, fromFile.text);
      assert.match(r.stdout, /^zaak: 2025Z01234$/m);
    });

    it('goes through the proxy the environment names (HTTP_PROXY), for the query and the file', async () => {
      const proxy = await new TestProxy().start();
      try {
        server.setPages('Document', [[{ Id: ID, Soort: 'Schriftelijke vragen', Onderwerp: 'Vragen over verdwenen Kamerstukken', ContentType: 'application/xml' }]]);
        server.route(`/OData/v4/2.0/Document(${ID})/resource`, (_req, res) => {
          res.writeHead(200, { 'content-type': 'application/xml' });
          res.end(XML);
        });
        const got = await fetchQuestions('2011Z04442', { endpoint: server.endpoint, env: { HTTP_PROXY: proxy.url } });
        assert.equal(Buffer.from(got.bytes).toString('utf8'), XML);
        const targets = proxy.seen.map((r) => r.target);
        assert.ok(targets.some((t) => t.startsWith(`${server.endpoint}Document?`)), targets.join('\n'));
        assert.ok(targets.includes(`${server.endpoint}Document(${ID})/resource`), targets.join('\n'));
        // NO_PROXY for the host: straight to the server, the proxy sees nothing more.
        const before = proxy.seen.length;
        await fetchQuestions('2011Z04442', { endpoint: server.endpoint, env: { HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' } });
        assert.equal(proxy.seen.length, before);
      } finally {
        await proxy.close();
      }
    });

    it('a PDF as the document\'s file: exit 2, pointing at the publication XML', async () => {
      server.setPages('Document', [[{ Id: ID, Soort: 'Schriftelijke vragen', ContentType: 'application/pdf' }]]);
      server.route(`/OData/v4/2.0/Document(${ID})/resource`, (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/pdf' });
        res.end('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n');
      });
      const r = await kamerbrief(['vragen', '2011Z04442', '--endpoint', server.endpoint]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /is een PDF en daaruit leest Kamerbrief de vragen niet; haal de publicatie-XML op \(https:\/\/zoek\.officielebekendmakingen\.nl\/kv-tk-2011Z04442\.xml\)/);
    });

    it('says so when the zaak has no questions document', async () => {
      server.setPages('Document', [[]]);
      const r = await kamerbrief(['vragen', '2025Z99999', '--endpoint', server.endpoint]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^kamerbrief: zaak 2025Z99999: geen schriftelijke vragen gevonden in de open data van de Kamer; controleer het zaaknummer/);
      assert.equal(r.stdout, '');
    });

    it('offline (nothing listens): a Dutch message that points at the file instead', async () => {
      const endpoint = server.endpoint;
      await server.close();
      const r = await kamerbrief(['vragen', '2011Z04442', '--endpoint', endpoint]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^kamerbrief: zaak 2011Z04442: geen verbinding met het Gegevensmagazijn van de Kamer \(.+\); werk je offline, geef dan het bestand met de vragen: kamerbrief vragen kv-tk-2011Z04442\.xml\n$/);
    });
  });
});

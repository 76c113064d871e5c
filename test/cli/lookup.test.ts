// `kamerbrief lookup`: the hover card on the command line, from the fixture snapshot.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../server/src/cli/run.js';
import { FIXTURES, ROOT } from '../helpers/paths.js';

async function lookup(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(['lookup', ...args], { stdout: (s) => (out += s), stderr: (s) => (err += s), isTty: false, cwd: ROOT, workerEntry: new URL(import.meta.url) });
  return { code, out, err };
}

const DATA = ['--data', path.join(FIXTURES, 'snapshot')];

describe('CLI: kamerbrief lookup', () => {
  it('prints the card: canonical form, soort, indieners, gewijzigd door, dossier title', async () => {
    const r = await lookup(['Kamerstuk 19637, nr. 3370', ...DATA]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /Standaardnotatie: Kamerstuk 19 637, nr\. 3370/);
    assert.match(r.out, /^Motie · 2025-02-13 · vergaderjaar 2024-2025$/m);
    assert.match(r.out, /^Indiener: Podt$/m);
    assert.match(r.out, /^Gewijzigd door: Kamerstuk 19 637, nr\. 3384$/m);
    assert.match(r.out, /^Dossier: Vreemdelingenbeleid$/m);
  });

  it('gives the resolved records as JSON', async () => {
    const r = await lookup(['Kamerstuk 19 637, nr. 3384', ...DATA, '--format', 'json']);
    const json = JSON.parse(r.out) as { resolved: { key: string; document: { soort: string }; motie: { vervangt: string } }[] };
    assert.equal(json.resolved[0]!.key, '19637:3384');
    assert.equal(json.resolved[0]!.document.soort, 'Motie (gewijzigd/nader)');
    assert.equal(json.resolved[0]!.motie.vervangt, '19637:3370');
  });

  it('says clearly what is wrong: no citation, a snapshot of another format', async () => {
    const none = await lookup(['geen citaat hier', ...DATA]);
    assert.equal(none.code, 2);
    assert.match(none.err, /geen citaat herkend in "geen citaat hier"/);
    const missing = await lookup(['Kamerstuk 19 637, nr. 3370', '--data', path.join(FIXTURES, 'bestaat-niet')]);
    assert.equal(missing.code, 0);
    assert.match(missing.out, /Geen gegevens van de Kamer; voer kamerbrief sync uit/);
  });
});

describe('CLI: lint and citations with --data', () => {
  async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const code = await run(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), isTty: false, cwd: ROOT, workerEntry: new URL(import.meta.url) });
    return { code, out, err };
  }
  const draft = path.join(FIXTURES, 'rules', 'KB302', 'motie-geen-motie.md');

  it('runs the data rules: a Kamerbrief cited as a motie is an error (KB302)', async () => {
    const r = await cli(['lint', '--no-cache', '--format', 'json', ...DATA, draft]);
    const results = JSON.parse(r.out) as { messages: { ruleId: string; line: number }[] }[];
    assert.deepEqual(results[0]!.messages.filter((m) => m.ruleId === 'KB302').map((m) => m.line), [13]);
    assert.equal(r.code, 1);
    const without = await cli(['lint', '--no-cache', '--format', 'json', '--data', path.join(FIXTURES, 'rules'), draft]);
    assert.equal(without.code, 2, 'a folder that is no snapshot is refused with a message');
    assert.match(without.err, /bevat geen Kamerbrief-gegevens/);
  });

  it('fills "resolved" in the citation list', async () => {
    const r = await cli(['citations', '--format', 'json', ...DATA, draft]);
    const list = JSON.parse(r.out) as { citations: { text: string; resolved: { soort: string }[] | null }[] }[];
    const byText = new Map(list[0]!.citations.map((c) => [c.text, c.resolved]));
    assert.equal(byText.get('Kamerstuk 29 754, nr. 471')?.[0]?.soort, 'Brief regering');
    assert.equal(byText.get('Kamerstuk 21 501-20, nr. 2118')?.[0]?.soort, 'Motie');
  });

  it('a broken default data folder is reported once and the lint goes on without data', async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-kapotte-gegevens-'));
    fs.mkdirSync(path.join(home, 'kamerbrief', 'gegevens'), { recursive: true });
    fs.writeFileSync(path.join(home, 'kamerbrief', 'gegevens', 'manifest.json'), '{"format":');
    const saved = process.env.XDG_DATA_HOME;
    process.env.XDG_DATA_HOME = home;
    const r = await cli(['lint', '--no-cache', '--format', 'json', draft]).finally(() => {
      if (saved === undefined) delete process.env.XDG_DATA_HOME;
      else process.env.XDG_DATA_HOME = saved;
    });
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /onleesbaar .* Controle zonder gegevens\.\n$/);
    assert.ok(!r.out.includes('"ruleId":"KB302"'), 'no data rules ran');
  });
});

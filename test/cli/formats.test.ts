// The CI formats of `kamerbrief lint`: SARIF against the official 2.1.0 schema, JUnit through an
// XML parser, GitHub workflow commands, GitLab Code Quality fingerprints; --output; and the
// Markdown citation report.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { XMLParser } from 'fast-xml-parser';
import { run } from '../../server/src/cli/run.js';
import { escapeData, escapeProperty } from '../../server/src/cli/formats/github.js';
import { CORPUS, FIXTURES, ROOT } from '../helpers/paths.js';

const DRAFT = path.join(ROOT, 'examples', 'concept-met-slordigheden.md');

async function cli(args: string[], cwd = ROOT): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), isTty: false, cwd, workerEntry: new URL(import.meta.url) });
  return { code, out, err };
}

function tmpCopy(text: string): { dir: string; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-formats-'));
  const file = path.join(dir, 'concept.md');
  fs.writeFileSync(file, text);
  return { dir, file };
}

describe('CLI formats', () => {
  it('sarif: valid against the official SARIF 2.1.0 schema, with rule metadata, regions and fixes', async () => {
    const r = await cli(['lint', '--no-cache', '--format', 'sarif', DRAFT, path.join(CORPUS, '2019-antwoorden-kamervragen-dreigingsbeeld-50.md')]);
    assert.equal(r.code, 1, r.err);
    const sarif = JSON.parse(r.out) as { runs: { tool: { driver: { rules: { id: string; helpUri: string }[] } }; results: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[]; fixes?: unknown[] }[] }[] };
    const schema = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'sarif', 'sarif-schema-2.1.0.json'), 'utf8')) as object;
    const ajv = new Ajv2020.default({ strict: false, allErrors: true, validateFormats: false });
    const validate = ajv.compile(schema);
    assert.ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3)));
    const run0 = sarif.runs[0]!;
    const rules = run0.tool.driver.rules;
    assert.ok(rules.some((x) => x.id === 'KB101' && x.helpUri.endsWith('/docs/rules/kb101-kamerstuk-notatie.md')));
    const kb101 = run0.results.find((x) => x.ruleId === 'KB101')!;
    assert.equal(rules[kb101.ruleIndex]!.id, 'KB101');
    assert.equal(kb101.level, 'error');
    assert.equal(kb101.locations[0]!.physicalLocation.artifactLocation.uri, 'examples/concept-met-slordigheden.md');
    assert.equal(kb101.locations[0]!.physicalLocation.region.startLine, 7);
    assert.ok(kb101.fixes && kb101.fixes.length === 1, 'the fix travels along');
    assert.ok(run0.results.some((x) => x.level === 'note'), 'infos are notes');
  });

  it('junit: well-formed XML a parser reads, one suite per file with failures per rule', async () => {
    const r = await cli(['lint', '--no-cache', '--format', 'junit', DRAFT, path.join(CORPUS, '2019-antwoorden-kamervragen-dreigingsbeeld-50.md')]);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(r.out) as { testsuites: { testsuite: { name: string; failures: string; testcase: { name: string; failure?: { type: string } }[] | { name: string } }[] } };
    const suites = doc.testsuites.testsuite;
    assert.equal(suites.length, 2);
    const draft = suites.find((s) => s.name.endsWith('concept-met-slordigheden.md'))!;
    const cases = draft.testcase as { name: string; failure?: { type: string } }[];
    assert.ok(cases.some((c) => c.name === 'KB101 kamerstuk-notatie' && c.failure?.type === 'error'));
    assert.ok(Number(draft.failures) >= 5);
    const clean = suites.find((s) => s.name.includes('antwoorden'))!;
    assert.equal(Number(clean.failures), 0, 'infos are no failures');
  });

  it('github: documented workflow commands with escaping', async () => {
    const r = await cli(['lint', '--no-cache', '--format', 'github', DRAFT]);
    const lines = r.out.trim().split('\n');
    assert.ok(lines.length >= 9);
    for (const l of lines) assert.match(l, /^::(error|warning|notice) file=examples\/concept-met-slordigheden\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=KB\d{3} [a-z-]+::\S/);
    assert.ok(lines.some((l) => l.startsWith('::error file=examples/concept-met-slordigheden.md,line=7,col=')));
    assert.equal(escapeData('100% klaar\r\nnu'), '100%25 klaar%0D%0Anu');
    assert.equal(escapeProperty('a:b,c'), 'a%3Ab%2Cc');
  });

  it('codequality: GitLab issues whose fingerprints stay the same across runs and when lines move', async () => {
    const text = fs.readFileSync(DRAFT, 'utf8');
    const { dir, file } = tmpCopy(text);
    const first = JSON.parse((await cli(['lint', '--no-cache', '--format', 'codequality', 'concept.md'], dir)).out) as { fingerprint: string; severity: string; check_name: string; location: { path: string; lines: { begin: number } } }[];
    const again = JSON.parse((await cli(['lint', '--no-cache', '--format', 'codequality', 'concept.md'], dir)).out) as typeof first;
    assert.deepEqual(again.map((i) => i.fingerprint), first.map((i) => i.fingerprint));
    assert.equal(new Set(first.map((i) => i.fingerprint)).size, first.length, 'unique');
    const body = text.indexOf('\n---\n', 3) + 5; // after the front matter
    fs.writeFileSync(file, text.slice(0, body) + '\nEen nieuwe alinea bovenaan.\n' + text.slice(body));
    const moved = JSON.parse((await cli(['lint', '--no-cache', '--format', 'codequality', 'concept.md'], dir)).out) as typeof first;
    assert.deepEqual(moved.map((i) => i.fingerprint).sort(), first.map((i) => i.fingerprint).sort());
    assert.notDeepEqual(moved.map((i) => i.location.lines.begin), first.map((i) => i.location.lines.begin));
    assert.ok(first.every((i) => ['info', 'minor', 'major'].includes(i.severity) && i.location.path === 'concept.md'));
  });

  it('--output writes the report to a file and nothing to stdout; an unwritable place is exit 2', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-output-'));
    const out = path.join(dir, 'rapport', 'kamerbrief.sarif');
    const r = await cli(['lint', '--no-cache', '--format', 'sarif', '--output', out, DRAFT]);
    assert.equal(r.out, '');
    assert.equal(r.code, 1);
    assert.equal((JSON.parse(fs.readFileSync(out, 'utf8')) as { version: string }).version, '2.1.0');
    fs.writeFileSync(path.join(dir, 'bestand'), 'x');
    const bad = await cli(['lint', '--no-cache', '--output', path.join(dir, 'bestand', 'sub.txt'), DRAFT]);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--output .*kan niet schrijven/);
  });

  it('rejects a format that does not fit the command', async () => {
    const r = await cli(['citations', '--format', 'sarif', DRAFT]);
    assert.equal(r.code, 2);
    assert.match(r.err, /onbekende --format "sarif" voor citations; kies text, json of markdown/);
  });
});

describe('citation report (citations --format markdown)', () => {
  it('lists every citation of the corpus letter with canonical form, link and what the data knows', async () => {
    const letter = path.join(CORPUS, '29754-501-stand-van-zaken-moties-toezeggingen.md');
    const r = await cli(['citations', '--format', 'markdown', '--data', path.join(FIXTURES, 'snapshot'), letter]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^# Citatieoverzicht\n\n\d+ citaten in 1 bestand; 0 wijken af van de huisstijl\./);
    assert.match(r.out, /\| regel \| soort \| zoals geschreven \| standaardnotatie \| link \| wat de gegevens weten \|/);
    assert.match(r.out, /\| 81 \| Kamerstuk \| Kamerstuk 29 754, nr\. 451 \| ✓ \| \[openen\]\(https:\/\/zoek\.officielebekendmakingen\.nl\/kst-29754-451\.html\) \| Motie; indieners: Becker \|/);
    assert.match(r.out, /Kamerstuk 29 754, nr\. 466 .* \| niet in de gegevens \|/);
  });

  it('shows the canonical form where a draft deviates, and "geen gegevens" without data', async () => {
    const saved = process.env.XDG_DATA_HOME;
    process.env.XDG_DATA_HOME = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-geen-gegevens-')); // no synced data there
    const r = await cli(['citations', '--format', 'markdown', DRAFT]).finally(() => {
      if (saved === undefined) delete process.env.XDG_DATA_HOME;
      else process.env.XDG_DATA_HOME = saved;
    });
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /\| 7 \| Kamerstuk \| Kamerstuk 29754, nr\. 448 \| Kamerstuk 29 754, nr\. 448 \| \[openen\]/);
    assert.match(r.out, /\| geen gegevens \|/);
  });
});

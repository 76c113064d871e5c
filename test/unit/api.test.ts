// The library API (import { lint, citations, fix } from 'kamerbrief') over the sources: the same
// messages and citations as the CLI's JSON for the same text, configuration as a .kamerbrief.jsonc
// holds it, the fix loop until stable, the data folder, and Dutch errors for bad input.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { citations, fix, lint, type KamerbriefConfig } from '../../server/src/api/index.js';
import { applyFixes } from '../../server/src/core/fix.js';
import { runCli } from '../helpers/cli-inprocess.js';
import { CORPUS, ROOT } from '../helpers/paths.js';

const SLIP = 'Zie Kamerstuk 29754, nr. 482 voor de motie.\n';
const SNAPSHOT = path.join(ROOT, 'test', 'fixtures', 'snapshot');
// The CLI reads the per-user data folder by default: point it at one that does not exist.
const NO_USER_DATA = path.join(os.tmpdir(), 'kamerbrief-api-test-geen-gegevens');

/** The CLI's JSON for `text` given on stdin (run() in this process, test/helpers/cli-inprocess.ts). */
async function cliJson(command: 'lint' | 'citations', text: string, extra: string[] = []): Promise<unknown> {
  const r = await runCli([command, '-', '--format', 'json', '--no-cache', ...extra], os.tmpdir(), {
    input: text,
    env: { ...process.env, NO_COLOR: '1', XDG_DATA_HOME: NO_USER_DATA },
  });
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  const files = JSON.parse(r.stdout) as Record<string, unknown>[];
  assert.equal(files.length, 1);
  return files[0]![command === 'lint' ? 'messages' : 'citations'];
}

describe('library API', () => {
  it('lint() gives the messages of `kamerbrief lint --format json` for the same text', async () => {
    const letter = fs.readFileSync(path.join(CORPUS, '29754-501-stand-van-zaken-moties-toezeggingen.md'), 'utf8');
    for (const text of [SLIP, 'Eerste regel.\n\n' + SLIP, letter.replace('Kamerstuk 29 754, nr. 500', 'Kamerstuk 29754, nr.500')]) {
      const messages = lint(text);
      assert.ok(messages.length > 0);
      assert.deepEqual(messages, await cliJson('lint', text));
    }
    const [m] = lint(SLIP);
    assert.deepEqual(
      { ruleId: m!.ruleId, rule: m!.rule, severity: m!.severity, line: m!.line, column: m!.column, endLine: m!.endLine, endColumn: m!.endColumn, fix: m!.fix },
      { ruleId: 'KB101', rule: 'kamerstuk-notatie', severity: 'error', line: 1, column: 5, endLine: 1, endColumn: 29, fix: { range: [4, 28], text: 'Kamerstuk 29 754, nr. 482' } },
    );
  });

  it('citations() gives the citations of `kamerbrief citations --format json`, resolved with a data folder', async () => {
    const text = 'Eerste regel.\n\n' + SLIP + 'En Handelingen II 2018/19, nr. 5, item 3.\n';
    const found = citations(text);
    assert.deepEqual(found.map((c) => c.kind), ['kamerstuk', 'handelingen']);
    assert.deepEqual(found, await cliJson('citations', text));
    assert.equal(found[0]!.resolved, null, 'no data unless asked for');
    const resolved = citations(text, { data: SNAPSHOT });
    assert.deepEqual(resolved, await cliJson('citations', text, ['--data', SNAPSHOT]));
    assert.equal(resolved[0]!.resolved?.[0]?.key, '29754:482');
  });

  it('a configuration object or .kamerbrief.jsonc text sets severities, by id or alias, and the preset', () => {
    assert.deepEqual(lint(SLIP, { config: { rules: { KB101: 'off' } } }), []);
    assert.deepEqual(lint(SLIP, { config: '// zoals .kamerbrief.jsonc\n{ "rules": { "kamerstuk-notatie": "warning" } }' }).map((m) => m.severity), ['warning']);
    assert.deepEqual(lint(SLIP, { config: { rules: { KB101: { severity: 'info' } } } }).map((m) => m.severity), ['info']);
    // A mixed document: KB106 flags the citations that differ from the configured style.
    const mixed = 'Zie Kamerstuk 29 754, nr. 482 en Kamerstukken II 2015/16, 34442, nr. 3, p. 7.\n';
    const kb106 = (config?: KamerbriefConfig): [number, string][] => lint(mixed, config ? { config } : {}).filter((m) => m.ruleId === 'KB106').map((m) => [m.column, m.severity]);
    assert.deepEqual(kb106(), [[34, 'warning']]);
    assert.deepEqual(kb106({ citatiestijl: 'leidraad' }), [[5, 'warning']]);
    assert.deepEqual(kb106({ extends: 'streng' }), [[34, 'error']], 'streng: warnings become errors');
  });

  it('a bad configuration, text, options or data folder is an Error with a Dutch message', () => {
    assert.throws(() => lint(SLIP, { config: { rules: { KB999: 'off' } } }), /^Error: kamerbrief: ongeldige configuratie: onbekende regel "KB999"/);
    assert.throws(() => lint(SLIP, { config: '{ "rules": { "KB101": "uit" } }' }), /ongeldige configuratie \(regel 1, kolom 23\): onbekende ernst "uit"/);
    assert.throws(() => fix(SLIP, { config: '{ "rules": ' }), /ongeldige configuratie \(regel 1, kolom \d+\): waarde verwacht/);
    assert.throws(() => lint(42 as unknown as string), (e: Error) => e instanceof TypeError && /lint\(\) verwacht de tekst van een concept \(string\), niet number/.test(e.message));
    assert.throws(() => citations(null as unknown as string), /citations\(\) verwacht .* niet null/);
    assert.throws(() => lint(SLIP, 'streng' as never), /opties moeten een object zijn/);
    const missing = path.join(os.tmpdir(), 'kamerbrief-api-bestaat-niet');
    assert.throws(() => lint(SLIP, { data: missing }), new RegExp(`gegevensmap ${missing.replace(/[/\\.]/g, '\\$&')} bestaat niet`));
    const notData = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-api-'));
    try {
      fs.writeFileSync(path.join(notData, 'manifest.json'), '{ kapot');
      assert.throws(() => citations(SLIP, { data: notData }), /^Error: kamerbrief: /);
    } finally {
      fs.rmSync(notData, { recursive: true, force: true });
    }
  });

  it('fix() applies fixes until stable, as --fix does, where one pass is not enough', () => {
    assert.equal(fix(SLIP), 'Zie Kamerstuk 29 754, nr. 482 voor de motie.\n');
    // An unused footnote definition with a wrong number: renumbering and removal overlap.
    const text = 'Tekst.\n\n[^3]: Kamerstuk 29 754, nr. 451.\n';
    const once = applyFixes(text, lint(text).flatMap((m) => (m.fix ? [m.fix] : []))).text;
    assert.notEqual(once, text);
    assert.ok(lint(once).some((m) => m.fix), 'after one pass something is still fixable');
    const fixed = fix(text);
    assert.equal(fixed, 'Tekst.\n\n');
    assert.ok(!lint(fixed).some((m) => m.fix));
    assert.equal(fix(fixed), fixed);
  });

  it('fix() keeps a BOM and CRLF line endings; positions do not count the BOM', () => {
    const crlf = '\ufeff' + ('Regel een.\n\n' + SLIP).replace(/\n/g, '\r\n');
    assert.equal(fix(crlf), '\ufeff' + ('Regel een.\n\n' + SLIP.replace('29754', '29 754')).replace(/\n/g, '\r\n'));
    assert.deepEqual(lint(crlf).map((m) => [m.line, m.column]), [[3, 5]]);
    const clean = 'Niets te herstellen.\n';
    assert.equal(fix(clean), clean);
  });
});

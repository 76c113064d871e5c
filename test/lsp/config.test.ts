// The language server reads the same configuration files as the CLI: per document, over the
// editor settings; a broken file gets one diagnostic while defaults stay in force; a change to a
// configuration file (workspace/didChangeWatchedFiles) is picked up; ignored drafts stay quiet.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startHarness, type Harness } from './harness.js';

const SLIP = 'Zie Kamerstuk 29754, nr. 482 voor de motie.\n';
const MIXED = 'Zie Kamerstuk 29 754, nr. 482 en Kamerstukken II 2015/16, 34442, nr. 3, p. 7.\n';

describe('language server: configuration files', () => {
  let h: Harness;
  let dir: string;
  const uri = (rel: string): string => pathToFileURL(path.join(dir, rel)).toString();
  const put = (rel: string, text: string): void => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };
  const codes = async (rel: string, version: number): Promise<string[]> =>
    (await h.diagnostics(uri(rel), version)).diagnostics.map((d) => `${d.code}:${d.severity}`);
  const edit = async (rel: string, version: number, text: string): Promise<void> => {
    await h.client.sendNotification('textDocument/didChange', { textDocument: { uri: uri(rel), version }, contentChanges: [{ text }] });
  };

  before(async () => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kb-lsp-cfg-')));
    fs.mkdirSync(path.join(dir, '.git'));
    put('.kamerbrief.jsonc', '{ "rules": { "KB101": "warning" }, "ignores": ["oud/**"] }');
    put('leidraad/.kamerbrief.json', '{ "citatiestijl": "leidraad" }');
    h = await startHarness(pathToFileURL(dir).toString());
  });
  after(async () => {
    await h.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the configuration file wins over the editor settings; the settings fill the gaps', async () => {
    h.settings = { rules: { KB101: 'info', KB202: 'off' } };
    await h.open(uri('a.md'), SLIP + '\nTekst.[^1]\n\n[^1]: Noot.\n[^2]: Ongebruikt.\n');
    assert.deepEqual(await codes('a.md', 1), ['KB101:2']); // warning from the file; KB202 off from the settings
  });

  it('citatiestijl from the nearest file; ignored drafts get no diagnostics', async () => {
    h.settings = {};
    await h.open(uri('leidraad/b.md'), MIXED);
    const d = await h.diagnostics(uri('leidraad/b.md'), 1);
    assert.deepEqual(d.diagnostics.map((x) => [x.code, x.range.start.character]), [['KB106', 4]]);
    await h.open(uri('oud/c.md'), SLIP);
    assert.deepEqual(await codes('oud/c.md', 1), []);
  });

  it('a broken file: one diagnostic on it, defaults in force; fixed and announced: cleared and applied', async () => {
    put('kapot/.kamerbrief.jsonc', '{\n  "rules": { "KB101": "uit" }\n}\n');
    await h.open(uri('kapot/d.md'), SLIP);
    // Defaults of the broken file's folder: the valid parent file still holds (KB101 warning).
    assert.deepEqual(await codes('kapot/d.md', 1), ['KB101:2']);
    const cfg = await h.diagnostics(uri('kapot/.kamerbrief.jsonc'), 0);
    assert.equal(cfg.diagnostics.length, 1);
    assert.deepEqual(cfg.diagnostics[0]!.range, { start: { line: 1, character: 22 }, end: { line: 1, character: 27 } }, 'the value "uit"');
    assert.equal(cfg.diagnostics[0]!.severity, 1);
    assert.match(cfg.diagnostics[0]!.message as string, /onbekende ernst "uit" bij regel "KB101"/);

    put('kapot/.kamerbrief.jsonc', '{ "rules": { "KB101": "off" } }');
    await h.client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('kapot/.kamerbrief.jsonc'), type: 2 }] });
    await edit('kapot/d.md', 2, SLIP + '\n');
    assert.deepEqual(await codes('kapot/d.md', 2), []);
    assert.deepEqual((await h.diagnostics(uri('kapot/.kamerbrief.jsonc'), 0)).diagnostics, []);
  });

  it('a new configuration file is picked up after the change notification', async () => {
    await h.open(uri('nieuw/e.md'), SLIP);
    assert.deepEqual(await codes('nieuw/e.md', 1), ['KB101:2']);
    put('nieuw/.kamerbrief.jsonc', '{ "extends": "streng", "rules": { "KB101": "info" } }');
    await h.client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('nieuw/.kamerbrief.jsonc'), type: 1 }] });
    await edit('nieuw/e.md', 2, SLIP + '\n');
    assert.deepEqual(await codes('nieuw/e.md', 2), ['KB101:3']);
  });

  it('a draft without configuration file (untitled): the editor\'s citatiestijl and its KB106 severity apply', async () => {
    const check = async (name: string, settings: Record<string, unknown>): Promise<[unknown, number | undefined, number][]> => {
      h.settings = settings;
      await h.client.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      await h.open(`untitled:${name}`, MIXED);
      return (await h.diagnostics(`untitled:${name}`, 1)).diagnostics.map((d) => [d.code, d.severity, d.range.start.character]);
    };
    const own = await check('eigen', {});
    assert.deepEqual(own, [['KB106', 2, 33]], 'without a setting: the document\'s own style (one each: the first)');
    const leidraad = await check('leidraad', { citatiestijl: 'leidraad' });
    assert.deepEqual(leidraad, [['KB106', 2, 4]], 'the brief-style citation is the odd one out');
    const brief = await check('brief', { citatiestijl: 'brief' });
    assert.deepEqual(brief, [['KB106', 2, 33]], 'the Leidraad citation is the odd one out');
    const info = await check('info', { citatiestijl: 'leidraad', regels: { KB106: 'info' } });
    assert.deepEqual(info, [['KB106', 3, 4]], 'the severity from the settings stays');
    h.settings = {};
  });

  it('a configuration file that stays broken with another slip: its diagnostic follows', async () => {
    put('twee-fouten/.kamerbrief.jsonc', '{ "rules": { "KB101": "uit" } }');
    await h.open(uri('twee-fouten/f.md'), SLIP);
    assert.deepEqual(await codes('twee-fouten/f.md', 1), ['KB101:2']);
    assert.match((await h.diagnostics(uri('twee-fouten/.kamerbrief.jsonc'), 0)).diagnostics[0]!.message as string, /onbekende ernst "uit"/);
    put('twee-fouten/.kamerbrief.jsonc', '{ "rules": { "KB101": "streng" } }');
    await h.client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('twee-fouten/.kamerbrief.jsonc'), type: 2 }] });
    // The notification is handled before the edit that follows it.
    await edit('twee-fouten/f.md', 2, SLIP + '\n');
    await h.diagnostics(uri('twee-fouten/f.md'), 2);
    const now = (await h.diagnostics(uri('twee-fouten/.kamerbrief.jsonc'), 0)).diagnostics;
    assert.equal(now.length, 1);
    assert.match(now[0]!.message as string, /^Kamerbrief-configuratie: .*onbekende ernst "streng".*\. Tot dit is hersteld gelden de standaardinstellingen\.$/);
  });

  it('a change to a file that is not a configuration file leaves the configuration as read', async () => {
    put('cache/.kamerbrief.jsonc', '{ "rules": { "KB101": "info" } }');
    await h.open(uri('cache/g.md'), SLIP);
    assert.deepEqual(await codes('cache/g.md', 1), ['KB101:3']);
    put('cache/.kamerbrief.jsonc', '{ "rules": { "KB101": "off" } }');
    await h.client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('cache/notitie.md'), type: 2 }, { uri: uri('cache/kamerbrief.jsonc.bak'), type: 1 }] });
    await edit('cache/g.md', 2, SLIP + '\n');
    assert.deepEqual(await codes('cache/g.md', 2), ['KB101:3'], 'not reread');
    await h.client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('cache/notitie.md'), type: 2 }, { uri: uri('cache/.kamerbrief.jsonc'), type: 2 }] });
    await edit('cache/g.md', 3, SLIP);
    assert.deepEqual(await codes('cache/g.md', 3), []);
  });

  it('asks a client that can watch files to watch the configuration file names', async () => {
    const watching = await startHarness(pathToFileURL(dir).toString(), undefined, { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } });
    try {
      // The registration is asked for on "initialized"; a request answered after it was handled.
      await watching.client.sendRequest('kamerbrief/dataStatus');
      const watch = watching.registered.flatMap((r) => r.registrations).find((r) => r.method === 'workspace/didChangeWatchedFiles');
      assert.deepEqual(watch?.registerOptions, { watchers: [{ globPattern: '**/.kamerbrief.jsonc' }, { globPattern: '**/.kamerbrief.json' }, { globPattern: '**/package.json' }] });
    } finally {
      await watching.close();
    }
    assert.ok(!h.registered.flatMap((r) => r.registrations).some((r) => r.method === 'workspace/didChangeWatchedFiles'), 'not asked of a client that cannot');
  });
});

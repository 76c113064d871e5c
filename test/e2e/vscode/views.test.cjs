// The look-up and report views, the language status, restart, the workspace check, the trace
// setting and the data settings in a real VS Code (code-server), with the fixture snapshot as the
// user's data folder (scripts/e2e/run.sh puts it in the user settings).
const assert = require('assert');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const vscode = require('vscode');

const waitFor = async (fn, ms = 30000) => {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 150))) {
    const v = await fn();
    if (v) return v;
  }
  throw new Error('timeout');
};
const kb = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'kamerbrief');
const code = (d) => d.code && (d.code.value || d.code);
const views = () => vscode.workspace.textDocuments.filter((d) => d.uri.scheme === 'kamerbrief');

describe('Kamerbrief views, status and data settings in VS Code', () => {
  const root = () => vscode.workspace.workspaceFolders[0].uri;
  let api;
  let doc;
  let dataDir;

  before(async () => {
    doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(root(), 'concept.md'));
    await vscode.window.showTextDocument(doc);
    const ext = vscode.extensions.getExtension('kamerbrief.kamerbrief');
    await waitFor(() => ext.isActive);
    api = ext.exports;
    await waitFor(() => kb(doc.uri).length);
    dataDir = vscode.workspace.getConfiguration('kamerbrief').inspect('gegevensmap').globalValue;
  });

  const toDraft = async (line, text) => {
    const editor = await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    const col = doc.lineAt(line).text.indexOf(text);
    editor.selection = new vscode.Selection(line, col + 3, line, col + 3);
    return editor;
  };

  it('the data folder from the user settings is used (the setting is for the User tab)', async () => {
    const inspect = vscode.workspace.getConfiguration('kamerbrief').inspect('gegevensmap');
    assert.ok(inspect.globalValue, 'set in the user settings by run.sh');
    const s = await waitFor(async () => {
      const st = await api.status();
      return st && st.gegevens.beschikbaar && st;
    });
    assert.equal(s.gegevens.map, dataDir);
  });

  it('"Citaat opzoeken" on a citation opens the card with data in a kamerbrief: view', async () => {
    await toDraft(5, 'Kamerstuk 19 637');
    await vscode.commands.executeCommand('kamerbrief.lookupCitation');
    const view = await waitFor(() => views().find((d) => /Citaat/.test(d.uri.path)));
    const text = view.getText();
    assert.match(text, /^# Kamerstuk 19 637, nr\. 3370/);
    assert.match(text, /Indiener: Podt/, text);
    assert.match(text, /Gegevens van \d{1,2} \w+ \d{4}/);
    assert.equal(vscode.window.activeTextEditor.document.uri.toString(), view.uri.toString());
  });

  it('"Citaat opzoeken" off a citation offers a quick pick of the document\'s citations', async () => {
    await toDraft(1, 'soort');
    let settled = false;
    const run = Promise.resolve(vscode.commands.executeCommand('kamerbrief.lookupCitation')).finally(() => (settled = true));
    // Accept the first item as soon as the quick pick is there; without one nothing is accepted.
    await waitFor(async () => {
      if (settled) return true;
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return settled;
    }, 15000);
    await run;
    const active = vscode.window.activeTextEditor.document;
    assert.equal(active.uri.scheme, 'kamerbrief', 'a card was opened from the quick pick');
    assert.match(active.getText(), /^# Kamerstuk 19 637, nr\. 3370/);
  });

  it('the citation report is a kamerbrief: view with data, and it is not linted', async () => {
    await toDraft(5, 'Kamerstuk 19 637');
    await vscode.commands.executeCommand('kamerbrief.showCitationReport');
    const report = await waitFor(() => views().find((d) => /Citatieoverzicht/.test(d.uri.path)));
    const text = report.getText();
    assert.match(text, /## Regel 8: Kamerstuk 19637, nr\. 3384/);
    assert.match(text, /Indiener: Podt/);
    assert.equal(report.languageId, 'markdown');
    // The draft has KB101 on the same citation the report quotes; the report gets nothing.
    assert.ok(kb(doc.uri).some((d) => code(d) === 'KB101'));
    await new Promise((r) => setTimeout(r, 3000));
    assert.deepEqual(vscode.languages.getDiagnostics(report.uri).map((d) => `${d.source} ${d.message}`), []);
  });

  it('completion right after "Kamerstuk " offers the dossiers of the data, without a digit typed', async () => {
    const draft = await vscode.workspace.openTextDocument({ language: 'markdown', content: '---\nsoort: brief\n---\n\nZie Kamerstuk ' });
    await vscode.window.showTextDocument(draft);
    const end = draft.lineAt(draft.lineCount - 1).range.end;
    const list = await waitFor(async () => {
      const l = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', draft.uri, end, ' ');
      return l.items.length && l;
    });
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.some((l) => /^19 637\b/.test(l)), labels.join(', '));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('the language status shows the server, the active rules and the data date', async () => {
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    const shown = await waitFor(async () => {
      await api.status();
      const s = api.languageStatus();
      return /regels actief/.test(s.detail || '') && s;
    });
    assert.match(shown.text, /Kamerbrief/);
    assert.match(shown.detail, /\d+ van \d+ regels actief · gegevens van .* \(\d{4}-\d{2}-\d{2}\)/);
  });

  it('"Server herstarten" starts a new server that answers', async () => {
    const before = await api.status();
    await vscode.commands.executeCommand('kamerbrief.restart');
    const after = await waitFor(() => api.status());
    assert.notEqual(after.pid, before.pid);
    const pos = new vscode.Position(5, doc.lineAt(5).text.indexOf('Kamerstuk') + 3);
    const hover = await waitFor(async () => {
      const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, pos);
      const t = hovers.flatMap((h) => h.contents.map((c) => c.value || String(c))).join('\n');
      return /Indiener: Podt/.test(t) && t;
    });
    assert.ok(hover);
    await waitFor(() => kb(doc.uri).length);
  });

  it('"Werkruimte controleren" fills Problems for a draft that is not open', async () => {
    const closed = vscode.Uri.joinPath(root(), 'dicht.md');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === closed.toString()), 'not open');
    assert.deepEqual(kb(closed), []);
    const result = await vscode.commands.executeCommand('kamerbrief.checkWorkspace');
    assert.equal(result.ok, true, JSON.stringify(result));
    const d = await waitFor(() => kb(closed).length && kb(closed), 10000);
    assert.ok(d.some((x) => code(x) === 'KB101'), JSON.stringify(d.map((x) => x.message)));
  });

  it('kamerbrief.trace.server traces the traffic into the output channel', async () => {
    const before = api.traceLines();
    await vscode.workspace.getConfiguration('kamerbrief').update('trace.server', 'messages', vscode.ConfigurationTarget.Global);
    try {
      const pos = new vscode.Position(5, doc.lineAt(5).text.indexOf('Kamerstuk') + 3);
      await waitFor(async () => {
        await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, pos);
        return api.traceLines() > before;
      }, 10000);
    } finally {
      await vscode.workspace.getConfiguration('kamerbrief').update('trace.server', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('a new data folder in the settings applies without reload', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-leeg-'));
    const config = () => vscode.workspace.getConfiguration('kamerbrief');
    await config().update('gegevensmap', path.join(empty, 'gegevens'), vscode.ConfigurationTarget.Global);
    try {
      const s = await waitFor(async () => {
        const st = await api.status();
        return st && !st.gegevens.beschikbaar && st;
      }, 10000);
      assert.equal(s.gegevens.map, path.join(empty, 'gegevens'));
      // The hover card no longer has data either: the server reads the new (empty) folder.
      const pos = new vscode.Position(5, doc.lineAt(5).text.indexOf('Kamerstuk') + 3);
      const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, pos);
      const t = hovers.flatMap((h) => h.contents.map((c) => c.value || String(c))).join('\n');
      assert.match(t, /\*\*Kamerstuk\*\*/);
      assert.doesNotMatch(t, /Indiener: Podt/);
    } finally {
      await config().update('gegevensmap', dataDir, vscode.ConfigurationTarget.Global);
      fs.rmSync(empty, { recursive: true, force: true });
    }
    await waitFor(async () => (await api.status())?.gegevens.beschikbaar, 10000);
  });

  it('"Gegevens bijwerken" without a reachable source fails within 10 s and leaves no .sync folder', async () => {
    const srv = net.createServer();
    await new Promise((r) => srv.listen(0, '127.0.0.1', r));
    const port = srv.address().port;
    await new Promise((r) => srv.close(r));
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-offline-'));
    const config = () => vscode.workspace.getConfiguration('kamerbrief');
    await config().update('gegevensbron', `http://127.0.0.1:${port}/OData/v4/2.0/`, vscode.ConfigurationTarget.Global);
    await config().update('gegevensmap', path.join(parent, 'gegevens'), vscode.ConfigurationTarget.Global);
    try {
      await waitFor(async () => (await api.status())?.gegevens.map === path.join(parent, 'gegevens'), 10000);
      const t0 = Date.now();
      const result = await vscode.commands.executeCommand('kamerbrief.syncData');
      const ms = Date.now() - t0;
      console.log(`      (offline sync answered in ${ms} ms)`);
      assert.equal(result.ok, false);
      assert.match(result.message, /niet bereikbaar/);
      assert.ok(ms < 10000, `${ms} ms`);
      assert.deepEqual(fs.readdirSync(parent), [], 'no .gegevens.sync left');
    } finally {
      await config().update('gegevensbron', undefined, vscode.ConfigurationTarget.Global);
      await config().update('gegevensmap', dataDir, vscode.ConfigurationTarget.Global);
      fs.rmSync(parent, { recursive: true, force: true });
    }
  });
});

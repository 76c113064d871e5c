// Extension tests in a real VS Code (code-server), against the packaged extension.
const assert = require('assert');
const vscode = require('vscode');

const waitFor = async (fn, ms = 30000) => {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    const v = await fn();
    if (v) return v;
  }
  throw new Error('timeout');
};

describe('Kamerbrief in VS Code', () => {
  let doc;
  let editor;
  before(async () => {
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, 'concept.md');
    doc = await vscode.workspace.openTextDocument(uri);
    editor = await vscode.window.showTextDocument(doc);
  });

  it('activates on Markdown', async () => {
    const ext = vscode.extensions.getExtension('kamerbrief.kamerbrief');
    assert.ok(ext, 'installed');
    await waitFor(() => ext.isActive);
  });

  it('shows diagnostics on a draft', async () => {
    const d = await waitFor(() => {
      const x = vscode.languages.getDiagnostics(doc.uri).filter((e) => e.source === 'kamerbrief');
      return x.length && x;
    });
    const kb101 = d.find((e) => (e.code && (e.code.value || e.code)) === 'KB101');
    assert.ok(kb101, JSON.stringify(d.map((e) => e.message)));
    assert.equal(doc.getText(kb101.range), 'Kamerstuk 29754, nr. 448');
  });

  it('hover shows the card', async () => {
    const line = doc.lineAt(5).text;
    const pos = new vscode.Position(5, line.indexOf('Kamerstuk 29 754') + 3);
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, pos);
    const text = hovers.flatMap((h) => h.contents.map((c) => c.value || String(c))).join('\n');
    assert.match(text, /\*\*Kamerstuk\*\*/);
    assert.match(text, /kst-29754-482/);
  });

  it('a quick fix edits the text', async () => {
    const diag = vscode.languages.getDiagnostics(doc.uri).find((e) => (e.code && (e.code.value || e.code)) === 'KB101');
    // The provider can answer empty while the client is still settling (settings, watchers) right
    // after start-up; ask until the fix is offered (it must come within the time limit).
    let actions = [];
    const fix = await waitFor(async () => {
      actions = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value)) || [];
      return actions.find((a) => a.isPreferred && a.edit);
    }, 10000).catch(() => undefined);
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(doc.lineAt(5).text, /\(Kamerstuk 29 754, nr\. 448\)/);
  });

  it("VS Code's Markdown validation raises no false alarm on [^1] footnotes", async () => {
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, 'voetnoten.md');
    const notes = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(notes);
    assert.equal(vscode.workspace.getConfiguration('markdown.validate').get('enabled'), true);
    // Wait until our server has seen the file, then give VS Code's validator the same chance.
    await waitFor(() => vscode.languages.getDiagnostics(uri).some((d) => d.source === 'kamerbrief'));
    await new Promise((r) => setTimeout(r, 3000));
    const builtIn = vscode.languages.getDiagnostics(uri).filter((d) => d.source !== 'kamerbrief');
    assert.deepEqual(builtIn.map((d) => `${d.source} ${d.code && (d.code.value || d.code)} ${d.message}`), []);
    await vscode.window.showTextDocument(doc);
  });

  it('completion "motie" inserts a motie section with the next free footnote number', async () => {
    // An earlier test opened another document: bring the draft back to the front.
    editor = await vscode.window.showTextDocument(doc);
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    await editor.edit((e) => e.insert(end, '\n\nmotie'));
    const pos = doc.lineAt(doc.lineCount - 1).range.end;
    const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', doc.uri, pos);
    const item = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'motie');
    assert.ok(item, JSON.stringify(list.items.map((i) => i.label)));
    const labels = [...doc.getText().matchAll(/\[\^(\d+)\]/g)].map((m) => Number(m[1]));
    const next = Math.max(0, ...labels) + 1;
    // The footnote text goes after the cursor, so it does not move the range the snippet replaces.
    if (item.additionalTextEdits?.length) await editor.edit((e) => item.additionalTextEdits.forEach((t) => e.replace(t.range, t.newText)));
    await editor.insertSnippet(item.insertText, item.range.replacing ?? item.range);
    await waitFor(() => /Motie van het lid .+ over /.test(doc.getText()));
    assert.ok(doc.getText().includes(`[^${next}]:`), `footnote text [^${next}]`);
  });
});

// The editor as ESLint and markdownlint users expect it, in a real VS Code (code-server): an
// outline without duplicate headings, section snippets on "#" and "## ", the "Negeer KBnnn"
// quick fix with the cursor on the reason, "Herstel alle KBnnn" and "Documentatie KBnnn tonen".
const assert = require('assert');
const fs = require('fs');
const vscode = require('vscode');

const waitFor = async (fn, ms = 30000) => {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    const v = await fn();
    if (v) return v;
  }
  throw new Error('timeout');
};
const code = (d) => (d.code && (d.code.value || d.code)) || '';
const ours = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'kamerbrief');

const DRAFT = [
  '---',
  'soort: brief',
  'onderwerp: Oefenconcept voor de quick fixes',
  '---',
  '',
  '## Motie van het lid Becker c.s. over een landelijk gevalideerde aanpak',
  '',
  'Naar aanleiding van de motie van het lid Becker (VVD)[^1] informeer ik u graag als volgt.',
  '',
  'Zie Kamerstuk 29754, nr. 482 en Kamerstuk 29754, nr. 451.',
  '',
  'Zie ook Kamerstukken II 2018/19, 29754, nr. 3.',
  '',
  'Over de motie van het het lid Jansen.',
  '',
  '[^1]: Kamerstuk 29 754, nr. 451.',
  '',
].join('\n');

async function openDraft(name, text = DRAFT) {
  const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, name);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc);
  await waitFor(() => ours(uri).length > 0);
  return { doc, editor, uri };
}

async function actionsFor(uri, diag) {
  // The provider can answer empty while the client settles; ask until the fixes come.
  let actions = [];
  await waitFor(async () => {
    actions = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, diag.range, vscode.CodeActionKind.QuickFix.value)) || [];
    return actions.some((a) => a.title.startsWith('Negeer'));
  }, 10000).catch(() => undefined);
  return actions;
}

describe('Kamerbrief editor actions in VS Code', () => {
  before(async () => {
    await waitFor(() => vscode.extensions.getExtension('kamerbrief.kamerbrief')?.isActive);
  });

  it('the outline (ours and VS Code Markdown) holds every heading once, plus the moties group', async () => {
    const { uri } = await openDraft('overzicht.md');
    let symbols = [];
    const flat = (list) => list.flatMap((s) => [s, ...flat(s.children || [])]);
    // Both providers answer: the Markdown headings and our "Moties" group.
    await waitFor(async () => {
      symbols = flat((await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri)) || []);
      return symbols.some((s) => /^#+ Motie van het lid Becker/.test(s.name) || s.name === 'Motie van het lid Becker c.s. over een landelijk gevalideerde aanpak') && symbols.some((s) => /^Moties \(\d+\)$/.test(s.name));
    }, 15000).catch(() => undefined);
    const names = symbols.map((s) => `${s.range.start.line}:${s.name.replace(/^#+\s+/, '')}`);
    const twice = names.filter((n, i) => names.indexOf(n) !== i);
    assert.deepEqual(twice, [], JSON.stringify(names));
    assert.ok(symbols.some((s) => /^Moties \(1\)$/.test(s.name)), JSON.stringify(names));
    assert.ok(names.some((n) => n.endsWith(':Motie van het lid Becker c.s. over een landelijk gevalideerde aanpak')), 'the heading itself is in the outline (from VS Code)');
  });

  it('"#" at the start of a line: the server answers with the section snippets; typing "#" and accepting inserts one', async () => {
    const { doc, editor, uri } = await openDraft('kop.md', 'Zie Kamerstuk 29754, nr. 482.\n\n');
    const items = async (line, trigger) => {
      const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', uri, doc.lineAt(line).range.end, trigger);
      return list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    };
    await editor.edit((e) => e.insert(new vscode.Position(2, 0), '#'));
    const afterHash = await items(2, '#');
    assert.ok(afterHash.includes('motie') && afterHash.includes('toezegging'), JSON.stringify(afterHash));
    await editor.edit((e) => e.insert(new vscode.Position(2, 1), '# '));
    const afterSpace = await items(2, ' ');
    assert.ok(afterSpace.includes('motie') && afterSpace.includes('Toezegging – …'), JSON.stringify(afterSpace));
    // As a user types: "#" on an empty line opens the suggestions without Ctrl+Space.
    await editor.edit((e) => e.delete(doc.lineAt(2).range));
    editor.selection = new vscode.Selection(2, 0, 2, 0);
    await vscode.commands.executeCommand('type', { text: '#' });
    await waitFor(async () => {
      await vscode.commands.executeCommand('acceptSelectedSuggestion');
      return /^# (Motie|Gewijzigde motie|Toezegging)/m.test(doc.getText());
    }, 10000).catch(() => undefined);
    assert.match(doc.getText(), /^# (Motie|Gewijzigde motie|Toezegging)/m, doc.getText());
    await vscode.commands.executeCommand('leaveSnippet');
  });

  it('"Negeer KB101 op deze regel" puts the cursor on the reason; KB011 accepts it once typed', async () => {
    const { doc, editor, uri } = await openDraft('negeer.md');
    const kb101 = await waitFor(() => ours(uri).find((d) => code(d) === 'KB101'));
    const line = kb101.range.start.line;
    const actions = await actionsFor(uri, kb101);
    const negeer = actions.find((a) => a.title === 'Negeer KB101 op deze regel');
    assert.ok(negeer, JSON.stringify(actions.map((a) => a.title)));
    assert.ok(await vscode.workspace.applyEdit(negeer.edit));
    const comment = doc.lineAt(line).text;
    assert.match(comment, /^<!-- kamerbrief-disable-next-line KB101 -- reden: {1,2}-->$/);
    // Not typed yet: KB011 asks for the reason.
    await waitFor(() => ours(uri).some((d) => code(d) === 'KB011'));
    // The cursor is on the reason.
    assert.equal(editor.selection.active.line, line);
    assert.equal(editor.selection.active.character, comment.indexOf('reden: ') + 'reden: '.length);
    await vscode.commands.executeCommand('type', { text: 'letterlijk citaat' });
    assert.match(doc.lineAt(line).text, /-- reden: letterlijk citaat -->$/);
    await waitFor(() => !ours(uri).some((d) => code(d) === 'KB011'));
    assert.ok(!ours(uri).some((d) => code(d) === 'KB101' && d.range.start.line === line + 1), 'KB101 is suppressed on that line');
  });

  it('"Herstel alle KB101 in dit bestand" fixes every KB101 and nothing else', async () => {
    const { doc, uri } = await openDraft('herstel.md');
    const kb101 = await waitFor(() => ours(uri).filter((d) => code(d) === 'KB101').length === 2 && ours(uri).find((d) => code(d) === 'KB101'));
    const others = ours(uri).filter((d) => code(d) !== 'KB101').map(code).sort();
    assert.ok(others.includes('KB106') && others.includes('KB308'), JSON.stringify(others));
    const actions = await actionsFor(uri, kb101);
    const all = actions.find((a) => a.title === 'Herstel alle KB101 in dit bestand');
    assert.ok(all, JSON.stringify(actions.map((a) => a.title)));
    assert.ok(await vscode.workspace.applyEdit(all.edit));
    assert.ok(doc.getText().includes('Zie Kamerstuk 29 754, nr. 482 en Kamerstuk 29 754, nr. 451.'));
    assert.ok(doc.getText().includes('Kamerstukken II 2018/19, 29754, nr. 3') && doc.getText().includes('het het lid'), 'other rules untouched');
    await waitFor(() => !ours(uri).some((d) => code(d) === 'KB101'));
    assert.deepEqual(ours(uri).map(code).sort(), others);
  });

  it('"Documentatie KB101 tonen" opens the page shipped in the extension', async () => {
    const { uri } = await openDraft('documentatie.md');
    const kb101 = await waitFor(() => ours(uri).find((d) => code(d) === 'KB101'));
    assert.equal(String(kb101.code.target), 'https://github.com/kamerbrief/kamerbrief/blob/main/docs/rules/kb101-kamerstuk-notatie.md');
    const actions = await actionsFor(uri, kb101);
    const doc = actions.find((a) => a.title === 'Documentatie KB101 tonen');
    assert.ok(doc && doc.command, JSON.stringify(actions.map((a) => a.title)));
    const page = await vscode.commands.executeCommand(doc.command.command, ...doc.command.arguments);
    const ext = vscode.extensions.getExtension('kamerbrief.kamerbrief');
    assert.ok(page && page.fsPath.startsWith(ext.extensionUri.fsPath), String(page && page.fsPath));
    assert.match(fs.readFileSync(page.fsPath, 'utf8'), /KB101/);
    const tab = await waitFor(() => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label.includes('kb101-kamerstuk-notatie.md')), 15000).catch(() => undefined);
    assert.ok(tab, JSON.stringify(vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label)));
    assert.ok(tab.input instanceof vscode.TabInputWebview, 'a Markdown preview (webview)');
  });
});

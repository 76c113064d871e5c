// Issue 12, problems 1 and 2 in a real VS Code: two motie snippets in one letter get two distinct
// footnotes (each defined once, among the notes) and no footnote diagnostics; "Voetnoten
// hernummeren" puts the footnote texts in the new order.
const assert = require('assert');
const vscode = require('vscode');

const waitFor = async (fn, ms = 30000) => {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    const v = await fn();
    if (v) return v;
  }
  throw new Error('timeout');
};
const kb = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'kamerbrief');
const code = (d) => String(d.code && (d.code.value || d.code));

const LETTER = '---\nsoort: brief\nonderwerp: Stand van zaken moties\n---\n\nHierbij informeer ik u over de uitvoering van twee moties.\n';

/** Types "motie" on a new line after `afterLine` and accepts the server's motie snippet. */
async function motieSnippet(editor, afterLine) {
  const doc = editor.document;
  await editor.edit((e) => e.insert(doc.lineAt(afterLine).range.end, '\n\nmotie'));
  const pos = doc.lineAt(afterLine + 2).range.end;
  const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', doc.uri, pos);
  const item = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'motie');
  assert.ok(item, JSON.stringify(list.items.map((i) => i.label)));
  // The footnote text goes after the cursor, so it does not move the range the snippet replaces.
  if (item.additionalTextEdits?.length) await editor.edit((e) => item.additionalTextEdits.forEach((t) => e.replace(t.range, t.newText)));
  await editor.insertSnippet(item.insertText, item.range.replacing ?? item.range);
  await vscode.commands.executeCommand('leaveSnippet');
}

describe('Motie sections and footnote order in VS Code', () => {
  it('two motie snippets give two distinct footnotes among the notes, and no footnote diagnostics', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: LETTER });
    const editor = await vscode.window.showTextDocument(doc);
    await motieSnippet(editor, 5);
    const firstSection = doc.getText().split('\n').findIndex((l) => /informeer ik u graag als volgt\.$/.test(l));
    assert.ok(firstSection > 0, doc.getText());
    await motieSnippet(editor, firstSection);
    const text = doc.getText();
    const calls = [...text.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => m[1]);
    const defs = [...text.matchAll(/^\[\^(\d+)\]:/gm)].map((m) => m[1]);
    assert.deepEqual(calls, ['1', '2'], text);
    assert.deepEqual(defs, ['1', '2'], 'each footnote text once, in order, at the end:\n' + text);
    assert.ok(text.trimEnd().split('\n').slice(-2).every((l) => /^\[\^\d\]: Kamerstuk/.test(l)), 'the notes stay together at the end:\n' + text);
    // The server has seen the final text: no footnote rule (KB2xx) and no error or warning at all.
    await new Promise((r) => setTimeout(r, 1500));
    const diags = await waitFor(async () => {
      const d = kb(doc.uri);
      return d.every((x) => x.severity > vscode.DiagnosticSeverity.Warning) ? d : null;
    }, 15000).catch(() => kb(doc.uri));
    assert.deepEqual(diags.filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning || /^KB2/.test(code(d))).map((d) => `${code(d)} ${d.message}`), []);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('"Voetnoten hernummeren" numbers the calls in order and puts the footnote texts in that order', async () => {
    const content = `${LETTER}\nEerst de motie over de aanpak[^2] en dan de motie over de middelen[^1].\n\n[^1]: Kamerstuk 29 754, nr. 451.\n[^2]: Kamerstuk 29 754, nr. 452.\n`;
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    await vscode.window.showTextDocument(doc);
    await waitFor(() => kb(doc.uri).some((d) => code(d) === 'KB203'));
    await vscode.commands.executeCommand('kamerbrief.renumberFootnotes');
    await waitFor(() => doc.getText().includes('aanpak[^1]'));
    const text = doc.getText();
    assert.match(text, /aanpak\[\^1\] en dan de motie over de middelen\[\^2\]/);
    assert.match(text, /\[\^1\]: Kamerstuk 29 754, nr\. 452\.\n\[\^2\]: Kamerstuk 29 754, nr\. 451\.\n$/, text);
    await waitFor(() => !kb(doc.uri).some((d) => code(d) === 'KB203'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});

// "Exporteren naar Word" and "Importeren uit Word" in a real VS Code (code-server), against the
// packaged extension: the gate, the .docx on disk, and the imported draft opened beside it.
const assert = require('assert');
const vscode = require('vscode');

describe('Kamerbrief: Word in and out', () => {
  const ws = () => vscode.workspace.workspaceFolders[0].uri;

  it('Exporteren naar Word refuses a draft with errors, then writes the .docx with --force semantics', async () => {
    const draft = vscode.Uri.joinPath(ws(), 'voetnoten.md');
    const target = vscode.Uri.joinPath(ws(), 'uit', 'voetnoten.docx');
    const refused = await vscode.commands.executeCommand('kamerbrief.exportToWord', draft, target, { force: false });
    assert.equal(refused.ok, false, JSON.stringify(refused));
    assert.ok(refused.problems.some((p) => p.ruleId === 'KB101'), JSON.stringify(refused.problems));
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(target)));
    const done = await vscode.commands.executeCommand('kamerbrief.exportToWord', draft, target, { force: true });
    assert.equal(done.ok, true, JSON.stringify(done));
    const bytes = await vscode.workspace.fs.readFile(target);
    assert.equal(String.fromCharCode(bytes[0], bytes[1]), 'PK');
    assert.ok(Buffer.from(bytes).includes(Buffer.from('word/footnotes.xml')));
  });

  it('Importeren uit Word opens the draft beside it (a new .md on disk; never over an existing one)', async () => {
    const docx = vscode.Uri.joinPath(ws(), 'uit', 'voetnoten.docx');
    const copy = vscode.Uri.joinPath(ws(), 'uit', 'brief-uit-word.docx');
    await vscode.workspace.fs.copy(docx, copy, { overwrite: true });
    const opened = await vscode.commands.executeCommand('kamerbrief.importFromWord', copy);
    assert.equal(opened.toString(), vscode.Uri.joinPath(ws(), 'uit', 'brief-uit-word.md').toString());
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(opened));
    assert.match(text, /^Zie de brief over de aanpak\[\^1\] en de motie\[\^2\]\./m);
    assert.match(text, /^\[\^1\]: Kamerstuk 29754, nr\. 500\.$/m);
    assert.equal(vscode.window.activeTextEditor.document.uri.toString(), opened.toString());
    // Again: the .md exists now, so the draft opens unsaved and the file stays as it was.
    await vscode.workspace.fs.writeFile(opened, new TextEncoder().encode('eigen tekst\n'));
    const second = await vscode.commands.executeCommand('kamerbrief.importFromWord', copy);
    assert.equal(second.scheme, 'untitled');
    assert.match(vscode.window.activeTextEditor.document.getText(), /\[\^2\]: Kamerstuk 29 754, nr\. 451\./);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(opened)), 'eigen tekst\n');
  });
});

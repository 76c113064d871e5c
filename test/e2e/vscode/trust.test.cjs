// Workspace trust in a real VS Code (code-server), as package.json declares it ("limited"): in an
// untrusted workspace Kamerbrief still checks the open documents, but reads no other file of the
// workspace from disk (references come from open documents only). The same test runs in a trusted
// window, where references do include the closed draft: scripts/e2e/run.sh runs it twice and writes
// the expected trust into the workspace (expect-trust.json).
const assert = require('assert');
const vscode = require('vscode');

const waitFor = async (fn, ms = 30000) => {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 200))) {
    const v = await fn();
    if (v) return v;
  }
  throw new Error('timeout');
};

describe('Kamerbrief and workspace trust', () => {
  const root = () => vscode.workspace.workspaceFolders[0].uri;
  let expectTrusted;
  let doc;

  before(async () => {
    const raw = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(root(), 'expect-trust.json'));
    expectTrusted = JSON.parse(Buffer.from(raw).toString('utf8')).trusted;
    doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(root(), 'open.md'));
    await vscode.window.showTextDocument(doc);
  });

  it('runs in the trust state this run is for', () => {
    assert.equal(vscode.workspace.isTrusted, expectTrusted);
  });

  it('activates and checks the open document either way', async () => {
    const ext = vscode.extensions.getExtension('kamerbrief.kamerbrief');
    await waitFor(() => ext.isActive);
    // The server answers for the open document: a hover on its citation shows the card.
    const line = doc.lineAt(2).text;
    const pos = new vscode.Position(2, line.indexOf('Kamerstuk') + 3);
    const text = await waitFor(async () => {
      const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, pos);
      const t = hovers.flatMap((h) => h.contents.map((c) => c.value || String(c))).join('\n');
      return /kst-29754-482/.test(t) && t;
    });
    assert.match(text, /Kamerstuk/);
  });

  it('reads the closed draft for references only when the workspace is trusted', async () => {
    const line = doc.lineAt(2).text;
    const pos = new vscode.Position(2, line.indexOf('Kamerstuk') + 3);
    const files = await waitFor(async () => {
      const refs = (await vscode.commands.executeCommand('vscode.executeReferenceProvider', doc.uri, pos)) || [];
      const names = refs.map((r) => r.uri.path.split('/').pop());
      // Trusted: wait until the workspace scan has found the closed draft.
      return names.includes('open.md') && (!expectTrusted || names.includes('closed.md')) && names;
    });
    assert.equal(files.includes('closed.md'), expectTrusted, JSON.stringify(files));
  });
});

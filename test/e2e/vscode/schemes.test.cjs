// Virtual workspaces (package.json: virtualWorkspaces "limited"): Markdown of any scheme is
// checked, here an in-memory file system as GitHub Repositories or a remote file system would
// give; our own read-only "kamerbrief:" views are never checked.
const assert = require('assert');
const vscode = require('vscode');

const waitFor = async (fn, ms = 30000) => {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    const v = await fn();
    if (v) return v;
  }
  throw new Error('timeout');
};
const SLIP = '---\nsoort: brief\nonderwerp: Virtueel\n---\n\nZie Kamerstuk 29754, nr. 448.\n';
const ours = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'kamerbrief');

/** A minimal in-memory file system with one file. */
class MemFs {
  constructor(files) { this.files = files; this._emitter = new vscode.EventEmitter(); this.onDidChangeFile = this._emitter.event; }
  watch() { return new vscode.Disposable(() => {}); }
  stat(uri) {
    if (uri.path === '/') return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
    const f = this.files.get(uri.path);
    if (!f) throw vscode.FileSystemError.FileNotFound(uri);
    return { type: vscode.FileType.File, ctime: 0, mtime: 0, size: f.length };
  }
  readDirectory() { return [...this.files.keys()].map((p) => [p.slice(1), vscode.FileType.File]); }
  readFile(uri) { const f = this.files.get(uri.path); if (!f) throw vscode.FileSystemError.FileNotFound(uri); return f; }
  writeFile(uri, content) { this.files.set(uri.path, content); }
  createDirectory() {}
  delete(uri) { this.files.delete(uri.path); }
  rename() { throw vscode.FileSystemError.NoPermissions('rename'); }
}

describe('Kamerbrief on documents of other schemes', () => {
  const disposables = [];
  after(() => disposables.forEach((d) => d.dispose()));

  it('checks Markdown on a virtual file system, and not our own kamerbrief: view', async () => {
    disposables.push(vscode.workspace.registerFileSystemProvider('kbtest-vfs', new MemFs(new Map([['/brief.md', Buffer.from(SLIP)]]))));
    disposables.push(vscode.workspace.registerTextDocumentContentProvider('kamerbrief', {
      provideTextDocumentContent: (uri) => (uri.path === '/e2e-schemes/weergave.md' ? SLIP : undefined),
    }));
    // The view first: by the time the virtual file has its diagnostics, the view had its chance.
    const view = await vscode.workspace.openTextDocument(vscode.Uri.parse('kamerbrief:/e2e-schemes/weergave.md'));
    const shownView = view.languageId === 'markdown' ? view : await vscode.languages.setTextDocumentLanguage(view, 'markdown');
    await vscode.window.showTextDocument(shownView, { preview: false });
    assert.equal(shownView.getText(), SLIP);

    const virtual = await vscode.workspace.openTextDocument(vscode.Uri.parse('kbtest-vfs:/brief.md'));
    assert.equal(virtual.languageId, 'markdown');
    await vscode.window.showTextDocument(virtual, { preview: false });
    const d = await waitFor(() => { const x = ours(virtual.uri); return x.length && x; });
    const kb101 = d.find((e) => (e.code && (e.code.value || e.code)) === 'KB101');
    assert.ok(kb101, JSON.stringify(d.map((e) => e.message)));
    assert.equal(virtual.getText(kb101.range), 'Kamerstuk 29754, nr. 448');

    await new Promise((r) => setTimeout(r, 1500));
    assert.deepEqual(ours(shownView.uri).map((e) => e.message), [], 'no diagnostics on the kamerbrief: view');
  });
});

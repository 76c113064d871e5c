// The look-up and report views: read-only `kamerbrief:` documents whose text the language server
// writes (the citation card as the hover shows it, the citation report), with the parliamentary
// data. The client never sends this scheme to the server (linted-documents.ts), so these views are
// never linted; the server ignores the scheme as well.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { CitationItem } from '../../server/src/lsp/views';

export const VIEW_SCHEME = 'kamerbrief';

interface ViewQuery {
  view: 'kaart' | 'overzicht';
  doc: string;
  line?: number;
  character?: number;
}

/** A readable tab title; the query says what to show. */
export function viewUri(title: string, query: ViewQuery): vscode.Uri {
  const safe = title.replace(/[/\\?#%]/g, '-').slice(0, 80);
  return vscode.Uri.from({ scheme: VIEW_SCHEME, path: `/${safe}.md`, query: JSON.stringify(query) });
}

export function registerViews(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): { refresh(): void } {
  const changed = new vscode.EventEmitter<vscode.Uri>();
  const provider: vscode.TextDocumentContentProvider = {
    onDidChange: changed.event,
    async provideTextDocumentContent(uri) {
      const c = client();
      if (!c) return 'Kamerbrief: de taalserver draait niet.';
      let q: ViewQuery;
      try {
        q = JSON.parse(uri.query) as ViewQuery;
      } catch {
        return 'Kamerbrief: onbekende weergave.';
      }
      if (q.view === 'kaart') {
        const text = await c.sendRequest<string | null>('kamerbrief/citaatkaart', { uri: q.doc, position: { line: q.line ?? 0, character: q.character ?? 0 } });
        return text ?? 'Op deze plaats staat (nu) geen citaat.';
      }
      const name = vscode.workspace.asRelativePath(vscode.Uri.parse(q.doc));
      return (await c.sendRequest<string | null>('kamerbrief/citatieoverzicht', { uri: q.doc, name })) ?? 'Het document is niet (meer) geopend.';
    },
  };

  const editorOrWarn = (): vscode.TextEditor | undefined => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown' || editor.document.uri.scheme === VIEW_SCHEME) {
      void vscode.window.showWarningMessage('Kamerbrief: open eerst een Markdown-concept.');
      return undefined;
    }
    return editor;
  };

  const show = async (uri: vscode.Uri): Promise<vscode.TextEditor> => {
    const doc = await vscode.workspace.openTextDocument(uri);
    return vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false, preview: true });
  };

  const showCard = (doc: vscode.TextDocument, text: string, at: vscode.Position): Promise<vscode.TextEditor> =>
    show(viewUri(`Citaat ${text}`, { view: 'kaart', doc: doc.uri.toString(), line: at.line, character: at.character }));

  context.subscriptions.push(
    changed,
    vscode.workspace.registerTextDocumentContentProvider(VIEW_SCHEME, provider),
    vscode.commands.registerCommand('kamerbrief.lookupCitation', async () => {
      const editor = editorOrWarn();
      const c = client();
      if (!editor || !c) return undefined;
      const doc = editor.document;
      const items = await c.sendRequest<CitationItem[]>('kamerbrief/citaten', { uri: doc.uri.toString() });
      const at = editor.selection.active;
      const here = items.find((i) => new vscode.Range(i.line, i.character, i.endLine, i.endCharacter).contains(at));
      if (here) return showCard(doc, here.text, at);
      if (items.length === 0) {
        void vscode.window.showInformationMessage('Kamerbrief: dit document bevat geen citaten.');
        return undefined;
      }
      // Not on a citation: choose one of the document's citations.
      const picked = await vscode.window.showQuickPick(
        items.map((i) => ({ label: i.text, description: i.soort, detail: `regel ${i.line + 1}${i.valid ? '' : ' · notatie wijkt af'}`, item: i })),
        { title: 'Kamerbrief: citaat opzoeken', placeHolder: 'Kies een citaat uit dit document', matchOnDescription: true },
      );
      if (!picked) return undefined;
      return showCard(doc, picked.item.text, new vscode.Position(picked.item.line, picked.item.character));
    }),
    vscode.commands.registerCommand('kamerbrief.showCitationReport', async () => {
      const editor = editorOrWarn();
      if (!editor) return undefined;
      const name = editor.document.uri.path.split('/').pop() ?? 'document';
      return show(viewUri(`Citatieoverzicht ${name.replace(/\.md$/, '')}`, { view: 'overzicht', doc: editor.document.uri.toString() }));
    }),
  );
  // New data (a sync, another data folder): the open views are written again.
  return { refresh: () => vscode.workspace.textDocuments.filter((d) => d.uri.scheme === VIEW_SCHEME).forEach((d) => changed.fire(d.uri)) };
}

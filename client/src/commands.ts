// Dutch commands: look up a citation, show the citation report, renumber footnotes.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export function registerCommands(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  const editorOrWarn = (): vscode.TextEditor | undefined => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown') {
      void vscode.window.showWarningMessage('Kamerbrief: open eerst een Markdown-concept.');
      return undefined;
    }
    return editor;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('kamerbrief.lookupCitation', async () => {
      const editor = editorOrWarn();
      if (!editor) return;
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.selection.active);
      const text = (hovers ?? [])
        .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')))
        .find((v) => v.includes('**'));
      if (!text) {
        void vscode.window.showInformationMessage('Kamerbrief: de cursor staat niet op een citaat.');
        return;
      }
      void vscode.window.showInformationMessage(text.replace(/\*\*/g, '').replace(/\\(.)/g, '$1').replace(/\n+/g, ' — '), { modal: false });
    }),
    vscode.commands.registerCommand('kamerbrief.showCitationReport', async () => {
      const editor = editorOrWarn();
      if (!editor) return;
      const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', editor.document.uri);
      const rows = (links ?? []).map((l) => `| ${l.range.start.line + 1} | ${editor.document.getText(l.range)} | ${l.target?.toString(true) ?? ''} |`);
      const body = ['# Citaten in ' + vscode.workspace.asRelativePath(editor.document.uri), '', '| regel | citaat | link |', '|---|---|---|', ...rows].join('\n');
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: body + '\n' });
      await vscode.window.showTextDocument(doc, vscode.ViewColumn.Beside);
    }),
    vscode.commands.registerCommand('kamerbrief.renumberFootnotes', async () => {
      const editor = editorOrWarn();
      if (!editor) return;
      await client()?.sendRequest('workspace/executeCommand', { command: 'kamerbrief.server.renumberFootnotes', arguments: [editor.document.uri.toString()] });
    }),
  );
}

// Dutch commands: renumber footnotes (the look-up and report views: views.ts).
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
    vscode.commands.registerCommand('kamerbrief.renumberFootnotes', async () => {
      const editor = editorOrWarn();
      if (!editor) return;
      await client()?.sendRequest('workspace/executeCommand', { command: 'kamerbrief.server.renumberFootnotes', arguments: [editor.document.uri.toString()] });
    }),
  );
}

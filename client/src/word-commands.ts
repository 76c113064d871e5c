// "Importeren uit Word" and "Exporteren naar Word": the dialogs and the files here, the
// conversion in the language server (custom requests kamerbrief/importDocx and kamerbrief/exportDocx).
// Both take optional arguments (the file, the target) so they can run without a dialog.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ExportAnswer, ImportAnswer } from '../../server/src/lsp/word';


const sibling = (uri: vscode.Uri, ext: string): vscode.Uri => uri.with({ path: uri.path.replace(/(\.[^./]+)?$/, ext) });

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

export function registerWordCommands(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('kamerbrief.importFromWord', async (source?: vscode.Uri) => {
      source ??= (await vscode.window.showOpenDialog({ canSelectMany: false, openLabel: 'Importeren', filters: { 'Word-document': ['docx'], 'Publicatie-XML': ['xml'] } }))?.[0];
      if (!source) return undefined;
      const answer = await client()?.sendRequest<ImportAnswer>('kamerbrief/importDocx', { source: source.fsPath });
      if (!answer?.ok) {
        void vscode.window.showErrorMessage(`Kamerbrief: ${answer?.message ?? 'de taalserver draait niet'}`);
        return undefined;
      }
      // Beside the Word file; an existing draft is never overwritten: then an unsaved document.
      const target = sibling(source, '.md');
      let doc: vscode.TextDocument;
      if (source.scheme === 'file' && !(await exists(target))) {
        await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(answer.text));
        doc = await vscode.workspace.openTextDocument(target);
      } else doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: answer.text });
      await vscode.window.showTextDocument(doc, vscode.ViewColumn.Beside);
      if (answer.warnings.length) void vscode.window.showWarningMessage(`Kamerbrief: niet alles is overgenomen: ${answer.warnings.join('; ')}`);
      return doc.uri;
    }),
    vscode.commands.registerCommand('kamerbrief.exportToWord', async (draft?: vscode.Uri, target?: vscode.Uri, options?: { force?: boolean }) => {
      const doc = draft ? await vscode.workspace.openTextDocument(draft) : vscode.window.activeTextEditor?.document;
      if (!doc || doc.languageId !== 'markdown') {
        void vscode.window.showWarningMessage('Kamerbrief: open eerst een Markdown-concept.');
        return undefined;
      }
      target ??= await vscode.window.showSaveDialog({ defaultUri: sibling(doc.uri, '.docx'), saveLabel: 'Exporteren', filters: { 'Word-document': ['docx'] } });
      if (!target) return undefined;
      const send = (force: boolean): Thenable<ExportAnswer | undefined> => client()?.sendRequest<ExportAnswer>('kamerbrief/exportDocx', { uri: doc.uri.toString(), target: target!.fsPath, force }) ?? Promise.resolve(undefined);
      let answer = await send(!!options?.force);
      if (answer && !answer.ok && answer.problems.length && options?.force === undefined) {
        const first = answer.problems.slice(0, 3).map((p) => `regel ${p.line}: ${p.ruleId} ${p.message}`).join('; ');
        const choice = await vscode.window.showErrorMessage(`Kamerbrief: ${answer.message} ${first}`, 'Toch exporteren');
        if (choice === 'Toch exporteren') answer = await send(true);
      } else if (answer && !answer.ok) void vscode.window.showErrorMessage(`Kamerbrief: ${answer.message}`);
      if (answer?.ok) void vscode.window.showInformationMessage(`Kamerbrief: ${answer.message}${answer.warnings.length ? ' Let op: ' + answer.warnings.join('; ') : ''}`);
      return answer;
    }),
  );
}

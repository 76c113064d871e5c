// "Overzicht moties en toezeggingen": asks for a dossier, lets the language server draft the
// stand-van-zaken letter from its data, and opens the draft as an untitled Markdown document.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

type OverviewAnswer = { ok: true; text: string; moties: number; toezeggingen: number } | { ok: false; message: string };

export function registerOverview(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('kamerbrief.overzicht', async (dossierArg?: unknown) => {
      const c = client();
      if (!c) return;
      // A dossier passed by another command (or a test) skips the question.
      const dossier =
        typeof dossierArg === 'string'
          ? dossierArg
          : await vscode.window.showInputBox({
              title: 'Kamerbrief: overzicht moties en toezeggingen',
              prompt: 'Dossiernummer waarvoor de stand van zaken wordt opgesteld',
              placeHolder: '29 754',
              validateInput: (v) => (/^\s*\d[\d .]*(?:[\s-]+[A-Za-z0-9]+)?\s*$/.test(v) ? null : 'Een dossiernummer, bijvoorbeeld 29 754 of 36 410 XVI'),
            });
      if (!dossier) return;
      const answer = await c.sendRequest<OverviewAnswer>('kamerbrief/overzicht', { dossier });
      if (!answer.ok) {
        void vscode.window.showWarningMessage(`Kamerbrief: ${answer.message}`);
        return;
      }
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: answer.text });
      await vscode.window.showTextDocument(doc);
    }),
  );
}

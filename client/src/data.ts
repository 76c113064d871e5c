// Parliamentary data in the editor: the folder and sync source come from user or machine
// settings only (a workspace cannot redirect them), the "gegevens bijwerken" command with a
// progress notification, and a status bar item with the snapshot's age.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { trustedDataOptions, trustedProxyOptions } from './data-options';
export { trustedDataOptions } from './data-options';

interface DataStatus {
  map: string;
  beschikbaar: boolean;
  tekst: string;
}

export function registerData(context: vscode.ExtensionContext, client: () => LanguageClient | undefined, changed: () => void = () => undefined): void {
  const status = vscode.window.createStatusBarItem('kamerbrief.gegevens', vscode.StatusBarAlignment.Right, 90);
  status.name = 'Kamerbrief-gegevens';
  status.command = 'kamerbrief.syncData';
  context.subscriptions.push(status);

  const refresh = async (): Promise<void> => {
    const c = client();
    if (!c) return;
    try {
      const s = await c.sendRequest<DataStatus>('kamerbrief/dataStatus');
      status.text = s.beschikbaar ? `$(database) Kamerbrief: ${s.tekst.replace(/ \(.*$/, '')}` : '$(database) Kamerbrief: geen gegevens';
      status.tooltip = `${s.tekst}\nMap: ${s.map}\nKlik om de gegevens bij te werken.`;
      status.show();
    } catch {
      status.hide();
    }
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('kamerbrief.syncData', async () => {
      const c = client();
      if (!c) return undefined;
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Kamerbrief: gegevens bijwerken', cancellable: false },
        async (progress) => {
          const sub = c.onNotification('kamerbrief/syncProgress', (p: { bericht: string }) => progress.report({ message: p.bericht }));
          try {
            // Read at every sync: a changed http.proxy needs no restart.
            const proxy = trustedProxyOptions(vscode.workspace.getConfiguration('http'));
            return await c.sendRequest<{ ok: boolean; message: string; resumable?: boolean }>('kamerbrief/sync', { proxy });
          } finally {
            sub.dispose();
          }
        },
      );
      if (result.ok) void vscode.window.showInformationMessage(`Kamerbrief: ${result.message}`);
      else void vscode.window.showErrorMessage(`Kamerbrief: gegevens bijwerken mislukt: ${result.message}${result.resumable === false ? '' : ' Opnieuw proberen gaat verder waar het stopte.'}`);
      await refresh();
      changed();
      return result;
    }),
    // A new data folder or source applies at once: the server reopens the snapshot (user settings only).
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration('kamerbrief.gegevensmap') && !e.affectsConfiguration('kamerbrief.gegevensbron')) return;
      await client()?.sendNotification('kamerbrief/gegevensInstellingen', trustedDataOptions(vscode.workspace.getConfiguration('kamerbrief')));
      await refresh();
      changed();
    }),
  );
  void refresh();
}

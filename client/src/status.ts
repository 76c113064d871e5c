// The language status of Markdown files: whether the Kamerbrief server runs, how many rules are
// active for the current draft and how old its parliamentary data is — with "Herstarten" — and a
// second item with "Werkruimte controleren" (every draft of the workspace into the Problems view).
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';

export interface ServerStatus {
  pid: number;
  actieveRegels: number;
  regels: number;
  zonderGegevens: number;
  gegevens: { map: string; beschikbaar: boolean; tekst: string; datum: string | null };
}

interface CheckResult {
  ok: boolean;
  bestanden: number;
  meldingen: number;
  bericht: string;
}

export interface StatusView {
  /** Fetches the server's status again and shows it. */
  refresh(): Promise<ServerStatus | null>;
  /** What the item shows now (for tests and other extensions). */
  shown(): { text: string; detail: string | undefined; busy: boolean };
}

export function registerStatus(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): StatusView {
  const selector: vscode.DocumentSelector = [{ language: 'markdown', scheme: 'file' }, { language: 'markdown', scheme: 'untitled' }];
  const item = vscode.languages.createLanguageStatusItem('kamerbrief.status', selector);
  item.name = 'Kamerbrief';
  item.command = { title: 'Herstarten', command: 'kamerbrief.restart', tooltip: 'De Kamerbrief-taalserver herstarten' };
  const workspaceItem = vscode.languages.createLanguageStatusItem('kamerbrief.werkruimte', selector);
  workspaceItem.name = 'Kamerbrief: werkruimte';
  workspaceItem.text = 'Werkruimte';
  workspaceItem.detail = 'alle Markdown-concepten controleren';
  workspaceItem.command = { title: 'Werkruimte controleren', command: 'kamerbrief.checkWorkspace' };
  context.subscriptions.push(item, workspaceItem);

  let generation = 0;
  const refresh = async (): Promise<ServerStatus | null> => {
    const mine = ++generation;
    const c = client();
    if (!c || c.state !== State.Running) {
      item.text = c?.state === State.Starting ? '$(sync~spin) Kamerbrief start' : '$(error) Kamerbrief gestopt';
      item.detail = undefined;
      item.busy = c?.state === State.Starting;
      item.severity = c?.state === State.Starting ? vscode.LanguageStatusSeverity.Information : vscode.LanguageStatusSeverity.Error;
      return null;
    }
    item.busy = true;
    try {
      const doc = vscode.window.activeTextEditor?.document;
      const s = await c.sendRequest<ServerStatus>('kamerbrief/status', { uri: doc?.languageId === 'markdown' ? doc.uri.toString() : undefined });
      if (mine !== generation) return s;
      item.text = '$(check) Kamerbrief';
      const rules = `${s.actieveRegels} van ${s.regels} regels actief${s.zonderGegevens ? ` (${s.zonderGegevens} wachten op gegevens)` : ''}`;
      const data = s.gegevens.beschikbaar ? `${s.gegevens.tekst.replace(/ \(.*$/, '')}${s.gegevens.datum ? ` (${s.gegevens.datum})` : ''}` : 'geen gegevens';
      item.detail = `${rules} · ${data}`;
      item.severity = vscode.LanguageStatusSeverity.Information;
      return s;
    } catch {
      item.text = '$(warning) Kamerbrief';
      item.detail = 'de server antwoordt niet';
      item.severity = vscode.LanguageStatusSeverity.Warning;
      return null;
    } finally {
      if (mine === generation) item.busy = false;
    }
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('kamerbrief.restart', async () => {
      const c = client();
      if (!c) return;
      item.text = '$(sync~spin) Kamerbrief herstart';
      item.busy = true;
      await c.restart();
      await refresh();
    }),
    vscode.commands.registerCommand('kamerbrief.checkWorkspace', async () => {
      const c = client();
      if (!c) return undefined;
      // The server reports progress itself (window/workDoneProgress); it can be cancelled there.
      const result = await c.sendRequest<CheckResult>('kamerbrief/werkruimteControleren');
      if (result.ok) {
        void vscode.window.showInformationMessage(`Kamerbrief: ${result.bericht}`, 'Problemen tonen').then((a) => {
          if (a) void vscode.commands.executeCommand('workbench.actions.view.problems');
        });
      } else void vscode.window.showWarningMessage(`Kamerbrief: ${result.bericht}`);
      return result;
    }),
    vscode.window.onDidChangeActiveTextEditor(() => void refresh()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('kamerbrief')) setTimeout(() => void refresh(), 200);
    }),
  );
  return { refresh, shown: () => ({ text: item.text, detail: item.detail, busy: item.busy }) };
}

/** Follows the client's state (started, stopped, restarting). */
export function followClientState(client: LanguageClient, view: StatusView): vscode.Disposable {
  return client.onDidChangeState(() => void view.refresh());
}

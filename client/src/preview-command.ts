// The setting kamerbrief.voorbeeld.briefopmaak and the command "Voorbeeld in briefopmaak": the
// preview plugin asks the setting at every parse (preview-letter.ts); a change refreshes the open
// previews, and the command turns the setting on and opens the preview beside the draft.
import * as vscode from 'vscode';

const SECTION = 'kamerbrief';
const KEY = 'voorbeeld.briefopmaak';

/** The setting for the document being parsed, when VS Code names it in markdown-it's environment. */
export function letterLayoutSetting(env: unknown): boolean {
  const doc = (env as { currentDocument?: unknown } | undefined)?.currentDocument;
  const scope = doc instanceof vscode.Uri ? doc : undefined;
  return vscode.workspace.getConfiguration(SECTION, scope).get<boolean>(KEY, false) === true;
}

export function registerLetterPreview(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      // The preview caches its tokens: refresh drops them and renders again with the new setting.
      if (e.affectsConfiguration(`${SECTION}.${KEY}`)) void vscode.commands.executeCommand('markdown.preview.refresh');
    }),
    vscode.commands.registerCommand('kamerbrief.voorbeeldBriefopmaak', async (draft?: vscode.Uri) => {
      const uri = draft ?? vscode.window.activeTextEditor?.document.uri;
      const config = vscode.workspace.getConfiguration(SECTION, uri);
      const set = config.inspect<boolean>(KEY);
      // Where it is set already (folder, workspace), or else for the user: it must take effect.
      const target =
        set?.workspaceFolderValue !== undefined ? vscode.ConfigurationTarget.WorkspaceFolder : set?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
      if (config.get<boolean>(KEY) !== true) await config.update(KEY, true, target);
      await vscode.commands.executeCommand('markdown.preview.refresh');
      await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
      return true;
    }),
  );
}

// The setting kamerbrief.voorbeeld.briefopmaak and the command "Voorbeeld in briefopmaak": the
// preview plugin asks the setting at every parse (preview-letter.ts); a change refreshes the open
// previews, and the command turns the setting on and opens the preview beside the draft.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { splitDraft } from '../../server/src/export/front-matter';

const SECTION = 'kamerbrief';
const KEY = 'voorbeeld.briefopmaak';

/**
 * The setting, for the window: VS Code's preview parses with an empty markdown-it environment (it
 * names no document), so the setting is window-scoped, not per folder.
 */
export function letterLayoutSetting(): boolean {
  return vscode.workspace.getConfiguration(SECTION).get<boolean>(KEY, false) === true;
}

/**
 * The front matter as the exporter reads it. Its reader brings `yaml` (a quarter of a megabyte), so
 * it is a bundle of its own (dist/front-matter.cjs, esbuild.mjs), loaded on the first letter.
 */
export function letterFrontMatter(source: string): [string, string][] {
  const reader = require(path.join(__dirname, 'front-matter.cjs')) as { splitDraft: typeof splitDraft };
  return reader.splitDraft(source).frontMatter;
}

export function registerLetterPreview(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      // The preview caches its tokens: refresh drops them and renders again with the new setting.
      if (e.affectsConfiguration(`${SECTION}.${KEY}`)) void vscode.commands.executeCommand('markdown.preview.refresh');
    }),
    vscode.commands.registerCommand('kamerbrief.voorbeeldBriefopmaak', async (draft?: vscode.Uri) => {
      const uri = draft ?? vscode.window.activeTextEditor?.document.uri;
      const config = vscode.workspace.getConfiguration(SECTION);
      // In the workspace when it is set there (a user value would not win), else for the user.
      const target = config.inspect<boolean>(KEY)?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
      if (config.get<boolean>(KEY) !== true) await config.update(KEY, true, target);
      await vscode.commands.executeCommand('markdown.preview.refresh');
      await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
      return true;
    }),
  );
}

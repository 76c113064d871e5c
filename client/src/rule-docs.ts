// "Documentatie KBnnn tonen": opens a rule's page from the docs/rules/ folder shipped inside the
// extension, in the Markdown preview: offline, and the same text as the page on GitHub that the
// diagnostic links to (codeDescription).
import * as vscode from 'vscode';

export const SHOW_RULE_DOC = 'kamerbrief.showRuleDocumentation';
const PAGE = /^kb\d{3}-[a-z0-9-]+\.md$/;

async function pages(root: vscode.Uri): Promise<string[]> {
  try {
    return (await vscode.workspace.fs.readDirectory(root)).map(([name]) => name).filter((n) => PAGE.test(n)).sort();
  } catch {
    return [];
  }
}

/** Registers the command; it returns the page it opened (for tests), or undefined. */
export function registerRuleDocs(context: vscode.ExtensionContext): void {
  const root = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules');
  context.subscriptions.push(
    vscode.commands.registerCommand(SHOW_RULE_DOC, async (ruleId?: unknown, file?: unknown): Promise<vscode.Uri | undefined> => {
      let name = typeof file === 'string' && PAGE.test(file) ? file : undefined;
      const all = await pages(root);
      if (!name && typeof ruleId === 'string') name = all.find((n) => n.startsWith(`${ruleId.toLowerCase()}-`));
      if (!name) {
        // From the command palette: choose the rule.
        const pick = await vscode.window.showQuickPick(all.map((n) => ({ label: n.slice(0, 5).toUpperCase(), description: n.slice(6, -3), name: n })), { placeHolder: 'Kies een regel' });
        name = pick?.name;
        if (!name) return undefined;
      }
      const page = vscode.Uri.joinPath(root, name);
      if (!all.includes(name)) {
        void vscode.window.showWarningMessage(`Kamerbrief: de documentatie ${name} zit niet in deze installatie.`);
        return undefined;
      }
      await vscode.commands.executeCommand('markdown.showPreview', page);
      return page;
    }),
  );
}

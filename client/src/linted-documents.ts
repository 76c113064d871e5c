// Which documents the language server gets: Markdown of any scheme the editor opens (files,
// untitled drafts, virtual workspaces such as vscode-vfs or a remote file system), except our
// own read-only "kamerbrief:" views and notebook cells (a cell is a fragment, not a letter: the
// whole-document rules would raise false alarms). A document selector cannot exclude a scheme,
// so the client middleware holds these documents back from the server (see extension.ts).

export const DOCUMENT_SELECTOR = [{ language: 'markdown' }];

const NOT_LINTED = new Set(['kamerbrief', 'vscode-notebook-cell']);

/** Whether a document with this URI scheme is sent to the server. */
export function isLintedScheme(scheme: string): boolean {
  return !NOT_LINTED.has(scheme);
}

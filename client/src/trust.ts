// Workspace trust, as package.json declares it ("limited"): in an untrusted workspace Kamerbrief
// checks only the open documents (no other files of the workspace are read from disk), and the
// workspace's settings for the data folder are ignored (as always: data-options.ts). Granting
// trust lifts the limit without a restart. Type-only import of vscode: unit-tested outside the editor.
import type * as vscode from 'vscode';
import { trustedDataOptions, type DataOptions } from './data-options.js';

/** Sent to the server when the user trusts the workspace. */
export const TRUST_GRANTED = 'kamerbrief/werkruimteVertrouwd';

export interface InitializationOptions extends DataOptions {
  /** Untrusted workspace: only open documents, no files read from the workspace. */
  beperkt: boolean;
}

export function initializationOptions(trusted: boolean, config: Pick<vscode.WorkspaceConfiguration, 'inspect'>): InitializationOptions {
  return { ...trustedDataOptions(config), beperkt: !trusted };
}

/** Tells the server once when an untrusted workspace becomes trusted. */
export function followTrust(workspace: Pick<typeof vscode.workspace, 'isTrusted' | 'onDidGrantWorkspaceTrust'>, granted: () => void): vscode.Disposable | null {
  if (workspace.isTrusted) return null;
  return workspace.onDidGrantWorkspaceTrust(granted);
}

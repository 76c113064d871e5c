// Which settings may decide where parliamentary data is read from and synced from: only the
// user's own (global) settings. A workspace (a cloned repository) cannot redirect them.
// Type-only import of vscode: this module is unit-tested outside the editor.
import type * as vscode from 'vscode';

export interface DataOptions {
  gegevensmap: string | null;
  gegevensbron: string | null;
}

/** Only values from user (global) settings count; workspace and folder values are ignored. */
export function trustedDataOptions(config: Pick<vscode.WorkspaceConfiguration, 'inspect'>): DataOptions {
  const user = (key: string): string | null => {
    const v = config.inspect<string>(key)?.globalValue;
    return typeof v === 'string' && v.trim() ? v : null;
  };
  return { gegevensmap: user('gegevensmap'), gegevensbron: user('gegevensbron') };
}

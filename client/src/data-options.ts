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

export interface ProxyOptions {
  proxy: string | null;
  noProxy: string[];
}

/**
 * VS Code's own proxy settings (section "http"), sent with each sync so the server prefers them
 * to its environment. User settings only, as above: a workspace must not route the sync elsewhere.
 */
export function trustedProxyOptions(http: Pick<vscode.WorkspaceConfiguration, 'inspect'>): ProxyOptions {
  const proxy = http.inspect<string>('proxy')?.globalValue;
  const noProxy = http.inspect<string[]>('noProxy')?.globalValue;
  return {
    proxy: typeof proxy === 'string' && proxy.trim() ? proxy.trim() : null,
    noProxy: Array.isArray(noProxy) ? noProxy.filter((s): s is string => typeof s === 'string' && s.trim() !== '') : [],
  };
}

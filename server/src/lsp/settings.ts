// Settings per resource (workspace/configuration), cached per document URI and dropped on
// didChangeConfiguration. Never kept in module globals (vscode-eslint's rule).
import type { Connection } from 'vscode-languageserver';
import type { LintConfig, SeveritySetting } from '../core/config.js';

export interface Settings {
  enable: boolean;
  /** "onType" lints while typing (debounced), "onSave" only on open and save. */
  run: 'onType' | 'onSave';
  /** Severity per rule id or alias. */
  rules: Record<string, SeveritySetting>;
  /** Focus mode: show only errors. */
  focus: boolean;
  /** Citation style for KB106. */
  citatiestijl: 'brief' | 'leidraad';
}

export const DEFAULT_SETTINGS: Settings = { enable: true, run: 'onType', rules: {}, focus: false, citatiestijl: 'brief' };

export function toLintConfig(s: Settings): LintConfig {
  return { rules: { ...s.rules, KB106: { ...(typeof s.rules['KB106'] === 'string' ? { severity: s.rules['KB106'] } : {}), options: { stijl: s.citatiestijl } } } };
}

export class SettingsCache {
  readonly #byUri = new Map<string, Promise<Settings>>();
  constructor(private readonly connection: Connection, private readonly supported: () => boolean) {}

  get(uri: string): Promise<Settings> {
    if (!this.supported()) return Promise.resolve(DEFAULT_SETTINGS);
    let s = this.#byUri.get(uri);
    if (!s) {
      s = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'kamerbrief' })
        .then((raw: Partial<Settings> | null) => normalize(raw), () => DEFAULT_SETTINGS);
      this.#byUri.set(uri, s);
    }
    return s;
  }

  clear(uri?: string): void {
    if (uri) this.#byUri.delete(uri);
    else this.#byUri.clear();
  }
}

function normalize(raw: Partial<Settings> | null | undefined): Settings {
  const r = raw ?? {};
  const rules: Record<string, SeveritySetting> = {};
  if (r.rules && typeof r.rules === 'object') {
    for (const [k, v] of Object.entries(r.rules)) if (v === 'off' || v === 'info' || v === 'warning' || v === 'error') rules[k] = v;
  }
  return {
    enable: r.enable !== false,
    run: r.run === 'onSave' ? 'onSave' : 'onType',
    rules,
    focus: r.focus === true,
    citatiestijl: r.citatiestijl === 'leidraad' ? 'leidraad' : 'brief',
  };
}

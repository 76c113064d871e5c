// Settings per resource (workspace/configuration), cached per document URI and dropped on
// didChangeConfiguration. Never kept in module globals (vscode-eslint's rule).
import type { Connection } from 'vscode-languageserver';
import type { LintConfig, RuleSetting, SeveritySetting } from '../core/config.js';
import { overEditorSettings, toLintConfig as fromResolved, type ResolvedConfig } from '../core/config/merge.js';
import { findRule } from '../core/rules/index.js';
import type { DocumentConfig } from './file-config.js';

export interface Settings {
  enable: boolean;
  /** "onType" lints while typing (debounced), "onSave" only on open and save. */
  run: 'onType' | 'onSave';
  /** Severity per rule id or alias. */
  rules: Record<string, SeveritySetting>;
  /** Focus mode: show only errors. */
  focus: boolean;
  /** Citation style for KB106; null: the document's own majority style. */
  citatiestijl: 'brief' | 'leidraad' | null;
  /**
   * `kamerbrief.overzicht.koppen`: headings in the outline too. Null (a client that does not set
   * it): yes, as such a client has no Markdown outline of its own; VS Code's default is false.
   */
  koppen: boolean | null;
  /** The document's configuration files (.kamerbrief.jsonc …), merged; they win over the settings above. */
  file?: ResolvedConfig | null;
}

export const DEFAULT_SETTINGS: Settings = { enable: true, run: 'onType', rules: {}, focus: false, citatiestijl: null, koppen: null };

export function toLintConfig(s: Settings): LintConfig {
  if (s.file) {
    const rules: Record<string, RuleSetting> = {};
    for (const [k, v] of Object.entries(s.rules)) rules[findRule(k)?.meta.id ?? k] = { severity: v };
    return fromResolved(overEditorSettings(s.file, { rules, citatiestijl: s.citatiestijl }));
  }
  if (s.citatiestijl === null) return { rules: { ...s.rules } };
  return { rules: { ...s.rules, KB106: { ...(typeof s.rules['KB106'] === 'string' ? { severity: s.rules['KB106'] } : {}), options: { stijl: s.citatiestijl } } } };
}

export class SettingsCache {
  readonly #byUri = new Map<string, Promise<Settings>>();
  constructor(
    private readonly connection: Connection,
    private readonly supported: () => boolean,
    /** The document's configuration files (file-config.ts). */
    private readonly fileConfig?: (uri: string) => DocumentConfig,
  ) {}

  get(uri: string): Promise<Settings> {
    let s = this.#byUri.get(uri);
    if (!s) {
      const editor = this.supported()
        ? this.connection.workspace
            .getConfiguration({ scopeUri: uri, section: 'kamerbrief' })
            .then((raw: RawSettings | null) => normalize(raw), () => DEFAULT_SETTINGS)
        : Promise.resolve(DEFAULT_SETTINGS);
      s = editor.then((settings) => this.#withFile(settings, uri));
      this.#byUri.set(uri, s);
    }
    return s;
  }

  #withFile(s: Settings, uri: string): Settings {
    const doc = this.fileConfig?.(uri);
    if (!doc?.resolved) return s;
    // A draft the configuration ignores gets no diagnostics, as in the CLI.
    return { ...s, file: doc.resolved, enable: s.enable && !doc.ignored };
  }

  clear(uri?: string): void {
    if (uri) this.#byUri.delete(uri);
    else this.#byUri.clear();
  }
}

/**
 * The client's "kamerbrief" section. The Dutch keys (ingeschakeld, controlemoment, regels,
 * focusmodus) are the names in VS Code since the Settings UI shows a key as its title; the
 * English ones (enable, run, rules, focus) are what other editors may still send.
 */
interface RawSettings {
  ingeschakeld?: unknown;
  enable?: unknown;
  controlemoment?: unknown;
  run?: unknown;
  regels?: unknown;
  rules?: unknown;
  focusmodus?: unknown;
  focus?: unknown;
  citatiestijl?: unknown;
}

export function normalize(raw: RawSettings | null | undefined): Settings {
  const r = raw ?? {};
  const rules: Record<string, SeveritySetting> = {};
  const given = r.regels ?? r.rules;
  if (given && typeof given === 'object') {
    for (const [k, v] of Object.entries(given)) if (v === 'off' || v === 'info' || v === 'warning' || v === 'error') rules[k] = v;
  }
  return {
    enable: (r.ingeschakeld ?? r.enable) !== false,
    run: (r.controlemoment ?? r.run) === 'onSave' ? 'onSave' : 'onType',
    rules,
    focus: (r.focusmodus ?? r.focus) === true,
    citatiestijl: r.citatiestijl === 'leidraad' ? 'leidraad' : r.citatiestijl === 'brief' ? 'brief' : null,
    koppen: typeof (r as { overzicht?: { koppen?: unknown } }).overzicht?.koppen === 'boolean' ? (r as { overzicht: { koppen: boolean } }).overzicht.koppen : null,
  };
}

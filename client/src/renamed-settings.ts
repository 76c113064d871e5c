// The settings kamerbrief.enable, .run, .rules and .focus were renamed to Dutch keys, because the
// Settings UI derives a setting's title from its key ("kamerbrief.run" shows as "Run"). The old
// keys keep working: the server is sent the new key, filled from the old one while the new one is
// not set anywhere. Nothing in the user's settings files is rewritten.

/** Old key → new key (both below "kamerbrief."). */
export const RENAMED_SETTINGS: Readonly<Record<string, string>> = {
  enable: 'ingeschakeld',
  run: 'controlemoment',
  rules: 'regels',
  focus: 'focusmodus',
};

interface Inspected {
  globalValue?: unknown;
  workspaceValue?: unknown;
  workspaceFolderValue?: unknown;
  globalLanguageValue?: unknown;
  workspaceLanguageValue?: unknown;
  workspaceFolderLanguageValue?: unknown;
}

/** What vscode.WorkspaceConfiguration offers for "kamerbrief" (a subset, so tests need no VS Code). */
export interface SettingsSource {
  inspect(key: string): Inspected | undefined;
  get(key: string): unknown;
}

function isSet(i: Inspected | undefined): boolean {
  if (!i) return false;
  return [i.globalValue, i.workspaceValue, i.workspaceFolderValue, i.globalLanguageValue, i.workspaceLanguageValue, i.workspaceFolderLanguageValue].some(
    (v) => v !== undefined,
  );
}

/** The "kamerbrief" section as the server gets it: new keys only, an old key's value where only it is set. */
export function withRenamedSettings(section: Record<string, unknown>, source: SettingsSource): Record<string, unknown> {
  const out: Record<string, unknown> = { ...section };
  for (const [oldKey, newKey] of Object.entries(RENAMED_SETTINGS)) {
    if (!isSet(source.inspect(newKey)) && isSet(source.inspect(oldKey))) out[newKey] = source.get(oldKey);
    delete out[oldKey];
  }
  return out;
}

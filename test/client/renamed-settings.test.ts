// The old setting keys (kamerbrief.enable, .run, .rules, .focus) keep working after the rename to
// Dutch keys: the server gets the new key, from the old one only while the new one is unset.
import assert from 'node:assert/strict';
import { RENAMED_SETTINGS, withRenamedSettings, type SettingsSource } from '../../client/src/renamed-settings.js';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers/paths.js';

type Levels = { globalValue?: unknown; workspaceValue?: unknown; workspaceFolderValue?: unknown; workspaceLanguageValue?: unknown };

/** A stand-in for vscode.WorkspaceConfiguration: explicit values per level, defaults besides. */
function source(set: Record<string, Levels>, defaults: Record<string, unknown>): SettingsSource {
  return {
    inspect: (key) => set[key] ?? {},
    get: (key) => {
      const l = set[key];
      return l?.workspaceLanguageValue ?? l?.workspaceFolderValue ?? l?.workspaceValue ?? l?.globalValue ?? defaults[key];
    },
  };
}

const DEFAULTS = { ingeschakeld: true, controlemoment: 'onType', regels: {}, focusmodus: false, enable: false, run: undefined, rules: {}, focus: false };

describe('renamed settings', () => {
  it('takes an old key that is set while the new key is not', () => {
    const section = { ...DEFAULTS, enable: false, run: 'onSave' };
    const out = withRenamedSettings(section, source({ enable: { globalValue: false }, run: { workspaceFolderValue: 'onSave' }, focus: { workspaceLanguageValue: true } }, DEFAULTS));
    assert.deepEqual(out, { ingeschakeld: false, controlemoment: 'onSave', regels: {}, focusmodus: true });
  });
  it('keeps the new key when it is set, whatever the old one says', () => {
    const out = withRenamedSettings({ ...DEFAULTS, regels: { KB101: 'off' } }, source({ regels: { workspaceValue: { KB101: 'off' } }, rules: { globalValue: { KB101: 'error' } } }, DEFAULTS));
    assert.deepEqual(out['regels'], { KB101: 'off' });
  });
  it('gives the defaults of the new keys when neither is set, and never passes an old key on', () => {
    const out = withRenamedSettings({ ...DEFAULTS, citatiestijl: 'brief' }, source({}, DEFAULTS));
    assert.deepEqual(out, { ingeschakeld: true, controlemoment: 'onType', regels: {}, focusmodus: false, citatiestijl: 'brief' });
  });
  it('every old and new key is declared in package.json; the old ones as deprecated', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { configuration: { properties: unknown } } };
    const props = pkg.contributes.configuration.properties as Record<string, { markdownDeprecationMessage?: string; default?: unknown }>;
    for (const [oldKey, newKey] of Object.entries(RENAMED_SETTINGS)) {
      assert.ok(props[`kamerbrief.${newKey}`] && !props[`kamerbrief.${newKey}`]!.markdownDeprecationMessage, newKey);
      assert.ok(props[`kamerbrief.${oldKey}`]?.markdownDeprecationMessage, oldKey);
    }
  });
});

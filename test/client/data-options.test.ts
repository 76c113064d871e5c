// The extension sends the server a data folder and sync source from user settings only.
import assert from 'node:assert/strict';
import { trustedDataOptions } from '../../client/src/data-options.js';

function config(values: Record<string, { globalValue?: string; workspaceValue?: string; workspaceFolderValue?: string }>) {
  return { inspect: <T>(key: string) => values[key] as unknown as { key: string; globalValue?: T } | undefined };
}

describe('data settings of the extension', () => {
  it('takes the user value and ignores workspace and folder values', () => {
    assert.deepEqual(
      trustedDataOptions(config({ gegevensmap: { globalValue: '/home/ambtenaar/gegevens', workspaceValue: '/tmp/kwaadaardig' }, gegevensbron: { workspaceFolderValue: 'http://evil.invalid/' } })),
      { gegevensmap: '/home/ambtenaar/gegevens', gegevensbron: null },
    );
  });
  it('gives null (the per-user default) when only a workspace sets them', () => {
    assert.deepEqual(trustedDataOptions(config({ gegevensmap: { workspaceValue: '/tmp/x' }, gegevensbron: { globalValue: '  ' } })), { gegevensmap: null, gegevensbron: null });
  });
});

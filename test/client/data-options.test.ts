// The extension sends the server a data folder and sync source from user settings only, and with
// each sync the proxy settings of VS Code (also from user settings only).
import assert from 'node:assert/strict';
import { trustedDataOptions, trustedProxyOptions } from '../../client/src/data-options.js';

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

describe('proxy settings of the extension', () => {
  function http(values: Record<string, { globalValue?: unknown; workspaceValue?: unknown; workspaceFolderValue?: unknown }>) {
    return { inspect: <T>(key: string) => values[key] as unknown as { key: string; globalValue?: T } | undefined };
  }
  it("passes VS Code's http.proxy and http.noProxy from the user settings", () => {
    assert.deepEqual(
      trustedProxyOptions(http({ proxy: { globalValue: ' http://gebruiker:geheim@proxy.minbzk.nl:8080 ' }, noProxy: { globalValue: ['intranet.rijksoverheid.nl', '', '127.0.0.1'] } })),
      { proxy: 'http://gebruiker:geheim@proxy.minbzk.nl:8080', noProxy: ['intranet.rijksoverheid.nl', '127.0.0.1'] },
    );
  });
  it('ignores workspace and folder values and values of the wrong type', () => {
    assert.deepEqual(
      trustedProxyOptions(http({ proxy: { workspaceValue: 'http://kwaadaardig.invalid:8080' }, noProxy: { workspaceFolderValue: ['*'] } })),
      { proxy: null, noProxy: [] },
    );
    assert.deepEqual(trustedProxyOptions(http({ proxy: { globalValue: 8080 }, noProxy: { globalValue: 'a,b' } })), { proxy: null, noProxy: [] });
    assert.deepEqual(trustedProxyOptions(http({})), { proxy: null, noProxy: [] });
  });
});

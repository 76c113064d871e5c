// core/config/merge.ts: the configuration cascade (far to near, nearest wins), editor settings
// under a configuration file, and the engine's LintConfig made from it.
import assert from 'node:assert/strict';
import { EMPTY_RESOLVED, mergeConfigs, overEditorSettings, toLintConfig } from '../../server/src/core/config/merge.js';

describe('configuration cascade', () => {
  it('nothing configured gives the defaults', () => {
    assert.deepEqual(mergeConfigs([]), EMPTY_RESOLVED);
    assert.deepEqual(mergeConfigs([{ base: '/r', config: { rules: {}, ignores: [] } }]), { preset: 'aanbevolen', citatiestijl: null, rules: {}, ignores: [] });
  });

  it('the nearer file wins per rule, per part of a rule, and for preset and style', () => {
    const merged = mergeConfigs([
      { base: '/r', config: { preset: 'streng', citatiestijl: 'brief', rules: { KB101: { severity: 'warning', options: { a: 1 } }, KB102: { severity: 'off' }, KB104: { severity: 'info' } }, ignores: ['oud/**'] } },
      { base: '/r/map', config: { rules: { KB101: { severity: 'error' }, KB103: { options: { b: 2 } }, KB104: { options: { c: 3 } } }, ignores: [] } },
      { base: '/r/map/sub', config: { citatiestijl: 'leidraad', rules: {}, ignores: ['*.concept.md'] } },
    ]);
    assert.deepEqual(merged, {
      preset: 'streng',
      citatiestijl: 'leidraad',
      // KB101: severity from the near file, options kept from the far one; KB104 the other way round.
      rules: { KB101: { severity: 'error', options: { a: 1 } }, KB102: { severity: 'off' }, KB103: { options: { b: 2 } }, KB104: { severity: 'info', options: { c: 3 } } },
      // Each file's ignores stay relative to its own folder; a file without ignores adds none.
      ignores: [{ base: '/r', patterns: ['oud/**'] }, { base: '/r/map/sub', patterns: ['*.concept.md'] }],
    });
  });

  it('under a configuration file, editor settings only fill gaps', () => {
    const file = mergeConfigs([{ base: '/r', config: { rules: { KB101: { severity: 'error' } }, ignores: [] } }]);
    const withEditor = overEditorSettings(file, { rules: { KB101: { severity: 'off', options: { x: 1 } }, KB301: { severity: 'info' } }, citatiestijl: 'brief' });
    assert.deepEqual(withEditor.rules, { KB101: { severity: 'error', options: { x: 1 } }, KB301: { severity: 'info' } });
    assert.equal(withEditor.citatiestijl, 'brief');
    const styled = mergeConfigs([{ base: '/r', config: { citatiestijl: 'leidraad', rules: {}, ignores: [] } }]);
    assert.equal(overEditorSettings(styled, { rules: {}, citatiestijl: 'brief' }).citatiestijl, 'leidraad');
  });

  it('the engine gets the style as KB106\'s option (an explicit option wins) and the preset only when not the default', () => {
    assert.deepEqual(toLintConfig(EMPTY_RESOLVED), { rules: {} });
    assert.deepEqual(toLintConfig({ ...EMPTY_RESOLVED, preset: 'verzending', citatiestijl: 'leidraad' }), { rules: { KB106: { options: { stijl: 'leidraad' } } }, preset: 'verzending' });
    assert.deepEqual(
      toLintConfig({ ...EMPTY_RESOLVED, citatiestijl: 'leidraad', rules: { KB106: { severity: 'error', options: { stijl: 'brief' } } } }),
      { rules: { KB106: { severity: 'error', options: { stijl: 'brief' } } } },
    );
  });
});

// The editor settings under their Dutch names (what VS Code sends since the rename) and their old
// English names (what other editors may still send): the Dutch name wins when both are there.
import assert from 'node:assert/strict';
import { normalize } from '../../server/src/lsp/settings.js';

describe('editor settings: Dutch names and the old English names', () => {
  it('reads the Dutch names', () => {
    const s = normalize({ ingeschakeld: false, controlemoment: 'onSave', regels: { KB101: 'off', KB102: 'fout' }, focusmodus: true });
    assert.deepEqual([s.enable, s.run, s.rules, s.focus], [false, 'onSave', { KB101: 'off' }, true]);
  });
  it('still reads the English names alone', () => {
    const s = normalize({ enable: false, run: 'onSave', rules: { KB206: 'error' }, focus: true });
    assert.deepEqual([s.enable, s.run, s.rules, s.focus], [false, 'onSave', { KB206: 'error' }, true]);
  });
  it('lets the Dutch name win over the English one', () => {
    const s = normalize({ ingeschakeld: true, enable: false, controlemoment: 'onType', run: 'onSave', regels: {}, rules: { KB101: 'off' }, focusmodus: false, focus: true });
    assert.deepEqual([s.enable, s.run, s.rules, s.focus], [true, 'onType', {}, false]);
  });
  it('falls back to the defaults for nothing or nonsense', () => {
    const s = normalize({ ingeschakeld: 'nee', controlemoment: 'soms', regels: 'alles', focusmodus: 1 });
    assert.deepEqual([s.enable, s.run, s.rules, s.focus], [true, 'onType', {}, false]);
    assert.deepEqual(normalize(null).rules, {});
  });
});

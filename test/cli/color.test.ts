// Colour in the stylish report: NO_COLOR (any non-empty value: off) and FORCE_COLOR (0/false: off,
// other values: on even without a terminal), with --color/--no-color above both.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { colorWanted } from '../../server/src/cli/color.js';
import { runCli } from '../helpers/cli-inprocess.js';
import { SLIP, tempTree } from './config-helpers.js';

const ESC = '\u001b[';

describe('CLI: colour by NO_COLOR and FORCE_COLOR', () => {
  let dir: string;
  before(() => {
    dir = tempTree({ 'a.md': SLIP });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** stdout of a stylish run (a pipe, not a terminal) with exactly these colour variables. */
  async function stylish(vars: Record<string, string>, ...flags: string[]): Promise<string> {
    const env = { ...process.env };
    delete env['NO_COLOR'];
    delete env['FORCE_COLOR'];
    const r = await runCli(['lint', 'a.md', '--no-cache', ...flags], dir, { env: { ...env, ...vars } });
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /KB\d{3}/);
    return r.stdout;
  }

  it('no terminal, no variables: no colour', async () => {
    assert.ok(!(await stylish({})).includes(ESC));
  });

  it('FORCE_COLOR turns colour on without a terminal; 0 and false turn it off', async () => {
    for (const value of ['1', '']) assert.ok((await stylish({ FORCE_COLOR: value })).includes(ESC), `FORCE_COLOR=${JSON.stringify(value)}`);
    for (const value of ['0', 'false']) assert.ok(!(await stylish({ FORCE_COLOR: value })).includes(ESC), `FORCE_COLOR=${value}`);
  });

  it('NO_COLOR with any non-empty value turns colour off, also over FORCE_COLOR; empty counts as unset', async () => {
    assert.ok(!(await stylish({ NO_COLOR: '1', FORCE_COLOR: '1' })).includes(ESC));
    assert.ok(!(await stylish({ NO_COLOR: 'ja', FORCE_COLOR: '1' })).includes(ESC));
    assert.ok((await stylish({ NO_COLOR: '', FORCE_COLOR: '1' })).includes(ESC));
  });

  it('--color and --no-color override both variables', async () => {
    assert.ok((await stylish({ NO_COLOR: '1' }, '--color')).includes(ESC));
    assert.ok(!(await stylish({ FORCE_COLOR: '1' }, '--no-color')).includes(ESC));
  });

  it('a terminal gets colour unless NO_COLOR or FORCE_COLOR=0 says otherwise', () => {
    assert.equal(colorWanted(null, {}, true), true);
    assert.equal(colorWanted(null, { NO_COLOR: '1' }, true), false);
    assert.equal(colorWanted(null, { NO_COLOR: '' }, true), true);
    assert.equal(colorWanted(null, { FORCE_COLOR: '0' }, true), false);
    assert.equal(colorWanted(null, { FORCE_COLOR: '2' }, false), true);
    assert.equal(colorWanted(null, { FORCE_COLOR: 'true' }, false), true);
    assert.equal(colorWanted(null, { FORCE_COLOR: 'FALSE' }, true), false);
    assert.equal(colorWanted(false, { FORCE_COLOR: '1' }, true), false);
  });
});

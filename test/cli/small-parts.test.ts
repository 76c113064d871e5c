// Small parts of the CLI on their own: terminal-safe text, Dutch parseArgs errors, the build id,
// the colour decision, and colour on a terminal through run().
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { dutchArgError } from '../../server/src/cli/arg-error.js';
import { buildId } from '../../server/src/cli/build-id.js';
import { colorWanted } from '../../server/src/cli/color.js';
import { terminalSafe } from '../../server/src/cli/terminal-text.js';
import { runCli } from '../helpers/cli-inprocess.js';
import { SLIP, tempTree } from './config-helpers.js';

describe('CLI terminalSafe', () => {
  it('C0 and C1 controls, DEL and bidirectional controls are shown as escapes; tab, newline and the rest stay', () => {
    const shown: [string, string][] = [
      ['\u0000', '\\x00'], ['\u0008', '\\x08'], ['\u000b', '\\x0b'], ['\u000d', '\\x0d'], ['\u001b', '\\x1b'], ['\u001f', '\\x1f'],
      ['\u007f', '\\x7f'], ['\u0085', '\\x85'], ['\u009f', '\\x9f'],
      ['\u202a', '\\u{202a}'], ['\u202e', '\\u{202e}'], ['\u2066', '\\u{2066}'], ['\u2069', '\\u{2069}'],
    ];
    for (const [ch, out] of shown) assert.equal(terminalSafe(`a${ch}b${ch}`), `a${out}b${out}`, JSON.stringify(ch));
    const kept = '\t\n ~\u00a0é\u2029\u202f\u2065\u206a€😀';
    assert.equal(terminalSafe(kept), kept);
  });
});

describe('CLI dutchArgError', () => {
  const error = (args: string[], options: NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>, allowPositionals = false): Error => {
    try {
      parseArgs({ args, options, strict: true, allowPositionals });
    } catch (err) {
      return err as Error;
    }
    return assert.fail('no error');
  };

  it('an unknown option, a missing value (long name), an unexpected path; anything else its first line', () => {
    assert.equal(dutchArgError(error(['--onbekend'], {}), 'sync'), 'onbekende optie --onbekend');
    assert.equal(dutchArgError(error(['-f'], { format: { type: 'string', short: 'f' } }), 'lint'), 'optie --format verwacht een waarde');
    assert.equal(dutchArgError(error(['--data'], { data: { type: 'string' } }), 'lint'), 'optie --data verwacht een waarde');
    assert.equal(dutchArgError(error(['pad.md'], {}), 'sync'), 'sync neemt geen bestanden of paden');
    assert.equal(dutchArgError(new Error('eerste regel\ntweede regel'), 'lint'), 'eerste regel');
    assert.equal(dutchArgError(Object.assign(new Error("Option '-x' onbekend"), { code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' }), 'lint'), 'optie -x verwacht een waarde');
  });
});

describe('CLI buildId and colour', () => {
  it('the build id is stable within a run: "dev-" and 16 hex digits for the compiled sources', () => {
    const id = buildId();
    assert.match(id, /^dev-[0-9a-f]{16}$/);
    assert.equal(buildId(), id);
  });

  it('FORCE_COLOR is read without case or surrounding spaces', () => {
    assert.equal(colorWanted(null, { FORCE_COLOR: ' 0 ' }, true), false);
    assert.equal(colorWanted(null, { FORCE_COLOR: ' False' }, true), false);
    assert.equal(colorWanted(null, { FORCE_COLOR: 'nee' }, false), true);
    assert.equal(colorWanted(true, { NO_COLOR: '1' }, false), true);
    assert.equal(colorWanted(null, {}, false), false);
  });

  it('run() colours the stylish report on a terminal, not with --output, not in JSON', async () => {
    const dir = tempTree({ 'a.md': SLIP });
    try {
      const env = { PATH: process.env['PATH'] ?? '' };
      const tty = await runCli(['lint', '--no-cache', 'a.md'], dir, { isTty: true, env });
      assert.ok(tty.stdout.includes('\u001b[31mfout\u001b[0m'), tty.stdout);
      const file = await runCli(['lint', '--no-cache', '--color', '-o', 'rapport.txt', 'a.md'], dir, { isTty: true, env });
      assert.equal(file.code, 1);
      assert.equal(file.stdout, '');
      const written = fs.readFileSync(`${dir}/rapport.txt`, 'utf8');
      assert.ok(written.includes('KB101') && !written.includes('\u001b['), written);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

// Issue 11 row 6: `lint --fix` while the file is appended to lost the appended line. The fix is
// now written only when the file still holds exactly the text the fixes were computed from, also
// checked after the new text is on disk, right before the rename.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../../server/src/cli/errors.js';
import { writeFixed } from '../../server/src/cli/fix-file.js';
import { folder, kamerbrief, removeFolders, SLIP } from './cli-run.js';

const FIXED = SLIP.replace('29754', '29 754');
const APPENDED = 'Een regel die de schrijver net toevoegde.\n';

describe('hostile row 6: --fix never loses an edit made during the run', () => {
  after(removeFolders);

  it('refuses to write when the file changed after it was read (exit 2 in the CLI, Dutch message)', () => {
    const dir = folder({ 'a.md': SLIP });
    const file = path.join(dir, 'a.md');
    fs.appendFileSync(file, APPENDED); // the edit lands after lint read SLIP
    assert.throws(() => writeFixed(file, 'a.md', SLIP, FIXED), (e: unknown) => e instanceof UsageError && /gewijzigd tijdens de controle; herstel niet geschreven/.test(e.message));
    assert.equal(fs.readFileSync(file, 'utf8'), SLIP + APPENDED);
  });

  it('refuses when the edit lands while the fixed text is being written (just before the rename)', () => {
    const dir = folder({ 'a.md': SLIP });
    const file = path.join(dir, 'a.md');
    // The concurrent writer appends while the temporary file is flushed.
    const fsyncSync = (fd: number): void => {
      fs.fsyncSync(fd);
      fs.appendFileSync(file, APPENDED);
    };
    assert.throws(() => writeFixed(file, 'a.md', SLIP, FIXED, { fs: { fsyncSync } }), UsageError);
    assert.equal(fs.readFileSync(file, 'utf8'), SLIP + APPENDED);
    assert.deepEqual(fs.readdirSync(dir), ['a.md'], 'no temporary file left behind');
  });

  it('still fixes an unchanged file', async () => {
    const dir = folder({ 'a.md': SLIP });
    const r = await kamerbrief(['lint', '--no-cache', '--fix', 'a.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(fs.readFileSync(path.join(dir, 'a.md'), 'utf8'), FIXED);
  });
});

// Issue 11 row 7: `lint -o a.md a.md` overwrote the draft with the report; `-o` onto a link must
// write the file the link points to and keep the link.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { folder, kamerbrief, removeFolders, SLIP } from './cli-run.js';

describe('hostile row 7: --output never replaces a draft, and writes through a link', () => {
  after(removeFolders);

  it('refuses -o onto a file that is being linted (exit 2), the draft untouched', async () => {
    const dir = folder({ 'a.md': SLIP });
    const r = await kamerbrief(['lint', '--no-cache', '-o', 'a.md', 'a.md'], dir);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /--output a\.md is ook een bestand dat wordt gecontroleerd/);
    assert.equal(fs.readFileSync(path.join(dir, 'a.md'), 'utf8'), SLIP);
  });

  it('refuses -o through a link that points at a linted draft, and when the draft is found in a folder', async () => {
    const dir = folder({ 'docs/a.md': SLIP });
    fs.symlinkSync('docs/a.md', path.join(dir, 'rapport.txt'));
    const r = await kamerbrief(['lint', '--no-cache', '-o', 'rapport.txt', 'docs'], dir);
    assert.equal(r.code, 2, r.stderr);
    assert.equal(fs.readFileSync(path.join(dir, 'docs/a.md'), 'utf8'), SLIP);
  });

  it('-o onto a link to another file writes that file and keeps the link', async () => {
    const dir = folder({ 'a.md': SLIP, 'out/rapport.json': '' });
    fs.symlinkSync('out/rapport.json', path.join(dir, 'rapport.json'));
    const r = await kamerbrief(['lint', '--no-cache', '--format', 'json', '-o', 'rapport.json', 'a.md'], dir);
    assert.equal(r.code, 1, r.stderr);
    assert.ok(fs.lstatSync(path.join(dir, 'rapport.json')).isSymbolicLink());
    const report = JSON.parse(fs.readFileSync(path.join(dir, 'out/rapport.json'), 'utf8')) as { messages: { ruleId: string }[] }[];
    assert.equal(report[0]!.messages[0]!.ruleId, 'KB101');
  });
});

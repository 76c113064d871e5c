// Issue 11 row 11: one file name that is not valid UTF-8 in a folder stopped the whole run
// ("bestand bestaat niet", exit 2). Now that file is skipped with a message naming its bytes,
// and the others are linted as usual.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { folder, kamerbrief, removeFolders, SLIP } from './cli-run.js';

describe('hostile row 11: a file name that is not UTF-8 does not stop the run', () => {
  after(removeFolders);

  it('skips it with a message and lints the rest', async function () {
    const dir = folder({ 'goed.md': SLIP });
    const bad = Buffer.concat([Buffer.from(dir + '/slecht'), Buffer.from([0xff, 0xfe]), Buffer.from('.md')]);
    try {
      fs.writeFileSync(bad, SLIP);
    } catch {
      this.skip(); // a file system that refuses such names (macOS APFS) cannot have the problem
    }
    const r = await kamerbrief(['lint', '--no-cache', '--format', 'json', '.'], dir);
    assert.equal(r.code, 1, r.stderr);
    const results = JSON.parse(r.stdout) as { file: string; messages: { ruleId: string }[] }[];
    assert.deepEqual(results.map((f) => f.file), ['goed.md']);
    assert.equal(results[0]!.messages[0]!.ruleId, 'KB101');
    assert.match(r.stderr, /let op: "slecht\\xff\\xfe\.md": de naam is geen geldige UTF-8 en wordt overgeslagen/);
    assert.ok(fs.existsSync(path.join(dir, 'goed.md')));
  });
});

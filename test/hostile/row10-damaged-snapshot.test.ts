// Issue 11 row 10: a damaged snapshot gave KB000 on every draft (dossiers.json = 5), or exit 0
// with no word while KB121 called known records "niet in de gegevens" (truncated or unreadable
// shard). Now the snapshot answers what it can, the CLI says once which part is damaged, and
// KB121 never reads "unreadable" as "not in the data".
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES } from '../helpers/paths.js';
import { folder, kamerbrief, removeFolders } from './cli-run.js';

/** Two known Kamerstukken (in the fixture snapshot) and one that is not in it. */
const DRAFT = '# Brief\n\nZie Kamerstuk 29 754, nr. 482 en Kamerstuk 19 637, nr. 3370.\n\nEn Kamerstuk 29 754, nr. 9999.\n';

function damaged(damage: (data: string) => void): string {
  const dir = folder({ 'a.md': DRAFT, 'b.md': DRAFT });
  const data = path.join(dir, 'gegevens');
  fs.cpSync(path.join(FIXTURES, 'snapshot'), data, { recursive: true });
  damage(data);
  return dir;
}

async function lint(dir: string): Promise<{ code: number; stderr: string; messages: { ruleId: string; message: string }[] }> {
  const r = await kamerbrief(['lint', '--no-cache', '--format', 'json', '--data', 'gegevens', 'a.md', 'b.md'], dir);
  const results = JSON.parse(r.stdout || '[]') as { messages: { ruleId: string; message: string }[] }[];
  return { code: r.code, stderr: r.stderr, messages: results.flatMap((f) => f.messages) };
}

describe('hostile row 10: a damaged snapshot answers what it can and says what is damaged', () => {
  after(removeFolders);

  it('the undamaged snapshot: KB121 only for the unknown nr. (the baseline)', async () => {
    const r = await lint(damaged(() => {}));
    assert.equal(r.messages.filter((m) => m.ruleId === 'KB121').length, 2); // nr. 9999, in both drafts
    assert.equal(r.stderr, '');
  });

  it('dossiers.json = 5: no internal error, the drafts are linted, dossiers.json named once', async () => {
    const r = await lint(damaged((d) => fs.writeFileSync(path.join(d, 'dossiers.json'), '5')));
    assert.equal(r.messages.filter((m) => m.ruleId === 'KB000').length, 0, JSON.stringify(r.messages));
    assert.notEqual(r.code, 2, r.stderr);
    assert.equal(r.stderr.match(/dossiers\.json/g)?.length, 1, r.stderr);
  });

  for (const [what, file, damage] of [
    ['truncated records', 'shards/0000.ndjson', (d: string) => fs.truncateSync(path.join(d, 'shards/0000.ndjson'), 100)],
    ['truncated index', 'shards/0000.idx.json', (d: string) => fs.truncateSync(path.join(d, 'shards/0000.idx.json'), 50)],
    ['unreadable index', 'shards/0000.idx.json', (d: string) => fs.writeFileSync(path.join(d, 'shards/0000.idx.json'), '{"documents": 5, "moties": "x"}')],
  ] as const) {
    it(`${what}: KB121 never says "niet in de gegevens" for it, and the damage is said once`, async () => {
      const r = await lint(damaged(damage));
      assert.deepEqual(r.messages.filter((m) => m.ruleId === 'KB121' || m.ruleId === 'KB000'), [], JSON.stringify(r.messages));
      assert.notEqual(r.code, 2, r.stderr);
      const said = r.stderr.split('\n').filter((l) => l.includes(file));
      assert.equal(said.length, 1, r.stderr);
      assert.match(said[0]!, /^kamerbrief: let op: Deel 0 van de gegevens .*; voer kamerbrief sync uit\.$/);
    });
  }
});

// The rule catalogue holds together: stable ids and aliases, Dutch metadata, one message grammar,
// and only rules marked fixable offer fixes.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { lintText } from '../../server/src/core/lint.js';
import { MESSAGE_SHAPE } from '../../server/src/core/message.js';
import { allRules } from '../../server/src/core/rules/index.js';
import { CORPUS, FIXTURES, ROOT } from '../helpers/paths.js';

function drafts(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    if (!fs.existsSync(dir)) return;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.md') && e.name !== 'README.md') out.push(fs.readFileSync(p, 'utf8'));
    }
  };
  walk(path.join(FIXTURES, 'rules'));
  walk(path.join(ROOT, 'examples'));
  walk(CORPUS);
  return out;
}

describe('rule catalogue', () => {
  it('has unique ids and aliases in the documented shapes, with Dutch descriptions', () => {
    const ids = allRules.map((r) => r.meta.id);
    const aliases = allRules.map((r) => r.meta.alias);
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(new Set(aliases).size, aliases.length);
    assert.deepEqual(ids, [...ids].sort(), 'registry in id order');
    for (const { meta } of allRules) {
      assert.match(meta.id, /^KB\d{3}$/);
      assert.match(meta.alias, /^[a-z]+(?:-[a-z]+)*$/);
      assert.ok(meta.description.length > 20 && !/TODO/.test(meta.description), `${meta.id} description`);
    }
  });

  it('contains every rule the first catalogue asks of the engine', () => {
    const want = ['KB101', 'KB102', 'KB103', 'KB104', 'KB105', 'KB106', 'KB111', 'KB112', 'KB113', 'KB114', 'KB201', 'KB202', 'KB203', 'KB204', 'KB205', 'KB206', 'KB301', 'KB307', 'KB311', 'KB401', 'KB402', 'KB403', 'KB404', 'KB501', 'KB502', 'KB503'];
    const have = new Set(allRules.map((r) => r.meta.id));
    assert.deepEqual(want.filter((id) => !have.has(id)), []);
  });

  it('every message follows the one grammar; only fixable rules offer fixes', () => {
    let count = 0;
    for (const text of drafts()) {
      for (const m of lintText(text).messages) {
        count++;
        assert.match(m.message, MESSAGE_SHAPE, `${m.ruleId}: ${m.message}`);
        if (m.fix) assert.ok(allRules.find((r) => r.meta.id === m.ruleId)!.meta.fixable, `${m.ruleId} offers a fix but is not fixable`);
      }
    }
    assert.ok(count > 0, 'the drafts produce messages to check');
  });
});

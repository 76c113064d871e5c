// The generated rule reference in docs/rules/ must match the rules as they are now.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { allRules } from '../../server/src/core/rules/index.js';
import { indexPage, rulePage, rulePageName } from '../../server/src/core/rules/rule-docs.js';
import { ruleDocUrl } from '../../server/src/core/rules/doc-url.js';
import { ROOT, RULES_SRC } from '../helpers/paths.js';

const DOCS = path.join(ROOT, 'docs', 'rules');

describe('rule reference (docs/rules)', () => {
  it('has one current page per rule and an index (else: npm run docs:rules)', () => {
    const expected = new Set(['README.md']);
    for (const { meta } of allRules) {
      const name = rulePageName(meta);
      expected.add(name);
      const readme = fs.readFileSync(path.join(RULES_SRC, `${meta.id.toLowerCase()}-${meta.alias}`, 'README.md'), 'utf8');
      const file = path.join(DOCS, name);
      assert.ok(fs.existsSync(file), `${name} missing: run npm run docs:rules`);
      assert.equal(fs.readFileSync(file, 'utf8'), rulePage(meta, readme), `${name} is stale: run npm run docs:rules`);
      assert.ok(ruleDocUrl(meta.id, meta.alias).endsWith(`/docs/rules/${name}`), 'help links point at these pages');
    }
    assert.equal(fs.readFileSync(path.join(DOCS, 'README.md'), 'utf8'), indexPage(allRules.map((r) => r.meta)));
    assert.deepEqual(fs.readdirSync(DOCS).sort(), [...expected].sort(), 'no pages of rules that are gone');
  });

  it('a page carries the metadata and the executed examples', () => {
    const kb101 = fs.readFileSync(path.join(DOCS, 'kb101-kamerstuk-notatie.md'), 'utf8');
    assert.match(kb101, /^# KB101 kamerstuk-notatie\n/);
    assert.match(kb101, /\| Standaardernst \| fout \|/);
    assert.match(kb101, /## Goed\n/);
    assert.match(kb101, /## Fout\n/);
  });
});

// Writes docs/rules/ (npm run docs:rules): one page per rule from its metadata and README, and an
// index. test/unit/rule-docs.test.ts fails when the pages are stale.
import fs from 'node:fs';
import path from 'node:path';
import { importTs, root } from './import-ts.mjs';

const { allRules, rulePage, indexPage, rulePageName } = await importTs(['server/src/core/rules/index.ts', 'server/src/core/rules/rule-docs.ts']);
const dir = path.join(root, 'docs', 'rules');
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });
for (const { meta } of allRules) {
  const readme = fs.readFileSync(path.join(root, 'server/src/core/rules', `${meta.id.toLowerCase()}-${meta.alias}`, 'README.md'), 'utf8');
  fs.writeFileSync(path.join(dir, rulePageName(meta)), rulePage(meta, readme));
}
fs.writeFileSync(path.join(dir, 'README.md'), indexPage(allRules.map((r) => r.meta)));
console.log(`geschreven: docs/rules/ (${allRules.length} regels)`);

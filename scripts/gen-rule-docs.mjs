// Writes docs/rules/ (npm run docs:rules): one page per rule from its metadata and README, and an
// index. The page builder is TypeScript; esbuild bundles it with the rule registry to a temporary
// module that we import. test/cli/rule-docs.test.ts fails when the pages are stale.
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-rule-docs-'));
try {
  const entry = path.join(tmp, 'entry.ts');
  fs.writeFileSync(entry, `export { allRules } from ${JSON.stringify(path.join(root, 'server/src/core/rules/index.ts'))};\nexport { rulePage, indexPage, rulePageName } from ${JSON.stringify(path.join(root, 'server/src/core/rules/rule-docs.ts'))};\n`);
  const outfile = path.join(tmp, 'docs.mjs');
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
    absWorkingDir: root,
    alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
    banner: { js: "import { createRequire as __kbCreateRequire } from 'node:module'; const require = __kbCreateRequire(import.meta.url);" },
  });
  const { allRules, rulePage, indexPage, rulePageName } = await import(pathToFileURL(outfile).href);
  const dir = path.join(root, 'docs', 'rules');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const { meta } of allRules) {
    const readme = fs.readFileSync(path.join(root, 'server/src/core/rules', `${meta.id.toLowerCase()}-${meta.alias}`, 'README.md'), 'utf8');
    fs.writeFileSync(path.join(dir, rulePageName(meta)), rulePage(meta, readme));
  }
  fs.writeFileSync(path.join(dir, 'README.md'), indexPage(allRules.map((r) => r.meta)));
  console.log(`geschreven: docs/rules/ (${allRules.length} regels)`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}

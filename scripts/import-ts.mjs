// Imports TypeScript sources from a build script: esbuild bundles them to a temporary module
// (with the project's aliases) that is imported and then removed. Used by gen-schema and
// gen-rule-docs, which generate committed files from the rule registry.
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The named exports of these project files (paths relative to the root), as one module. */
export async function importTs(files) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-import-ts-'));
  try {
    const entry = path.join(tmp, 'entry.ts');
    fs.writeFileSync(entry, files.map((f) => `export * from ${JSON.stringify(path.join(root, f))};`).join('\n') + '\n');
    const outfile = path.join(tmp, 'bundle.mjs');
    await build({
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'warning',
      absWorkingDir: root,
      // jsonc-parser's "main" is UMD with dynamic requires; its ESM build bundles cleanly.
      alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
      banner: { js: "import { createRequire as __kbCreateRequire } from 'node:module'; const require = __kbCreateRequire(import.meta.url);" },
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

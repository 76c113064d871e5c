// Writes schemas/kamerbrief.schema.json from the rule registry (npm run schema). The schema
// builder is TypeScript; esbuild bundles it to a temporary module that we import and call.
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-schema-'));
try {
  const outfile = path.join(tmp, 'schema.mjs');
  await build({
    entryPoints: [path.join(root, 'server/src/core/config/schema.ts')],
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
  const { buildSchema } = await import(pathToFileURL(outfile).href);
  const target = path.join(root, 'schemas', 'kamerbrief.schema.json');
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, JSON.stringify(buildSchema(), null, 2) + '\n');
  console.log(`geschreven: ${path.relative(root, target)}`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}

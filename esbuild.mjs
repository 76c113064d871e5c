// Bundles: the CLI (also its own worker entry), the language server, the library API
// (import { lint } from 'kamerbrief'; its declarations: scripts/build-types.mjs), the engine for the
// benchmarks; and the VS Code extension (CommonJS, as VS Code 1.100 loads extensions). The build id (a hash of the sources) lets
// caches from other builds be ignored.
import { build } from 'esbuild';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

function sourceHash(dir) {
  const hash = crypto.createHash('sha1');
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) hash.update(p).update(fs.readFileSync(p));
    }
  };
  walk(dir);
  hash.update(fs.readFileSync('package-lock.json'));
  return hash.digest('hex').slice(0, 16);
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
  // Some dependencies are CommonJS and call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __kbCreateRequire } from 'node:module'; const require = __kbCreateRequire(import.meta.url);" },
  define: { __KAMERBRIEF_BUILD__: JSON.stringify(sourceHash('server/src')) },
  // jsonc-parser's "main" is UMD with requires esbuild cannot follow; its ESM build bundles cleanly.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
};

// Chunk names change with their content: drop the old ones so dist/ (and the package) holds only this build's.
fs.mkdirSync('dist', { recursive: true });
for (const f of fs.readdirSync('dist')) if (f.startsWith('chunk-')) fs.rmSync(path.join('dist', f));

// Split: what the CLI and the server share goes into chunks, and what the CLI imports dynamically
// (the engine, sync, lookup) is only compiled when a run needs it.
await build({ ...common, splitting: true, chunkNames: 'chunk-[hash]', entryPoints: { cli: 'server/src/cli.ts', engine: 'server/src/core/engine.ts', server: 'server/src/server.ts', api: 'server/src/api/index.ts' }, outdir: 'dist' });

await build({
  ...common,
  banner: {},
  format: 'cjs',
  entryPoints: ['client/src/extension.ts'],
  outfile: 'dist/extension.cjs',
  external: ['vscode'],
});

// The export's front matter reader for the preview's letter layout, with `yaml`: loaded by the
// extension only when that layout is on (client/src/preview-command.ts).
await build({ ...common, banner: {}, format: 'cjs', entryPoints: ['server/src/export/front-matter.ts'], outfile: 'dist/front-matter.cjs' });

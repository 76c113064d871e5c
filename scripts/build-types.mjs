// Declarations for the library API: tsc emits the whole program's .d.ts into out-types/, and the
// package ships only the API's two files (dist/types/). They must not reach into the engine: the
// public types live in server/src/api/types.ts, which imports nothing.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
fs.rmSync('out-types', { recursive: true, force: true });
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.api.json'], { stdio: 'inherit' });

const from = path.join('out-types', 'server', 'src', 'api');
const to = path.join('dist', 'types');
fs.rmSync(to, { recursive: true, force: true });
fs.mkdirSync(to, { recursive: true });
for (const name of ['index.d.ts', 'types.d.ts']) {
  const text = fs.readFileSync(path.join(from, name), 'utf8');
  const imports = [...text.matchAll(/from ['"]([^'"]+)['"]/g)].map((m) => m[1]).filter((s) => s !== './types.js');
  if (imports.length > 0) {
    console.error(`build-types: ${name} verwijst naar ${imports.join(', ')}; de publieke typen horen in server/src/api/types.ts`);
    process.exit(1);
  }
  fs.writeFileSync(path.join(to, name), text);
}
fs.rmSync('out-types', { recursive: true, force: true });

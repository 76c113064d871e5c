// The engine owns its port to the data (core/data-port.ts): nothing in server/src/core imports the
// snapshot store, sync or any shell. TypeScript's own pre-processor lists every import of a file
// (static, `export … from`, dynamic `import()`, `require`), so no import form slips past a regex.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { ROOT } from '../helpers/paths.js';

const CORE = path.join(ROOT, 'server', 'src', 'core');
const DATA = path.join(ROOT, 'server', 'src', 'data');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|mts|cts)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

/** The relative imports of one source text, resolved to absolute paths (packages are skipped). */
function relativeImports(file: string, text: string): string[] {
  const info = ts.preProcessFile(text, true, true);
  return info.importedFiles
    .map((f) => f.fileName)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => path.resolve(path.dirname(file), spec));
}

function inside(dir: string, target: string): boolean {
  const rel = path.relative(dir, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Every import in core that resolves outside core, as "file: specifier target". */
function leavingCore(files: { file: string; text: string }[]): string[] {
  const out: string[] = [];
  for (const { file, text } of files) {
    for (const target of relativeImports(file, text)) {
      if (!inside(CORE, target)) out.push(`${path.relative(ROOT, file)} → ${path.relative(ROOT, target)}`);
    }
  }
  return out;
}

describe('core imports only core', () => {
  const files = sourceFiles(CORE).map((file) => ({ file, text: fs.readFileSync(file, 'utf8') }));

  it('the scan sees the engine, its rules and the data port', () => {
    assert.ok(files.length > 100, `${files.length} files`);
    const names = files.map((f) => path.relative(CORE, f.file).split(path.sep).join('/'));
    assert.ok(names.includes('data-port.ts'));
    assert.ok(names.includes('rules/motie/records.ts'));
  });

  it('no file in server/src/core imports server/src/data', () => {
    const hits = leavingCore(files).filter((h) => inside(DATA, path.join(ROOT, h.split(' → ')[1]!)));
    assert.deepEqual(hits, []);
  });

  it('no file in server/src/core imports anything outside core but packages and node built-ins', () => {
    assert.deepEqual(leavingCore(files), []);
  });

  it('the scan catches every import form that leaves core', () => {
    const file = path.join(CORE, 'rules', 'kb999-x', 'index.ts');
    const forms = [
      "import type { Snapshot } from '../../../data/types.js';",
      "export { openSnapshot } from '../../../data/store.js';",
      "const m = await import('../../../data/sync/index.js');",
      "const r = require('../../../lsp/server.js');",
      "import '../../../cli/run.js';",
    ];
    for (const text of forms) assert.equal(leavingCore([{ file, text }]).length, 1, text);
    assert.deepEqual(leavingCore([{ file, text: "import { x } from '../../data-port.js'; import y from 'yaml';" }]), []);
  });
});

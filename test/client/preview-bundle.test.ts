// The preview plugin uses the engine's citation scanner, bundled into the extension: it must bring
// only the scanner (server/src/core/citations), not the parser (unified/remark) or the rest of the server.
// The letter layout (preview-letter.ts) adds the export's layout decisions, nothing else of the
// export; its front matter reader (with `yaml`) is a bundle of its own, loaded when the layout is on.
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { ROOT } from '../helpers/paths.js';

describe('extension bundle', () => {
  it('holds the citation scanner and nothing else of the server, and no Markdown parser', async function () {
    this.timeout(60_000);
    // The same entry and options as the extension build in esbuild.mjs, in memory.
    const r = await build({
      absWorkingDir: ROOT,
      entryPoints: ['client/src/extension.ts'],
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      external: ['vscode'],
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.entries(Object.values(r.metafile.outputs)[0]!.inputs);
    const server = inputs.filter(([p]) => p.startsWith('server/'));
    assert.ok(server.some(([p]) => p === 'server/src/core/citations/index.ts'), 'the scanner is not in the bundle');
    const letter = ['server/src/export/letter-fields.ts', 'server/src/export/letter-layout.ts'];
    assert.deepEqual(server.map(([p]) => p).filter((p) => !p.startsWith('server/src/core/citations/') && !letter.includes(p)), []);
    const parsers = inputs.map(([p]) => p).filter((p) => /node_modules\/(unified|remark-|micromark|mdast-|markdown-it\/|yaml|vscode-languageserver\/)/.test(p));
    assert.deepEqual(parsers, []);
    // The scanner is about 50 KB of the bundle's 1 MB (mostly vscode-languageclient); keep it modest.
    const scannerBytes = server.reduce((n, [, v]) => n + v.bytesInOutput, 0);
    assert.ok(scannerBytes < 100_000, `scanner: ${scannerBytes} bytes`);
  });
});

// scripts/mutation-diff.mjs: which lines `npm run mutation:changed` mutates, with which
// configuration, and the score it prints.
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../helpers/paths.js';

interface DiffModule {
  changedRanges(diff: string): Map<string, [number, number][]>;
  folderOf(file: string): string | null;
  score(report: { files: Record<string, { mutants: { status: string; mutatorName: string; location: { start: { line: number } } }[] }> }): { score: number | null; survivors: string[]; text: string };
}

const load = async (): Promise<DiffModule> => (await import(pathToFileURL(path.join(ROOT, 'scripts', 'mutation-diff.mjs')).href)) as DiffModule;

// `git diff --unified=0` as git writes it: an edit, an insertion, a one-line hunk, a pure deletion
// (nothing left to mutate) and a deleted file.
const DIFF = `diff --git a/server/src/cli/pool.ts b/server/src/cli/pool.ts
index 1..2 100644
--- a/server/src/cli/pool.ts
+++ b/server/src/cli/pool.ts
@@ -58,3 +58,3 @@ export async function runPool(
-a
+b
@@ -70,0 +71,4 @@ export async function runPool(
+c
@@ -90 +95 @@ x
-d
+e
@@ -100,2 +104,0 @@ y
-f
diff --git a/server/src/core/gone.ts b/server/src/core/gone.ts
deleted file mode 100644
--- a/server/src/core/gone.ts
+++ /dev/null
@@ -1,3 +0,0 @@
-x
`;

describe('mutation:changed (scripts/mutation-diff.mjs)', () => {
  it('reads the changed lines of the new version from the hunk headers; deletions and deleted files give none', async () => {
    const { changedRanges } = await load();
    assert.deepEqual([...changedRanges(DIFF)], [['server/src/cli/pool.ts', [[58, 60], [71, 74], [95, 95]]]]);
  });

  it('sends each file to the configuration of its folder; cli.ts belongs to cli; other files to none', async () => {
    const { folderOf } = await load();
    assert.equal(folderOf('server/src/cli.ts'), 'cli');
    assert.equal(folderOf('server/src/cli/run.ts'), 'cli');
    assert.equal(folderOf('server/src/core/rules/kb101/index.ts'), 'core');
    assert.equal(folderOf('server/src/lsp/word.ts'), 'lsp');
    assert.equal(folderOf('server/src/data/sync/merge.ts'), 'data');
    assert.equal(folderOf('server/src/server.ts'), null);
    assert.equal(folderOf('server/src/client-ish/cli/x.ts'), null);
  });

  it("scores as Stryker does: killed and timed out against all valid mutants, the rest listed", async () => {
    const { score } = await load();
    const at = (status: string, line: number) => ({ status, mutatorName: 'EqualityOperator', location: { start: { line } } });
    const s = score({ files: { 'a.ts': { mutants: [at('Killed', 1), at('Killed', 2), at('Timeout', 3), at('Survived', 4), at('NoCoverage', 5), at('CompileError', 6), at('Ignored', 7)] } } });
    assert.equal(s.score, 60);
    assert.deepEqual(s.survivors, ['a.ts:4 EqualityOperator (overleefd)', 'a.ts:5 EqualityOperator (niet gedekt)']);
    assert.equal(s.text, '60.00 % (2 gedood, 1 timeout, 1 overleefd, 1 niet gedekt)');
    assert.equal(score({ files: {} }).score, null);
  });
});

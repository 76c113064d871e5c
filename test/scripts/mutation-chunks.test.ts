// scripts/mutation-chunks.mjs: how `npm run mutation:folder` splits a folder into chunks that can be
// run one at a time, and how it puts their reports back together.
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../helpers/paths.js';

type Mutant = { status: string; mutatorName: string; location: { start: { line: number } } };
type Report = { schemaVersion?: string; thresholds?: object; files: Record<string, { mutants: Mutant[] }> };
interface ChunksModule {
  partition(counts: Record<string, number>, size: number): string[][];
  mergeReports(reports: Report[]): Report;
  perFile(report: Report): { file: string; Survived: number; NoCoverage: number; score: number | null }[];
  overlay(base: Report, over: Report): { report: Report; replaced: string[] };
}

const load = async (): Promise<ChunksModule> => (await import(pathToFileURL(path.join(ROOT, 'scripts', 'mutation-chunks.mjs')).href)) as ChunksModule;
const mutant = (status: string, line = 1): Mutant => ({ status, mutatorName: 'BooleanLiteral', location: { start: { line } } });

describe('scripts/mutation-chunks.mjs', () => {
  it('splits files in path order into chunks of at most the size, never splitting a file', async () => {
    const { partition } = await load();
    const counts = { 'c.ts': 40, 'a.ts': 60, 'b.ts': 40, 'd.ts': 250, 'e.ts': 10 };
    assert.deepEqual(partition(counts, 100), [['a.ts', 'b.ts'], ['c.ts'], ['d.ts'], ['e.ts']]);
    // Exactly the size still fits; one more does not.
    assert.deepEqual(partition({ 'a.ts': 50, 'b.ts': 50 }, 100), [['a.ts', 'b.ts']]);
    assert.deepEqual(partition({ 'a.ts': 50, 'b.ts': 51 }, 100), [['a.ts'], ['b.ts']]);
    assert.deepEqual(partition({}, 100), []);
  });

  it('the same counts give the same chunks, whatever order the files came in', async () => {
    const { partition } = await load();
    assert.deepEqual(partition({ 'b.ts': 30, 'a.ts': 30, 'c.ts': 30 }, 60), partition({ 'c.ts': 30, 'a.ts': 30, 'b.ts': 30 }, 60));
  });

  it('merges the chunk reports file by file and refuses a file reported twice', async () => {
    const { mergeReports } = await load();
    const one: Report = { schemaVersion: '2', files: { 'a.ts': { mutants: [mutant('Killed')] } } };
    const two: Report = { schemaVersion: '2', files: { 'b.ts': { mutants: [mutant('Survived')] } } };
    const merged = mergeReports([one, two]);
    assert.deepEqual(Object.keys(merged.files), ['a.ts', 'b.ts']);
    assert.equal(merged.schemaVersion, '2');
    assert.throws(() => mergeReports([one, one]), /a\.ts staat in twee deelrapporten/);
  });

  it('lists files by survivors, with their score over valid mutants only', async () => {
    const { perFile } = await load();
    const rows = perFile({
      files: {
        'strong.ts': { mutants: [mutant('Killed'), mutant('Timeout'), mutant('CompileError')] },
        'weak.ts': { mutants: [mutant('Killed'), mutant('Survived'), mutant('NoCoverage'), mutant('Ignored')] },
        'none.ts': { mutants: [mutant('Ignored')] },
      },
    });
    assert.deepEqual(rows.map((r) => r.file), ['weak.ts', 'none.ts', 'strong.ts']);
    assert.equal(rows[0]!.score!.toFixed(2), '33.33');
    assert.equal(rows[1]!.score, null);
    assert.equal(rows[2]!.score, 100);
  });

  it('overlays a second run: its files replace the base run\'s, files outside the base stay out', async () => {
    const { overlay } = await load();
    const base: Report = { files: { 'a.ts': { mutants: [mutant('NoCoverage')] }, 'b.ts': { mutants: [mutant('Killed')] } } };
    const over: Report = { files: { 'a.ts': { mutants: [mutant('Killed')] }, 'z.ts': { mutants: [mutant('Survived')] } } };
    const { report, replaced } = overlay(base, over);
    assert.deepEqual(replaced, ['a.ts']);
    assert.deepEqual(Object.keys(report.files), ['a.ts', 'b.ts']);
    assert.equal(report.files['a.ts']!.mutants[0]!.status, 'Killed');
    assert.equal(base.files['a.ts']!.mutants[0]!.status, 'NoCoverage'); // the base report is not changed
  });
});

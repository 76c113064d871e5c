// The repository stands on its own: no test, script or build step may read the shared folder that
// sits beside a clone on the team's machines (it is absent on a user's). Material from it is copied
// into test/fixtures (COPIED.md). .ci/run also runs the README's commands in a clone with nothing
// beside it; this test catches a new reference early and names the line.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CASES_TSV, CORPUS, FIXTURES, ROOT, SAMPLES } from '../helpers/paths.js';

const CODE = /\.(ts|mts|cts|js|mjs|cjs|sh|json|jsonc|yaml|yml)$|(^|\/)(run|[^./]+)$/;
// The parent folder's `shared` written as one path (either slash) or as two joined segments.
const READS_SHARED = /\.\.[\\/]shared\b|['"`]\.\.['"`]\s*,\s*['"`]shared['"`]/;

function trackedCodeFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  return out
    .split('\0')
    .filter((f) => f !== '' && CODE.test(f) && !f.startsWith('test/fixtures/') && fs.existsSync(path.join(ROOT, f)) && fs.statSync(path.join(ROOT, f)).isFile());
}

describe('self-contained repository', () => {
  it('no source, test, script or build file refers to the shared folder beside the clone', () => {
    const files = trackedCodeFiles();
    assert.ok(files.length > 100, `the scan sees the code (${files.length} files)`);
    assert.ok(files.includes('test/helpers/paths.ts') && files.includes('.ci/run') && files.includes('package.json'));
    const hits: string[] = [];
    for (const f of files) {
      const lines = fs.readFileSync(path.join(ROOT, f), 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (READS_SHARED.test(line)) hits.push(`${f}:${i + 1}: ${line.trim()}`);
      });
    }
    assert.deepEqual(hits, []);
  });

  it('the scan would catch both ways of writing such a path', () => {
    const up = '..';
    assert.ok(READS_SHARED.test(`const TSV = path.resolve('${up}', 'shared', 'spec');`));
    assert.ok(READS_SHARED.test(`cat ${up}/shared/corpus/x.md`));
    assert.ok(READS_SHARED.test(`type ${up}\\shared\\spec`));
    assert.ok(!READS_SHARED.test("import { x } from './footnote-shared.js';"));
  });

  it('the paths the tests use lie inside the repository and exist', () => {
    for (const p of [FIXTURES, CORPUS, CASES_TSV, SAMPLES]) {
      assert.ok(!path.relative(ROOT, p).startsWith('..'), `${p} is inside the repository`);
      assert.ok(fs.existsSync(p), `${p} exists`);
    }
    assert.ok(fs.readdirSync(CORPUS).filter((f) => f.endsWith('.md') && f !== 'README.md').length >= 2);
    for (const f of fs.readdirSync(SAMPLES).filter((x) => !x.endsWith('.source.txt'))) {
      assert.ok(fs.existsSync(path.join(SAMPLES, f + '.source.txt')), `${f} has its source note`);
    }
  });
});

// npm run mutation:folder -- <core|cli|lsp|data> — StrykerJS over a whole folder, in chunks that
// survive an interruption. A folder like server/src/core (12,000 mutants) takes longer than any one
// sitting; this runs it chunk by chunk with stryker.<folder>.json, keeps each chunk's JSON report,
// and on the next call runs only the chunks still missing. Kept reports count only while the code and
// the tests are what they were (git trees of server/src and test, the configuration, the lockfile);
// anything else starts the folder afresh. At the end (or with --report) it merges the chunks and
// prints the folder's score, the weakest files and, with --survivors, every survivor.
//
// A folder whose files are reached by tests of another folder has a second configuration: `core-ext`
// (stryker.core-ext.json) mutates core/features and core/config with the LSP and CLI tests that
// reach them. `--override DIR` merges such a run's chunks over the folder's own: its files' results
// replace those of the folder run.
//
//   node scripts/mutation-folder.mjs <core|cli|lsp|data|core-ext> [--chunk-size N] [--max-chunks N]
//        [--concurrency N] [--no-checker] [--state DIR] [--report] [--survivors] [--override DIR]
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import picomatch from 'picomatch';
import { mergeReports, overlay, partition, perFile } from './mutation-chunks.mjs';
import { score } from './mutation-diff.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const folder = args[0];
if (!['core', 'cli', 'lsp', 'data', 'core-ext'].includes(folder)) {
  console.error('gebruik: node scripts/mutation-folder.mjs <core|cli|lsp|data|core-ext> [--chunk-size N] [--max-chunks N] [--concurrency N] [--no-checker] [--state DIR] [--report] [--survivors] [--override DIR]');
  process.exit(2);
}
const chunkSize = Number(opt('--chunk-size', '1000'));
const maxChunks = Number(opt('--max-chunks', 'Infinity'));
const stateDir = path.resolve(ROOT, opt('--state', path.join('reports', 'mutation', 'chunks', folder)));
const configFile = `stryker.${folder}.json`;
const config = JSON.parse(fs.readFileSync(path.join(ROOT, configFile), 'utf8'));

const git = (...a) => {
  const r = spawnSync('git', a, { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${a.join(' ')}: ${r.stderr.trim()}`);
  return r.stdout.trim();
};
const hashFile = (f) => crypto.createHash('sha1').update(fs.readFileSync(path.join(ROOT, f))).digest('hex');

// What the kept reports were made of; a report counts only for exactly this.
if (!args.includes('--report') && git('status', '--porcelain', '--', 'server/src', 'test', configFile, 'package-lock.json') !== '') {
  console.error('mutation:folder: server/src, test, de configuratie of package-lock.json heeft wijzigingen die niet gecommit zijn; commit ze eerst (anders zegt een bewaard deelrapport niets)');
  process.exit(2);
}
const key = {
  src: git('rev-parse', 'HEAD:server/src'),
  test: git('rev-parse', 'HEAD:test'),
  config: hashFile(configFile),
  lock: hashFile('package-lock.json'),
  chunkSize,
  checker: !args.includes('--no-checker'),
};

/** The files the configuration mutates ("!" globs exclude), as git lists them. */
function mutatedFiles() {
  const include = picomatch(config.mutate.filter((g) => !g.startsWith('!')));
  const exclude = picomatch(config.mutate.filter((g) => g.startsWith('!')).map((g) => g.slice(1)));
  return git('ls-files', 'server/src')
    .split('\n')
    .filter((f) => include(f) && !exclude(f));
}

/** Mutants per file, from Stryker's own instrumenter, so that chunks are of even size. */
async function countMutants(files) {
  const { Instrumenter } = await import('@stryker-mutator/instrumenter');
  const quiet = { isDebugEnabled: () => false, isTraceEnabled: () => false, debug() {}, trace() {}, info() {}, warn() {}, error() {} };
  const result = await new Instrumenter(quiet).instrument(
    files.map((name) => ({ name, content: fs.readFileSync(path.join(ROOT, name), 'utf8'), mutate: true })),
    { plugins: null, excludedMutations: [], ignorers: [], noHeader: false },
  );
  const counts = Object.fromEntries(files.map((f) => [f, 0]));
  for (const m of result.mutants) counts[path.relative(ROOT, path.resolve(ROOT, m.fileName))]++;
  return counts;
}

const statePath = path.join(stateDir, 'state.json');
let state = fs.existsSync(statePath) ? JSON.parse(fs.readFileSync(statePath, 'utf8')) : null;
if (args.includes('--report')) {
  if (!state) {
    console.error(`mutation:folder: geen deelrapporten in ${stateDir}`);
    process.exit(2);
  }
  if (JSON.stringify(state.key) !== JSON.stringify(key)) console.log('mutation:folder: let op: de deelrapporten horen bij andere code, tests of instellingen dan nu');
} else if (!state || JSON.stringify(state.key) !== JSON.stringify(key)) {
  if (state) console.log('mutation:folder: code, tests of configuratie veranderd sinds de bewaarde deelrapporten; opnieuw');
  const counts = await countMutants(mutatedFiles());
  state = { key, chunks: partition(counts, chunkSize).map((files) => ({ files, mutants: files.reduce((n, f) => n + counts[f], 0), done: null })) };
  // Only what this script wrote goes: --state may name a folder that holds other things too.
  fs.mkdirSync(stateDir, { recursive: true });
  for (const f of fs.readdirSync(stateDir)) if (/^(?:chunk-\d+|state|merged)\.json$/.test(f)) fs.rmSync(path.join(stateDir, f));
  fs.writeFileSync(statePath, JSON.stringify(state, null, 2));
}

const total = state.chunks.reduce((n, c) => n + c.mutants, 0);
console.log(`mutation:folder: ${folder}: ${total} mutanten in ${state.chunks.length} delen; ${state.chunks.filter((c) => c.done).length} al gedaan`);

let ran = 0;
for (const [i, chunk] of state.chunks.entries()) {
  if (args.includes('--report') || chunk.done || ran >= maxChunks) continue;
  const argv = ['stryker', 'run', configFile, '--mutate', chunk.files.join(','), '--reporters', 'json,progress'];
  if (args.includes('--no-checker')) argv.push('--checkers', '');
  if (opt('--concurrency')) argv.push('--concurrency', opt('--concurrency'));
  console.log(`mutation:folder: deel ${i + 1}/${state.chunks.length} (${chunk.mutants} mutanten, ${chunk.files.length} bestanden)`);
  const t0 = performance.now();
  const r = spawnSync('npx', argv, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  const report = path.join(ROOT, 'reports', 'mutation', 'mutation.json');
  if (r.status !== 0 || !fs.existsSync(report)) {
    console.error(`mutation:folder: Stryker faalde voor deel ${i + 1} (exit ${r.status}); de gedane delen blijven bewaard`);
    process.exit(2);
  }
  const name = `chunk-${String(i + 1).padStart(2, '0')}.json`;
  fs.copyFileSync(report, path.join(stateDir, name));
  chunk.done = { report: name, minutes: Number(((performance.now() - t0) / 60000).toFixed(1)) };
  fs.writeFileSync(statePath, JSON.stringify(state, null, 2));
  console.log(`mutation:folder: deel ${i + 1}: ${score(JSON.parse(fs.readFileSync(report, 'utf8'))).text} in ${chunk.done.minutes} min`);
  ran++;
}

const done = state.chunks.filter((c) => c.done);
if (done.length === 0) process.exit(0);
let merged = mergeReports(done.map((c) => JSON.parse(fs.readFileSync(path.join(stateDir, c.done.report), 'utf8'))));
fs.writeFileSync(path.join(stateDir, 'merged.json'), JSON.stringify(merged));
if (opt('--override')) {
  const other = path.resolve(ROOT, opt('--override'), 'merged.json');
  if (!fs.existsSync(other)) {
    console.error(`mutation:folder: geen samengevoegd rapport in ${path.dirname(other)}`);
    process.exit(2);
  }
  const { report, replaced } = overlay(merged, JSON.parse(fs.readFileSync(other, 'utf8')));
  merged = report;
  console.log(`mutation:folder: ${replaced.length} bestanden uit ${path.dirname(other)} vervangen die van deze run`);
}
const s = score(merged);
const missing = state.chunks.length - done.length;
const minutes = done.reduce((n, c) => n + c.done.minutes, 0);
const rows = perFile(merged);
const ignored = rows.reduce((n, r) => n + r.Ignored, 0);
const compile = rows.reduce((n, r) => n + r.CompileError, 0);
console.log(`mutation:folder: ${folder}${missing ? ` (${done.length} van ${state.chunks.length} delen; nog ${missing} te gaan)` : ''}: ${s.text}; ${compile} compileerfouten, ${ignored} genegeerd; ${minutes.toFixed(0)} min`);
console.log('zwakste bestanden (overleefd + niet gedekt):');
for (const row of rows.slice(0, 15)) {
  console.log(`  ${String(row.Survived + row.NoCoverage).padStart(4)}  ${row.score === null ? '   -  ' : `${row.score.toFixed(1).padStart(5)} %`}  ${row.file}`);
}
if (args.includes('--survivors')) for (const m of s.survivors) console.log(`  overleefd: ${m}`);
process.exit(missing ? 3 : 0);

// npm run mutation:changed — StrykerJS over the lines of server/src that changed since a base commit
// (default: the previous commit), each folder with its own configuration (stryker.<folder>.json:
// only the tests that reach that folder). Needs no stored state: the diff says what to mutate.
// Prints the score per folder. A change larger than --max-lines is not mutated here (it would take
// hours on two cores): the script says so and exits 0. Exit 2 when Stryker itself fails; with
// --threshold P also exit 1 when a folder scores below P %.
//
//   node scripts/mutation-changed.mjs [--base REV] [--max-lines N] [--threshold P] [--dry-run]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { changedRanges, folderOf, score } from './mutation-diff.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const base = opt('--base', 'HEAD~1');
const maxLines = Number(opt('--max-lines', '200'));
const threshold = args.includes('--threshold') ? Number(opt('--threshold')) : null;
const dryRun = args.includes('--dry-run');

const git = (...a) => spawnSync('git', a, { cwd: ROOT, encoding: 'utf8' });
if (git('rev-parse', '--verify', '--quiet', `${base}^{commit}`).status !== 0) {
  console.log(`mutation:changed: geen basiscommit ${base}; niets te doen`);
  process.exit(0);
}

const diff = git('diff', '--unified=0', '--no-color', '--diff-filter=AM', base, '--', 'server/src/*.ts', 'server/src/**/*.ts');
if (diff.status !== 0) {
  console.error(`mutation:changed: git diff mislukt: ${diff.stderr.trim()}`);
  process.exit(2);
}
const ranges = changedRanges(diff.stdout);
const groups = new Map();
let lines = 0;
const outside = [];
for (const [file, list] of ranges) {
  if (file.endsWith('.d.ts')) continue;
  const folder = folderOf(file);
  if (!folder) {
    outside.push(file);
    continue;
  }
  for (const [a, b] of list) lines += b - a + 1;
  (groups.get(folder) ?? groups.set(folder, []).get(folder)).push(...list.map(([a, b]) => `${file}:${a}-${b}`));
}
if (outside.length) console.log(`mutation:changed: buiten core/cli/lsp/data, niet gemuteerd: ${outside.join(', ')}`);
if (groups.size === 0) {
  console.log(`mutation:changed: geen gewijzigde regels in server/src sinds ${base}`);
  process.exit(0);
}
console.log(`mutation:changed: ${lines} gewijzigde regels sinds ${base} in ${[...groups.keys()].join(', ')}`);
if (lines > maxLines) {
  console.log(`mutation:changed: meer dan ${maxLines} regels; te groot voor deze stap (draai npx stryker run stryker.<map>.json zelf)`);
  process.exit(0);
}

let failed = false;
for (const [folder, mutate] of groups) {
  const argv = ['stryker', 'run', `stryker.${folder}.json`, '--mutate', mutate.join(','), '--reporters', 'json,clear-text'];
  console.log(`mutation:changed> npx ${argv.join(' ')}`);
  if (dryRun) continue;
  const t0 = performance.now();
  const r = spawnSync('npx', argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 1 << 28 });
  const minutes = ((performance.now() - t0) / 60000).toFixed(1);
  const report = path.join(ROOT, 'reports', 'mutation', 'mutation.json');
  if (r.status !== 0 || !fs.existsSync(report)) {
    console.error(r.stdout.slice(-4000));
    console.error(`mutation:changed: Stryker faalde voor ${folder} (exit ${r.status})`);
    process.exit(2);
  }
  const s = score(JSON.parse(fs.readFileSync(report, 'utf8')));
  fs.copyFileSync(report, path.join(ROOT, 'reports', 'mutation', `changed-${folder}.json`));
  console.log(`mutation:changed: ${folder}: ${s.text} in ${minutes} min`);
  for (const m of s.survivors) console.log(`  overleefd: ${m}`);
  if (threshold !== null && s.score !== null && s.score < threshold) failed = true;
}
process.exit(failed ? 1 : 0);

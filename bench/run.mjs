// npm run bench — kamerbrief lint against markdownlint-cli2 (default rules) on the same
// synthetic corpus in the same run: cold (no cache) and warm (nothing changed), wall time and
// peak RSS of each child process. Flags: --small-only, --letters N.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './generate.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const letters = args.includes('--letters') ? Number(args[args.indexOf('--letters') + 1]) : 1000;
const smallOnly = args.includes('--small-only');
const CORPUS = path.join(ROOT, 'bench', '.corpus');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const MDL = path.join(ROOT, 'node_modules', '.bin', 'markdownlint-cli2');
const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

if (!fs.existsSync(CLI)) {
  console.error('dist/cli.js ontbreekt: npm run build');
  process.exit(2);
}

const params = { letters, letterBytes: 10_000, big: smallOnly ? 0 : 20, bigBytes: 1_000_000, seed: 1, version: 3 };
const stampFile = path.join(CORPUS, 'stamp.json');
if (!fs.existsSync(stampFile) || fs.readFileSync(stampFile, 'utf8') !== JSON.stringify(params)) {
  fs.rmSync(CORPUS, { recursive: true, force: true });
  const t0 = performance.now();
  generateCorpus(CORPUS, params);
  fs.writeFileSync(stampFile, JSON.stringify(params));
  console.log(`corpus generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

function run(cmd, argv, cwd) {
  const full = TIME ? [TIME, ['-f', '%M', cmd, ...argv]] : [cmd, argv];
  const t0 = performance.now();
  const r = spawnSync(full[0], full[1], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const s = (performance.now() - t0) / 1000;
  const rss = TIME ? Number((r.stderr.trim().split('\n').at(-1) ?? '').trim()) / 1024 : null;
  return { s, rss, code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sets = smallOnly ? ['small'] : ['small', 'big'];
const rows = [];
for (const set of sets) {
  const dir = path.join(CORPUS, set);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.md'));
  const mb = files.reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0) / 1e6;
  fs.writeFileSync(path.join(dir, '.markdownlint-cli2.jsonc'), '{}\n');
  const mdl = run(process.execPath, [MDL, '**/*.md'], dir);
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-bench-'));
  const kbArgs = [CLI, 'lint', '--format', 'json', '--cache-location', cache, '.'];
  const cold = run(process.execPath, kbArgs, dir);
  if (cold.code === 2) {
    console.error(cold.stderr);
    process.exit(2);
  }
  const warm = [1, 2, 3].map(() => run(process.execPath, kbArgs, dir));
  fs.rmSync(cache, { recursive: true, force: true });
  const problems = JSON.parse(cold.stdout.replace(/\n\d+\n?$/, '')).reduce((n, f) => n + f.messages.length, 0);
  rows.push({ set, files: files.length, mb, mdl, cold, warm: median(warm.map((w) => w.s)), warmRss: median(warm.map((w) => w.rss ?? 0)), problems });
}

const f = (x, d = 2) => (x === null || Number.isNaN(x) ? '–' : x.toFixed(d));
console.log(`\n${os.cpus().length} cores, Node ${process.version}\n`);
console.log('set     files     MB  markdownlint-cli2 s (RSS MB)   kamerbrief cold s (RSS MB)   warm s (RSS MB)   cold ×   warm ×   problems');
for (const r of rows) {
  console.log(
    `${r.set.padEnd(6)} ${String(r.files).padStart(6)} ${f(r.mb, 1).padStart(6)}  ${f(r.mdl.s).padStart(10)} (${f(r.mdl.rss, 0)})`.padEnd(52) +
      `${f(r.cold.s).padStart(10)} (${f(r.cold.rss, 0)})`.padEnd(29) +
      `${f(r.warm).padStart(8)} (${f(r.warmRss, 0)})`.padEnd(18) +
      `${f(r.mdl.s / r.cold.s, 1).padStart(6)}  ${f(r.mdl.s / r.warm, 1).padStart(7)}  ${String(r.problems).padStart(9)}`,
  );
}
console.log('\nTargets: cold ≥ 3× faster than markdownlint-cli2, warm (nothing changed) ≥ 20×.');

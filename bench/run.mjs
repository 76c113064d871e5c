// npm run bench — kamerbrief lint against markdownlint-cli2 (default rules) on the same corpus
// of real text (bench/generate.mjs) in the same run. Each command runs --runs N times (default 5)
// in interleaved rounds and the median counts: the machine is shared, single runs are noise.
// Measured: markdownlint-cli2; kamerbrief cold (empty cache folder) with the default --jobs, with
// --jobs 0 (main thread only), --jobs 1 and --jobs 2; warm (cache filled, nothing changed).
// Flags: --runs N, --files N, --gap S (pause before each command, default 2 s), --big (adds 20
// documents of ~1 MB as a second set).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus, loadSources } from './generate.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const RUNS = opt('--runs', 5);
const FILES = opt('--files', 1000);
const GAP = opt('--gap', 2);
const CORPUS = path.join(ROOT, 'bench', '.corpus');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const MDL = path.join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

if (!fs.existsSync(CLI)) {
  console.error('dist/cli.js ontbreekt: npm run build');
  process.exit(2);
}

// The corpus is regenerated when its parameters or its sources change.
const sources = loadSources();
const sets = [{ name: 'real', count: FILES, bytes: 9_000, seed: 1 }];
if (args.includes('--big')) sets.push({ name: 'big', count: 20, bytes: 1_000_000, seed: 2 });
const stamp = JSON.stringify({ version: 4, sets, sources: sources.docs.map((d) => d.blocks.join('\n').length) });
const stampFile = path.join(CORPUS, 'stamp.json');
if (!fs.existsSync(stampFile) || fs.readFileSync(stampFile, 'utf8') !== stamp) {
  fs.rmSync(CORPUS, { recursive: true, force: true });
  for (const s of sets) {
    const t0 = performance.now();
    const made = generateCorpus(path.join(CORPUS, s.name), { count: s.count, bytes: s.bytes, seed: s.seed }, sources);
    console.log(`${s.name}: ${made.files} files, ${(made.bytes / 1e6).toFixed(1)} MB, ${made.paragraphs} distinct paragraphs, generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  fs.writeFileSync(stampFile, stamp);
}

// No parliamentary data: the same work on every machine (the default data folder may differ).
const env = { ...process.env, XDG_DATA_HOME: fs.mkdtempSync(path.join(os.tmpdir(), 'kb-nodata-')) };

// Every command starts after the same pause, rested as a run a user starts by hand: without one,
// a run right after another ran slower on this host (bench/README.md, fourth session).
const pause = (s) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, s * 1000);

function run(argv, cwd) {
  pause(GAP);
  const full = TIME ? [TIME, ['-f', '%U %S %M', process.execPath, ...argv]] : [process.execPath, argv];
  const t0 = performance.now();
  const r = spawnSync(full[0], full[1], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 30 });
  const s = (performance.now() - t0) / 1000;
  const [user, sys, kb] = TIME ? (r.stderr.trim().split('\n').at(-1) ?? '').trim().split(' ').map(Number) : [NaN, NaN, NaN];
  // CPU time (user + system) moves less than wall time when other work shares the cores.
  return { s, cpu: user + sys, rss: kb / 1024, code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const problemsOf = (stdout) => JSON.parse(stdout.replace(/\n\d+\n?$/, '')).reduce((n, f) => n + f.messages.length, 0);

const results = [];
for (const s of sets) {
  const dir = path.join(CORPUS, s.name);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.md'));
  const mb = files.reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0) / 1e6;
  fs.writeFileSync(path.join(dir, '.markdownlint-cli2.jsonc'), '{}\n');
  const kb = (cache, extra = []) => [CLI, 'lint', '--format', 'json', '--cache-location', cache, ...extra, '.'];
  const freshCache = () => fs.mkdtempSync(path.join(os.tmpdir(), 'kb-bench-'));
  const warmCache = freshCache();
  const first = run(kb(warmCache), dir); // fills the cache for the warm runs
  if (first.code === 2) {
    console.error(first.stderr);
    process.exit(2);
  }
  const problems = problemsOf(first.stdout);
  const commands = {
    'markdownlint-cli2': () => run([MDL, '**/*.md'], dir),
    'kamerbrief cold': () => run(kb(freshCache()), dir),
    'cold --jobs 0': () => run(kb(freshCache(), ['--jobs', '0']), dir),
    'cold --jobs 1': () => run(kb(freshCache(), ['--jobs', '1']), dir),
    'cold --jobs 2': () => run(kb(freshCache(), ['--jobs', '2']), dir),
    'kamerbrief warm': () => run(kb(warmCache), dir),
  };
  const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  const rss = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  const cpu = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  // --jobs 0 and --jobs 2 run back to back, in turns first, and their ratio is taken per round:
  // this host changes speed from one minute to the next (bench/README.md), which moves the two
  // medians apart but hardly a pair of runs a few seconds apart.
  const pairRatios = [];
  for (let round = 0; round < RUNS; round++) {
    const pair = round % 2 === 0 ? ['cold --jobs 0', 'cold --jobs 2'] : ['cold --jobs 2', 'cold --jobs 0'];
    // The order turns by one each round, so that no command always runs right after
    // markdownlint-cli2's ten seconds of load on both cores.
    const units = [['markdownlint-cli2'], ['kamerbrief cold'], pair, ['cold --jobs 1'], ['kamerbrief warm']];
    const order = [...units.slice(round % units.length), ...units.slice(0, round % units.length)].flat();
    for (const name of order) {
      const cmd = commands[name];
      const r = cmd();
      if (name !== 'markdownlint-cli2' && problemsOf(r.stdout) !== problems) throw new Error(`${name}: ${problemsOf(r.stdout)} problems, not ${problems}`);
      times[name].push(r.s);
      rss[name].push(r.rss);
      cpu[name].push(r.cpu);
    }
    pairRatios.push(times['cold --jobs 0'].at(-1) / times['cold --jobs 2'].at(-1));
  }
  for (const d of fs.readdirSync(os.tmpdir())) if (d.startsWith('kb-bench-')) fs.rmSync(path.join(os.tmpdir(), d), { recursive: true, force: true });
  results.push({ set: s.name, files: files.length, mb, problems, times, rss, cpu, pairRatios });
}

const f = (x, d = 2) => (x === null || Number.isNaN(x) ? '–' : x.toFixed(d));
console.log(`\n${os.availableParallelism()} cores (shared with other work: expect noise), Node ${process.version}, median of ${RUNS} runs, ${GAP} s pause before each\n`);
for (const r of results) {
  const m = Object.fromEntries(Object.entries(r.times).map(([k, v]) => [k, median(v)]));
  const mdl = m['markdownlint-cli2'];
  console.log(`${r.set}: ${r.files} files, ${f(r.mb, 1)} MB, kamerbrief found ${r.problems} problems`);
  for (const k of Object.keys(m)) {
    const ratio = k === 'markdownlint-cli2' ? '' : `${f(mdl / m[k], 1)}× faster than markdownlint-cli2`;
    console.log(`  ${k.padEnd(20)} ${f(m[k]).padStart(6)} s  (min ${f(Math.min(...r.times[k]))}, max ${f(Math.max(...r.times[k]))}; CPU ${f(median(r.cpu[k]))} s; RSS ${f(median(r.rss[k]), 0)} MB)  ${ratio}`);
  }
  const pr = r.pairRatios;
  console.log(`  two threads against one (--jobs 0 / --jobs 2): ${f(median(pr))}× per round, median (min ${f(Math.min(...pr))}, max ${f(Math.max(...pr))}; rounds ${pr.map((x) => f(x)).join(', ')}); ratio of the medians ${f(m['cold --jobs 0'] / m['cold --jobs 2'])}×\n`);
}
console.log('Targets: cold ≥ 4× faster than markdownlint-cli2, warm ≥ 20×, --jobs 2 ≥ 1.5× faster than --jobs 0.');

// node bench/sizes.mjs — one file at a time through the CLI (`lint --no-cache --jobs 0`): wall
// time, CPU time and peak RSS for realistic drafts of 1, 2, 5, 10 and 20 MB (bench/generate.mjs,
// one document each) and for the pathological shapes of issue 11 (bench/shapes.mjs), with the
// growth per step. Targets: 20 MB in under 10 s and 1 GB; growth linear (time per MB flat).
// Flags: --max MB (skip larger realistic drafts), --no-shapes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeDocument, loadSources, mulberry32 } from './generate.mjs';
import * as S from './shapes.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const DIR = path.join(ROOT, 'bench', '.corpus', 'sizes');
const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const args = process.argv.slice(2);
const MAX_MB = args.includes('--max') ? Number(args[args.indexOf('--max') + 1]) : 20;

if (!fs.existsSync(CLI)) {
  console.error('dist/cli.js ontbreekt: npm run build');
  process.exit(2);
}
fs.mkdirSync(DIR, { recursive: true });
const env = { ...process.env, XDG_DATA_HOME: fs.mkdtempSync(path.join(os.tmpdir(), 'kb-nodata-')) };

/** Writes a generated file once (kept between runs: generation is deterministic). */
function file(name, make) {
  const p = path.join(DIR, name);
  if (!fs.existsSync(p)) fs.writeFileSync(p, make());
  return p;
}

function lint(p) {
  const argv = [CLI, 'lint', '--format', 'json', '--no-cache', '--jobs', '0', p];
  const full = TIME ? [TIME, ['-f', '%U %S %M', process.execPath, ...argv]] : [process.execPath, argv];
  const t0 = performance.now();
  const r = spawnSync(full[0], full[1], { env, encoding: 'utf8', maxBuffer: 1 << 30 });
  const s = (performance.now() - t0) / 1000;
  const [user, sys, kb] = TIME ? (r.stderr.trim().split('\n').at(-1) ?? '').trim().split(' ').map(Number) : [NaN, NaN, NaN];
  let problems = NaN;
  try {
    problems = JSON.parse(r.stdout)[0].messages.length;
  } catch {
    /* exit 2 or a crash: shown as the exit code */
  }
  return { s, cpu: user + sys, mb: kb / 1024, code: r.status, problems };
}

const f = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '–');
function series(title, rows) {
  console.log(`\n${title}`);
  console.log('  size        wall s   CPU s   peak RSS MB   problems   exit   CPU s per MB   growth (CPU) per step');
  let prev = null;
  for (const { label, p } of rows) {
    const bytes = fs.statSync(p).size;
    const r = lint(p);
    const perMb = r.cpu / (bytes / 1e6);
    const growth = prev ? `×${f(r.cpu / prev.cpu)} for ×${f(bytes / prev.bytes)} text` : '';
    console.log(`  ${label.padEnd(10)} ${f(r.s).padStart(7)} ${f(r.cpu).padStart(7)} ${f(r.mb, 0).padStart(13)} ${String(r.problems).padStart(10)} ${String(r.code).padStart(6)} ${f(perMb).padStart(14)}   ${growth}`);
    prev = { ...r, bytes };
    results.push({ title, label, bytes, ...r });
  }
}

const results = [];
console.log(`${os.availableParallelism()} cores (shared: wall time is noisy, CPU time less), Node ${process.version}, load ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
const sources = loadSources();
const sizes = [1, 2, 5, 10, 20].filter((mb) => mb <= MAX_MB);
series(
  'Realistic drafts (bench/generate.mjs, one document each)',
  sizes.map((mb) => ({ label: `${mb} MB`, p: file(`real-${mb}mb.md`, () => composeDocument(mulberry32(mb), sources, mb * 1e6, new Set())) })),
);
if (!args.includes('--no-shapes')) {
  series('Row 1: one paragraph of x[^1] × n', [25_000, 50_000, 100_000].map((n) => ({ label: `${n / 1000}k`, p: file(`row1-${n}.md`, () => S.footnoteRun(n)) })));
  series('Row 2: n Vraag–Antwoord pairs', [12_500, 25_000, 50_000].map((n) => ({ label: `${n / 1000}k`, p: file(`row2-${n}.md`, () => S.qaPairs(n)) })));
  series('Row 3: real-text letters pasted into one file (labels repeat)', [1, 2, 5].map((mb) => ({ label: `${mb} MB`, p: file(`row3-${mb}mb.md`, () => S.pastedLetters(S.lettersFor(mb * 1e6))) })));
  series('Row 3: n short letters with moties, footnotes [^1] and [^2] each', [2_000, 4_000, 8_000].map((n) => ({ label: `${n / 1000}k`, p: file(`row3m-${n}.md`, () => S.motieLetters(n)) })));
  series('Row 4: realistic draft, unique labels, a notes block per section', [2, 5, 10, 20].filter((mb) => mb <= MAX_MB).map((mb) => ({ label: `${mb} MB`, p: file(`row4-${mb}mb.md`, () => S.uniqueLabelDraft(S.lettersFor(mb * 1e6))) })));
  series('KB311: n toezegging sections calling [^1]', [2_000, 4_000, 8_000].map((n) => ({ label: `${n / 1000}k`, p: file(`kb311-${n}.md`, () => S.toezeggingSections(n)) })));
}

const big = results.filter((r) => r.bytes >= 19e6);
for (const r of big) {
  const ok = r.s < 10 && r.mb < 1024 && r.code !== 2;
  console.log(`\n${ok ? 'OK ' : 'NOT MET'} ${r.title} ${r.label}: ${f(r.s)} s wall, ${f(r.cpu)} s CPU, ${f(r.mb, 0)} MB (target: < 10 s, < 1 GB)`);
}

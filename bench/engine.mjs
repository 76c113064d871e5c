// node bench/engine.mjs — the engine without process start-up: MB/s over the corpus of real text
// (each document once, fresh block cache) and the hostile 200,000-character line.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { adversarialLine } from './generate.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { lintText, scanCitations } = await import(path.join(ROOT, 'dist', 'engine.js'));
const dir = path.join(ROOT, 'bench', '.corpus', 'real');
if (!fs.existsSync(dir)) {
  console.error('run npm run bench first (it generates bench/.corpus)');
  process.exit(2);
}
const texts = fs.readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
const bytes = texts.reduce((n, t) => n + t.length, 0);
let t0 = performance.now();
for (const t of texts) lintText(t);
let s = (performance.now() - t0) / 1000;
console.log(`lintText: ${texts.length} drafts, ${(bytes / 1e6).toFixed(1)} MB in ${s.toFixed(2)} s = ${(bytes / 1e6 / s).toFixed(2)} MB/s (one core, cold)`);
t0 = performance.now();
for (const t of texts) scanCitations(t);
s = (performance.now() - t0) / 1000;
console.log(`scanCitations alone: ${(bytes / 1e6 / s).toFixed(1)} MB/s`);
const line = adversarialLine();
const times = [];
for (let i = 0; i < 5; i++) {
  t0 = performance.now();
  lintText(line);
  times.push(performance.now() - t0);
}
console.log(`hostile ${line.length.toLocaleString('en')}-character line: median ${times.sort((a, b) => a - b)[2].toFixed(1)} ms`);

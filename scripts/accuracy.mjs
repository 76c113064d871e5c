// npm run accuracy: precision per rule and per severity, and recall, on the real-text corpus
// (test/corpus/real), against the committed verdicts in TRIAGE.tsv. Needs the compiled tests
// (the npm script runs tsc first). Exit 1 when a target of PRODUCT.md §8 is missed or the verdicts
// are out of date (untriaged messages, a false alarm back, a real slip gone).
//   --write-new   append untriaged messages to TRIAGE.tsv with verdict "debatable" and reason "TODO"
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
process.chdir(root);
const m = await import(pathToFileURL(path.join(root, 'out/test/accuracy/measure.js')).href);
const t = await import(pathToFileURL(path.join(root, 'out/test/accuracy/triage.js')).href);

let failed = false;
const results = [];
for (const corpus of m.CORPORA) {
  const file = m.triageFileOf(corpus);
  if (process.argv.includes('--write-new')) {
    const rows = t.readTriage(file);
    const result = m.measure(m.lintCorpus(corpus), rows, corpus);
    for (const f of result.untriaged) rows.push({ ...f, verdict: 'debatable', reason: 'TODO' });
    t.writeTriage(file, rows);
    console.log(`${result.untriaged.length} nieuwe meldingen toegevoegd aan ${path.relative(root, file)}`);
  }
  const result = m.measureCorpus(corpus);
  results.push(result);
  console.log(m.report(result, path.relative(root, corpus)) + '\n');
  failed ||= result.untriaged.length > 0 || result.falseBack.length > 0 || result.realGone.length > 0;
}
// The targets hold for the yardstick as a whole (a small held-out set alone says little).
const all = m.combined(results);
console.log('Samen      echt  vals  twijfel  precisie   doel');
const missed = [];
for (const s of ['error', 'warning', 'info']) {
  const t = all[s];
  const p = m.precision(t);
  if (p !== null && p < m.TARGETS[s]) missed.push(s);
  console.log(`${s.padEnd(9)} ${String(t.real).padStart(5)} ${String(t.false).padStart(5)} ${String(t.debatable).padStart(8)}  ${p === null ? '—' : (100 * p).toFixed(1) + ' %'}  ≥ ${m.TARGETS[s] * 100} %`);
}
if (missed.length > 0) console.log(`\nDoel niet gehaald voor: ${missed.join(', ')}`);
failed ||= missed.length > 0;
process.exitCode = failed ? 1 : 0;

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

if (process.argv.includes('--write-new')) {
  const rows = t.readTriage(m.TRIAGE_FILE);
  const result = m.measure(undefined, rows);
  for (const f of result.untriaged) rows.push({ ...f, verdict: 'debatable', reason: 'TODO' });
  t.writeTriage(m.TRIAGE_FILE, rows);
  console.log(`${result.untriaged.length} nieuwe meldingen toegevoegd aan ${path.relative(root, m.TRIAGE_FILE)}`);
}
const result = m.measure();
console.log(m.report(result));
const missed = ['error', 'warning', 'info'].filter((s) => {
  const p = m.precision(result.bySeverity[s]);
  return p !== null && p < m.TARGETS[s];
});
if (missed.length > 0) console.log(`\nDoel niet gehaald voor: ${missed.join(', ')}`);
process.exitCode = missed.length > 0 || result.untriaged.length > 0 || result.falseBack.length > 0 || result.realGone.length > 0 ? 1 : 0;

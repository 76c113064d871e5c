// Prints line and branch coverage per folder of server/src from c8's json-summary
// (coverage/coverage-summary.json, written by `c8 mocha`). A report only: the gate is
// `c8 check-coverage --include 'out/server/src/core/**'` with the thresholds of .c8rc.json.
// .c8rc.json leaves out the type-only modules (their JS is an empty `export {}`, never loaded, so
// `all: true` would count every line of their declarations as uncovered).
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const summaryFile = path.join(root, 'coverage', 'coverage-summary.json');
if (!fs.existsSync(summaryFile)) {
  console.error('coverage-folders: coverage/coverage-summary.json ontbreekt; voer eerst npm run coverage uit');
  process.exit(2);
}
const summary = JSON.parse(fs.readFileSync(summaryFile, 'utf8'));

/** "server/src/core/rules/kb101-…/index.ts" → ["server/src/core", "server/src/core/rules"]. */
function foldersOf(file) {
  const rel = path.relative(root, file).split(path.sep).join('/').replace(/^out\//, '');
  const parts = rel.split('/');
  if (parts[0] !== 'server' || parts[1] !== 'src') return [];
  if (parts.length === 3) return ['server/src (root files)'];
  const top = parts.slice(0, 3).join('/');
  return parts.length > 4 ? [top, parts.slice(0, 4).join('/')] : [top, `${top} (own files)`];
}

const totals = new Map();
for (const [file, s] of Object.entries(summary)) {
  if (file === 'total') continue;
  for (const folder of foldersOf(file)) {
    const t = totals.get(folder) ?? { lines: [0, 0], branches: [0, 0] };
    t.lines[0] += s.lines.covered;
    t.lines[1] += s.lines.total;
    t.branches[0] += s.branches.covered;
    t.branches[1] += s.branches.total;
    totals.set(folder, t);
  }
}
const pct = ([covered, total]) => (total === 0 ? '   -  ' : `${((100 * covered) / total).toFixed(2).padStart(6)}`);
// "(own files)" only where a folder also has subfolders (elsewhere it repeats the folder's row).
for (const [folder, t] of totals) {
  const top = folder.replace(/ \(own files\)$/, '');
  if (top !== folder && totals.get(top).lines[1] === t.lines[1]) totals.delete(folder);
}
const rows = [...totals].sort(([a], [b]) => a.localeCompare(b));
const width = Math.max(...rows.map(([f]) => f.length), 6);
console.log(`${'folder'.padEnd(width)}  lines %  branches %  (lines)`);
for (const [folder, t] of rows) console.log(`${folder.padEnd(width)}  ${pct(t.lines)}   ${pct(t.branches)}     ${t.lines[1]}`);
const all = summary.total;
console.log(`${'all'.padEnd(width)}  ${pct([all.lines.covered, all.lines.total])}   ${pct([all.branches.covered, all.branches.total])}     ${all.lines.total}`);

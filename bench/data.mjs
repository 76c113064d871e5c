// npm run bench:data — the parliamentary snapshot at full size: 200,000 documents and 60,000
// moties (generated, realistic shapes). Measures writing, opening + first lookup in a fresh
// process, RSS, lookup latency (p50/p95) in-process, through `kamerbrief lookup`, and through
// LSP hover on a fresh language server, plus that server's start-up time and peak RSS.
// Targets (issue 4): hover p95 ≤ 2 ms, server start with the snapshot ≤ 300 ms, RSS ≤ 150 MB.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// KB_OUT / KB_DIST: another tsc output folder and bundle folder (a trial build); default `out` and `dist`.
const STORE = path.resolve(ROOT, process.env.KB_OUT || 'out', 'server/src/data/store.js');
const DIST = path.resolve(ROOT, process.env.KB_DIST || 'dist');
const store = await import(STORE);
const DOCS = Number(process.env.DOCS || 200_000);
const MOTIES = Number(process.env.MOTIES || 60_000);

function rng(seed) {
  return () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const f = (x) => x.toFixed(2);

function generate() {
  const r = rng(7);
  const names = ['Podt', 'Piri', 'Van Nispen', 'Becker', 'Kuiken', 'Klaver', 'Van der Plas', 'Azarkan', 'Bontenbal', 'Ceder', 'Eerdmans', 'Koekkoek'];
  const parties = ['D66', 'GL-PvdA', 'SP', 'VVD', 'CDA', 'BBB', 'PVV', 'DENK', 'ChristenUnie', 'JA21'];
  const dossiers = [];
  for (let i = 0; i < 4000; i++) dossiers.push({ key: String(28000 + i * 2), nummer: 28000 + i * 2, toevoeging: null, titel: `Beleidsterrein nummer ${i} en aanverwante onderwerpen` });
  const documents = [];
  const moties = [];
  for (let i = 0; i < DOCS; i++) {
    const d = dossiers[Math.floor(r() * dossiers.length)];
    const nr = String(1 + Math.floor(i / dossiers.length) + (i % 7) * 1000);
    const key = `${d.key}:${nr}`;
    const isMotie = i < MOTIES;
    const who = names[Math.floor(r() * names.length)];
    documents.push({ key, dossier: d.key, nr, soort: isMotie ? 'Motie' : 'Brief regering', titel: d.titel, onderwerp: isMotie ? `Motie van het lid ${who} c.s. over onderwerp ${i}` : `Brief over de voortgang van onderwerp ${i}`, datum: '2024-05-16', vergaderjaar: '2023-2024', documentNummer: `2024D${String(i).padStart(5, '0')}`, zaakNummer: isMotie ? `2024Z${String(i).padStart(5, '0')}` : null });
    if (isMotie) moties.push({ key, zaakNummer: `2024Z${String(i).padStart(5, '0')}`, gewijzigd: false, indieners: [{ naam: who, fractie: parties[i % parties.length] }], medeIndieners: [{ naam: names[(i + 3) % names.length], fractie: parties[(i + 1) % parties.length] }], besluiten: [{ soort: 'Ingediend', tekst: 'Ingediend' }, { soort: 'Stemmen - aangenomen', tekst: 'Aangenomen.' }], uitkomst: 'aangenomen', vervangt: null, vervangenDoor: [] });
  }
  const seen = new Set();
  const unique = documents.filter((d) => !seen.has(d.key) && seen.add(d.key));
  const persons = Array.from({ length: 2500 }, (_, i) => ({ id: `p${i}`, achternaam: `${names[i % names.length]}${i}`, tussenvoegsel: null, initialen: 'A.B.', roepnaam: null, fracties: [{ fractie: parties[i % parties.length], van: '2017-03-23', tot: null }] }));
  return { meta: { format: 1, createdAt: new Date().toISOString(), origin: 'bench', syncedUntil: {}, counts: {} }, dossiers, documents: unique, moties: moties.filter((m) => seen.has(m.key)), persons };
}

const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kb-bench-data-')), 'gegevens');
let data = generate();
let t = performance.now();
await store.writeSnapshot(dir, data);
const writeMs = performance.now() - t;
const bytes = fs.readdirSync(path.join(dir, 'shards')).reduce((n, f) => n + fs.statSync(path.join(dir, 'shards', f)).size, 0);
const keys = data.documents.map((d) => d.key);
const sizes = `${data.documents.length} documents, ${data.moties.length} moties, ${data.dossiers.length} dossiers, ${data.persons.length} persons`;
// The generated data is written; drop it so this process's own garbage collection does not
// add to the latencies it measures.
data = null;

// In a fresh process: open + first lookup, then 100,000 random lookups; RSS at the end.
const probe = `
const store = await import(${JSON.stringify(STORE)});
const keys = ${JSON.stringify(keys.filter((_, i) => i % 20 === 0))};
let t = performance.now();
const o = store.openSnapshot(${JSON.stringify(dir)});
const first = o.snapshot.document(keys[0]);
const openMs = performance.now() - t;
const lat = [];
let r = 1;
for (let i = 0; i < 100000; i++) { r = (r * 48271) % 2147483647; const k = keys[r % keys.length]; t = performance.now(); o.snapshot.document(k); o.snapshot.motie(k); lat.push(performance.now() - t); }
lat.sort((a, b) => a - b);
console.log(JSON.stringify({ openMs, found: Boolean(first), p50: lat[50000], p95: lat[95000], max: lat[99999], rss: process.memoryUsage().rss / 1048576 }));`;
const inproc = JSON.parse(spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' }).stdout);

// Through the CLI (each call a fresh process: node start-up included).
const cli = [];
for (let i = 0; i < 15; i++) {
  const [d, nr] = keys[(i * 7919) % keys.length].split(':');
  t = performance.now();
  spawnSync(process.execPath, [path.join(DIST, 'cli.js'), 'lookup', `Kamerstuk ${d}, nr. ${nr}`, '--data', dir], { encoding: 'utf8' });
  cli.push(performance.now() - t);
}

// Through LSP hover on a fresh server.
const child = spawn(process.execPath, [path.join(DIST, 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const conn = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
conn.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
conn.onRequest('client/registerCapability', () => null);
let diagnosed = null;
const firstDiagnostics = new Promise((resolve) => (diagnosed = resolve));
conn.onNotification('textDocument/publishDiagnostics', () => diagnosed());
conn.listen();
t = performance.now();
await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } }, initializationOptions: { gegevensmap: dir } });
const initializeMs = performance.now() - t;
conn.sendNotification('initialized', {});
const lines = keys.filter((_, i) => i % 53 === 0).slice(0, Number(process.env.HOVERS || 3000)).map((k) => { const [d, nr] = k.split(':'); return `Zie Kamerstuk ${d.slice(0, 2)} ${d.slice(2)}, nr. ${nr}.`; });
const uri = 'file:///bench/data.md';
conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: lines.join('\n\n') + '\n' } });
const firstHoverStart = performance.now();
await conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 8 } });
const startMs = performance.now() - t;
const firstHoverMs = performance.now() - firstHoverStart;
// As a user does: the document is open and checked, a moment passes, then one hovers. (Hovering
// during the first lint of a 1,000-citation document measures the garbage collector instead.)
await firstDiagnostics;
await new Promise((resolve) => setTimeout(resolve, Number(process.env.IDLE_MS || 3000)));
// Warm the JIT on one citation first, so the figures below are about reading data, not compiling.
for (let i = 0; i < 200; i++) await conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 8 } });
const hovers = [];
for (let i = 1; i < lines.length; i++) {
  t = performance.now();
  const h = await conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: i * 2, character: 8 } });
  hovers.push(performance.now() - t);
  if (i === 1 && !/Motie|Brief/.test(h?.contents?.value ?? '')) console.error('hover zonder gegevens?', h);
}
// Hovering again over the same citations (shards and records already read).
const again = [];
for (let i = 0; i < lines.length; i++) {
  t = performance.now();
  await conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: i * 2, character: 8 } });
  again.push(performance.now() - t);
}
// The floor: the same round trip for a request that does no work (the data status).
const floor = [];
for (let i = 0; i < lines.length; i++) {
  t = performance.now();
  await conn.sendRequest('kamerbrief/dataStatus');
  floor.push(performance.now() - t);
}
const rss = Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
await conn.sendRequest('shutdown');
conn.dispose();
child.kill();
fs.rmSync(path.dirname(dir), { recursive: true, force: true });

console.log(`snapshot: ${sizes}; ${(bytes / 1048576).toFixed(1)} MB in shards; written in ${f(writeMs)} ms\n`);
console.log(`fresh process   open + first lookup ${f(inproc.openMs)} ms · lookup p50 ${f(inproc.p50 * 1000)} µs p95 ${f(inproc.p95 * 1000)} µs max ${f(inproc.max)} ms · RSS after 100k lookups ${inproc.rss.toFixed(0)} MB`);
console.log(`kamerbrief lookup (node start-up included)  p50 ${f(pct(cli, 50))} ms  p95 ${f(pct(cli, 95))} ms`);
console.log(`language server  spawn → initialized ${f(initializeMs)} ms · → first hover with data ${f(startMs)} ms (first hover ${f(firstHoverMs)} ms) · peak RSS ${rss.toFixed(0)} MB`);
console.log(`  hover, each on a dossier not read before  p50 ${f(pct(hovers, 50))} ms p95 ${f(pct(hovers, 95))} ms max ${f(Math.max(...hovers))} ms`);
console.log(`  hover again on the same citations        p50 ${f(pct(again, 50))} ms p95 ${f(pct(again, 95))} ms max ${f(Math.max(...again))} ms`);
console.log(`  round trip of a request without work     p50 ${f(pct(floor, 50))} ms p95 ${f(pct(floor, 95))} ms max ${f(Math.max(...floor))} ms`);
console.log('\nTargets (issue 4): hover p95 ≤ 2 ms, server start with the snapshot ≤ 300 ms, RSS ≤ 150 MB.');

// Snapshot archives at whole-Kamer size: a 200,000-document snapshot (as bench/data.mjs builds)
// exported to one zip and imported on another path; time, archive size and peak RSS.
// Run after `npx tsc -p tsconfig.json`: node bench/archive.mjs (DOCS, MOTIES to change the size).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.resolve(ROOT, process.env.KB_OUT || 'out');
const store = await import(path.join(OUT, 'server/src/data/store.js'));
const { exportSnapshot } = await import(path.join(OUT, 'server/src/data/archive/export-archive.js'));
const { importSnapshot } = await import(path.join(OUT, 'server/src/data/archive/import-archive.js'));
const DOCS = Number(process.env.DOCS || 200_000);
const MOTIES = Number(process.env.MOTIES || 60_000);

function generate() {
  let seed = 7;
  const r = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const names = ['Podt', 'Piri', 'Van Nispen', 'Becker', 'Kuiken', 'Klaver', 'Van der Plas', 'Azarkan'];
  const dossiers = Array.from({ length: 4000 }, (_, i) => ({ key: String(28000 + i * 2), nummer: 28000 + i * 2, toevoeging: null, titel: `Beleidsterrein nummer ${i} en aanverwante onderwerpen` }));
  const documents = new Map();
  const moties = [];
  for (let i = 0; i < DOCS; i++) {
    const d = dossiers[Math.floor(r() * dossiers.length)];
    const nr = String(1 + Math.floor(i / dossiers.length) + (i % 7) * 1000);
    const key = `${d.key}:${nr}`;
    if (documents.has(key)) continue;
    const who = names[Math.floor(r() * names.length)];
    const isMotie = i < MOTIES;
    documents.set(key, { key, dossier: d.key, nr, soort: isMotie ? 'Motie' : 'Brief regering', titel: d.titel, onderwerp: isMotie ? `Motie van het lid ${who} c.s. over onderwerp ${i}` : `Brief over onderwerp ${i}`, datum: '2024-05-16', vergaderjaar: '2023-2024', documentNummer: `2024D${i}`, zaakNummer: isMotie ? `2024Z${i}` : null });
    if (isMotie) moties.push({ key, zaakNummer: `2024Z${i}`, gewijzigd: false, indieners: [{ naam: who, fractie: 'D66' }], medeIndieners: [{ naam: names[(i + 3) % names.length], fractie: 'SP' }], besluiten: [{ soort: 'Stemmen - aangenomen', tekst: 'Aangenomen.', datum: '2024-05-21' }], uitkomst: 'aangenomen', vervangt: null, vervangenDoor: [] });
  }
  const persons = Array.from({ length: 2500 }, (_, i) => ({ id: `p${i}`, achternaam: `Naam${i}`, tussenvoegsel: i % 5 ? null : 'van der', initialen: 'A.B.', roepnaam: null, fracties: [{ fractie: 'VVD', van: '2017-03-23', tot: null }] }));
  return { meta: { format: 2, createdAt: new Date().toISOString(), origin: 'bench', syncedUntil: {}, counts: {} }, dossiers, documents: [...documents.values()], moties, persons };
}

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-bench-archief-'));
const dir = path.join(base, 'gegevens');
const data = generate();
const sizes = `${data.documents.length} documents, ${data.moties.length} moties`;
await store.writeSnapshot(dir, data);
const folderBytes = fs.readdirSync(path.join(dir, 'shards')).reduce((n, f) => n + fs.statSync(path.join(dir, 'shards', f)).size, 0);
const file = path.join(base, 'gegevens.zip');
let t = performance.now();
await exportSnapshot(dir, file);
const exportMs = performance.now() - t;
t = performance.now();
await importSnapshot(file, path.join(base, 'elders'));
const importMs = performance.now() - t;
const mb = (n) => (n / 1048576).toFixed(1);
console.log(`snapshot: ${sizes}; shards ${mb(folderBytes)} MB`);
console.log(`export: ${exportMs.toFixed(0)} ms, archive ${mb(fs.statSync(file).size)} MB`);
console.log(`import (verify + write + swap): ${importMs.toFixed(0)} ms`);
// maxRSS includes generating the data above: an upper bound for export + import.
console.log(`peak RSS (whole run): ${mb(process.resourceUsage().maxRSS * 1024)} MB`);
fs.rmSync(base, { recursive: true, force: true });

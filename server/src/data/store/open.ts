// Opening a snapshot folder: reads the manifest and meta only (parts load on first use), and
// turns every way a folder can be wrong into one clear Dutch sentence instead of a throw.
import fs from 'node:fs';
import path from 'node:path';
import { SNAPSHOT_FORMAT, type DossierRecord, type PersonRecord, type SnapshotData, type SnapshotMeta } from '../types.js';
import { IndexedSnapshot, type ShardPart } from './indexed.js';
import { FILES, shardFile, type Manifest } from './layout.js';

export type OpenResult =
  | { status: 'ok'; snapshot: IndexedSnapshot }
  /** No snapshot at that place: not a problem, the data rules stay silent. */
  | { status: 'none' }
  | { status: 'problem'; message: string };

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

/** A swap cut short leaves `dir` missing and `dir.old-*` complete: take that one back. */
function recover(target: string): void {
  if (fs.existsSync(target)) return;
  const parent = path.dirname(target);
  if (!fs.existsSync(parent)) return;
  const base = path.basename(target) + '.old-';
  const old = fs.readdirSync(parent).filter((f) => f.startsWith(base)).sort().pop();
  if (old && fs.existsSync(path.join(parent, old, FILES.manifest))) fs.renameSync(path.join(parent, old), target);
}

export function openSnapshot(dir: string): OpenResult {
  const target = path.resolve(dir);
  try {
    recover(target);
  } catch {
    // recovery is best effort; reading below says what is wrong
  }
  if (!fs.existsSync(target)) return { status: 'none' };
  const manifestFile = path.join(target, FILES.manifest);
  if (!fs.existsSync(manifestFile)) return { status: 'problem', message: `De map ${target} bevat geen Kamerbrief-gegevens (manifest.json ontbreekt); voer kamerbrief sync uit.` };
  let manifest: Manifest;
  let meta: SnapshotMeta;
  try {
    manifest = readJson<Manifest>(manifestFile);
    meta = readJson<SnapshotMeta>(path.join(target, FILES.meta));
  } catch (err) {
    return { status: 'problem', message: `De gegevens in ${target} zijn onleesbaar (${(err as Error).message}); voer kamerbrief sync uit.` };
  }
  if (manifest.format !== SNAPSHOT_FORMAT) {
    const older = typeof manifest.format === 'number' && manifest.format < SNAPSHOT_FORMAT;
    return {
      status: 'problem',
      message: older
        ? `De gegevens in ${target} hebben een ouder formaat (${manifest.format}, verwacht ${SNAPSHOT_FORMAT}); voer kamerbrief sync uit om ze bij te werken.`
        : `De gegevens in ${target} hebben een nieuwer formaat (${String(manifest.format)}, verwacht ${SNAPSHOT_FORMAT}); werk Kamerbrief bij of synchroniseer opnieuw.`,
    };
  }
  if (!Number.isInteger(manifest.shards) || manifest.shards < 1) return { status: 'problem', message: `De gegevens in ${target} zijn onleesbaar (aantal delen ontbreekt); voer kamerbrief sync uit.` };
  const snapshot = new IndexedSnapshot({
    meta,
    shards: manifest.shards,
    dossiers: () => readJson<DossierRecord[]>(path.join(target, FILES.dossiers)),
    persons: () => readJson<PersonRecord[]>(path.join(target, FILES.persons)),
    shard: (i) => readJson<ShardPart>(path.join(target, FILES.shards, shardFile(i))),
  });
  return { status: 'ok', snapshot };
}

/** Everything in a snapshot folder as plain data (sync merges changes into it). */
export async function readSnapshotData(dir: string): Promise<SnapshotData> {
  const target = path.resolve(dir);
  const manifest = readJson<Manifest>(path.join(target, FILES.manifest));
  if (manifest.format !== SNAPSHOT_FORMAT) throw new Error(`formaat ${manifest.format}, verwacht ${SNAPSHOT_FORMAT}`);
  const data: SnapshotData = {
    meta: readJson<SnapshotMeta>(path.join(target, FILES.meta)),
    dossiers: readJson<DossierRecord[]>(path.join(target, FILES.dossiers)),
    persons: readJson<PersonRecord[]>(path.join(target, FILES.persons)),
    documents: [],
    moties: [],
  };
  for (let i = 0; i < manifest.shards; i++) {
    const part = readJson<ShardPart>(path.join(target, FILES.shards, shardFile(i)));
    data.documents.push(...part.documents);
    data.moties.push(...part.moties);
  }
  return data;
}

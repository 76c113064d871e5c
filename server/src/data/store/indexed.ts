// The Snapshot interface over a source of parts: every lookup is a map access once the part
// holding it is loaded. Parts come from files (open.ts) or from memory (memory.ts).
import type { DocKey, DocumentRecord, DossierKey, DossierRecord, MotieRecord, PersonRecord, Snapshot, SnapshotMeta } from '../types.js';
import { dossierOfKey, shardOf } from './layout.js';

export interface ShardPart {
  documents: DocumentRecord[];
  moties: MotieRecord[];
}

export interface PartSource {
  meta: SnapshotMeta;
  shards: number;
  dossiers(): DossierRecord[];
  persons(): PersonRecord[];
  shard(i: number): ShardPart;
}

interface LoadedShard {
  documents: Map<DocKey, DocumentRecord>;
  moties: Map<DocKey, MotieRecord>;
  byDossier: Map<DossierKey, DocumentRecord[]>;
}

const EMPTY_SHARD: ShardPart = { documents: [], moties: [] };
/**
 * At most this many shards stay parsed (least recently used go first): memory stays bounded
 * however many dossiers a session touches; a shard parses again in about a millisecond.
 */
const MAX_LOADED_SHARDS = 64;

function byNr(a: DocumentRecord, b: DocumentRecord): number {
  const x = Number(a.nr);
  const y = Number(b.nr);
  if (Number.isFinite(x) && Number.isFinite(y)) return x - y;
  return a.nr.localeCompare(b.nr);
}

/** Surname as one searches it: "Van der Plas" and "Plas" both find Van der Plas. */
function searchNames(p: PersonRecord): string[] {
  const full = `${p.tussenvoegsel ? p.tussenvoegsel + ' ' : ''}${p.achternaam}`.toLowerCase();
  return full === p.achternaam.toLowerCase() ? [full] : [full, p.achternaam.toLowerCase()];
}

export class IndexedSnapshot implements Snapshot {
  readonly meta: SnapshotMeta;
  /** Problems met while loading parts (a corrupt shard): shown once, never thrown at a caller. */
  readonly problems: string[] = [];
  readonly #source: PartSource;
  readonly #shards = new Map<number, LoadedShard>();
  #dossiers: { sorted: DossierRecord[]; byKey: Map<DossierKey, DossierRecord> } | null = null;
  #persons: { sorted: { name: string; person: PersonRecord }[]; byId: Map<string, PersonRecord> } | null = null;

  constructor(source: PartSource) {
    this.#source = source;
    this.meta = source.meta;
  }

  document(key: DocKey): DocumentRecord | undefined {
    return this.#shard(dossierOfKey(key)).documents.get(key);
  }

  motie(key: DocKey): MotieRecord | undefined {
    return this.#shard(dossierOfKey(key)).moties.get(key);
  }

  dossier(key: DossierKey): DossierRecord | undefined {
    return this.#dossierIndex().byKey.get(key);
  }

  documentsOf(key: DossierKey): readonly DocumentRecord[] {
    return this.#shard(key).byDossier.get(key) ?? [];
  }

  dossiersStartingWith(prefix: string, limit: number): readonly DossierRecord[] {
    const want = prefix.replace(/[\s\u00a0]/g, '').toUpperCase();
    const sorted = this.#dossierIndex().sorted;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.key < want) lo = mid + 1;
      else hi = mid;
    }
    const out: DossierRecord[] = [];
    for (let i = lo; i < sorted.length && out.length < limit && sorted[i]!.key.startsWith(want); i++) out.push(sorted[i]!);
    return out;
  }

  personsStartingWith(prefix: string, limit: number): readonly PersonRecord[] {
    const want = prefix.trim().toLowerCase();
    const out: PersonRecord[] = [];
    for (const { name, person } of this.#personIndex().sorted) {
      if (out.length >= limit) break;
      if (name.startsWith(want) && !out.includes(person)) out.push(person);
    }
    return out;
  }

  fractieOn(personId: string, date: string): string | null {
    const person = this.#personIndex().byId.get(personId);
    if (!person) return null;
    const hit = person.fracties.find((f) => (f.van === null || f.van <= date) && (f.tot === null || date <= f.tot));
    return hit?.fractie ?? null;
  }

  #shard(dossier: DossierKey): LoadedShard {
    const i = shardOf(dossier, this.#source.shards);
    let loaded = this.#shards.get(i);
    if (loaded) {
      this.#shards.delete(i); // most recently used last
      this.#shards.set(i, loaded);
      return loaded;
    }
    let part = EMPTY_SHARD;
    try {
      part = this.#source.shard(i);
    } catch (err) {
      this.problems.push(`Deel ${i} van de gegevens is onleesbaar (${(err as Error).message}); voer kamerbrief sync uit.`);
    }
    loaded = { documents: new Map(), moties: new Map(), byDossier: new Map() };
    for (const d of part.documents) {
      loaded.documents.set(d.key, d);
      const list = loaded.byDossier.get(d.dossier);
      if (list) list.push(d);
      else loaded.byDossier.set(d.dossier, [d]);
    }
    for (const list of loaded.byDossier.values()) list.sort(byNr);
    for (const m of part.moties) loaded.moties.set(m.key, m);
    this.#shards.set(i, loaded);
    if (this.#shards.size > MAX_LOADED_SHARDS) this.#shards.delete(this.#shards.keys().next().value!);
    return loaded;
  }

  #dossierIndex(): { sorted: DossierRecord[]; byKey: Map<DossierKey, DossierRecord> } {
    if (!this.#dossiers) {
      const list = this.#load(() => this.#source.dossiers(), 'dossiers');
      this.#dossiers = { sorted: [...list].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)), byKey: new Map(list.map((d) => [d.key, d])) };
    }
    return this.#dossiers;
  }

  #personIndex(): { sorted: { name: string; person: PersonRecord }[]; byId: Map<string, PersonRecord> } {
    if (!this.#persons) {
      const list = this.#load(() => this.#source.persons(), 'personen');
      const sorted = list.flatMap((person) => searchNames(person).map((name) => ({ name, person }))).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
      this.#persons = { sorted, byId: new Map(list.map((p) => [p.id, p])) };
    }
    return this.#persons;
  }

  #load<T>(read: () => T[], what: string): T[] {
    try {
      return read();
    } catch (err) {
      this.problems.push(`De ${what} in de gegevens zijn onleesbaar (${(err as Error).message}); voer kamerbrief sync uit.`);
      return [];
    }
  }
}

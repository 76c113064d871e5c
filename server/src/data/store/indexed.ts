// The Snapshot interface over a source of parts: lookups are map accesses into a shard's index,
// then one record read and parsed. Parts come from files (open.ts) or from memory (memory.ts).
import type { DocKey, DocumentRecord, DossierKey, DossierRecord, MotieRecord, PersonRecord, Snapshot, SnapshotMeta } from '../types.js';
import { dossierOfKey, shardOf } from './layout.js';

/** One shard: its keys, and records by key (read on demand). */
export interface Shard {
  documentKeys(): readonly DocKey[];
  document(key: DocKey): DocumentRecord | undefined;
  motie(key: DocKey): MotieRecord | undefined;
}

export interface PartSource {
  meta: SnapshotMeta;
  shards: number;
  dossiers(): DossierRecord[];
  persons(): PersonRecord[];
  shard(i: number): Shard;
}

const EMPTY_SHARD: Shard = { documentKeys: () => [], document: () => undefined, motie: () => undefined };
/** Documents-of-a-dossier lists kept for completion (typing "nr. 3" then "nr. 33" asks twice). */
const MAX_DOSSIER_LISTS = 16;

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
  /** Problems met while reading parts (a corrupt shard): shown once, never thrown at a caller. */
  readonly problems: string[] = [];
  readonly #source: PartSource;
  readonly #shards = new Map<number, Shard>();
  readonly #dossierLists = new Map<DossierKey, DocumentRecord[]>();
  #dossiers: { sorted: DossierRecord[]; byKey: Map<DossierKey, DossierRecord> } | null = null;
  #persons: { sorted: { name: string; person: PersonRecord }[]; byId: Map<string, PersonRecord> } | null = null;

  constructor(source: PartSource) {
    this.#source = source;
    this.meta = source.meta;
  }

  document(key: DocKey): DocumentRecord | undefined {
    return this.#read(key, (s) => s.document(key));
  }

  motie(key: DocKey): MotieRecord | undefined {
    return this.#read(key, (s) => s.motie(key));
  }

  dossier(key: DossierKey): DossierRecord | undefined {
    return this.#dossierIndex().byKey.get(key);
  }

  documentsOf(key: DossierKey): readonly DocumentRecord[] {
    let list = this.#dossierLists.get(key);
    if (!list) {
      const shard = this.#shard(key);
      list = shard
        .documentKeys()
        .filter((k) => dossierOfKey(k) === key)
        .map((k) => this.document(k))
        .filter((d): d is DocumentRecord => d !== undefined)
        .sort(byNr);
      this.#dossierLists.set(key, list);
      if (this.#dossierLists.size > MAX_DOSSIER_LISTS) this.#dossierLists.delete(this.#dossierLists.keys().next().value!);
    }
    return list;
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

  #read<T>(key: DocKey, get: (s: Shard) => T | undefined): T | undefined {
    try {
      return get(this.#shard(dossierOfKey(key)));
    } catch (err) {
      this.#problem(`Een gegeven bij ${key} is onleesbaar (${(err as Error).message}); voer kamerbrief sync uit.`);
      return undefined;
    }
  }

  #shard(dossier: DossierKey): Shard {
    const i = shardOf(dossier, this.#source.shards);
    let shard = this.#shards.get(i);
    if (shard) return shard;
    try {
      shard = this.#source.shard(i);
    } catch (err) {
      this.#problem(`Deel ${i} van de gegevens is onleesbaar (${(err as Error).message}); voer kamerbrief sync uit.`);
      shard = EMPTY_SHARD;
    }
    this.#shards.set(i, shard);
    return shard;
  }

  #problem(message: string): void {
    if (this.problems.length < 20) this.problems.push(message);
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
      this.#problem(`De ${what} in de gegevens zijn onleesbaar (${(err as Error).message}); voer kamerbrief sync uit.`);
      return [];
    }
  }
}

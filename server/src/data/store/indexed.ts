// The Snapshot interface over a source of parts: lookups are map accesses into a shard's index,
// then one record read and parsed. Parts come from files (open.ts) or from memory (memory.ts).
// A folder can be replaced under an open snapshot (a sync in another process): the source then
// says so, and the snapshot moves to the new folder instead of reading it with the old indexes.
import type { DocKey, DocumentRecord, DossierKey, DossierRecord, MotieRecord, PersonRecord, Snapshot, SnapshotMeta, ToezeggingRecord } from '../types.js';
import { dossierOfKey, shardFiles, shardOf } from './layout.js';

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
  /** The toezeggingen register, or null when the snapshot holds none (absent: none). */
  toezeggingen?(): ToezeggingRecord[] | null;
  shard(i: number): Shard;
  /** True when the folder behind this source was replaced since it was opened (absent: never). */
  replaced?(): boolean;
  /** The folder as it is now, or why it cannot be read. */
  reopen?(): PartSource | string;
}

/** Thrown by a shard whose files no longer belong to the snapshot that was opened. */
export class SnapshotReplaced extends Error {}

export interface IndexedOptions {
  /** At most this often (ms) a lookup asks the source whether its folder was replaced. */
  recheckMs?: number;
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
  /** Problems met while reading parts (a corrupt shard): shown once, never thrown at a caller. */
  readonly problems: string[] = [];
  #source: PartSource;
  readonly #recheckMs: number;
  #checkedAt = 0;
  readonly #shards = new Map<number, Shard>();
  /** Shards that could not be read (wholly or a record of them): absence there proves nothing. */
  readonly #damaged = new Set<number>();
  readonly #dossierLists = new Map<DossierKey, DocumentRecord[]>();
  #dossiers: { sorted: DossierRecord[]; byKey: Map<DossierKey, DossierRecord> } | null = null;
  #persons: { sorted: { name: string; person: PersonRecord }[]; byId: Map<string, PersonRecord> } | null = null;
  #toezeggingen: ToezeggingRecord[] | null | undefined = undefined;

  constructor(source: PartSource, options: IndexedOptions = {}) {
    this.#source = source;
    this.#recheckMs = options.recheckMs ?? 1000;
    this.#checkedAt = Date.now();
  }

  /** The meta of the snapshot as it is now: it changes when a sync elsewhere replaced the folder. */
  get meta(): SnapshotMeta {
    this.#refresh(false);
    return this.#source.meta;
  }

  document(key: DocKey): DocumentRecord | undefined {
    return this.#read(key, (s) => s.document(key));
  }

  motie(key: DocKey): MotieRecord | undefined {
    return this.#read(key, (s) => s.motie(key));
  }

  dossier(key: DossierKey): DossierRecord | undefined {
    this.#refresh(false);
    return this.#dossierIndex().byKey.get(key);
  }

  documentsOf(key: DossierKey): readonly DocumentRecord[] {
    this.#refresh(false);
    let list = this.#dossierLists.get(key);
    if (!list) {
      const keys = this.#withShard(key, (s) => s.documentKeys(), `de Kamerstukken van dossier ${key}`) ?? [];
      list = keys
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
    this.#refresh(false);
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
    this.#refresh(false);
    const want = prefix.trim().toLowerCase();
    const out: PersonRecord[] = [];
    for (const { name, person } of this.#personIndex().sorted) {
      if (out.length >= limit) break;
      if (name.startsWith(want) && !out.includes(person)) out.push(person);
    }
    return out;
  }

  unreadable(key: DocKey): boolean {
    return this.#damaged.has(shardOf(dossierOfKey(key), this.#source.shards));
  }

  fractieOn(personId: string, date: string): string | null {
    this.#refresh(false);
    const person = this.#personIndex().byId.get(personId);
    if (!person) return null;
    const hit = person.fracties.find((f) => (f.van === null || f.van <= date) && (f.tot === null || date <= f.tot));
    return hit?.fractie ?? null;
  }

  toezeggingen(): readonly ToezeggingRecord[] | null {
    this.#refresh(false);
    if (this.#toezeggingen === undefined) {
      const source = this.#source;
      let absent = !source.toezeggingen;
      const list = absent
        ? []
        : this.#load(() => {
            const read = source.toezeggingen!();
            if (read === null) absent = true;
            return read ?? [];
          }, 'toezeggingen', 'toezeggingen.json', (t) => typeof t.id === 'string');
      this.#toezeggingen = absent ? null : list;
    }
    return this.#toezeggingen;
  }

  #read<T>(key: DocKey, get: (s: Shard) => T | undefined): T | undefined {
    this.#refresh(false);
    return this.#withShard(dossierOfKey(key), get, `een gegeven bij ${key}`);
  }

  /**
   * Runs a read on the shard of a dossier. When it fails because the folder was replaced (or reads
   * as garbage, which a replaced folder does too), look at the folder again and retry once.
   */
  #withShard<T>(dossier: DossierKey, get: (s: Shard) => T | undefined, what: string): T | undefined {
    try {
      return get(this.#shard(dossier));
    } catch (err) {
      if (this.#refresh(true)) {
        try {
          return get(this.#shard(dossier));
        } catch (again) {
          err = again;
        }
      }
      // One sentence per damaged shard, however many of its records are asked for.
      const i = shardOf(dossier, this.#source.shards);
      if (!this.#damaged.has(i)) {
        this.#damaged.add(i);
        this.#problem(`Deel ${i} van de gegevens (shards/${shardFiles(i).records}) is beschadigd, ${what} is onleesbaar (${(err as Error).message}); voer kamerbrief sync uit.`);
      }
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
      // Not remembered as empty: the caller looks at the folder again and retries.
      if (err instanceof SnapshotReplaced) throw err;
      this.#problem(`Deel ${i} van de gegevens (shards/${shardFiles(i).index}) is onleesbaar (${(err as Error).message}); voer kamerbrief sync uit.`);
      this.#damaged.add(i);
      shard = EMPTY_SHARD;
    }
    this.#shards.set(i, shard);
    return shard;
  }

  /**
   * Moves to the folder as it is now when it was replaced since it was opened. Asks the source at
   * most every recheckMs (a stat), unless forced after a read failed. True when it moved.
   */
  #refresh(force: boolean): boolean {
    const source = this.#source;
    if (!source.replaced || !source.reopen) return false;
    const now = Date.now();
    if (!force && now - this.#checkedAt < this.#recheckMs) return false;
    this.#checkedAt = now;
    if (!source.replaced()) return false;
    const next = source.reopen();
    if (typeof next === 'string') {
      this.#problem(next);
      return false;
    }
    this.#source = next;
    this.#shards.clear();
    this.#damaged.clear();
    this.#dossierLists.clear();
    this.#dossiers = null;
    this.#persons = null;
    this.#toezeggingen = undefined;
    return true;
  }

  #problem(message: string): void {
    if (this.problems.length < 20 && !this.problems.includes(message)) this.problems.push(message);
  }

  #dossierIndex(): { sorted: DossierRecord[]; byKey: Map<DossierKey, DossierRecord> } {
    if (!this.#dossiers) {
      const list = this.#load(() => this.#source.dossiers(), 'dossiers', 'dossiers.json', (d) => typeof d.key === 'string');
      this.#dossiers = { sorted: [...list].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)), byKey: new Map(list.map((d) => [d.key, d])) };
    }
    return this.#dossiers;
  }

  #personIndex(): { sorted: { name: string; person: PersonRecord }[]; byId: Map<string, PersonRecord> } {
    if (!this.#persons) {
      const list = this.#load(() => this.#source.persons(), 'personen', 'persons.json', (p) => typeof p.id === 'string' && typeof p.achternaam === 'string' && Array.isArray(p.fracties));
      const sorted = list.flatMap((person) => searchNames(person).map((name) => ({ name, person }))).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
      this.#persons = { sorted, byId: new Map(list.map((p) => [p.id, p])) };
    }
    return this.#persons;
  }

  /** A whole-list part: what is readable of it, and one sentence when it is not all of it. */
  #load<T>(read: () => T[], what: string, file: string, valid: (record: T) => boolean): T[] {
    let list: unknown;
    try {
      list = read();
    } catch (err) {
      this.#problem(`De ${what} in de gegevens (${file}) zijn onleesbaar (${(err as Error).message}); voer kamerbrief sync uit.`);
      return [];
    }
    if (!Array.isArray(list)) {
      this.#problem(`De ${what} in de gegevens (${file}) zijn onleesbaar (geen lijst); voer kamerbrief sync uit.`);
      return [];
    }
    const good = list.filter((r): r is T => typeof r === 'object' && r !== null && valid(r as T));
    if (good.length < list.length) this.#problem(`${list.length - good.length} van de ${what} in de gegevens (${file}) zijn beschadigd en overgeslagen; voer kamerbrief sync uit.`);
    return good;
  }
}

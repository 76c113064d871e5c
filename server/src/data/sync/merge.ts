// Applies journaled changes to the previous snapshot's data; relations are derived afterwards.
import type { DocumentRecord, DossierRecord, MotieRecord, PersonRecord, SnapshotData } from '../types.js';
import type { IdIndex, JournalLine } from './files.js';

export interface Working {
  dossiers: Map<string, DossierRecord>;
  documents: Map<string, DocumentRecord>;
  moties: Map<string, MotieRecord>;
  persons: Map<string, PersonRecord>;
  stats: { upserts: number; deletions: number };
}

export function workingFrom(base: SnapshotData | null): Working {
  return {
    dossiers: new Map((base?.dossiers ?? []).map((r) => [r.key, r])),
    documents: new Map((base?.documents ?? []).map((r) => [r.key, r])),
    moties: new Map((base?.moties ?? []).map((r) => [r.key, r])),
    persons: new Map((base?.persons ?? []).map((r) => [r.id, r])),
    stats: { upserts: 0, deletions: 0 },
  };
}

/**
 * Replays the journal in order. `replacePersons`: the Persoon set was read in full this run,
 * so its records replace the old list (members who disappeared are gone).
 */
export function applyJournal(w: Working, index: IdIndex, lines: Iterable<JournalLine>, replacePersons: boolean): void {
  if (replacePersons) w.persons.clear();
  for (const line of lines) {
    for (const c of line.changes) {
      if (c.set === 'Persoon') {
        if (!replacePersons) continue;
        if (c.deleted) w.persons.delete(c.id);
        else if (c.person) w.persons.set(c.id, c.person);
        continue;
      }
      const own = c.set === 'Zaak' ? index.zaak : index.document;
      if (c.deleted) {
        const keys = own[c.id] ?? [];
        for (const k of keys) (c.set === 'Zaak' ? w.moties : w.documents).delete(k);
        if (keys.length) w.stats.deletions++;
        delete own[c.id];
        continue;
      }
      w.stats.upserts++;
      for (const d of c.dossiers ?? []) {
        const old = w.dossiers.get(d.key);
        w.dossiers.set(d.key, old && d.titel === null ? { ...d, titel: old.titel } : d);
      }
      for (const [docId, keys] of Object.entries(c.docIds ?? {})) {
        for (const k of index.document[docId] ?? []) if (!keys.includes(k)) w.documents.delete(k);
        index.document[docId] = keys;
      }
      for (const d of c.documents ?? []) {
        const old = w.documents.get(d.key);
        // The Document set knows no zaak number; keep the one the Zaak set gave.
        w.documents.set(d.key, old && !d.zaakNummer && old.zaakNummer ? { ...d, zaakNummer: old.zaakNummer } : d);
      }
      if (c.set === 'Zaak') {
        const dep = (index.dep ??= {});
        for (const d of c.deps ?? []) if (!(dep[d] ??= []).includes(c.id)) dep[d]!.push(c.id);
        const keys = (c.moties ?? []).map((m) => m.key);
        for (const k of index.zaak[c.id] ?? []) if (!keys.includes(k)) w.moties.delete(k);
        index.zaak[c.id] = keys;
        for (const m of c.moties ?? []) w.moties.set(m.key, m);
      }
    }
  }
}

/** vervangt ↔ vervangenDoor, both directions, recomputed over the whole snapshot. */
export function linkReplacements(moties: Map<string, MotieRecord>): void {
  const by = new Map<string, string[]>();
  for (const m of moties.values()) {
    if (m.vervangt && m.vervangt !== m.key) by.set(m.vervangt, [...(by.get(m.vervangt) ?? []), m.key]);
  }
  for (const [key, m] of moties) {
    const next = (by.get(key) ?? []).sort(compareKeys);
    if (next.join('|') !== m.vervangenDoor.join('|')) moties.set(key, { ...m, vervangenDoor: next });
  }
}

export function compareKeys(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

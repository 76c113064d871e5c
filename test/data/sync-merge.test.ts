// Replaying the sync journal onto the previous data (merge.ts): a deleted entity takes its records
// AND its entry in the TK-Id index with it, so a later deletion of the same id (a resumed sync
// replays its journal) cannot remove records that another entity has since produced.
import assert from 'node:assert/strict';
import { applyJournal, workingFrom } from '../../server/src/data/sync/merge.js';
import { emptyIndex } from '../../server/src/data/sync/files.js';
import type { DocumentRecord, MotieRecord } from '../../server/src/data/types.js';

const doc = (key: string, titel: string): DocumentRecord => {
  const [dossier, nr] = key.split(':') as [string, string];
  return { key, dossier, nr, soort: 'Brief regering', titel, onderwerp: null, datum: '2019-06-27', vergaderjaar: '2018-2019' };
};

const motie = (key: string): MotieRecord =>
  ({ key, vervangt: null, vervangenDoor: [] }) as unknown as MotieRecord;

describe('sync merge: deletions', () => {
  it('a deleted Document leaves the data and the id index', () => {
    const w = workingFrom(null);
    const index = emptyIndex();
    applyJournal(w, index, [{ set: 'Document', changes: [{ set: 'Document', id: 'D1', documents: [doc('29754:482', 'Brief')], docIds: { D1: ['29754:482'] } }] }], false);
    assert.deepEqual([...w.documents.keys()], ['29754:482']);
    assert.deepEqual(index.document, { D1: ['29754:482'] });
    applyJournal(w, index, [{ set: 'Document', changes: [{ set: 'Document', id: 'D1', deleted: true }] }], false);
    assert.deepEqual([...w.documents.keys()], []);
    assert.deepEqual(index.document, {});
    assert.deepEqual(w.stats, { upserts: 1, deletions: 1 });
  });

  it('a deletion replayed after the key went to another Document keeps that Document', () => {
    const w = workingFrom(null);
    const index = emptyIndex();
    const lines = [
      { set: 'Document' as const, changes: [{ set: 'Document' as const, id: 'D1', documents: [doc('29754:482', 'Oud')], docIds: { D1: ['29754:482'] } }] },
      { set: 'Document' as const, changes: [{ set: 'Document' as const, id: 'D1', deleted: true as const }] },
      { set: 'Document' as const, changes: [{ set: 'Document' as const, id: 'D2', documents: [doc('29754:482', 'Nieuw')], docIds: { D2: ['29754:482'] } }] },
      { set: 'Document' as const, changes: [{ set: 'Document' as const, id: 'D1', deleted: true as const }] },
    ];
    applyJournal(w, index, lines, false);
    assert.equal(w.documents.get('29754:482')?.titel, 'Nieuw');
    assert.deepEqual(index.document, { D2: ['29754:482'] });
    assert.equal(w.stats.deletions, 1, 'the second deletion found nothing to delete');
  });

  it('a deleted Zaak leaves the moties and the id index', () => {
    const w = workingFrom(null);
    const index = emptyIndex();
    applyJournal(w, index, [{ set: 'Zaak', changes: [{ set: 'Zaak', id: 'Z1', moties: [motie('29754:482')] }] }], false);
    assert.deepEqual(index.zaak, { Z1: ['29754:482'] });
    applyJournal(w, index, [{ set: 'Zaak', changes: [{ set: 'Zaak', id: 'Z1', deleted: true }] }], false);
    assert.deepEqual([...w.moties.keys()], []);
    assert.deepEqual(index.zaak, {});
  });
});

// Snapshot keys agree with the engine: a citation in a letter finds the record the data files
// under the same key (real kst ids of the samples, each toevoeging encoding), and the public API
// of data/index.ts exposes the helpers.
import assert from 'node:assert/strict';
import { docKey, dossierKey, openSnapshot, parseKstId, snapshotCard, snapshotAge, tvvKey, uitkomstOf } from '../../server/src/data/index.js';
import { scanCitations } from '../../server/src/core/citations/index.js';
import { citationKey } from '../../server/src/core/rules/motie/sources.js';
import { fixtureSnapshot } from '../helpers/snapshot.js';

const CASES: [kstId: string, citation: string, key: string][] = [
  ['kst-19637-3370', 'Kamerstuk 19 637, nr. 3370', '19637:3370'],
  ['kst-19637-3384', 'Kamerstuk 19 637, nr. 3384', '19637:3384'],
  ['kst-36410-XVI-66', 'Kamerstuk 36 410 XVI, nr. 66', '36410-XVI:66'],
  ['kst-21501-20-2118', 'Kamerstuk 21 501-20, nr. 2118', '21501-20:2118'],
  ['kst-34104-439', 'Kamerstukken II 2015/16, 34 104, nr. 439', '34104:439'],
];

describe('snapshot keys', () => {
  it('are the keys the engine computes for a citation, and the fixture has each sample under it', () => {
    const data = fixtureSnapshot();
    for (const [kst, text, key] of CASES) {
      const parts = parseKstId(kst)!;
      assert.equal(docKey(dossierKey(parts.nummer, parts.toevoeging), parts.nr), key, kst);
      const citation = scanCitations(text).citations[0];
      assert.ok(citation, text);
      assert.equal(citationKey(citation), key, text);
      assert.equal(data.document(key)?.key, key, `fixture has ${key}`);
    }
    assert.equal(dossierKey('36 351', '(R2184)'), '36351', 'a rijkswet number is not cited');
  });

  it('are reachable through the public API with the outcome, t.v.v. and age helpers', () => {
    assert.equal(uitkomstOf([{ soort: 'Ingediend', tekst: 'Ingediend' }, { soort: 'Stemmen - aangenomen', tekst: 'Aangenomen.' }]), 'aangenomen');
    assert.equal(tvvKey('Gewijzigde motie van het lid Podt c.s. over een betere schaderegeling (t.v.v. 19637-3370)'), '19637:3370');
    assert.equal(snapshotAge('2026-01-01T00:00:00.000Z', new Date('2026-01-04T10:00:00.000Z')), 'van 3 dagen geleden');
    assert.equal(snapshotAge('2026-01-01T00:00:00.000Z', new Date('2026-01-01T20:00:00.000Z')), 'van vandaag');
    assert.equal(openSnapshot('/nergens/kamerbrief-gegevens').status, 'none');
    assert.match(snapshotCard('19637:3370', fixtureSnapshot(), new Date()) ?? '', /^\*\*Motie\*\*/);
  });
});

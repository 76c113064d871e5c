// The Kamerstuk grammar (core/citations/kamerstuk.ts, dossier.ts, nummer.ts) on forms that a
// mutation run over those files showed no test held: citations broken over lines as hard-wrapped
// Markdown breaks them, every KB101 explanation a writer reads, and the lower-case keyword that
// is prose with a short number but a citation with a dossier number.
import assert from 'node:assert/strict';
import { scanCitations } from '../../server/src/core/citations/index.js';
import { lintText } from '../../server/src/core/lint.js';

/** The one citation in `text`: its source text, canonical form and validity. */
function only(text: string): { text: string; canonical: string | null; valid: boolean; kind: string } {
  const found = scanCitations(text).citations;
  assert.equal(found.length, 1, `${JSON.stringify(text)}: ${found.length} citations`);
  const c = found[0]!;
  return { text: text.slice(c.start, c.end), canonical: c.canonical, valid: c.valid, kind: c.kind };
}

describe('Kamerstuk citations as drafts write them', () => {
  it('recognises a citation broken over lines, whole, and gives it on one line', () => {
    const cases: [string, string, string][] = [
      ['Zie Bijlage\n  bij Kamerstuk 29 754, nr. 3.', 'Bijlage\n  bij Kamerstuk 29 754, nr. 3', 'Bijlage bij Kamerstuk 29 754, nr. 3'],
      ['Zie Bijlage\n\tbij Kamerstuk 29 754, nr. 3.', 'Bijlage\n\tbij Kamerstuk 29 754, nr. 3', 'Bijlage bij Kamerstuk 29 754, nr. 3'],
      ['Zie Bijlage bij\n Kamerstuk 29 754, nr. 3.', 'Bijlage bij\n Kamerstuk 29 754, nr. 3', 'Bijlage bij Kamerstuk 29 754, nr. 3'],
      ['Zie Kamerstukken 29 754,\n  30 123 en 31 000, nr. 3.', 'Kamerstukken 29 754,\n  30 123 en 31 000, nr. 3', 'Kamerstukken 29 754, 30 123 en 31 000, nr. 3'],
      ['Zie Kamerstukken 29 754\n  en 30 123, nr. 3.', 'Kamerstukken 29 754\n  en 30 123, nr. 3', 'Kamerstukken 29 754 en 30 123, nr. 3'],
      ['Zie Kamerstukken 29 754 en\n 30 123, nr. 3.', 'Kamerstukken 29 754 en\n 30 123, nr. 3', 'Kamerstukken 29 754 en 30 123, nr. 3'],
    ];
    for (const [draft, span, canonical] of cases) {
      const c = only(draft);
      assert.equal(c.text, span, JSON.stringify(draft));
      assert.equal(c.canonical, canonical, JSON.stringify(draft));
      assert.equal(c.valid, true, JSON.stringify(draft));
    }
  });

  it('explains each KB101 slip, and fixes the whole citation', () => {
    const cases: [string, string, string, string][] = [
      ['Zie Kamerstuk29 754, nr. 3.', 'Kamerstuk29 754, nr. 3', 'Kamerstuk 29 754, nr. 3', 'geen spatie na "Kamerstuk"'],
      // KB102's warning ("Kamerstukken" for one document) makes the same rewrite: it joins this message.
      ['Zie Kamerstukken29 754, nr. 3.', 'Kamerstukken29 754, nr. 3', 'Kamerstuk 29 754, nr. 3', 'geen spatie na "Kamerstukken"; "Kamerstukken" bij één dossier en één nummer: "Kamerstuk"'],
      ['Zie Kamerstuk  29 754, nr. 3.', 'Kamerstuk  29 754, nr. 3', 'Kamerstuk 29 754, nr. 3', 'meer dan één spatie na "Kamerstuk"'],
      ['Zie kamerstuk 29 754, nr. 3.', 'kamerstuk 29 754, nr. 3', 'Kamerstuk 29 754, nr. 3', 'kleine letter aan het begin van "Kamerstuk"'],
      ['Zie kamerstukken 29 754 en 30 123, nr. 3.', 'kamerstukken 29 754 en 30 123, nr. 3', 'Kamerstukken 29 754 en 30 123, nr. 3', 'kleine letter aan het begin van "Kamerstukken"'],
      ['Zie Bijlage bij kamerstuk 29 754, nr. 3.', 'Bijlage bij kamerstuk 29 754, nr. 3', 'Bijlage bij Kamerstuk 29 754, nr. 3', 'kleine letter aan het begin van "Kamerstuk"'],
      ['Zie Kamerstuk 29 754 nr. 3.', 'Kamerstuk 29 754 nr. 3', 'Kamerstuk 29 754, nr. 3', 'komma tussen dossiernummer en nr. ontbreekt'],
      ['Zie Kamerstuk 29 754 , nr. 3.', 'Kamerstuk 29 754 , nr. 3', 'Kamerstuk 29 754, nr. 3', 'spatie vóór de komma'],
      ['Zie Kamerstuk 29 754,nr. 3.', 'Kamerstuk 29 754,nr. 3', 'Kamerstuk 29 754, nr. 3', 'geen spatie na de komma'],
      ['Zie Kamerstuk 29 754,  nr. 3.', 'Kamerstuk 29 754,  nr. 3', 'Kamerstuk 29 754, nr. 3', 'meer dan één spatie na de komma'],
      ['Zie Kamerstuk 29 754, no. 3.', 'Kamerstuk 29 754, no. 3', 'Kamerstuk 29 754, nr. 3', '"no." in plaats van "nr."'],
      ['Zie Kamerstuk 29 754, nummer 3.', 'Kamerstuk 29 754, nummer 3', 'Kamerstuk 29 754, nr. 3', '"nummer" voluit in plaats van "nr."'],
      ['Zie Kamerstukken 29 754, nummers 3 en 4.', 'Kamerstukken 29 754, nummers 3 en 4', 'Kamerstukken 29 754, nrs. 3 en 4', '"nummers" voluit in plaats van "nrs."'],
      ['Zie Kamerstuk 29 754, nr.3.', 'Kamerstuk 29 754, nr.3', 'Kamerstuk 29 754, nr. 3', 'geen spatie na nr.'],
      ['Zie Kamerstuk 29 754, nr.  3.', 'Kamerstuk 29 754, nr.  3', 'Kamerstuk 29 754, nr. 3', 'meer dan één spatie na nr.'],
      ['Zie Kamerstuk 29 754, nr. 3, nr. 4.', 'Kamerstuk 29 754, nr. 3, nr. 4', 'Kamerstuk 29 754, nrs. 3 en 4', '"nr." herhaald in een opsomming: "nrs. …"'],
      ['Zie Kamerstuk 29 754, nr. 3, nr 4.', 'Kamerstuk 29 754, nr. 3, nr 4', 'Kamerstuk 29 754, nrs. 3 en 4', '"nr." herhaald in een opsomming: "nrs. …"'],
      ['Zie Kamerstuk 29 754, nr. 3,nr. 4.', 'Kamerstuk 29 754, nr. 3,nr. 4', 'Kamerstuk 29 754, nrs. 3 en 4', '"nr." herhaald in een opsomming: "nrs. …"'],
      ['Zie Kamerstuk 36 069(R2171), nr. 3.', 'Kamerstuk 36 069(R2171), nr. 3', 'Kamerstuk 36 069 (R2171), nr. 3', 'één spatie vóór het Rijkswetnummer: "(R…)"'],
      ['Zie Kamerstuk 1000, nr. 3.', 'Kamerstuk 1000, nr. 3', 'Kamerstuk 1 000, nr. 3', 'dossiernummer zonder duizendtalspatie'],
    ];
    for (const [draft, span, fixed, why] of cases) {
      const kb101 = lintText(draft).messages.filter((m) => m.ruleId === 'KB101');
      assert.equal(kb101.length, 1, `${draft}: ${kb101.map((m) => m.message).join(' | ')}`);
      const m = kb101[0]!;
      assert.equal(draft.slice(m.start, m.end), span, draft);
      assert.ok(m.message.endsWith(`(${why})`), `${draft}: ${m.message}`);
      assert.deepEqual(m.fix, { range: [m.start, m.end], text: fixed }, draft);
    }
  });

  it('wants no thousands space below 1 000, and reads a numbers list broken over lines', () => {
    assert.deepEqual(lintText('Zie Kamerstuk 999, nr. 3.').messages, []);
    const c = only('Zie Kamerstukken 29 754, nrs. 3\n  en 4.');
    assert.equal(c.text, 'Kamerstukken 29 754, nrs. 3\n  en 4');
    assert.equal(c.canonical, 'Kamerstukken 29 754, nrs. 3 en 4');
  });

  it('reads a lower-case keyword with a short number as prose, with a dossier number as a citation', () => {
    assert.deepEqual(scanCitations('In het kamerstuk 2019 staat het.').citations, []);
    const c = only('In het kamerstuk 36471 staat het.');
    assert.equal(c.text, 'kamerstuk 36471');
    assert.equal(c.valid, false);
    const m = lintText('In het kamerstuk 36471 staat het.').messages.find((x) => x.ruleId === 'KB101')!;
    assert.match(m.message, /\(kleine letter aan het begin van "Kamerstuk"; dossiernummer zonder duizendtalspatie; ondernummer ontbreekt: het citaat wijst een heel dossier aan\)$/);
    // With a capital, the same short number is a citation (of a whole dossier, without thousands space).
    assert.equal(only('Zie Kamerstuk 2019 over dit.').text, 'Kamerstuk 2019');
  });

  it('reads the vergaderjaar ahead of the dossier with spaces around the slash (the Leidraad form, KB105)', () => {
    for (const draft of ['Kamerstukken 2019/20, 29 754, nr. 3', 'Kamerstukken 2019 / 2020, 29 754, nr. 3', 'Kamerstukken 2019 /2020, 29 754, nr. 3', 'Kamerstukken 2019/ 2020, 29 754, nr. 3']) {
      const c = only(draft);
      assert.equal(c.kind, 'kamerstukken-leidraad', draft);
      assert.equal(c.text, draft);
      assert.equal(c.valid, false, draft);
    }
  });
});

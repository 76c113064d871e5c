// KB205 (footnote text) on final periods, case by case: citations follow the majority of the
// citation notes (a tie keeps the period, the house style), a sentence always ends in one, titles
// and other references are never compared, and each fix adds or removes exactly one period.
import assert from 'node:assert/strict';
import { fixText, lintText } from '../../server/src/core/lint.js';

function kb205(notes: string[]) {
  const calls = notes.map((_, i) => `Zin ${i + 1}.[^${i + 1}]`).join(' ');
  const text = `${calls}\n\n${notes.map((n, i) => `[^${i + 1}]: ${n}`).join('\n')}\n`;
  const messages = lintText(text).messages.filter((m) => m.ruleId === 'KB205');
  const fixed = fixText(text, { config: { rules: {} } }).text;
  return { said: messages.map((m) => `${text.slice(m.start, m.end) || '∅'} ${m.message}`), fixedNotes: fixed.slice(fixed.indexOf('\n\n') + 2).trimEnd().split('\n') };
}

describe('KB205 final periods in footnotes', () => {
  it('citation notes follow their majority: one without a period among notes with one gets it', () => {
    const r = kb205(['Kamerstuk 29 754, nr. 451.', 'Kamerstuk 29 754, nr. 452.', 'Kamerstuk 29 754, nr. 459']);
    assert.deepEqual(r.said, ['∅ Onverwachte voetnoot zonder slotpunt in voetnoot 3, verwacht een punt aan het eind, zoals in de andere voetnoten met een citaat']);
    assert.equal(r.fixedNotes[2], '[^3]: Kamerstuk 29 754, nr. 459.');
  });

  it('the majority without: a period is flagged and its fix removes only that period', () => {
    const r = kb205(['Kamerstuk 29 754, nr. 451', 'Kamerstuk 29 754, nr. 452', 'Kamerstuk 29 754, nr. 459.']);
    assert.deepEqual(r.said, ['. Onverwacht slotpunt in voetnoot 3, verwacht geen punt aan het eind, zoals in de andere voetnoten met een citaat']);
    assert.equal(r.fixedNotes[2], '[^3]: Kamerstuk 29 754, nr. 459');
  });

  it('a tie keeps the period', () => {
    assert.deepEqual(kb205(['Kamerstuk 29 754, nr. 451.', 'Kamerstuk 29 754, nr. 452']).said, ['∅ Onverwachte voetnoot zonder slotpunt in voetnoot 2, verwacht een punt aan het eind, zoals in de andere voetnoten met een citaat']);
  });

  it('a sentence keeps its period whatever the others do; all alike is no message', () => {
    // Two sentences make a sentence note even without a final period; the majority has none here.
    const r = kb205(['Dit is een zin. Dit is de tweede', 'Dit is een zin. Dit is de derde', 'Dit is een zin. Dit is de vierde.']);
    assert.deepEqual(r.said.map((m) => m.slice(0, 60)), ['∅ Onverwachte voetnoot zonder slotpunt in voetnoot 1, verwac', '∅ Onverwachte voetnoot zonder slotpunt in voetnoot 2, verwac']);
    assert.match(r.said[0]!, /zoals in de andere voetnoten met een volzin$/);
    assert.deepEqual(kb205(['Kamerstuk 29 754, nr. 451', 'Kamerstuk 29 754, nr. 452']).said, []);
    assert.deepEqual(kb205(['Dit is een zin. Dit is de tweede', 'Dit is een zin. Dit is de derde']).said, [], 'no sentence note has one: nothing to compare with');
    assert.deepEqual(kb205(['Kamerstuk 29 754, nr. 451.', 'Kamerstuk 29 754, nr. 452.']).said, []);
  });

  it('titles, references and bare URLs are never compared', () => {
    assert.deepEqual(kb205(['Kamerstuk 29 754, nr. 451.', 'Terrorismebestrijding | Rapport | Rijksoverheid.nl', 'NRC.nl, 26 juni 2024, «Titel»', 'https://www.rijksoverheid.nl/a']).said, []);
  });

  it('a stray mark at the start of a note: flagged and removed, unless a citation rule owns it', () => {
    const r = kb205(['. Kamerstuk 29 754, nr. 451.', 'Kamerstuk 29 754, nr. 452.']);
    assert.deepEqual(r.said, ['.  Onverwacht leesteken ".", verwacht een voetnoottekst die met de tekst zelf begint (los leesteken aan het begin van voetnoot 1)']);
    assert.equal(r.fixedNotes[0], '[^1]: Kamerstuk 29 754, nr. 451.');
  });
});

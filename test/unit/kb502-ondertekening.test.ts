// KB502 (signature) case by case: which drafts count as letters, where the last lines are read
// (before the footnotes, at most about six lines back) and how a signature may be laid out.
import assert from 'node:assert/strict';
import { lintText } from '../../server/src/core/lint.js';

const MESSAGE = 'Onverwacht slot van de brief zonder ondertekening, verwacht een ondertekening als "De Minister van Justitie en Veiligheid," met de naam op de volgende regel';

/** KB502's messages on a draft, as "spanned text | severity | message". */
function kb502(text: string): string[] {
  return lintText(text)
    .messages.filter((m) => m.ruleId === 'KB502')
    .map((m) => `${text.slice(m.start, m.end)} | ${m.severity} | ${m.message}`);
}

const BODY = 'Hierbij informeer ik u over de voortgang van de aanpak van radicalisering.';

describe('KB502 ondertekening', () => {
  it('flags an office line without the name under it, at the last character', () => {
    const text = `---\nsoort: brief\n---\n\n${BODY}\n\nDe Minister van Justitie en Veiligheid,\n`;
    assert.deepEqual(kb502(text), [`, | info | ${MESSAGE}`]);
  });

  it('only reads letters: answers to Kamervragen have no signature', () => {
    assert.deepEqual(kb502('---\nsoort: antwoorden-kamervragen\n---\n\nVraag 1\n\nKent u het bericht?\n\nAntwoord 1\n\nJa.\n'), []);
  });

  it('says nothing on a letter that has only its front matter so far', () => {
    assert.deepEqual(kb502('---\nsoort: brief\nonderwerp: Voortgang\n---\n'), []);
  });

  it('accepts the office and the name on consecutive lines of one paragraph, also with a hard break', () => {
    assert.deepEqual(kb502(`---\nsoort: brief\n---\n\n${BODY}\n\nDe Minister van Justitie en Veiligheid,\nF.B.J. Grapperhaus\n`), []);
    assert.deepEqual(kb502(`---\nsoort: brief\n---\n\n${BODY}\n\nDe Minister van Justitie en Veiligheid,  \nF.B.J. Grapperhaus\n`), []);
  });

  it('accepts a name indented under the office line', () => {
    assert.deepEqual(kb502(`---\nsoort: brief\n---\n\n${BODY}\n\nDe Minister van Justitie en Veiligheid,\n\n  F.B.J. Grapperhaus\n`), []);
  });

  it('reads past the footnotes, however many', () => {
    const notes = Array.from({ length: 7 }, (_, i) => `[^${i + 1}]: Kamerstuk 29 754, nr. ${451 + i}.`).join('\n\n');
    const calls = Array.from({ length: 7 }, (_, i) => `[^${i + 1}]`).join('');
    assert.deepEqual(kb502(`---\nsoort: brief\n---\n\n${BODY}${calls}\n\nDe Minister van Justitie en Veiligheid,\n\nF.B.J. Grapperhaus\n\n${notes}\n`), []);
  });

  it('does not take a signature followed by six more lines for the end of the letter', () => {
    const tail = [
      'Tot slot merk ik op dat de evaluatie van de aanpak in het voorjaar',
      'van 2020 aan uw Kamer wordt gezonden. Daarin komen ook de resultaten',
      'van de gesprekken met gemeenten aan de orde, en de wijze waarop het',
      'lokale netwerk van sleutelfiguren in de praktijk wordt ingezet. Ik',
      'zal uw Kamer daarbij ook informeren over de financiering van de',
      'landelijke faciliteiten.',
    ].join('\n');
    const text = `---\nsoort: brief\n---\n\n${BODY}\n\nDe Minister van Justitie en Veiligheid,\nF.B.J. Grapperhaus\n\n${tail}\n`;
    assert.deepEqual(kb502(text), [`. | info | ${MESSAGE}`]);
  });
});

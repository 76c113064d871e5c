// The "verzending" rules case by case: KB601 placeholders (front matter spans, omissions inside and
// outside quotations), KB603 draft markers (quoted front matter values, line length) and KB604
// contact details (each reported once, links included, in text order).
import assert from 'node:assert/strict';
import { lintText } from '../../server/src/core/lint.js';
import { markerLine } from '../../server/src/core/rules/kb603-conceptmarkering/marker.js';
import { contactsIn } from '../../server/src/core/rules/kb604-contactgegevens/contact.js';

/** One rule's messages under the preset "verzending", as "spanned text | severity | message". */
function said(ruleId: string, text: string): string[] {
  return lintText(text, { config: { preset: 'verzending' } })
    .messages.filter((m) => m.ruleId === ruleId)
    .map((m) => `${text.slice(m.start, m.end)} | ${m.severity} | ${m.message}`);
}

const placeholder = (found: string) => `${found} | error | Onverwachte plaatshouder "${found}", verwacht de definitieve tekst (een plaatshouder mag het ministerie niet verlaten)`;

describe('KB601 plaatshouder', () => {
  it('points at a placeholder inside a front matter value, not at the value\'s start', () => {
    assert.deepEqual(said('KB601', '---\nsoort: brief\nonderwerp: Stand van zaken [invullen]\n---\n\nTekst van de brief.\n'), [placeholder('[invullen]')]);
  });

  it('keeps an omission in a quotation that starts after emphasis', () => {
    assert.deepEqual(said('KB601', '*Volgens het rapport* „is […] een landelijke aanpak nodig”.\n'), []);
  });

  it('takes "[ … ]" with spaces and "[...]" for omissions in a quotation too', () => {
    assert.deepEqual(said('KB601', 'De minister schreef: „de aanpak [ … ] werkt niet”.\n'), []);
    assert.deepEqual(said('KB601', 'De minister schreef: „de aanpak [...] werkt niet”.\n'), []);
  });

  it('flags "[…]" before, after or right behind a quotation', () => {
    assert.deepEqual(said('KB601', '[…] en de minister schreef: „de aanpak werkt niet”.\n'), [placeholder('[…]')]);
    assert.deepEqual(said('KB601', 'De minister schreef: „de aanpak werkt niet” en […] volgt.\n'), [placeholder('[…]')]);
    assert.deepEqual(said('KB601', 'De minister schreef: „de aanpak werkt niet”[…]\n'), [placeholder('[…]')]);
  });
});

const marking = (span: string, found: string) => `${span} | error | Onverwachte markering "${found}", verwacht geen concept-, vertrouwelijk- of interne markering in een stuk dat verzonden wordt`;

describe('KB603 conceptmarkering', () => {
  it('reads a quoted front matter value without its quotes', () => {
    assert.deepEqual(said('KB603', '---\nsoort: brief\nstatus: "Concept – niet verspreiden"\n---\n\nTekst van de brief.\n'), [
      marking('status: "Concept – niet verspreiden"', 'status: "Concept – niet verspreiden"'),
    ]);
  });

  it('takes markup around the marker word for a space ("CONCEPT(v2)")', () => {
    assert.deepEqual(said('KB603', '# CONCEPT(v2)\n\nTekst van de brief.\n'), [marking('# CONCEPT(v2)', 'CONCEPT(v2)')]);
    assert.equal(markerLine('CONCEPTv2'), false);
  });

  it('leaves running text that starts with a marker word alone (a line over 100 characters)', () => {
    assert.deepEqual(said('KB603', 'Intern, bij de ministeries onderling, is afgesproken dat de aanpak van radicalisering in 2020 wordt geëvalueerd.\n'), []);
    const note = 'Vertrouwelijk – niet verspreiden buiten de departementen die bij de aanpak van radicalisering betrok';
    assert.equal(note.length, 100);
    assert.equal(markerLine(note), true, 'exactly 100 characters is still a marker line');
    assert.equal(markerLine(`${note}k`), false);
  });
});

const contact = (kind: string, found: string, span = found) => `${span} | error | Onverwacht ${kind} "${found}", verwacht geen persoonlijke contactgegevens in een stuk dat verzonden wordt (contactgegevens van medewerkers horen in de begeleidende mail, niet in de brief)`;

describe('KB604 contactgegevens', () => {
  it('reports a mailto link that shows its address once', () => {
    assert.deepEqual(said('KB604', 'Voor vragen: [jan.jansen@minbzk.nl](mailto:jan.jansen@minbzk.nl).\n'), [contact('e-mailadres', 'jan.jansen@minbzk.nl')]);
  });

  it('reports a mailto link that hides its address, also before a number in the text', () => {
    assert.deepEqual(said('KB604', 'Mail [Jan](mailto:jan.jansen@minbzk.nl) of bel 06-12345678.\n'), [
      contact('e-mailadres', 'jan.jansen@minbzk.nl', '[Jan](mailto:jan.jansen@minbzk.nl)'),
      contact('telefoonnummer', '06-12345678'),
    ]);
  });

  it('does not read the address of an ordinary web link', () => {
    assert.deepEqual(said('KB604', 'Zie [het aanmeldformulier](https://forms.office.com/?owner=jan.jansen@minbzk.nl).\n'), []);
  });

  it('finds a The Hague number written 070-7700312 (its digits hold "0031")', () => {
    assert.deepEqual(contactsIn('Bel 070-7700312.'), [{ kind: 'telefoonnummer', text: '070-7700312', index: 4 }]);
  });

  it('gives contacts in text order, numbers and addresses mixed', () => {
    assert.deepEqual(contactsIn('Bel 06-12345678 of mail jan.jansen@minbzk.nl'), [
      { kind: 'telefoonnummer', text: '06-12345678', index: 4 },
      { kind: 'e-mailadres', text: 'jan.jansen@minbzk.nl', index: 24 },
    ]);
  });
});

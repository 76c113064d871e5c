// KB501 (front matter) value by value: the shapes of dates, zaak and kamerstuk numbers, vergaderjaar
// and vragensteller; broken YAML; likely misspelt keys (never a writer's own key, never a key that is
// already there); and a received date before the sent date. Also the "tikfout?" helper itself.
import assert from 'node:assert/strict';
import { lintText } from '../../server/src/core/lint.js';
import { likelyMisspelling, osaDistance } from '../../server/src/core/rules/kb501-voorpagina/misspelling.js';

/** KB501's messages on a draft with this front matter, as "spanned text | message". */
function kb501(frontMatter: string): string[] {
  const text = `---\n${frontMatter}\n---\n\nTekst van de brief.\n`;
  return lintText(text)
    .messages.filter((m) => m.ruleId === 'KB501')
    .map((m) => `${text.slice(m.start, m.end)} | ${m.message}`);
}

describe('KB501 voorpagina: values', () => {
  it('lets a complete, well-formed letter front matter pass', () => {
    const fm = [
      'soort: brief',
      'aan: De Voorzitter van de Tweede Kamer der Staten-Generaal',
      'onderwerp: Stand van zaken moties en toezeggingen',
      'zaak: 2019Z13154',
      'kamerstuk: 29 754, nr. 501',
      'vergaderjaar: 2018–2019',
      'datum: 2019-03-05',
      'kenmerk: 2539871',
      'ministerie: Justitie en Veiligheid',
    ].join('\n');
    assert.deepEqual(kb501(fm), []);
  });

  it('accepts every kamerstuk number shape: a dash suffix, Roman numerals with A/B, a capital letter', () => {
    for (const nr of ['21 501-20, nr. 1234', '35 300 VII, nr. 5', '36 200 IXB, nr. 3', '36 200 A, nr. 12', '9 754, nr. 1']) {
      assert.deepEqual(kb501(`soort: brief\nkamerstuk: ${nr}`), [], nr);
    }
  });

  it('flags a kamerstuk with the word "Kamerstuk" before it or a period after it', () => {
    const expected = 'verwacht een nummer als "29 754, nr. 501"';
    assert.deepEqual(kb501('soort: brief\nkamerstuk: Kamerstuk 29 754, nr. 501'), [`Kamerstuk 29 754, nr. 501 | Onverwachte waarde van "kamerstuk" "Kamerstuk 29 754, nr. 501", ${expected}`]);
    assert.deepEqual(kb501('soort: brief\nkamerstuk: 29 754, nr. 501.'), [`29 754, nr. 501. | Onverwachte waarde van "kamerstuk" "29 754, nr. 501.", ${expected}`]);
  });

  it('flags a zaak number with a prefix, a period after it or one digit too many', () => {
    const msg = (v: string) => `${v} | Onverwachte waarde van "zaak" "${v}", verwacht een zaaknummer als "2019Z13154"`;
    assert.deepEqual(kb501('soort: vragen\nzaak: nr. 2019Z13154'), [msg('nr. 2019Z13154')]);
    assert.deepEqual(kb501('soort: vragen\nzaak: 2019Z13154.'), [msg('2019Z13154.')]);
    assert.deepEqual(kb501('soort: vragen\nzaak: 2019Z131540'), [msg('2019Z131540')]);
  });

  it('flags a vergaderjaar with text before it or a period after it', () => {
    const msg = (v: string) => `${v} | Onverwachte waarde van "vergaderjaar" "${v}", verwacht twee opeenvolgende jaren als "2018–2019"`;
    assert.deepEqual(kb501('soort: brief\nvergaderjaar: vergaderjaar 2018–2019'), [msg('vergaderjaar 2018–2019')]);
    assert.deepEqual(kb501('soort: brief\nvergaderjaar: 2018–2019.'), [msg('2018–2019.')]);
    assert.deepEqual(kb501('soort: brief\nvergaderjaar: 2018-2019'), [], 'a hyphen is fine too');
  });

  it('flags a vragensteller without party, with a period after it, or with a stray space inside the quotes', () => {
    assert.deepEqual(kb501('soort: vragen\nvragensteller: Wiersma (VVD)'), []);
    assert.deepEqual(kb501('soort: vragen\nvragensteller: Wiersma (VVD).'), ['Wiersma (VVD). | Onverwachte waarde van "vragensteller" "Wiersma (VVD).", verwacht een naam met fractie, zoals "Wiersma (VVD)"']);
    assert.deepEqual(kb501('soort: vragen\nvragensteller: " Wiersma (VVD)"'), ['" Wiersma (VVD)" | Onverwachte waarde van "vragensteller" "" Wiersma (VVD)"", verwacht een naam met fractie, zoals "Wiersma (VVD)"']);
  });

  it('names the expected date shape for each date key', () => {
    assert.deepEqual(kb501('soort: brief\ndatum: 5 maart 2019'), ['5 maart 2019 | Onverwachte waarde van "datum" "5 maart 2019", verwacht een datum als "2019-03-05"']);
    assert.deepEqual(kb501('soort: antwoorden-kamervragen\ningezonden: 2019-06-27\nontvangen: 2019-10-32'), ['2019-10-32 | Onverwachte waarde van "ontvangen" "2019-10-32", verwacht een datum als "2019-10-10"']);
    assert.deepEqual(kb501('soort: antwoorden-kamervragen\ningezonden: 20190627'), ['20190627 | Onverwachte waarde van "ingezonden" "20190627", verwacht een datum als "2019-06-27"']);
    assert.deepEqual(kb501('soort: brief\ndatum: 2019-03-05'), []);
  });

  it('points at the spot after the colon for an empty value, as a warning', () => {
    const text = '---\nsoort: brief\ndatum:\nonderwerp: Moties\n---\n\nTekst van de brief.\n';
    const [m, ...rest] = lintText(text).messages.filter((x) => x.ruleId === 'KB501');
    assert.deepEqual(rest, []);
    assert.equal(m!.message, 'Onverwachte waarde van "datum" "(leeg)", verwacht een datum als "2019-03-05"');
    assert.equal(m!.severity, 'warning');
    assert.deepEqual([m!.start, m!.end], [text.indexOf('datum:') + 6, text.indexOf('datum:') + 7]);
  });

  it('reads a quoted or folded value as YAML does (no false alarm on "29 754,\\n  nr. 501")', () => {
    assert.deepEqual(kb501('soort: "brief"\nkamerstuk: \'29 754, nr. 501\'\nvergaderjaar: "2018–2019"'), []);
    assert.deepEqual(kb501('soort: vragen\nvragensteller: Wiersma (VVD) en\n  Van der Plas (BBB)'), []);
    assert.deepEqual(kb501('soort: brief\nkamerstuk: 29 754,\n  nr. 501'), []);
  });
});

describe('KB501 voorpagina: broken YAML', () => {
  it('names each YAML error at its spot, a zero-width one on the next character as "(leeg)"', () => {
    // A list under a key that already has a value.
    assert.deepEqual(kb501('soort: brief\nbijlagen: 2\n- Rapport'), [
      '- | Onverwachte voorpagina "-", verwacht geldige YAML met "sleutel: waarde" per regel (Implicit keys need to be on a single line)',
      '- | Onverwachte voorpagina "-", verwacht geldige YAML met "sleutel: waarde" per regel (Unexpected block-seq-ind on same line with key)',
      '- | Onverwachte voorpagina "(leeg)", verwacht geldige YAML met "sleutel: waarde" per regel (Implicit map keys need to be followed by map values)',
    ]);
  });

  it('flags a colon inside an unquoted subject', () => {
    assert.deepEqual(kb501('soort: brief\nonderwerp: Stand van zaken: moties en toezeggingen'), [
      'S | Onverwachte voorpagina "S", verwacht geldige YAML met "sleutel: waarde" per regel (Nested mappings are not allowed in compact mappings)',
    ]);
  });
});

describe('KB501 voorpagina: unknown keys', () => {
  it('leaves a writer\'s own key alone', () => {
    assert.deepEqual(kb501('soort: brief\nauteur: directie Wetgeving'), []);
    assert.deepEqual(kb501('soort: brief\ndata: 2019-03-05'), [], '"data" is two edits from "datum": a short key gets one');
  });

  it('suggests the known key a slip was meant for, with the key as span', () => {
    assert.deepEqual(kb501('soort: antwoorden-kamervragen\nontvangst: 2019-10-10'), ['ontvangst | Onverwachte sleutel "ontvangst", verwacht "ontvangen" (tikfout?)']);
    assert.deepEqual(kb501('soort: brief\nvergaderjr: 2018–2019'), ['vergaderjr | Onverwachte sleutel "vergaderjr", verwacht "vergaderjaar" (tikfout?)']);
    assert.deepEqual(kb501('sort: brief'), ['sort | Onverwachte sleutel "sort", verwacht "soort" (tikfout?)']);
  });

  it('does not suggest a key that the front matter already has', () => {
    assert.deepEqual(kb501('soort: antwoorden-kamervragen\nontvangen: 2019-10-10\nontvangst: per post'), []);
  });
});

describe('KB501 voorpagina: sent and received dates', () => {
  it('flags a received date before the sent date, at the received date', () => {
    assert.deepEqual(kb501('soort: antwoorden-kamervragen\ningezonden: 2019-06-27\nontvangen: 2019-06-20'), [
      '2019-06-20 | Onverwachte ontvangstdatum "2019-06-20", verwacht een datum op of na ingezonden (2019-06-27)',
    ]);
  });

  it('lets the same day and a later day pass', () => {
    assert.deepEqual(kb501('soort: antwoorden-kamervragen\ningezonden: 2019-06-27\nontvangen: 2019-06-27'), []);
    assert.deepEqual(kb501('soort: antwoorden-kamervragen\ningezonden: 2019-06-27\nontvangen: 2019-10-10'), []);
  });

  it('compares nothing when one of the two is not a date (only that value is flagged)', () => {
    assert.deepEqual(kb501('soort: antwoorden-kamervragen\ningezonden: 2019-06-27\nontvangen: 2019-06-31'), [
      '2019-06-31 | Onverwachte waarde van "ontvangen" "2019-06-31", verwacht een datum als "2019-10-10"',
    ]);
  });
});

describe('likelyMisspelling and osaDistance', () => {
  it('with a bound, says exactly bound + 1 once every alignment costs more', () => {
    assert.equal(osaDistance('ministerie', 'kenmerk', 1), 2);
    assert.equal(osaDistance('ministerie', 'kenmerk'), 7);
  });

  it('keeps the first of two equally near keys, and a nearer one over a later one', () => {
    assert.equal(likelyMisspelling('datu', ['datum', 'data']), 'datum');
    assert.equal(likelyMisspelling('ontvangem', ['ontvangen', 'ontvangst']), 'ontvangen');
  });

  it('allows two slips once either word is longer than five letters', () => {
    assert.equal(likelyMisspelling('zaaknr', ['aan', 'zaak']), 'zaak');
    assert.equal(likelyMisspelling('vergaderjr', ['vergaderjaar']), 'vergaderjaar');
  });

  it('asks the same first letter only when both words are short', () => {
    assert.equal(likelyMisspelling('aatum', ['datum']), null);
    assert.equal(likelyMisspelling('nderwerp', ['onderwerp']), 'onderwerp');
    assert.equal(likelyMisspelling('odatum', ['datum']), 'datum');
    assert.equal(likelyMisspelling('Datum', ['datum']), 'datum');
  });
});

// KB503 (section headings of moties and toezeggingen) case by case: which headings are read, the
// reasons named, the text expected and the fix (only when every edit lands on plain text).
import assert from 'node:assert/strict';
import { fixText, lintText } from '../../server/src/core/lint.js';

const TOEZEGGING_PATTERN = 'een kopje als "Toezegging – ONDERWERP"';
const MOTIE_PATTERN = 'een kopje als "Motie van het lid NAAM over ONDERWERP" of "Gewijzigde motie van de leden NAAM en NAAM over ONDERWERP"';

function draft(heading: string): string {
  return `---\nsoort: brief\n---\n\n${heading}\n\nTekst van de brief.\n`;
}

/** KB503's messages on a draft with this heading, and the heading line after fixing. */
function kb503(heading: string): { said: string[]; fixes: (string | null)[]; fixed: string } {
  const text = draft(heading);
  const messages = lintText(text).messages.filter((m) => m.ruleId === 'KB503' || m.ruleId === 'KB000');
  const fixed = fixText(text, { config: { rules: {} } }).text.split('\n')[4]!;
  return {
    said: messages.map((m) => `${m.ruleId} ${m.severity}: ${m.message}`),
    fixes: messages.map((m) => (m.fix ? `${text.slice(m.fix.range[0], m.fix.range[1])} → ${m.fix.text}` : null)),
    fixed,
  };
}

describe('KB503 kopjes: toezeggingen', () => {
  it('capitalises a lower-case "toezegging" on an otherwise right heading', () => {
    const r = kb503('### toezegging – Gesprekken met moslimgemeenschappen');
    assert.deepEqual(r.said, ['KB503 warning: Onverwacht kopje "toezegging – Gesprekken met moslimgemeenschappen", verwacht "Toezegging – Gesprekken met moslimgemeenschappen" (hoofdletter aan het begin)']);
    assert.deepEqual(r.fixes, ['t → T']);
  });

  it('reads a numbered heading after its number', () => {
    const r = kb503('### 3.2 toezegging - Gesprekken met moslimgemeenschappen');
    assert.deepEqual(r.said, ['KB503 warning: Onverwacht kopje "3.2 toezegging - Gesprekken met moslimgemeenschappen", verwacht "3.2 Toezegging – Gesprekken met moslimgemeenschappen" (hoofdletter aan het begin; een en-streepje (–) met een spatie ervoor en erna tussen "Toezegging" en het onderwerp)']);
    assert.equal(r.fixed, '### 3.2 Toezegging – Gesprekken met moslimgemeenschappen');
  });

  it('wants the dash right after "Toezegging", not further on, and offers no fix then', () => {
    const expected = `KB503 warning: Onverwacht kopje "Toezegging aan het lid Heerema – gesprekken met moslims", verwacht ${TOEZEGGING_PATTERN} (geen en-streepje tussen "Toezegging" en het onderwerp)`;
    assert.deepEqual(kb503('### Toezegging aan het lid Heerema – gesprekken met moslims'), { said: [expected], fixes: [null], fixed: '### Toezegging aan het lid Heerema – gesprekken met moslims' });
    const hyphen = kb503('### Toezegging aan het lid Heerema - gesprekken met moslims');
    assert.deepEqual(hyphen.said, [expected.replace('–', '-')]);
    assert.deepEqual(hyphen.fixes, [null]);
  });

  it('names a missing subject, also after a dash', () => {
    const missing = `KB503 warning: Onverwacht kopje "Toezegging", verwacht ${TOEZEGGING_PATTERN} (het onderwerp ontbreekt)`;
    assert.deepEqual(kb503('### Toezegging').said, [missing]);
    assert.deepEqual(kb503('### Toezegging –').said, [missing.replace('"Toezegging"', '"Toezegging –"')]);
  });

  it('leaves headings that only mention a toezegging or motie, paragraphs and headings in footnotes alone', () => {
    assert.deepEqual(kb503('## Stand van zaken per toezegging').said, []);
    assert.deepEqual(kb503('## Uitvoering van de motie').said, []);
    assert.deepEqual(kb503('Toezegging - de minister informeert de Kamer voor de zomer.').said, [], 'a paragraph is no heading');
    const text = 'Zie de toelichting.[^1]\n\n[^1]: ## Toezegging - Gesprekken met moslimgemeenschappen\n';
    assert.deepEqual(lintText(text).messages.filter((m) => m.ruleId === 'KB503'), []);
  });
});

describe('KB503 kopjes: moties', () => {
  it('removes a party written against the name, and only the party', () => {
    const r = kb503('### Motie van het lid Becker(VVD) over een landelijk gevalideerde aanpak');
    assert.deepEqual(r.said, ['KB503 warning: Onverwacht kopje "Motie van het lid Becker(VVD) over een landelijk gevalideerde aanpak", verwacht "Motie van het lid Becker over een landelijk gevalideerde aanpak" (geen fractie in het kopje ("(VVD)" hoort bij de eerste vermelding in de tekst))']);
    assert.deepEqual(r.fixes, ['(VVD) → ']);
    assert.equal(r.fixed, '### Motie van het lid Becker over een landelijk gevalideerde aanpak');
  });

  it('names the corrected heading but offers no fix when the party is in emphasis', () => {
    const r = kb503('### motie van het lid Becker (*VVD*) over een landelijk gevalideerde aanpak');
    assert.deepEqual(r.said, ['KB503 warning: Onverwacht kopje "motie van het lid Becker (VVD) over een landelijk gevalideerde aanpak", verwacht "Motie van het lid Becker over een landelijk gevalideerde aanpak" (hoofdletter aan het begin; geen fractie in het kopje ("(VVD)" hoort bij de eerste vermelding in de tekst))']);
    assert.deepEqual(r.fixes, [null]);
  });

  it('reads a numbered motie heading after its number', () => {
    const r = kb503('### 3.2 motie van het lid Becker (VVD) over een landelijk gevalideerde aanpak');
    assert.deepEqual(r.fixes, ['motie van het lid Becker (VVD) → Motie van het lid Becker']);
    assert.equal(r.fixed, '### 3.2 Motie van het lid Becker over een landelijk gevalideerde aanpak');
  });

  it('capitalises "gewijzigde" and lowers "Motie" in one fix', () => {
    const r = kb503('### gewijzigde Motie van het lid Azarkan over de evaluatie van contraterrorisme-maatregelen');
    assert.deepEqual(r.said, ['KB503 warning: Onverwacht kopje "gewijzigde Motie van het lid Azarkan over de evaluatie van contraterrorisme-maatregelen", verwacht "Gewijzigde motie van het lid Azarkan over de evaluatie van contraterrorisme-maatregelen" (hoofdletter aan het begin; "Gewijzigde motie" met een kleine m)']);
    assert.equal(r.fixed, '### Gewijzigde motie van het lid Azarkan over de evaluatie van contraterrorisme-maatregelen');
  });

  it('reads "Gewijzigde" followed by a non-breaking space, two spaces or a line break (no internal error)', () => {
    assert.deepEqual(kb503('### Gewijzigde\u00a0motie van het lid Azarkan over de evaluatie van contraterrorisme-maatregelen').said, []);
    assert.deepEqual(kb503('### Gewijzigde  motie van het lid Azarkan over de evaluatie van contraterrorisme-maatregelen').said, []);
    assert.deepEqual(kb503('Gewijzigde\nmotie van het lid Azarkan over de evaluatie van contraterrorisme-maatregelen\n---').said, []);
    const r = kb503('### Gewijzigde  motie van het lid Azarkan (Denk) over de evaluatie van contraterrorisme-maatregelen');
    assert.deepEqual(r.fixes, [' (Denk) → ']);
    assert.equal(r.fixed, '### Gewijzigde  motie van het lid Azarkan over de evaluatie van contraterrorisme-maatregelen');
  });

  it('offers no fix, only the pattern, for a motie not named "van het lid …"', () => {
    const r = kb503('### motie-Taverne over het kabinetsstandpunt');
    assert.deepEqual(r.said, [`KB503 warning: Onverwacht kopje "motie-Taverne over het kabinetsstandpunt", verwacht ${MOTIE_PATTERN} (hoofdletter aan het begin; "Motie van het lid …" of "Motie van de leden …")`]);
    assert.deepEqual(r.fixes, [null]);
  });

  it('takes only a mention at the start of the heading for the heading\'s motie', () => {
    assert.deepEqual(kb503('### Motie over de evaluatie, en de motie van het lid Becker over de aanpak').said, [
      `KB503 warning: Onverwacht kopje "Motie over de evaluatie, en de motie van het lid Becker over de aanpak", verwacht ${MOTIE_PATTERN} ("Motie van het lid …" of "Motie van de leden …")`,
    ]);
  });

  it('wants "over" right after the movers, with any run of spaces around it', () => {
    assert.deepEqual(kb503('### Motie van het lid Becker: zorgen over radicalisering').said, [
      `KB503 warning: Onverwacht kopje "Motie van het lid Becker: zorgen over radicalisering", verwacht ${MOTIE_PATTERN} ("over" met het onderwerp na de indieners)`,
    ]);
    assert.deepEqual(kb503('### Motie van het lid Becker  over  een landelijk gevalideerde aanpak').said, []);
  });
});

// KB311 (toezegging-bron): a "Toezegging – …" section that names no debate, date or verslag gets an
// info — unless a footnote it calls does. Footnote labels are matched case-insensitively, and a label
// defined more than once (letters pasted together) resolves to the nearest definition after the
// section, else the last one before it.
import assert from 'node:assert/strict';
import { lintText } from '../../server/src/core/lint.js';

const EXPLAINED =
  ', verwacht het debat en de datum van de toezegging, of het verslag, zoals "tijdens het AO preventie van 20 juni 2018" of "(Kamerstuk 29 754, nr. 462)" (zonder bron is de toezegging in de registratie van de Kamer niet terug te vinden)';
const said = (title: string) => `Onverwachte toezegging zonder debat of datum "${title}"${EXPLAINED}`;

/** KB311 messages (and internal errors, so a crash never passes for silence) as "span: message". */
function kb311(text: string): string[] {
  return lintText(text)
    .messages.filter((m) => m.ruleId === 'KB311' || m.ruleId === 'KB000')
    .map((m) => `${text.slice(m.start, m.end)}: ${m.severity} ${m.message}`);
}

const SECTION = (title: string, call: string) => `## Toezegging – ${title}\n\nZoals toegezegd${call} ontvangt u jaarlijks een overzicht van de stand van zaken.\n\n`;

describe('KB311 toezegging-bron: sources in called footnotes', () => {
  it('a footnote called in the section and defined further on can be the source; its label is case-insensitive', () => {
    const withSource = `${SECTION('Jaarlijkse rapportage', '[^Verslag]')}## Overige onderwerpen\n\nGeen.\n\n[^Verslag]: Kamerstuk 29 754, nr. 462.\n`;
    assert.deepEqual(kb311(withSource), []);
    const without = withSource.replace('Kamerstuk 29 754, nr. 462.', 'Zie de bijlage.');
    assert.deepEqual(kb311(without), [`## Toezegging – Jaarlijkse rapportage: info ${said('Toezegging – Jaarlijkse rapportage')}`]);
  });

  it('a call without a definition adds nothing: a date elsewhere in the letter does not count', () => {
    const text = `${SECTION('Jaarlijkse rapportage', '[^2]')}## Overige onderwerpen\n\nOp 12 maart 2019 is de rapportage verschenen.\n`;
    assert.deepEqual(kb311(text), [`## Toezegging – Jaarlijkse rapportage: info ${said('Toezegging – Jaarlijkse rapportage')}`]);
  });

  it('two called notes are read one per line: a debate acronym at the end of the first still counts', () => {
    const text = `## Toezegging – Jaarlijkse rapportage\n\nZoals toegezegd[^1] ontvangt u jaarlijks een overzicht.[^2]\n\n## Overige onderwerpen\n\nGeen.\n\n[^1]: Toegezegd tijdens het WGO\n[^2]: Zie ook de bijlage\n`;
    assert.deepEqual(kb311(text), []);
  });

  it('a label defined twice: each section reads the nearest definition after it', () => {
    const text =
      `${SECTION('Jaarlijkse rapportage', '[^1]')}## Bijlage 1\n\n[^1]: Zie de bijlage.\n\n`
      + `${SECTION('Geannoteerde agenda', '[^1]')}## Bijlage 2\n\n[^1]: Kamerstuk 29 754, nr. 462.\n`;
    assert.deepEqual(kb311(text), [`## Toezegging – Jaarlijkse rapportage: info ${said('Toezegging – Jaarlijkse rapportage')}`]);
  });

  it('with no definition after the section, the last one before it counts, not one inside the section', () => {
    const text = `## Inleiding\n\nDeze brief bundelt twee eerdere brieven.[^1]\n\n[^1]: Kamerstuk 29 754, nr. 462.\n\n${SECTION('Jaarlijkse rapportage', '[^1]')}[^1]: Zie de bijlage.\n`;
    assert.deepEqual(kb311(text), []);
    // Only the definition inside the section: no source (and the date in the introduction is not read).
    const inside = `## Inleiding\n\nBrief van 12 maart 2019.\n\n${SECTION('Jaarlijkse rapportage', '[^1]')}[^1]: Zie de bijlage.\n`;
    assert.deepEqual(kb311(inside), [`## Toezegging – Jaarlijkse rapportage: info ${said('Toezegging – Jaarlijkse rapportage')}`]);
  });
});

describe('KB311 toezegging-bron: which headings', () => {
  it('a numbered heading is read after its number', () => {
    const text = '## 2. Toezegging – Jaarlijkse rapportage\n\nOok ontvangt u jaarlijks een overzicht.\n';
    assert.deepEqual(kb311(text), [`## 2. Toezegging – Jaarlijkse rapportage: info ${said('Toezegging – Jaarlijkse rapportage')}`]);
  });

  it('only a heading that starts with "Toezegging" is a toezegging section', () => {
    assert.deepEqual(kb311('## Stand van zaken toezegging\n\nOok ontvangt u jaarlijks een overzicht.\n'), []);
    assert.deepEqual(kb311('## Toezeggingen\n\nOok ontvangt u jaarlijks een overzicht.\n'), []);
  });
});

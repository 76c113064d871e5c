// `kamerbrief export`: the gate (errors of the normal lint stop it, --force lets it through), the
// letter and Aanhangsel layouts as OOXML, real footnotes, --sjabloon, and Word edits winning over
// the stored front matter on import. Through the shipped CLI.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { normalForm } from '../helpers/draft-normal-form.js';
import { kamerbrief } from '../helpers/kamerbrief-cli.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-export-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));
const write = (name: string, content: string | Uint8Array): string => {
  const p = path.join(tmp, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
};
const parts = (file: string): Record<string, string> => Object.fromEntries(Object.entries(unzipSync(fs.readFileSync(file))).map(([k, v]) => [k, strFromU8(v)]));
/** The user's snapshot is kept out by the helper (XDG_DATA_HOME); no --data needed. */
const NO_DATA: string[] = [];

const LETTER = `---
soort: brief
aan: Tweede Kamer
onderwerp: Voortgang aanpak ondermijning
datum: 2024-05-16
kenmerk: 5432109
---

Hierbij informeer ik u over de voortgang.[^1]

## Stand van zaken

- eerste punt met **nadruk**
- tweede punt[^2]

| Maatregel | Stand |
| --- | --- |
| Wet | *gereed* |

De Minister van Justitie en Veiligheid,

D. Yeşilgöz-Zegerius

[^1]: Kamerstuk 29 911, nr. 400.
[^2]: Kamerstuk 29 911, nr. 401.
`;

describe('kamerbrief export', () => {
  it('writes the letter layout: addressee, Datum/Betreft/Ons kenmerk, headings, list, table, real footnotes, signature', async () => {
    const draft = write('brief.md', LETTER);
    const out = path.join(tmp, 'brief.docx');
    const r = await kamerbrief(['export', draft, '--docx', '-o', out, ...NO_DATA]);
    assert.equal(r.code, 0, r.stderr);
    const p = parts(out);
    const doc = p['word/document.xml']!;
    const text = (xml: string): string[] => [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => [...m[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
    const paras = text(doc);
    assert.equal(paras[0], 'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal');
    for (const [label, value] of [['Datum', '16 mei 2024'], ['Betreft', 'Voortgang aanpak ondermijning'], ['Ons kenmerk', '5432109']]) assert.equal(paras[paras.indexOf(label!) + 1], value);
    assert.match(doc, /<w:pStyle w:val="Heading2"\/><\/w:pPr><w:r><w:t xml:space="preserve">Stand van zaken/);
    assert.equal((doc.match(/<w:numId w:val="1"\/>/g) ?? []).length, 2, 'two bulleted items');
    assert.match(doc, /<w:tbl><w:tblPr><w:tblStyle w:val="KbTabel"\/>/);
    assert.match(doc, /<w:pStyle w:val="KbOndertekening"\/><\/w:pPr><w:r><w:t xml:space="preserve">De Minister van Justitie en Veiligheid,/);
    // Real Word footnotes: references in the text, their texts in footnotes.xml, numbered as in the draft.
    assert.deepEqual([...doc.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => m[1]), ['1', '2']);
    const notes = p['word/footnotes.xml']!;
    assert.match(notes, /<w:footnote w:id="1">.*?<w:footnoteRef\/>.*?Kamerstuk 29 911, nr\. 400\./);
    assert.match(notes, /<w:footnote w:id="2">.*?Kamerstuk 29 911, nr\. 401\./);
    assert.match(p['word/styles.xml']!, /w:ascii="RO Sans"/);
    assert.match(p['word/fontTable.xml']!, /<w:font w:name="RO Sans"><w:altName w:val="Verdana"\/>/);
    assert.ok(p['word/_rels/document.xml.rels']!.includes('footnotes.xml'));
  });

  it('writes the Aanhangsel layout for antwoorden-kamervragen: no addressee, Vragen van/Antwoord van, Vraag n/Antwoord n', async () => {
    const draft = write('antwoorden.md', `---
soort: antwoorden-kamervragen
onderwerp: Wachttijden
---

Vragen van het lid Jansen (SP) aan de Minister van Volksgezondheid over wachttijden (ingezonden 3 april 2024).

Antwoord van Minister De Vries (Volksgezondheid) (ontvangen 20 april 2024).

### Vraag 1

Kent u het bericht?[^1]

### Antwoord 1

Ja.

[^1]: NOS, 2 april 2024.
`);
    const out = path.join(tmp, 'antwoorden.docx');
    const r = await kamerbrief(['export', draft, '-o', out, ...NO_DATA]);
    assert.equal(r.code, 0, r.stderr);
    const doc = parts(out)['word/document.xml']!;
    assert.doesNotMatch(doc, /Voorzitter/);
    assert.match(doc, /<w:pStyle w:val="KbAanhangselKop"\/><\/w:pPr><w:r><w:t xml:space="preserve">Vragen van het lid Jansen/);
    assert.match(doc, /<w:pStyle w:val="KbAanhangselKop"\/><\/w:pPr><w:r><w:t xml:space="preserve">Antwoord van Minister/);
    assert.match(doc, /<w:pStyle w:val="KbVraag"\/><w:outlineLvl w:val="2"\/><\/w:pPr><w:r><w:t xml:space="preserve">Vraag 1/);
    assert.match(doc, /<w:pStyle w:val="KbAntwoord"\/><w:outlineLvl w:val="2"\/><\/w:pPr><w:r><w:t xml:space="preserve">Antwoord 1/);
    const back = await kamerbrief(['import', out]);
    assert.equal(normalForm(back.stdout), normalForm(fs.readFileSync(draft, 'utf8')));
  });

  it('refuses a draft with errors (exit 1, the errors listed, nothing written) unless --force', async () => {
    const draft = write('fout.md', '---\nsoort: brief\n---\n\nZie Kamerstuk 29754, nr. 482 voor de motie.\n\nDe Minister van Justitie en Veiligheid,\n\nF.B.J. Grapperhaus\n');
    const out = path.join(tmp, 'fout.docx');
    const refused = await kamerbrief(['export', draft, '--docx', '-o', out, ...NO_DATA]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /fout\.md:5:5: KB101 /);
    assert.match(refused.stderr, /niet geëxporteerd: 1 fout; herstel die of exporteer toch met --force/);
    assert.equal(fs.existsSync(out), false);
    const forced = await kamerbrief(['export', draft, '--docx', '-o', out, '--force', ...NO_DATA]);
    assert.equal(forced.code, 0, forced.stderr);
    assert.match(forced.stderr, /geëxporteerd met 1 fout \(--force\)/);
    assert.ok(fs.existsSync(out));
  });

  it('gates on the errors of the normal lint: the draft\'s configuration counts', async () => {
    const draft = write('geconfigureerd/fout.md', '---\nsoort: brief\n---\n\nZie Kamerstuk 29754, nr. 482 voor de motie.\n');
    write('geconfigureerd/.kamerbrief.jsonc', '{ "root": true, "rules": { "KB101": "warning" } }');
    const r = await kamerbrief(['export', draft, ...NO_DATA]);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(fs.existsSync(path.join(tmp, 'geconfigureerd', 'fout.docx')), 'default output: the draft with .docx');
  });

  it('gates on the preset verzending too: a placeholder, a comment or a mail address stops the export', async () => {
    const draft = write('verzending/concept.md', '---\nsoort: brief\n---\n\nDe kosten bedragen PM euro.\n\n<!-- nog afstemmen met FIN -->\n\nVragen: j.jansen@minbzk.nl\n');
    const out = path.join(tmp, 'verzending', 'concept.docx');
    const refused = await kamerbrief(['export', draft, '--docx', '-o', out, ...NO_DATA]);
    assert.equal(refused.code, 1, refused.stderr);
    for (const rule of ['KB601', 'KB602', 'KB604']) assert.match(refused.stderr, new RegExp(`concept\\.md:\\d+:\\d+: ${rule} `));
    assert.equal(fs.existsSync(out), false);
    // The same rule set to "off" in the draft's configuration no longer stops it.
    write('verzending/.kamerbrief.jsonc', '{ "root": true, "rules": { "KB601": "off", "KB602": "off", "KB604": "off" } }');
    assert.equal((await kamerbrief(['export', draft, '--docx', '-o', out, ...NO_DATA])).code, 0);
  });

  it('the draft\'s own preset still counts: under "streng" a warning stops the export too', async () => {
    const body = '---\nsoort: brief\n---\n\n## Toezegging - Inzicht in de faciliteiten\n\nDe minister heeft toegezegd de Kamer te informeren.\n';
    const plain = write('streng/niet/concept.md', body);
    write('streng/niet/.kamerbrief.jsonc', '{ "root": true }');
    assert.equal((await kamerbrief(['export', plain, '--docx', ...NO_DATA])).code, 0, 'KB503 is a warning by default');
    const strict = write('streng/wel/concept.md', body);
    write('streng/wel/.kamerbrief.jsonc', '{ "root": true, "preset": "streng" }');
    const refused = await kamerbrief(['export', strict, '--docx', ...NO_DATA]);
    assert.equal(refused.code, 1, refused.stderr);
    assert.match(refused.stderr, /concept\.md:5:1: KB503 /);
  });

  it('--sjabloon: the template\'s styles are used, the styles it lacks come from the house style', async () => {
    const draft = write('sjabloon-brief.md', LETTER);
    const templateStyles = '<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:rFonts w:ascii="Ministerie Sans"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:rPr><w:color w:val="154273"/></w:rPr></w:style></w:styles>';
    const template = write('huisstijl.dotx', zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/styles.xml': strToU8(templateStyles) }));
    const out = path.join(tmp, 'sjabloon-brief.docx');
    const r = await kamerbrief(['export', draft, '-o', out, '--sjabloon', template, ...NO_DATA]);
    assert.equal(r.code, 0, r.stderr);
    const styles = parts(out)['word/styles.xml']!;
    assert.match(styles, /Ministerie Sans/);
    assert.match(styles, /w:val="154273"/);
    assert.equal((styles.match(/w:styleId="Heading2"/g) ?? []).length, 1, 'the template\'s Heading2 is kept, not doubled');
    for (const id of ['FootnoteText', 'KbOndertekening', 'KbBriefhoofdLabel', 'Heading1']) assert.match(styles, new RegExp(`w:styleId="${id}"`));
    assert.doesNotMatch(styles, /RO Sans/, 'the template\'s Normal wins over the house font');

    const notWord = write('geen-sjabloon.dotx', 'hallo');
    const bad = await kamerbrief(['export', draft, '-o', out, '--sjabloon', notWord, ...NO_DATA]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--sjabloon .*geen-sjabloon\.dotx: geen Word-sjabloon/);
  });

  it('import of an export edited in Word: the Word text wins over the stored front matter', async () => {
    const draft = write('bewerkt.md', LETTER);
    const out = path.join(tmp, 'bewerkt.docx');
    assert.equal((await kamerbrief(['export', draft, '-o', out, ...NO_DATA])).code, 0);
    const files = unzipSync(fs.readFileSync(out));
    files['word/document.xml'] = strToU8(strFromU8(files['word/document.xml']!).replace('16 mei 2024', '21 mei 2024'));
    const edited = write('bewerkt-in-word.docx', zipSync(files));
    const back = (await kamerbrief(['import', edited])).stdout;
    assert.match(back, /^datum: 2024-05-21$/m);
    assert.match(back, /^aan: Tweede Kamer$/m, 'unchanged fields come back as the draft had them');
    assert.match(back, /^onderwerp: Voortgang aanpak ondermijning$/m);
  });

  it('bad usage and unreadable input are exit 2 with a Dutch message', async () => {
    assert.equal((await kamerbrief(['export'])).code, 2);
    const missing = await kamerbrief(['export', path.join(tmp, 'bestaat-niet.md'), ...NO_DATA]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /bestaat niet/);
    const wrongExt = await kamerbrief(['export', write('x.md', 'Tekst.\n'), '-o', path.join(tmp, 'x.pdf'), ...NO_DATA]);
    assert.equal(wrongExt.code, 2);
    assert.match(wrongExt.stderr, /eindigt op \.docx/);
    assert.match((await kamerbrief(['export', '--help'])).stdout, /Gebruik: kamerbrief export/);
    const noData = await kamerbrief(['export', write('y.md', 'Tekst.\n'), '--data', path.join(tmp, 'bestaat-niet')]);
    assert.equal(noData.code, 2);
    assert.match(noData.stderr, /--data .*bestaat-niet: map bestaat niet/);
  });

  it('the round trip normalisation still tells drafts apart (a changed note, a lost word, lost emphasis)', () => {
    const base = normalForm(LETTER);
    assert.notEqual(normalForm(LETTER.replace('nr. 401.', 'nr. 402.')), base);
    assert.notEqual(normalForm(LETTER.replace('over de voortgang', 'over voortgang')), base);
    assert.notEqual(normalForm(LETTER.replace('**nadruk**', 'nadruk')), base);
    assert.notEqual(normalForm(LETTER.replace('voortgang.[^1]', 'voortgang.')), base);
    assert.equal(normalForm(LETTER.replace(/\[\^2\]/g, '[^x]')), base, 'labels are not content');
  });
});

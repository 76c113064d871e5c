// The letter's look in the spirit of the Rijkshuisstijl (docs/export.md has the table): RO Sans
// with Verdana as the substitute Word uses where RO Sans is not installed, 9 pt body text on a
// 13.5 pt line, 7 pt footnotes, headings in the body size (bold, italic for level 3), the
// header block's labels in 6.5 pt. Style ids are Word's own (Heading1, FootnoteText, …) so that
// Word, LibreOffice and the importer recognise them; the letter's parts have Kb* styles.

export const FONT = 'RO Sans';
export const FALLBACK_FONT = 'Verdana';

/** Half-points (OOXML's w:sz) and twentieths of a point (spacing). */
const pt = (n: number): number => Math.round(n * 2);
const tw = (n: number): number => Math.round(n * 20);

export interface StyleDef {
  id: string;
  name: string;
  type: 'paragraph' | 'character' | 'table';
  basedOn?: string;
  next?: string;
  /** Raw w:pPr and w:rPr content. */
  pPr?: string;
  rPr?: string;
  tblPr?: string;
  /** Raw content after the properties (a table style's conditional formats). */
  extra?: string;
}

const LINE = `<w:spacing w:before="0" w:after="0" w:line="${tw(13.5)}" w:lineRule="atLeast"/>`;

/** Every style the exporter refers to; a user's template keeps its own where it has them. */
export const STYLES: StyleDef[] = [
  { id: 'Normal', name: 'Normal', type: 'paragraph', pPr: `<w:spacing w:before="0" w:after="${tw(13.5)}" w:line="${tw(13.5)}" w:lineRule="atLeast"/>`, rPr: `<w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:cs="${FONT}" w:eastAsia="${FONT}"/><w:sz w:val="${pt(9)}"/><w:szCs w:val="${pt(9)}"/><w:lang w:val="nl-NL"/>` },
  { id: 'Heading1', name: 'heading 1', type: 'paragraph', basedOn: 'Normal', next: 'Normal', pPr: `<w:keepNext/><w:spacing w:before="${tw(13.5)}" w:after="0"/><w:outlineLvl w:val="0"/>`, rPr: '<w:b/><w:bCs/>' },
  { id: 'Heading2', name: 'heading 2', type: 'paragraph', basedOn: 'Normal', next: 'Normal', pPr: `<w:keepNext/><w:spacing w:before="${tw(13.5)}" w:after="0"/><w:outlineLvl w:val="1"/>`, rPr: '<w:b/><w:bCs/>' },
  { id: 'Heading3', name: 'heading 3', type: 'paragraph', basedOn: 'Normal', next: 'Normal', pPr: `<w:keepNext/><w:spacing w:before="0" w:after="0"/><w:outlineLvl w:val="2"/>`, rPr: '<w:i/><w:iCs/>' },
  { id: 'Heading4', name: 'heading 4', type: 'paragraph', basedOn: 'Heading3', next: 'Normal', pPr: '<w:outlineLvl w:val="3"/>' },
  { id: 'Heading5', name: 'heading 5', type: 'paragraph', basedOn: 'Heading3', next: 'Normal', pPr: '<w:outlineLvl w:val="4"/>' },
  { id: 'Heading6', name: 'heading 6', type: 'paragraph', basedOn: 'Heading3', next: 'Normal', pPr: '<w:outlineLvl w:val="5"/>' },
  // Vraag n / Antwoord n in the answers: headings (the outline, the importer) that look like the Aanhangsel's bold labels.
  { id: 'KbVraag', name: 'Kamerbrief Vraag', type: 'paragraph', basedOn: 'Heading3', next: 'Normal', rPr: '<w:b/><w:bCs/><w:i w:val="0"/><w:iCs w:val="0"/>' },
  { id: 'KbAntwoord', name: 'Kamerbrief Antwoord', type: 'paragraph', basedOn: 'Heading3', next: 'Normal', rPr: '<w:b/><w:bCs/><w:i w:val="0"/><w:iCs w:val="0"/>' },
  { id: 'KbAanhangselKop', name: 'Kamerbrief Aanhangsel kop', type: 'paragraph', basedOn: 'Normal', rPr: '<w:b/><w:bCs/>' },
  { id: 'KbGeadresseerde', name: 'Kamerbrief geadresseerde', type: 'paragraph', basedOn: 'Normal', pPr: LINE },
  { id: 'KbBriefhoofdLabel', name: 'Kamerbrief briefhoofd label', type: 'paragraph', basedOn: 'Normal', pPr: LINE, rPr: `<w:sz w:val="${pt(6.5)}"/><w:szCs w:val="${pt(6.5)}"/>` },
  { id: 'KbBriefhoofdWaarde', name: 'Kamerbrief briefhoofd waarde', type: 'paragraph', basedOn: 'Normal', pPr: LINE },
  { id: 'KbOndertekening', name: 'Kamerbrief ondertekening', type: 'paragraph', basedOn: 'Normal', pPr: '<w:keepNext/><w:keepLines/>' },
  { id: 'Quote', name: 'Quote', type: 'paragraph', basedOn: 'Normal', pPr: `<w:ind w:left="${tw(18)}"/>`, rPr: '<w:i/><w:iCs/>' },
  { id: 'ListParagraph', name: 'List Paragraph', type: 'paragraph', basedOn: 'Normal', pPr: `<w:spacing w:after="0"/><w:contextualSpacing/>` },
  { id: 'FootnoteText', name: 'footnote text', type: 'paragraph', basedOn: 'Normal', pPr: `<w:spacing w:after="0" w:line="${tw(9)}" w:lineRule="atLeast"/>`, rPr: `<w:sz w:val="${pt(7)}"/><w:szCs w:val="${pt(7)}"/>` },
  { id: 'FootnoteReference', name: 'footnote reference', type: 'character', rPr: '<w:vertAlign w:val="superscript"/>' },
  { id: 'Hyperlink', name: 'Hyperlink', type: 'character', rPr: '<w:color w:val="154273"/><w:u w:val="single"/>' },
  { id: 'KbCode', name: 'Kamerbrief code', type: 'character', rPr: '<w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New"/>' },
  { id: 'KbTabel', name: 'Kamerbrief tabel', type: 'table', tblPr: '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar>', extra: '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr></w:tblStylePr>' },
  { id: 'KbBriefhoofd', name: 'Kamerbrief briefhoofd', type: 'table', tblPr: '<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar>' },
];

export function styleXml(s: StyleDef): string {
  return (
    `<w:style w:type="${s.type}" w:styleId="${s.id}"${s.id === 'Normal' ? ' w:default="1"' : ''}><w:name w:val="${s.name}"/>` +
    (s.basedOn ? `<w:basedOn w:val="${s.basedOn}"/>` : '') +
    (s.next ? `<w:next w:val="${s.next}"/>` : '') +
    '<w:qFormat/>' +
    (s.pPr ? `<w:pPr>${s.pPr}</w:pPr>` : '') +
    (s.rPr ? `<w:rPr>${s.rPr}</w:rPr>` : '') +
    (s.tblPr ? `<w:tblPr>${s.tblPr}</w:tblPr>` : '') +
    (s.extra ?? '') +
    '</w:style>'
  );
}

export const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

export function stylesXml(): string {
  const defaults = `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:cs="${FONT}" w:eastAsia="${FONT}"/><w:sz w:val="${pt(9)}"/><w:szCs w:val="${pt(9)}"/><w:lang w:val="nl-NL" w:eastAsia="nl-NL" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${W_NS}>${defaults}${STYLES.map(styleXml).join('')}</w:styles>`;
}

/** The font table names Verdana as RO Sans's substitute (w:altName), as Word honours. */
export function fontTableXml(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts ${W_NS}><w:font w:name="${FONT}"><w:altName w:val="${FALLBACK_FONT}"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font><w:font w:name="${FALLBACK_FONT}"><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font><w:font w:name="Courier New"><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font></w:fonts>`;
}

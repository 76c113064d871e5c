// The export model → a .docx: OOXML written directly and zipped with fflate (the same library
// the importer unzips with; no Word library in the bundle). Parts: document, styles (the house
// style or a user's template), numbering, footnotes, settings, font table, and the draft's front
// matter as a custom document property so that import gives it back.
import { strToU8, zipSync } from 'fflate';
import { fontTableXml, stylesXml, W_NS } from './house-style.js';
import { FRONT_MATTER_PROPERTY } from './letter-fields.js';
import { aanhangselStyle, addresseeLines, headerRows, layoutOf, qaHeadingStyle, signatureStart } from './letter-layout.js';
import type { DraftDocument, ExportBlock, Span } from './model.js';
import { Numbering } from './numbering.js';
import { paragraph, textRun, xmlAttr, xmlText } from './ooxml-text.js';

export interface WriteOptions {
  /** styles.xml to use instead of the house style (from --sjabloon), already completed. */
  styles?: string;
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

class Writer {
  readonly numbering = new Numbering();
  /** Footnote label → Word footnote id (1, 2, … in order of first call). */
  readonly noteIds = new Map<string, number>();
  readonly notesInNotes = new Set<string>();
  constructor(private doc: DraftDocument) {}

  /** External link targets per part (document, footnotes): relationship id by address. */
  readonly links = { document: new Map<string, string>(), footnotes: new Map<string, string>() };

  private linkId(href: string, inNote: boolean): string {
    const rels = inNote ? this.links.footnotes : this.links.document;
    if (!rels.has(href)) rels.set(href, `rIdLink${rels.size + 1}`);
    return rels.get(href)!;
  }

  runs(spans: Span[], inNote = false): string {
    let out = '';
    let open: string | undefined;
    const close = (): void => {
      if (open !== undefined) out += '</w:hyperlink>';
      open = undefined;
    };
    for (const s of spans) {
      const href = s.kind === 'text' ? s.href : undefined;
      if (href !== open) {
        close();
        if (href !== undefined) {
          out += `<w:hyperlink r:id="${this.linkId(href, inNote)}">`;
          open = href;
        }
      }
      if (s.kind === 'break') out += '<w:r><w:br/></w:r>';
      else if (s.kind === 'note') {
        const id = this.noteIds.get(s.label);
        // Word has no footnote inside a footnote: such a call stays as the draft wrote it.
        if (inNote || id === undefined) {
          if (inNote) this.notesInNotes.add(s.label);
          out += textRun(`[^${s.label}]`);
        } else out += `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
      } else out += textRun(s.text, (s.code ? '<w:rStyle w:val="KbCode"/>' : s.href ? '<w:rStyle w:val="Hyperlink"/>' : '') + (s.bold ? '<w:b/><w:bCs/>' : '') + (s.italic ? '<w:i/><w:iCs/>' : ''));
    }
    close();
    return out;
  }

  block(b: ExportBlock, style?: string): string {
    switch (b.kind) {
      case 'heading': {
        const text = b.spans.map((s) => (s.kind === 'text' ? s.text : '')).join('');
        const qa = qaHeadingStyle(text);
        const level = Math.min(6, Math.max(1, b.level));
        // Vraag/Antwoord styles carry no level of their own: the paragraph's outline level says it.
        return qa ? paragraph(this.runs(b.spans), qa, `<w:outlineLvl w:val="${level - 1}"/>`) : paragraph(this.runs(b.spans), `Heading${level}`);
      }
      case 'paragraph':
        return paragraph(this.runs(b.spans), style ?? (b.quote ? 'Quote' : undefined));
      case 'list': {
        let out = '';
        const numIds: number[] = [];
        for (const item of b.items) {
          numIds.length = item.depth + 1;
          if (numIds[item.depth] === undefined || (item.ordered && numIds[item.depth] === Numbering.BULLET) || (!item.ordered && numIds[item.depth] !== Numbering.BULLET)) {
            numIds[item.depth] = item.ordered ? this.numbering.orderedList(item.start) : Numbering.BULLET;
          }
          out += paragraph(this.runs(item.spans), 'ListParagraph', `<w:numPr><w:ilvl w:val="${Math.min(item.depth, 8)}"/><w:numId w:val="${numIds[item.depth]}"/></w:numPr>`);
        }
        return out;
      }
      case 'table': {
        const width = Math.max(1, ...b.rows.map((r) => r.length));
        const grid = `<w:tblGrid>${'<w:gridCol/>'.repeat(width)}</w:tblGrid>`;
        const rows = b.rows
          .map((cells, r) => {
            const head = r === 0 && b.header;
            const tcs = Array.from({ length: width }, (_, c) => `<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>${paragraph(this.runs(cells[c] ?? []), undefined, '<w:spacing w:after="0"/>')}</w:tc>`).join('');
            return `<w:tr>${head ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${tcs}</w:tr>`;
          })
          .join('');
        return `<w:tbl><w:tblPr><w:tblStyle w:val="KbTabel"/><w:tblW w:w="5000" w:type="pct"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>${grid}${rows}</w:tbl>${paragraph('', undefined, '<w:spacing w:after="0"/>')}`;
      }
    }
  }

  documentXml(): string {
    const doc = this.doc;
    [...doc.notes.keys()].forEach((label, k) => this.noteIds.set(label, k + 1));
    const layout = layoutOf(doc.frontMatter);
    let body = '';
    if (layout === 'brief') {
      for (const line of addresseeLines(doc.frontMatter)) body += paragraph(textRun(line), 'KbGeadresseerde');
      body += paragraph('');
      const rows = headerRows(doc.frontMatter);
      if (rows.length) {
        const tr = rows.map(([label, value]) => `<w:tr><w:tc><w:tcPr><w:tcW w:w="1800" w:type="dxa"/></w:tcPr>${paragraph(textRun(label), 'KbBriefhoofdLabel')}</w:tc><w:tc><w:tcPr><w:tcW w:w="6500" w:type="dxa"/></w:tcPr>${paragraph(textRun(value), 'KbBriefhoofdWaarde')}</w:tc></w:tr>`).join('');
        body += `<w:tbl><w:tblPr><w:tblStyle w:val="KbBriefhoofd"/><w:tblW w:w="8300" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid><w:gridCol w:w="1800"/><w:gridCol w:w="6500"/></w:tblGrid>${tr}</w:tbl>`;
        body += paragraph('');
      }
    }
    const signature = layout === 'brief' ? signatureStart(doc.blocks) : -1;
    doc.blocks.forEach((b, i) => {
      const style = signature >= 0 && i >= signature ? 'KbOndertekening' : layout === 'antwoorden' ? aanhangselStyle(b) : undefined;
      body += this.block(b, style);
    });
    // A4, margins as in the ministries' letter template (text column 2.9 cm from the left).
    const sect = '<w:sectPr><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1134" w:bottom="1418" w:left="1644" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>';
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W_NS}><w:body>${body}${sect}</w:body></w:document>`;
  }

  footnotesXml(): string {
    let notes = '';
    for (const [label, paras] of this.doc.notes) {
      const id = this.noteIds.get(label)!;
      const ps = (paras.length ? paras : [[]]).map((spans, k) => paragraph((k === 0 ? '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>' + textRun(' ') : '') + this.runs(spans, true), 'FootnoteText'));
      notes += `<w:footnote w:id="${id}">${ps.join('')}</w:footnote>`;
    }
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes ${W_NS}><w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>${notes}</w:footnotes>`;
  }
}

/** Hyperlink relationships: a whole .rels part (wrap = '') or just the entries (wrap = null). */
function relsXml(links: Map<string, string>, wrap: '' | null): string {
  const entries = [...links].map(([href, id]) => `<Relationship Id="${id}" Type="${REL}/hyperlink" Target="${xmlAttr(href)}" TargetMode="External"/>`).join('');
  return wrap === null ? entries : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${entries}</Relationships>`;
}

function settingsXml(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings ${W_NS}><w:defaultTabStop w:val="708"/><w:characterSpacingControl w:val="doNotCompress"/><w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;
}

function customPropsXml(frontMatter: [string, string][]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="${FRONT_MATTER_PROPERTY}"><vt:lpwstr>${xmlText(JSON.stringify(frontMatter))}</vt:lpwstr></property></Properties>`;
}

function corePropsXml(frontMatter: [string, string][]): string {
  const title = frontMatter.find(([k]) => k === 'onderwerp')?.[1] ?? '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xmlText(title)}</dc:title><dc:language>nl-NL</dc:language><cp:keywords>${xmlAttr('Kamerbrief')}</cp:keywords></cp:coreProperties>`;
}

/** The draft as .docx bytes; `notesInNotes` names footnote calls that had to stay text. */
export function writeDocx(doc: DraftDocument, options: WriteOptions = {}): { bytes: Uint8Array; notesInNotes: string[] } {
  const w = new Writer(doc);
  const document = w.documentXml();
  const footnotes = w.footnotesXml();
  const files: Record<string, string> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${CT}.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="${CT}.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="${CT}.numbering+xml"/><Override PartName="/word/footnotes.xml" ContentType="${CT}.footnotes+xml"/><Override PartName="/word/settings.xml" ContentType="${CT}.settings+xml"/><Override PartName="/word/fontTable.xml" ContentType="${CT}.fontTable+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL}/custom-properties" Target="docProps/custom.xml"/></Relationships>`,
    'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${REL}/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="${REL}/footnotes" Target="footnotes.xml"/><Relationship Id="rId4" Type="${REL}/settings" Target="settings.xml"/><Relationship Id="rId5" Type="${REL}/fontTable" Target="fontTable.xml"/>${relsXml(w.links.document, null)}</Relationships>`,
    'word/document.xml': document,
    'word/_rels/footnotes.xml.rels': relsXml(w.links.footnotes, ''),
    'word/styles.xml': options.styles ?? stylesXml(),
    'word/numbering.xml': w.numbering.xml(W_NS),
    'word/footnotes.xml': footnotes,
    'word/settings.xml': settingsXml(),
    'word/fontTable.xml': fontTableXml(),
    'docProps/core.xml': corePropsXml(doc.frontMatter),
    'docProps/custom.xml': customPropsXml(doc.frontMatter),
  };
  const zipped = zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])), { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
  return { bytes: zipped, notesInNotes: [...w.notesInNotes] };
}

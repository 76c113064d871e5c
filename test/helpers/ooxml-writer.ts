// A small .docx writer for tests: real OOXML (document.xml, footnotes.xml, styles.xml,
// numbering.xml, comments.xml) zipped with fflate, so the importer meets real Word structure —
// real footnotes, heading styles, numbered and bulleted lists, tables, bold runs.
import { strToU8, zipSync } from 'fflate';

export type Run = string | { text: string; bold?: boolean; italic?: boolean } | { footnote: string } | { image: true } | { comment: string } | { deleted: string } | { inserted: string } | { textBox: string };
export type Para = { style?: 'Heading1' | 'Heading2'; list?: 'bullet' | 'number'; level?: number; runs: Run[] };
export type Body = (Para | { table: string[][] })[];

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';

export function buildDocx(body: Body): Uint8Array {
  const footnotes: string[] = [];
  const comments: string[] = [];
  const text = (t: string, props = ''): string => `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${esc(t)}</w:t></w:r>`;
  const run = (r: Run): string => {
    if (typeof r === 'string') return text(r);
    if ('footnote' in r) {
      footnotes.push(r.footnote);
      const id = footnotes.length;
      return `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
    }
    if ('image' in r) return `<w:r><w:drawing><wp:inline><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill><a:blip r:embed="rId9"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;
    if ('comment' in r) {
      comments.push(r.comment);
      return `<w:commentRangeStart w:id="${comments.length}"/><w:commentRangeEnd w:id="${comments.length}"/><w:r><w:commentReference w:id="${comments.length}"/></w:r>`;
    }
    if ('deleted' in r) return `<w:del w:id="90" w:author="Test"><w:r><w:delText xml:space="preserve">${esc(r.deleted)}</w:delText></w:r></w:del>`;
    if ('inserted' in r) return `<w:ins w:id="91" w:author="Test">${text(r.inserted)}</w:ins>`;
    if ('textBox' in r) return `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent><w:p>${text(r.textBox)}</w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict/></mc:Fallback></mc:AlternateContent></w:r>`;
    return text(r.text, `${r.bold ? '<w:b/>' : ''}${r.italic ? '<w:i/>' : ''}`);
  };
  const para = (p: Para): string => {
    const props = [p.style ? `<w:pStyle w:val="${p.style}"/>` : '', p.list ? `<w:numPr><w:ilvl w:val="${p.level ?? 0}"/><w:numId w:val="${p.list === 'number' ? 2 : 1}"/></w:numPr>` : ''].join('');
    return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${p.runs.map(run).join('')}</w:p>`;
  };
  const blocks = body
    .map((b) => ('table' in b ? `<w:tbl><w:tblPr/>${b.table.map((row) => `<w:tr>${row.map((c) => `<w:tc><w:p>${text(c)}</w:p></w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>` : para(b)))
    .join('');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NS}><w:body>${blocks}<w:sectPr/></w:body></w:document>`;
  const notes = footnotes.map((f, i) => `<w:footnote w:id="${i + 1}"><w:p><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>${text(' ' + f)}</w:p></w:footnote>`).join('');
  const footnotesXml = `<?xml version="1.0" encoding="UTF-8"?><w:footnotes ${NS}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>${notes}</w:footnotes>`;
  const styles = `<?xml version="1.0" encoding="UTF-8"?><w:styles ${NS}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style></w:styles>`;
  const lvl = (fmt: string): string => [0, 1].map((i) => `<w:lvl w:ilvl="${i}"><w:numFmt w:val="${fmt}"/></w:lvl>`).join('');
  const numbering = `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${NS}><w:abstractNum w:abstractNumId="10">${lvl('bullet')}</w:abstractNum><w:abstractNum w:abstractNumId="20">${lvl('decimal')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num></w:numbering>`;
  const commentsXml = `<?xml version="1.0" encoding="UTF-8"?><w:comments ${NS}>${comments.map((c, i) => `<w:comment w:id="${i + 1}" w:author="Collega"><w:p>${text(c)}</w:p></w:comment>`).join('')}</w:comments>`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/document.xml': strToU8(document),
    'word/footnotes.xml': strToU8(footnotesXml),
    'word/styles.xml': strToU8(styles),
    'word/numbering.xml': strToU8(numbering),
  };
  if (comments.length) files['word/comments.xml'] = strToU8(commentsXml);
  return zipSync(files);
}

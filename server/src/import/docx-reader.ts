// Reads a .docx straight from its OOXML (word/document.xml, footnotes.xml, endnotes.xml,
// styles.xml, numbering.xml): paragraphs, headings, lists, tables, bold and italic runs, real Word
// footnotes. Not mammoth: it gives HTML without source positions, and it would add 0.8 MB to
// the bundle (fflate's unzip is 11 kB). What a draft cannot hold (images, text boxes, comments,
// tracked changes) is counted and reported, never pasted in.
import { readNumbering, readStyles, styleHeading, type StyleInfo } from './docx-styles.js';
import { extractHeader, type HeaderLine } from './header.js';
import { ImportError, type Block, type ImportedDocument, type Inline, type ListItem } from './model.js';
import { child, childrenNamed, descendant, isElement, parseXml, textOf, type XElement, type XNode } from './xml-tree.js';
import { readZip } from './zip.js';
import { FRONT_MATTER_PROPERTY, restoreFrontMatter } from '../export/letter-fields.js';

const PARTS = ['word/document.xml', 'word/footnotes.xml', 'word/endnotes.xml', 'word/styles.xml', 'word/numbering.xml', 'word/comments.xml', 'docProps/custom.xml', 'word/_rels/document.xml.rels', 'word/_rels/footnotes.xml.rels', 'word/_rels/endnotes.xml.rels'];

interface Para {
  inlines: Inline[];
  text: string;
  heading: number;
  list: { numId: string; level: number } | null;
  /** Paragraph number among those with text (1-based); 0 for an empty paragraph. */
  index: number;
}

type BodyItem = { kind: 'p'; para: Para } | { kind: 'table'; rows: Para[][][] };

interface Found {
  images: number;
  textBoxes: string[];
  insertions: number;
  deletions: number;
  comments: number;
  fields: number;
}

class Reader {
  found: Found = { images: 0, textBoxes: [], insertions: 0, deletions: 0, comments: 0, fields: 0 };
  /** External hyperlink targets of the part being read, by relationship id. */
  links = new Map<string, string>();
  private href: string | undefined;
  private count = 0;
  constructor(
    private styles: Map<string, StyleInfo>,
    private ordered: (numId: string, level: number) => boolean,
  ) {}

  isOrdered(numId: string, level: number): boolean {
    return this.ordered(numId, level);
  }

  body(nodes: XNode[], out: BodyItem[] = []): BodyItem[] {
    for (const n of nodes) {
      if (!isElement(n)) continue;
      if (n.name === 'w:p') out.push({ kind: 'p', para: this.paragraph(n, true) });
      else if (n.name === 'w:tbl') out.push({ kind: 'table', rows: this.table(n) });
      else if (n.name === 'w:sdt' || n.name === 'w:sdtContent' || n.name === 'w:customXml' || n.name === 'w:ins') this.body(n.children, out);
      else if (n.name === 'w:del') this.found.deletions++;
    }
    return out;
  }

  private table(tbl: XElement): Para[][][] {
    return childrenNamed(tbl, 'w:tr').map((tr) =>
      childrenNamed(tr, 'w:tc').map((tc) => this.body(tc.children).flatMap((item) => (item.kind === 'p' ? [item.para] : item.rows.flat(2)))),
    );
  }

  paragraph(p: XElement, numbered: boolean): Para {
    const pPr = child(p, 'w:pPr');
    const styleId = pPr ? (child(pPr, 'w:pStyle')?.attrs['w:val'] ?? null) : null;
    let heading = styleHeading(this.styles, styleId);
    const outline = pPr ? child(pPr, 'w:outlineLvl')?.attrs['w:val'] : undefined;
    if (!heading && outline !== undefined && Number(outline) < 6) heading = Number(outline) + 1;
    const numPr = pPr ? child(pPr, 'w:numPr') : undefined;
    const numId = numPr ? child(numPr, 'w:numId')?.attrs['w:val'] : styleId ? (this.styles.get(styleId)?.numId ?? undefined) : undefined;
    const level = numPr ? Number(child(numPr, 'w:ilvl')?.attrs['w:val'] ?? 0) : 0;
    const para: Para = { inlines: [], text: '', heading, list: numId && numId !== '0' ? { numId, level } : null, index: 0 };
    this.runs(p.children, para, { bold: false, italic: false });
    if (para.text.trim() !== '' && numbered) para.index = ++this.count;
    return para;
  }

  private runs(nodes: XNode[], para: Para, fmt: { bold: boolean; italic: boolean }): void {
    for (const n of nodes) {
      if (!isElement(n)) continue;
      switch (n.name) {
        case 'w:r':
          this.run(n, para);
          break;
        case 'w:ins':
        case 'w:moveTo':
          this.found.insertions++;
          this.runs(n.children, para, fmt);
          break;
        case 'w:del':
        case 'w:moveFrom':
          this.found.deletions++;
          break;
        case 'w:hyperlink': {
          const outer = this.href;
          this.href = this.links.get(n.attrs['r:id'] ?? '') ?? outer;
          this.runs(n.children, para, fmt);
          this.href = outer;
          break;
        }
        case 'w:smartTag':
        case 'w:sdt':
        case 'w:sdtContent':
        case 'w:customXml':
        case 'w:fldSimple':
        case 'w:dir':
        case 'w:bdo':
          this.runs(n.children, para, fmt);
          break;
        case 'mc:AlternateContent':
          this.runs(child(n, 'mc:Choice')?.children ?? [], para, fmt);
          break;
      }
    }
  }

  private run(r: XElement, para: Para): void {
    const rPr = child(r, 'w:rPr');
    const on = (name: string): boolean => {
      const el = rPr && child(rPr, name);
      return !!el && !['0', 'false', 'off'].includes(el.attrs['w:val'] ?? '');
    };
    const bold = on('w:b');
    const italic = on('w:i');
    const add = (text: string): void => {
      const href = this.href;
      para.inlines.push({ kind: 'text', text, at: para.text.length, ...(bold ? { bold } : {}), ...(italic ? { italic } : {}), ...(href ? { href } : {}) });
      para.text += text;
    };
    for (const n of r.children) {
      if (!isElement(n)) continue;
      switch (n.name) {
        case 'w:t':
          add(textOf(n));
          break;
        case 'w:tab':
        case 'w:ptab':
          add(' ');
          break;
        case 'w:noBreakHyphen':
          add('-');
          break;
        case 'w:br':
        case 'w:cr':
          if (n.attrs['w:type'] !== 'page' && n.attrs['w:type'] !== 'column') {
            para.inlines.push({ kind: 'break' });
            para.text += '\n';
          }
          break;
        case 'w:footnoteReference':
          para.inlines.push({ kind: 'note', key: `f${n.attrs['w:id']}` });
          break;
        case 'w:endnoteReference':
          para.inlines.push({ kind: 'note', key: `e${n.attrs['w:id']}` });
          break;
        case 'w:commentReference':
          this.found.comments++;
          break;
        case 'w:delText':
          this.found.deletions++;
          break;
        case 'w:drawing':
        case 'w:pict':
        case 'w:object':
          this.drawing(n);
          break;
        case 'mc:AlternateContent':
          for (const c of child(n, 'mc:Choice')?.children ?? []) if (isElement(c)) this.drawing(c);
          break;
      }
    }
  }

  /** A drawing is an image or a text box: neither goes into a draft; a text box with text is named. */
  private drawing(el: XElement): void {
    const box = descendant(el, 'w:txbxContent');
    if (box) {
      const text = childrenNamed(box, 'w:p')
        .map((p) => this.paragraph(p, false).text.trim())
        .filter(Boolean)
        .join(' ');
      if (text) this.found.textBoxes.push(text);
      return;
    }
    if (descendant(el, 'pic:pic') || descendant(el, 'a:blip') || descendant(el, 'v:imagedata') || el.name === 'w:object' || descendant(el, 'a:graphic')) this.found.images++;
  }
}

/** Footnotes or endnotes by key (`f1`, `e2`): their paragraphs' runs, joined by a space. */
function readNotes(xml: string | undefined, part: string, tag: string, prefix: string, reader: Reader): Map<string, Inline[]> {
  const out = new Map<string, Inline[]>();
  if (!xml) return out;
  const root = parseXml(xml, part);
  for (const note of childrenNamed(root, tag)) {
    if (note.attrs['w:type'] && note.attrs['w:type'] !== 'normal') continue; // separators
    const inlines: Inline[] = [];
    let length = 0;
    for (const p of childrenNamed(note, 'w:p')) {
      const para = reader.paragraph(p, false);
      if (para.text.trim() === '') continue;
      if (length > 0) inlines.push({ kind: 'text', text: ' ', at: length++ });
      for (const i of para.inlines) inlines.push(i.kind === 'text' ? { ...i, at: i.at + length } : i);
      length += para.text.length;
    }
    out.set(`${prefix}${note.attrs['w:id']}`, inlines);
  }
  return out;
}

function commentTexts(xml: string | undefined): string[] {
  if (!xml) return [];
  const root = parseXml(xml, 'word/comments.xml');
  return childrenNamed(root, 'w:comment').map((c) => {
    const who = c.attrs['w:author'] ?? 'onbekend';
    const text = childrenNamed(c, 'w:p').map((p) => textOf(p).trim()).filter(Boolean).join(' ');
    return `${who}: "${short(text)}"`;
  });
}

const short = (s: string): string => (s.length > 60 ? s.slice(0, 57) + '…' : s);

export function readDocx(bytes: Uint8Array, shown: string): ImportedDocument {
  const { parts } = readZip(bytes, (n) => PARTS.includes(n), shown);
  const text = (name: string): string | undefined => {
    const b = parts.get(name);
    return b ? new TextDecoder('utf-8').decode(b) : undefined;
  };
  const documentXml = text('word/document.xml');
  if (documentXml === undefined) throw new ImportError(`${shown}: zip-bestand zonder word/document.xml; dit is geen Word-document (.docx)`);
  const reader = new Reader(readStyles(text('word/styles.xml')), readNumbering(text('word/numbering.xml')));
  reader.links = readLinks(text('word/_rels/document.xml.rels'));
  const root = parseXml(documentXml, `${shown}: word/document.xml`);
  const body = child(root, 'w:body');
  if (!body) throw new ImportError(`${shown}: word/document.xml heeft geen w:body; het document is beschadigd`);
  const items = reader.body(body.children);
  reader.links = readLinks(text('word/_rels/footnotes.xml.rels'));
  const footnotes = readNotes(text('word/footnotes.xml'), 'word/footnotes.xml', 'w:footnote', 'f', reader);
  reader.links = readLinks(text('word/_rels/endnotes.xml.rels'));
  const noteTexts = new Map([...footnotes, ...readNotes(text('word/endnotes.xml'), 'word/endnotes.xml', 'w:endnote', 'e', reader)]);

  // The letter's header block (Datum, Betreft, Ons kenmerk, addressee) → front matter.
  const lines: HeaderLine[] = [];
  const tableOf = new Map<number, number>();
  items.forEach((item, t) => {
    const paras = item.kind === 'p' ? [item.para] : item.rows.flat(2);
    for (const p of paras) {
      if (p.index === 0) continue;
      lines.push({ text: p.text, index: p.index });
      if (item.kind === 'table') tableOf.set(p.index, t);
    }
  });
  const header = extractHeader(lines);
  const dropTables = new Set([...header.consumed].map((i) => tableOf.get(i)).filter((t): t is number => t !== undefined));
  const warnings: string[] = [];
  const leftover: string[] = [];

  const blocks: Block[] = [];
  let list: Extract<Block, { kind: 'list' }> | null = null;
  items.forEach((item, t) => {
    if (item.kind === 'table') {
      list = null;
      if (dropTables.has(t)) {
        for (const p of item.rows.flat(2)) if (p.index && !header.consumed.has(p.index)) leftover.push(p.text.trim());
        return;
      }
      const table = tableBlock(item.rows);
      if (table) blocks.push(table);
      return;
    }
    const p = item.para;
    if (p.index === 0 || header.consumed.has(p.index)) return;
    const source = { kind: 'paragraaf' as const, index: p.index };
    if (p.list && !p.heading) {
      const ordered = reader.isOrdered(p.list.numId, p.list.level);
      const entry: ListItem = { inlines: p.inlines, depth: p.list.level, ordered, source };
      if (list && (p.list.level > 0 || list.items[0]!.ordered === ordered)) list.items.push(entry);
      else blocks.push((list = { kind: 'list', items: [entry] }));
      return;
    }
    list = null;
    blocks.push(p.heading ? { kind: 'heading', level: p.heading, inlines: p.inlines, source } : { kind: 'paragraph', inlines: p.inlines, source });
  });

  const notes = new Map<string, { inlines: Inline[] }>();
  const referenced = (inls: Inline[]): void => {
    for (const i of inls) {
      if (i.kind !== 'note' || notes.has(i.key)) continue;
      const inl = noteTexts.get(i.key);
      if (inl) notes.set(i.key, { inlines: inl });
    }
  };
  for (const b of blocks) {
    if (b.kind === 'list') b.items.forEach((it) => referenced(it.inlines));
    else if (b.kind === 'table') b.rows.forEach((r) => r.cells.forEach(referenced));
    else referenced(b.inlines);
  }

  const f = reader.found;
  const comments = commentTexts(text('word/comments.xml'));
  const images = f.images;
  if (leftover.length) warnings.push(`briefhoofd: niet overgenomen (alleen Datum, Betreft/Onderwerp, kenmerk en geadresseerde gaan naar de voorpagina): ${leftover.map((s) => `"${short(s)}"`).join(', ')}`);
  if (images) warnings.push(`${images} ${images === 1 ? 'afbeelding' : 'afbeeldingen'} niet overgenomen; voeg ze zo nodig als bijlage toe`);
  for (const box of f.textBoxes) warnings.push(`tekstvak niet overgenomen: "${short(box)}"`);
  if (comments.length || f.comments) warnings.push(`${Math.max(comments.length, f.comments)} ${Math.max(comments.length, f.comments) === 1 ? 'opmerking' : 'opmerkingen'} niet overgenomen${comments.length ? ': ' + comments.join('; ') : ''}`);
  if (f.insertions || f.deletions) warnings.push(`bijgehouden wijzigingen: ${f.insertions} invoegingen overgenomen, ${f.deletions} verwijderingen weggelaten; controleer ze in Word (Wijzigingen accepteren)`);
  const lost = [...new Set(blocks.flatMap((b) => (b.kind === 'paragraph' || b.kind === 'heading' ? b.inlines : [])).filter((i) => i.kind === 'note' && !notes.has(i.key)).map((i) => (i as { key: string }).key))];
  if (lost.length) warnings.push(`${lost.length} voetnootverwijzingen zonder voetnoottekst in het document`);
  const stored = storedFrontMatter(text('docProps/custom.xml'));
  const frontMatter = stored ? restoreFrontMatter(header.fields, stored, (key, value) => ({ key, value })) : header.fields;
  return { frontMatter, blocks, notes, warnings };
}

/** A part's external hyperlink targets by relationship id (its _rels file). */
function readLinks(xml: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!xml) return out;
  for (const rel of childrenNamed(parseXml(xml, 'relationships'), 'Relationship')) {
    if (/\/hyperlink$/.test(rel.attrs['Type'] ?? '') && rel.attrs['TargetMode'] === 'External' && rel.attrs['Id'] && rel.attrs['Target']) out.set(rel.attrs['Id'], rel.attrs['Target']);
  }
  return out;
}

/** The draft's front matter that `kamerbrief export` stored in the file; null in any other .docx. */
function storedFrontMatter(xml: string | undefined): [string, string][] | null {
  if (!xml) return null;
  const root = parseXml(xml, 'docProps/custom.xml');
  const prop = childrenNamed(root, 'property').find((p) => p.attrs['name'] === FRONT_MATTER_PROPERTY);
  if (!prop) return null;
  try {
    const value: unknown = JSON.parse(textOf(prop));
    if (Array.isArray(value) && value.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === 'string' && typeof e[1] === 'string')) return value as [string, string][];
  } catch {
    // Not ours after all, or damaged: the header block is read as in any Word file.
  }
  return null;
}

/** A table, without its rows that hold no text; null when none has (a layout table left empty). */
function tableBlock(rows: Para[][][]): Block | null {
  const filled = rows.filter((cells) => cells.flat().some((p) => p.index > 0));
  if (filled.length === 0) return null;
  return {
    kind: 'table',
    rows: filled.map((cells) => {
      const first = cells.flat().find((p) => p.index > 0);
      return {
        cells: cells.map((paras) => {
          const out: Inline[] = [];
          for (const p of paras) {
            if (p.index === 0) continue;
            if (out.length) out.push({ kind: 'text', text: ' ', at: 0 });
            out.push(...p.inlines.map((i) => (i.kind === 'break' ? ({ kind: 'text', text: ' ', at: 0 } as Inline) : i)));
          }
          return out;
        }),
        source: { kind: 'paragraaf' as const, index: first?.index ?? 0 },
      };
    }),
  };
}

// What the Word styles and numbering definitions say about a paragraph: heading level (by the
// style's name or outline level) and whether a numbered list is ordered or bulleted.
import { child, childrenNamed, descendant, parseXml, type XElement } from './xml-tree.js';

export interface StyleInfo {
  /** Heading level 1–6, or 0. */
  heading: number;
  /** The style's own list numbering (numId), if any. */
  numId: string | null;
  basedOn: string | null;
}

const HEADING_NAME = /^(?:heading|kop)\s*([1-6])$/i;
const TITLE_NAME = /^(?:title|titel)$/i;

export function readStyles(xml: string | undefined): Map<string, StyleInfo> {
  const out = new Map<string, StyleInfo>();
  if (!xml) return out;
  const root = parseXml(xml, 'word/styles.xml');
  for (const style of childrenNamed(root, 'w:style')) {
    if (style.attrs['w:type'] !== 'paragraph') continue;
    const id = style.attrs['w:styleId'] ?? '';
    const name = child(style, 'w:name')?.attrs['w:val'] ?? id;
    const pPr = child(style, 'w:pPr');
    const outline = pPr ? child(pPr, 'w:outlineLvl')?.attrs['w:val'] : undefined;
    const m = HEADING_NAME.exec(name.trim());
    let heading = m ? Number(m[1]) : TITLE_NAME.test(name.trim()) ? 1 : 0;
    if (!heading && outline !== undefined && Number(outline) < 6) heading = Number(outline) + 1;
    const numId = pPr ? (descendant(pPr, 'w:numId')?.attrs['w:val'] ?? null) : null;
    out.set(id, { heading, numId, basedOn: child(style, 'w:basedOn')?.attrs['w:val'] ?? null });
  }
  return out;
}

/** Heading level of a style, following basedOn (a custom "Kop 2 ministerie" based on Kop 2). */
export function styleHeading(styles: Map<string, StyleInfo>, id: string | null): number {
  for (let hops = 0; id && hops < 10; hops++) {
    const s = styles.get(id);
    if (!s) return 0;
    if (s.heading) return s.heading;
    id = s.basedOn;
  }
  return 0;
}

/** Per numId and level: true when the list counts (decimal, letters, roman), false for bullets. */
export function readNumbering(xml: string | undefined): (numId: string, level: number) => boolean {
  if (!xml) return () => false;
  const root = parseXml(xml, 'word/numbering.xml');
  const abstract = new Map<string, XElement>();
  for (const a of childrenNamed(root, 'w:abstractNum')) abstract.set(a.attrs['w:abstractNumId'] ?? '', a);
  const nums = new Map<string, XElement>();
  for (const n of childrenNamed(root, 'w:num')) {
    const a = abstract.get(child(n, 'w:abstractNumId')?.attrs['w:val'] ?? '');
    if (a) nums.set(n.attrs['w:numId'] ?? '', a);
  }
  return (numId, level) => {
    const a = nums.get(numId);
    const lvl = a && childrenNamed(a, 'w:lvl').find((l) => l.attrs['w:ilvl'] === String(level));
    const fmt = lvl ? child(lvl, 'w:numFmt')?.attrs['w:val'] : undefined;
    return fmt !== undefined && fmt !== 'bullet' && fmt !== 'none';
  };
}

// The outline: sections (headings), with moties, toezeggingen and Vragen marked by kind.
import type { DocumentAnalysis } from '../model.js';

export type SymbolKind = 'section' | 'motie' | 'toezegging' | 'vraag' | 'antwoord';

export interface OutlineItem {
  name: string;
  kind: SymbolKind;
  depth: number;
  /** The whole section: from the heading to the next heading of the same or higher level. */
  start: number;
  end: number;
  selectionStart: number;
  selectionEnd: number;
  children: OutlineItem[];
}

const ATX = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;

function kindOf(name: string): SymbolKind {
  if (/^(?:gewijzigde\s+)?motie\b/i.test(name)) return 'motie';
  if (/^toezegging\b/i.test(name)) return 'toezegging';
  if (/^vraag\s+\d/i.test(name)) return 'vraag';
  if (/^antwoord\b/i.test(name)) return 'antwoord';
  return 'section';
}

export function outline(doc: DocumentAnalysis): OutlineItem[] {
  const flat: Omit<OutlineItem, 'children' | 'end'>[] = [];
  for (const block of doc.blocks) {
    if (block.facts.parsed) {
      for (const u of doc.units) {
        if (u.start < block.start || u.start >= block.end || u.footnote) continue;
        const label = u.kind === 'heading' ? u.flat.replace(/\uFFFC/g, '').trim() : u.lead?.text.trim();
        if (!label) continue;
        const kind = kindOf(label);
        if (u.kind !== 'heading' && kind !== 'vraag' && kind !== 'antwoord') continue;
        flat.push({ name: label, kind, depth: u.depth || 7, start: u.start, selectionStart: u.start, selectionEnd: u.end });
      }
    } else {
      // Unparsed blocks hold no candidate token, but may still be plain headings.
      const first = doc.text.slice(block.start, block.end).split('\n', 1)[0]!;
      const m = ATX.exec(first);
      if (m) flat.push({ name: m[2]!.trim(), kind: kindOf(m[2]!), depth: m[1]!.length, start: block.start, selectionStart: block.start, selectionEnd: block.start + first.length });
    }
  }
  flat.sort((a, b) => a.start - b.start);
  const roots: OutlineItem[] = [];
  const stack: OutlineItem[] = [];
  flat.forEach((item, i) => {
    let end = doc.text.length;
    for (let j = i + 1; j < flat.length; j++) if (flat[j]!.depth <= item.depth) { end = flat[j]!.start; break; }
    const node: OutlineItem = { ...item, end: trimEnd(doc.text, item.selectionEnd, end), children: [] };
    while (stack.length && stack[stack.length - 1]!.depth >= node.depth) stack.pop();
    (stack.length ? stack[stack.length - 1]!.children : roots).push(node);
    stack.push(node);
  });
  return roots;
}

function trimEnd(text: string, min: number, end: number): number {
  let e = end;
  while (e > min && /\s/.test(text[e - 1]!)) e--;
  return e;
}

// Go to definition and references inside one document: footnote call ↔ body, Vraag ↔ Antwoord.
import type { DocumentAnalysis } from '../model.js';
import type { Span } from '../types.js';
import { callAt, definitionLabelAt, sameLabel } from './find.js';
import { outline, type OutlineItem } from './symbols.js';

function flatten(items: OutlineItem[]): OutlineItem[] {
  return items.flatMap((i) => [i, ...flatten(i.children)]);
}

/** Numbers a Vraag/Antwoord label covers: "Antwoord 2 en 3", "Antwoord 2 t/m 6", "Antwoord op vraag 1". */
export function coveredNumbers(label: string): number[] {
  const range = /(\d+)\s*t\/m\s*(\d+)/.exec(label);
  if (range) {
    const a = Number(range[1]);
    const b = Number(range[2]);
    return b >= a && b - a < 200 ? Array.from({ length: b - a + 1 }, (_, i) => a + i) : [a];
  }
  return [...label.matchAll(/\d+/g)].map((m) => Number(m[0]));
}

export function definitionAt(doc: DocumentAnalysis, offset: number): Span[] {
  const call = callAt(doc, offset);
  if (call) return doc.definitions.filter((d) => sameLabel(d.label, call.label)).map((d) => ({ start: d.start, end: d.end }));
  const def = definitionLabelAt(doc, offset);
  if (def) {
    const first = doc.units.flatMap((u) => u.calls).find((c) => sameLabel(c.label, def.label));
    return first ? [{ start: first.start, end: first.end }] : [];
  }
  const items = flatten(outline(doc)).filter((i) => i.kind === 'vraag' || i.kind === 'antwoord');
  const here = items.find((i) => offset >= i.selectionStart && offset <= i.selectionEnd);
  if (!here) return [];
  const nums = coveredNumbers(here.name);
  const other = here.kind === 'vraag' ? 'antwoord' : 'vraag';
  return items
    .filter((i) => i.kind === other && coveredNumbers(i.name).some((n) => nums.includes(n)))
    .map((i) => ({ start: i.selectionStart, end: i.selectionEnd }));
}

/** All calls of the footnote under the cursor (on a call or on a definition label). */
export function footnoteReferences(doc: DocumentAnalysis, offset: number): Span[] {
  const label = callAt(doc, offset)?.label ?? definitionLabelAt(doc, offset)?.label;
  if (!label) return [];
  const calls = doc.units.flatMap((u) => u.calls).filter((c) => sameLabel(c.label, label));
  const defs = doc.definitions.filter((d) => sameLabel(d.label, label));
  return [...calls.map((c) => ({ start: c.start, end: c.end })), ...defs.map((d) => ({ start: d.labelStart, end: d.labelEnd }))];
}

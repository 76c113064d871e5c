// The outline for an editor that already shows the Markdown headings (VS Code's own Markdown
// outline): only what that outline lacks, so no heading appears twice. Moties and toezeggingen
// are grouped under one entry each, named by what follows "Motie van het lid"/"Toezegging –";
// Vraag/Antwoord labels in bold (not headings) and the footnote texts are listed as well.
import type { DocumentAnalysis } from '../model.js';
import { outline, type OutlineItem } from './symbols.js';

export type ExtraKind = OutlineItem['kind'] | 'groep' | 'voetnoot';

export interface ExtraItem extends Omit<OutlineItem, 'kind' | 'children'> {
  kind: ExtraKind;
  children: ExtraItem[];
}

const MOTIE_PREFIX = /^(gewijzigde\s+)?motie\s+(?:van\s+(?:het\s+lid|de\s+leden)\s+)?/i;
const TOEZEGGING_PREFIX = /^toezegging\s*[–—-]?\s*/i;

function flatten(items: OutlineItem[]): OutlineItem[] {
  return items.flatMap((i) => [i, ...flatten(i.children)]);
}

function leaf(i: OutlineItem, name: string, kind: ExtraKind = i.kind): ExtraItem {
  return { ...i, name: name || '(zonder onderwerp)', kind, children: [] };
}

function group(name: string, children: ExtraItem[]): ExtraItem[] {
  if (children.length === 0) return [];
  const first = children[0]!;
  const last = children[children.length - 1]!;
  return [{ name: `${name} (${children.length})`, kind: 'groep', depth: 0, start: first.start, end: Math.max(last.end, last.selectionEnd), selectionStart: first.selectionStart, selectionEnd: first.selectionEnd, children }];
}

export function footnoteItems(doc: DocumentAnalysis): ExtraItem[] {
  return doc.definitions.map((d) => {
    const body = doc.text.slice(d.bodyStart, d.bodyEnd).replace(/\s+/g, ' ').trim();
    const name = `[^${d.label}] ${body.length > 70 ? body.slice(0, 69) + '…' : body}`.trim();
    return { name, kind: 'voetnoot', depth: 0, start: d.start, end: d.end, selectionStart: d.labelStart, selectionEnd: d.labelEnd, children: [] };
  });
}

/** `headings`: also every heading (for editors without a Markdown outline of their own). */
export function editorOutline(doc: DocumentAnalysis, headings: boolean): ExtraItem[] {
  const tree = outline(doc);
  const notes = group('Voetnoten', footnoteItems(doc));
  if (headings) return [...tree.map(asExtra), ...notes];
  const all = flatten(tree);
  // A heading is in the Markdown outline already; a bold "Vraag 1" paragraph is not (depth 7).
  const isHeading = (i: OutlineItem): boolean => i.depth <= 6;
  const moties = all.filter((i) => i.kind === 'motie').map((i) => leaf(i, i.name.replace(MOTIE_PREFIX, (_m, g: string | undefined) => (g ? 'gewijzigd: ' : ''))));
  const toezeggingen = all.filter((i) => i.kind === 'toezegging').map((i) => leaf(i, i.name.replace(TOEZEGGING_PREFIX, '')));
  const vragen = all.filter((i) => (i.kind === 'vraag' || i.kind === 'antwoord') && !isHeading(i)).map((i) => leaf(i, i.name));
  return [...group('Moties', moties), ...group('Toezeggingen', toezeggingen), ...group('Vragen en antwoorden', vragen), ...notes].sort((a, b) => a.start - b.start);
}

function asExtra(i: OutlineItem): ExtraItem {
  return { ...i, children: i.children.map(asExtra) };
}

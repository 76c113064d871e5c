// What the sending rules (KB601–KB604, preset "verzending") look at: the text that would leave the
// ministry — every paragraph, heading, list item and footnote — plus HTML comments and link
// targets. The analysis' units exist only for blocks with a citation-like token (facts.ts), so
// these rules parse the blocks that hold their trigger themselves, with the engine's parser, and
// once per document (the parse is shared between the four rules).
import type { Nodes, Root } from 'mdast';
import type { DocumentAnalysis } from '../model.js';
import { parseMarkdown } from '../parse.js';

/** A stretch of text as Markdown shows it, with where it starts in the source. */
export interface TextRun {
  value: string;
  start: number;
  end: number;
  /** The source slice equals the value (no escapes or entities): offsets inside map 1:1. */
  exact: boolean;
}

/** A paragraph or heading (also in lists, quotes and footnotes). */
export interface TextLeaf {
  kind: 'paragraph' | 'heading';
  start: number;
  end: number;
  runs: TextRun[];
  inQuote: boolean;
}

export interface HtmlPart {
  value: string;
  start: number;
  end: number;
}

export interface LinkTarget {
  url: string;
  start: number;
  end: number;
}

export interface SendView {
  leaves: TextLeaf[];
  html: HtmlPart[];
  links: LinkTarget[];
}

const trees = new WeakMap<DocumentAnalysis, Map<number, Root>>();

/** The parts of every block whose source matches `trigger` (a non-global regex). */
export function sendView(doc: DocumentAnalysis, trigger: RegExp): SendView {
  const view: SendView = { leaves: [], html: [], links: [] };
  let cache = trees.get(doc);
  if (!cache) trees.set(doc, (cache = new Map()));
  for (const block of doc.blocks) {
    const source = doc.text.slice(block.start, block.end);
    if (!trigger.test(source)) continue;
    let tree = cache.get(block.start);
    if (!tree) cache.set(block.start, (tree = parseMarkdown(source)));
    walk(tree, { doc, base: block.start, view, inQuote: false });
  }
  return view;
}

interface Walk {
  doc: DocumentAnalysis;
  base: number;
  view: SendView;
  inQuote: boolean;
}

function span(node: Nodes, base: number): { start: number; end: number } | null {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  return s === undefined || e === undefined ? null : { start: base + s, end: base + e };
}

function walk(node: Nodes, w: Walk): void {
  const at = span(node, w.base);
  switch (node.type) {
    case 'code':
    case 'inlineCode':
      return; // code is not letter text
    case 'html':
      if (at) w.view.html.push({ value: node.value, ...at });
      return;
    case 'paragraph':
    case 'heading':
      if (at) {
        const leaf: TextLeaf = { kind: node.type, ...at, runs: [], inQuote: w.inQuote };
        collectRuns(node, leaf, w);
        w.view.leaves.push(leaf);
      }
      return;
    case 'blockquote':
      for (const child of node.children) walk(child, { ...w, inQuote: true });
      return;
  }
  if ('children' in node) for (const child of node.children as Nodes[]) walk(child, w);
}

function collectRuns(node: Nodes, leaf: TextLeaf, w: Walk): void {
  if (node.type === 'text') {
    const at = span(node, w.base);
    if (at) leaf.runs.push({ value: node.value, ...at, exact: w.doc.text.slice(at.start, at.end) === node.value });
    return;
  }
  if (node.type === 'html') {
    const at = span(node, w.base);
    if (at) w.view.html.push({ value: node.value, ...at });
    return;
  }
  if (node.type === 'inlineCode') return;
  if (node.type === 'link') {
    const at = span(node, w.base);
    if (at) w.view.links.push({ url: node.url, ...at });
  }
  if ('children' in node) for (const child of node.children as Nodes[]) collectRuns(child, leaf, w);
}

/** The leaf's text as shown (runs joined). */
export function leafText(leaf: TextLeaf): string {
  return leaf.runs.map((r) => r.value).join('');
}

/** Source span of [from, to) inside a run: exact where the run maps 1:1, else the whole run. */
export function runSpan(run: TextRun, from: number, to: number): { start: number; end: number } {
  return run.exact ? { start: run.start + from, end: run.start + to } : { start: run.start, end: run.end };
}

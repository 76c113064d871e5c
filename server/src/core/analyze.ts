// Builds the DocumentAnalysis of one document version from cached per-block facts.
import { splitBlocks } from './blocks.js';
import { computeBlockFacts, EMPTY_FACTS, isCandidate } from './facts.js';
import { parseFrontMatter } from './frontmatter.js';
import { LineIndex } from './lines.js';
import type { Block, BlockFacts, DocumentAnalysis, Unit } from './model.js';
import type { Citation, CitationIssue, LooseIssue } from './types.js';

/** Where per-block facts are kept between analyses (the LSP and the CLI share the interface). */
export interface BlockCache {
  get(key: string): BlockFacts | undefined;
  set(key: string, facts: BlockFacts): void;
}

/** A bounded in-memory cache: oldest entries go first. */
export class MemoryBlockCache implements BlockCache {
  readonly #map = new Map<string, BlockFacts>();
  constructor(private readonly max = 50_000) {}
  get(key: string): BlockFacts | undefined {
    const v = this.#map.get(key);
    if (v) {
      this.#map.delete(key); // refresh recency
      this.#map.set(key, v);
    }
    return v;
  }
  set(key: string, facts: BlockFacts): void {
    this.#map.set(key, facts);
    if (this.#map.size > this.max) this.#map.delete(this.#map.keys().next().value!);
  }
  get size(): number {
    return this.#map.size;
  }
}

const FENCE_START = /^[ \t]*(?:`{3,}|~{3,})/;
// Definitions at a line start, also inside quotes and list items. Bounded label length keeps it linear.
const DEFINITION = /^[ \t>]{0,40}(?:(?:[-*+]|\d{1,9}[.)])[ \t]{1,4})?\[(\^?)([^[\]\n]{1,999})\]:/gm;
const FOOTNOTE_CALL = /\[\^([^[\]\s]{1,999})\]/g;
// Labels cannot hold an unescaped '[': excluding it keeps every match attempt short (linear).
const BRACKETED = /\[([^[\]\n]{1,999})\]/g;

export function normalizeLabel(label: string): string {
  return label.replace(/\s+/g, ' ').trim().toLowerCase();
}

interface Labels {
  footnotes: Set<string>;
  links: Set<string>;
}

function definitionsIn(text: string, into: Labels): void {
  for (const m of text.matchAll(DEFINITION)) {
    if (m[1]) into.footnotes.add(normalizeLabel(m[2]!));
    else into.links.add(normalizeLabel(m[2]!));
  }
}

/** Definitions the block uses but does not define itself, as Markdown to append after it. */
function injectionFor(blockText: string, all: Labels): string {
  const own: Labels = { footnotes: new Set(), links: new Set() };
  definitionsIn(blockText, own);
  const lines = new Set<string>();
  if (all.footnotes.size > 0 && blockText.includes('[^')) {
    for (const m of blockText.matchAll(FOOTNOTE_CALL)) {
      const label = normalizeLabel(m[1]!);
      if (all.footnotes.has(label) && !own.footnotes.has(label)) lines.add(`[^${m[1]}]: .`);
    }
  }
  if (all.links.size > 0) {
    for (const m of blockText.matchAll(BRACKETED)) {
      const label = normalizeLabel(m[1]!);
      if (all.links.has(label) && !own.links.has(label)) lines.add(`[${m[1]}]: #`);
    }
  }
  // Blank lines between: a definition cannot interrupt the paragraph of the one before it.
  return [...lines].sort().join('\n\n');
}

export interface AnalyzeOptions {
  cache?: BlockCache;
}

export function analyze(text: string, options: AnalyzeOptions = {}): DocumentAnalysis {
  const split = splitBlocks(text);
  const labels: Labels = { footnotes: new Set(), links: new Set() };
  const texts = split.blocks.map((b) => text.slice(b.start, b.end));
  texts.forEach((t) => {
    if (t.includes(']:') && !FENCE_START.test(t)) definitionsIn(t, labels);
  });

  const blocks: Block[] = split.blocks.map((span, i) => {
    const blockText = texts[i]!;
    if (!isCandidate(blockText)) return { start: span.start, end: span.end, facts: EMPTY_FACTS };
    const injected = injectionFor(blockText, labels);
    const key = injected ? blockText + '\u0000' + injected : blockText;
    let facts = options.cache?.get(key);
    if (!facts) {
      facts = computeBlockFacts(blockText, injected);
      options.cache?.set(key, facts);
    }
    return { start: span.start, end: span.end, facts };
  });

  const analysis: DocumentAnalysis = {
    text,
    lines: new LineIndex(text),
    frontMatter: split.frontMatter ? parseFrontMatter(text, split.frontMatter) : null,
    blocks,
    units: [],
    definitions: [],
    citations: [],
    loose: [],
  };
  for (const block of blocks) {
    const base = block.start;
    for (const u of block.facts.units) {
      const unit = shiftUnit(u, base);
      analysis.units.push(unit);
      for (const citation of unit.citations) analysis.citations.push({ citation, unit });
      for (const issue of unit.loose) analysis.loose.push({ issue, unit });
    }
    for (const d of block.facts.definitions) {
      analysis.definitions.push({
        ...d,
        start: d.start + base,
        end: d.end + base,
        labelStart: d.labelStart + base,
        labelEnd: d.labelEnd + base,
        bodyStart: d.bodyStart + base,
        bodyEnd: d.bodyEnd + base,
      });
    }
  }
  return analysis;
}

function shiftIssue<T extends CitationIssue>(i: T, d: number): T {
  const out: T = { ...i };
  if (i.span) out.span = { start: i.span.start + d, end: i.span.end + d };
  if (i.fix) out.fix = { span: { start: i.fix.span.start + d, end: i.fix.span.end + d }, text: i.fix.text };
  return out;
}

function shiftUnit(u: Unit, d: number): Unit {
  if (d === 0) return u;
  return {
    ...u,
    start: u.start + d,
    end: u.end + d,
    pieces: u.pieces.map((p) => ({ ...p, src: p.src + d })),
    calls: u.calls.map((c) => ({ ...c, start: c.start + d, end: c.end + d })),
    lead: u.lead && { ...u.lead, start: u.lead.start + d, end: u.lead.end + d },
    citations: u.citations.map(
      (c): Citation => ({ ...c, start: c.start + d, end: c.end + d, issues: c.issues.map((i) => shiftIssue(i, d)) }),
    ),
    loose: u.loose.map((l): LooseIssue => shiftIssue(l, d)),
  };
}

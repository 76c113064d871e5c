// Builds the DocumentAnalysis of one document version from cached per-block facts.
import { splitBlocks } from './blocks.js';
import { computeBatchFacts, EMPTY_FACTS, isCandidate } from './facts.js';
import { shiftDefinition, shiftUnit } from './shift.js';
import { parseFrontMatter } from './frontmatter.js';
import { LineIndex } from './lines.js';
import type { Block, BlockFacts, DocumentAnalysis } from './model.js';
import { runSteps, type Steps } from './steps.js';
import { BoundedMap } from './bounded-map.js';

/** Where per-block facts are kept between analyses (the LSP and the CLI share the interface). */
export interface BlockCache {
  /**
   * Lives for one run over documents that are not edited (the CLI): its keys and facts may share
   * memory with the document text. Otherwise (the editor) they own their characters.
   */
  readonly shortLived?: boolean;
  get(key: string): BlockFacts | undefined;
  /** `parsed`: the facts took a Markdown parse (not a shortcut that is cheaper than a cache read). */
  set(key: string, facts: BlockFacts, parsed?: boolean): void;
}

/** A bounded in-memory cache: the least recently used entries go first. */
export class MemoryBlockCache implements BlockCache {
  readonly #map: BoundedMap<string, BlockFacts>;
  constructor(max = 50_000) {
    this.#map = new BoundedMap(max);
  }
  get(key: string): BlockFacts | undefined {
    return this.#map.get(key);
  }
  set(key: string, facts: BlockFacts): void {
    this.#map.set(key, facts);
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

/** A copy of s that shares no memory with the string it was sliced from (lone surrogates kept). */
function ownString(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}

export interface AnalyzeOptions {
  cache?: BlockCache;
}

export function analyze(text: string, options: AnalyzeOptions = {}): DocumentAnalysis {
  return runSteps(analyzeSteps(text, options));
}

/** Blocks per step of analyzeSteps: small enough that one step of a 10 MB draft stays short. */
const STEP_BLOCKS = 200;

/**
 * analyze() in steps: yields the number of blocks done after every STEP_BLOCKS blocks, so the
 * language server can yield to its event loop or stop; uncached blocks are parsed per step.
 */
export function* analyzeSteps(text: string, options: AnalyzeOptions = {}): Steps<DocumentAnalysis> {
  const split = splitBlocks(text);
  const labels: Labels = { footnotes: new Set(), links: new Set() };
  const texts = split.blocks.map((b) => text.slice(b.start, b.end));
  texts.forEach((t) => {
    if (t.includes(']:') && !FENCE_START.test(t)) definitionsIn(t, labels);
  });

  const blocks: Block[] = [];
  let missing: { index: number; key: string; text: string; injected: string }[] = [];
  for (let i = 0; i < split.blocks.length; i++) {
    if (i > 0 && i % STEP_BLOCKS === 0) {
      parseMissing(missing, blocks, options.cache);
      missing = [];
      yield i;
    }
    const span = split.blocks[i]!;
    const blockText = texts[i]!;
    if (!isCandidate(blockText)) {
      blocks.push({ start: span.start, end: span.end, facts: EMPTY_FACTS });
      continue;
    }
    const injected = injectionFor(blockText, labels);
    const key = injected ? blockText + '\u0000' + injected : blockText;
    const facts = options.cache?.get(key);
    // A slice keeps the whole document text of this version alive; what the cache keeps
    // (key and facts) must own its characters, or every edit retains a copy of the document.
    if (!facts) {
      const own = options.cache?.shortLived ? blockText : ownString(blockText);
      missing.push({ index: blocks.length, key: injected ? own + '\u0000' + injected : own, text: own, injected });
    }
    blocks.push({ start: span.start, end: span.end, facts: facts ?? EMPTY_FACTS });
  }
  parseMissing(missing, blocks, options.cache);
  yield split.blocks.length;

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
    for (const d of block.facts.definitions) analysis.definitions.push(shiftDefinition(d, base));
  }
  return analysis;
}

/** One parse for the blocks of a step that are not in the cache (see computeBatchFacts). */
function parseMissing(missing: { index: number; key: string; text: string; injected: string }[], blocks: Block[], cache: BlockCache | undefined): void {
  if (missing.length === 0) return;
  const injected = [...new Set(missing.flatMap((m) => (m.injected ? m.injected.split('\n\n') : [])))].sort().join('\n\n');
  const parsed: boolean[] = [];
  const computed = computeBatchFacts(missing.map((m) => m.text), injected, true, parsed);
  missing.forEach((m, k) => {
    blocks[m.index]!.facts = computed[k]!;
    cache?.set(m.key, computed[k]!, parsed[k]);
  });
}

// Per-block facts: parse one top-level block with remark (only when a cheap scan says a rule
// could care), flatten its inline text, and scan that for citations. Offsets are relative to the
// block start, so the result can be cached by the block's content and reused wherever it moves.
import type { Nodes, PhrasingContent, Root } from 'mdast';
import { joinBlocks } from './block-batch.js';
import { parseMarkdown } from './parse.js';
import { isPathological } from './degraded.js';
import { commentBlock, plainBlock, plainDefinitions, type Span } from './fast-path.js';
import { scanCitations } from './citations/index.js';
import { shiftDefinition, shiftUnit } from './shift.js';
import type { BlockFacts, FootnoteCall, Piece, StrongLead, Unit } from './model.js';
import type { Citation, CitationIssue, LooseIssue } from './types.js';

/**
 * Tokens that anything a rule looks at must contain. Must stay a superset of the citation
 * scanner's anchors (a property test checks this). Case-insensitive, one linear pass.
 */
const CANDIDATE =
  /kamerstuk|handelingen|aanhangsel|stb|stcrt|trb|kst-|h-[te]k|ah-|kv-|vra(?:a|ge)|antwoord|moti|toezeg|vergaderjaar|\[\^|\bnrs?\b|\d ?[zd] ?\d|\d[/–-]\d|\(\d{4,5}[-, ]|brie[fv]|(?:tweede|eerste)[ \u00a0]kamer,|[te]k[ \u00a0]\d{4}|rijksoverheid\.nl|t\.v\.v|minister|staatssecretaris|mededeling|(?:^|\n)[ \t]{0,3}(?:#{1,6}[ \t]+)?(?:\*\*|__)?\d{1,3}[.)]?(?:\*\*|__)?[ \t]*(?:\n|$)|(?:^|\n)[ \t]{0,3}\d{1,3}[.)][ \t][^\n]*\?/i;
// The last three: the Mededeling line of an uitstelbericht, a bare question number (the ministry
// .docx shape: "### 1", "**1**", "1"), and a numbered-list question ("1. Klopt het …?").

export function isCandidate(blockText: string): boolean {
  return CANDIDATE.test(blockText);
}

const OBJ = '\uFFFC';

export const EMPTY_FACTS: BlockFacts = Object.freeze({ parsed: false, units: [], definitions: [] }) as BlockFacts;

/**
 * @param blockText the block's source text
 * @param injected definitions for labels this block uses but other blocks define, appended after
 *   a blank line so that GFM recognises the calls; nodes past the block are dropped.
 */
export function computeBlockFacts(blockText: string, injected: string): BlockFacts {
  return computeBatchFacts([blockText], injected)[0]!;
}

/** remark's facts, with no fast path and no guard: the reference the tests compare against. */
export function remarkFacts(text: string): BlockFacts {
  return computeBatchFacts([text], '', false)[0]!;
}

/**
 * Facts of several top-level blocks from ONE remark parse: micromark's set-up per call costs
 * more than parsing a short paragraph, so the blocks of a document that are not cached are
 * parsed together, separated by blank lines, and the results are split back by offset. Top-level
 * blocks end at blank lines, so none can reach into the next (an unclosed fence or HTML block
 * only ever is a document's last block). `injected` is the union of the definitions the blocks
 * use but do not contain; each block's result equals its own single parse (tested).
 * `parsed`, when given, receives per block whether it took the parse (not a shortcut).
 */
export function computeBatchFacts(blocks: string[], injected: string, shortcuts = true, parsed?: boolean[]): BlockFacts[] {
  const defined = new Set([...injected.matchAll(INJECTED_LABEL)].map((m) => m[1]!.toLowerCase()));
  // The fast path first: a long plain list of footnote definitions is neither slow nor hostile.
  // Link definitions are injected for the labels the blocks use (analyze.ts): none, no links.
  const literalBrackets = !/^\[(?!\^)/m.test(injected);
  const out: (BlockFacts | null)[] = blocks.map((b) => (!shortcuts ? null : (fastFacts(b, defined, literalBrackets) ?? (isPathological(b) ? degradedFacts(b, injected) : null))));
  const todo = blocks.map((b, i) => [b, i] as const).filter(([, i]) => out[i] === null);
  if (parsed) out.forEach((f, i) => (parsed[i] = f === null));
  if (todo.length === 0) return out as BlockFacts[];
  const { text: batch, bases, owner } = joinBlocks(todo.map(([text]) => text));
  const tree: Root = parseMarkdown(injected ? batch + '\n\n' + injected : batch);
  const all: BlockFacts = { parsed: true, units: [], definitions: [] };
  walkBlocks(tree.children as Nodes[], { footnote: null, inList: false, inQuote: false }, batch, batch.length, all);
  const facts = todo.map((): BlockFacts => ({ parsed: true, units: [], definitions: [] }));
  for (const u of all.units) {
    const k = owner(u.start);
    facts[k]!.units.push(shiftUnit(u, -bases[k]!));
  }
  for (const d of all.definitions) {
    const k = owner(d.start);
    facts[k]!.definitions.push(shiftDefinition(d, -bases[k]!));
  }
  todo.forEach(([, i], k) => (out[i] = facts[k]!));
  return out as BlockFacts[];
}

interface Ctx {
  footnote: string | null;
  inList: boolean;
  inQuote: boolean;
}

function walkBlocks(nodes: Nodes[], ctx: Ctx, src: string, limit: number, facts: BlockFacts): void {
  for (const node of nodes) {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? 0;
    if (start >= limit) continue; // injected definitions
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        facts.units.push(makeUnit(node, ctx, src));
        break;
      case 'footnoteDefinition': {
        const labelEnd = src.indexOf(']', start) + 1;
        let bodyStart = src.indexOf(':', labelEnd) + 1;
        while (bodyStart < end && (src[bodyStart] === ' ' || src[bodyStart] === '\t')) bodyStart++;
        facts.definitions.push({
          label: node.label ?? node.identifier,
          start,
          end,
          labelStart: start + (src.slice(start, labelEnd).indexOf('[')),
          labelEnd,
          bodyStart: Math.min(bodyStart, end),
          bodyEnd: end,
        });
        walkBlocks(node.children as Nodes[], { ...ctx, footnote: node.label ?? node.identifier }, src, limit, facts);
        break;
      }
      case 'list':
      case 'listItem':
        walkBlocks(node.children as Nodes[], { ...ctx, inList: true }, src, limit, facts);
        break;
      case 'blockquote':
        walkBlocks(node.children as Nodes[], { ...ctx, inQuote: true }, src, limit, facts);
        break;
      default:
        break; // code and HTML blocks, thematic breaks: not text
    }
  }
}

class Flattener {
  flat = '';
  readonly pieces: Piece[] = [];
  readonly calls: FootnoteCall[] = [];

  constructor(private readonly src: string, private readonly inQuote: boolean) {}

  text(start: number, end: number): void {
    let s = this.src.slice(start, end);
    // Same length replacements keep the flat ↔ source map 1:1.
    if (s.includes('\r')) s = flatLineEnds(s);
    if (this.inQuote && s.includes('\n')) s = s.replace(/\n[ \t>]*/g, (m) => '\n' + ' '.repeat(m.length - 1));
    this.pieces.push({ flat: this.flat.length, src: start, len: s.length, srcLen: s.length });
    this.flat += s;
  }

  object(start: number, end: number): void {
    this.pieces.push({ flat: this.flat.length, src: start, len: 1, srcLen: end - start });
    this.flat += OBJ;
  }

  newline(start: number, end: number): void {
    this.pieces.push({ flat: this.flat.length, src: start, len: 1, srcLen: end - start });
    this.flat += '\n';
  }

  inline(nodes: PhrasingContent[]): void {
    for (const node of nodes) {
      const start = node.position?.start.offset ?? 0;
      const end = node.position?.end.offset ?? start;
      switch (node.type) {
        case 'text':
          this.text(start, end);
          break;
        case 'emphasis':
        case 'strong':
        case 'delete':
        case 'link':
        case 'linkReference':
          this.inline(node.children);
          break;
        case 'break':
          this.newline(start, end);
          break;
        case 'footnoteReference':
          this.calls.push({ label: node.label ?? node.identifier, start, end, flatIndex: this.flat.length });
          this.object(start, end);
          break;
        default: // inlineCode, image, imageReference, html: not prose
          this.object(start, end);
          break;
      }
    }
  }
}

function makeUnit(node: Extract<Nodes, { type: 'paragraph' | 'heading' }>, ctx: Ctx, src: string): Unit {
  const f = new Flattener(src, ctx.inQuote);
  f.inline(node.children);
  let lead: StrongLead | null = null;
  const first = node.children[0];
  if (node.type === 'paragraph' && first?.type === 'strong' && first.position) {
    const g = new Flattener(src, ctx.inQuote);
    g.inline(first.children);
    lead = { text: g.flat, start: first.position.start.offset!, end: first.position.end.offset! };
  }
  const unit: Unit = {
    kind: node.type,
    depth: node.type === 'heading' ? node.depth : 0,
    start: node.position!.start.offset!,
    end: node.position!.end.offset!,
    flat: f.flat,
    pieces: f.pieces,
    footnote: ctx.footnote,
    inList: ctx.inList,
    inQuote: ctx.inQuote,
    calls: f.calls,
    lead,
    citations: [],
    loose: [],
  };
  addCitations(unit, src);
  return unit;
}

const CALL = /\[\^([^[\]\s]{1,999})\]/g;
const INJECTED_LABEL = /^\[\^([^\]]+)\]:/gm;

interface PlainSpan {
  kind: Unit['kind'];
  depth: number;
  /** Where the unit and its text start and end in the block. */
  start: number;
  textStart: number;
  end: number;
  footnote: string | null;
  calls: { label: string; start: number; end: number }[];
  /** Source that leaves nothing in the text (an autolink's brackets, a bold lead's asterisks). */
  skips?: Span[];
  /** Inline HTML comments: U+FFFC, like remark's html node. */
  objects?: Span[];
  /** The inner text of a bold lead (`**Vraag 1**`). */
  lead?: Span | null;
}

/**
 * A unit whose text is the source itself, with footnote calls and inline comments as U+FFFC and
 * the delimiters of autolinks and a bold lead left out (the shortcut paths).
 */
function plainUnit(src: string, p: PlainSpan): Unit {
  const f = new Flattener(src, false);
  // Three lists, each in source order and never overlapping: merged as they are walked.
  const skips = p.skips ?? [];
  const objects = p.objects ?? [];
  const calls = p.calls;
  let pos = p.textStart;
  for (let s = 0, o = 0, c = 0; s < skips.length || o < objects.length || c < calls.length; ) {
    const call = calls[c];
    const object = objects[o];
    const at = Math.min(skips[s]?.start ?? Infinity, object?.start ?? Infinity, call?.start ?? Infinity);
    if (at > pos) f.text(pos, at);
    if (call?.start === at) {
      f.calls.push({ label: call.label, start: call.start, end: call.end, flatIndex: f.flat.length });
      f.object(call.start, call.end);
      pos = call.end;
      c++;
    } else if (object?.start === at) {
      f.object(object.start, object.end);
      pos = object.end;
      o++;
    } else pos = skips[s++]!.end;
  }
  if (pos < p.end) f.text(pos, p.end);
  const lead = p.lead ? { text: src.slice(p.lead.start, p.lead.end), start: p.lead.start - 2, end: p.lead.end + 2 } : null;
  const unit: Unit = {
    kind: p.kind,
    depth: p.depth,
    start: p.start,
    end: p.end,
    flat: f.flat,
    pieces: f.pieces,
    footnote: p.footnote,
    inList: false,
    inQuote: false,
    calls: f.calls,
    lead,
    citations: [],
    loose: [],
  };
  addCitations(unit, src);
  return unit;
}

/** One plain paragraph for a block remark must not see (degraded.ts); calls found by regex. */
function degradedFacts(blockText: string, injected: string): BlockFacts {
  const defined = new Set([...injected.matchAll(INJECTED_LABEL)].map((m) => m[1]!.toLowerCase()));
  const calls = [...blockText.matchAll(CALL)]
    .filter((m) => defined.has(m[1]!.toLowerCase()))
    .map((m) => ({ label: m[1]!, start: m.index, end: m.index + m[0].length }));
  const span: PlainSpan = { kind: 'paragraph', depth: 0, start: 0, textStart: 0, end: blockText.length, footnote: null, calls };
  return { parsed: true, units: [plainUnit(blockText, span)], definitions: [] };
}

/** Facts of a plain paragraph or heading without parsing (fast-path.ts), or null. */
function fastFacts(blockText: string, defined: Set<string>, literalBrackets: boolean): BlockFacts | null {
  if (commentBlock(blockText)) return { parsed: true, units: [], definitions: [] };
  if (blockText.startsWith('[^')) return fastDefinitions(blockText, defined, literalBrackets);
  const spec = plainBlock(blockText, defined, literalBrackets);
  if (!spec) return null;
  const span: PlainSpan = { kind: spec.kind, depth: spec.depth, start: 0, textStart: spec.contentStart, end: blockText.length, footnote: null, calls: spec.calls, skips: spec.skips, objects: spec.objects, lead: spec.lead };
  return { parsed: true, units: [plainUnit(blockText, span)], definitions: [] };
}

function fastDefinitions(blockText: string, defined: Set<string>, literalBrackets: boolean): BlockFacts | null {
  const specs = plainDefinitions(blockText, defined, literalBrackets);
  if (!specs) return null;
  const facts: BlockFacts = { parsed: true, units: [], definitions: [] };
  for (const d of specs) {
    facts.definitions.push({ label: d.label, start: d.start, end: d.end, labelStart: d.start, labelEnd: d.labelEnd, bodyStart: d.bodyStart, bodyEnd: d.end });
    facts.units.push(plainUnit(blockText, { kind: 'paragraph', depth: 0, start: d.bodyStart, textStart: d.bodyStart, end: d.end, footnote: d.label, calls: d.calls, skips: d.skips, objects: d.objects }));
  }
  return facts;
}

// No cap on the citations of a degraded block: the scan is linear (a hostile megabyte line with
// 19,000 citation-like strings takes 0.15 s), and a cap would drop checks without a word.
function addCitations(unit: Unit, src: string): void {
  const found = scanCitations(unit.flat);
  unit.citations = found.citations.map((c) => citationToSource(c, unit, src));
  unit.loose = found.loose.map((l) => looseToSource(l, unit, src));
}

/** Source offset of a flat index (start side). */
export function flatToSource(unit: Pick<Unit, 'pieces' | 'end'>, index: number): number {
  const pieces = unit.pieces;
  if (pieces.length === 0) return unit.end;
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid]!.flat <= index) lo = mid;
    else hi = mid - 1;
  }
  const p = pieces[lo]!;
  const d = index - p.flat;
  if (d >= p.len) return p.src + p.srcLen;
  return p.len === p.srcLen ? p.src + d : p.src;
}

/** Source offset of a flat end index (exclusive). */
export function flatEndToSource(unit: Pick<Unit, 'pieces' | 'end'>, end: number): number {
  if (end <= 0) return flatToSource(unit, 0);
  const pieces = unit.pieces;
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid]!.flat <= end - 1) lo = mid;
    else hi = mid - 1;
  }
  const p = pieces[lo];
  if (!p) return unit.end;
  const d = end - 1 - p.flat;
  return p.len === p.srcLen ? p.src + Math.min(d, p.len - 1) + 1 : p.src + p.srcLen;
}

/**
 * A flat span maps exactly onto the source when the source text there is the same text, up to
 * CRLF line ends (flattened as the Flattener does): a fix across a line break then joins the
 * lines in a Windows draft as it does with LF.
 */
function exactSource(unit: Unit, src: string, fs: number, fe: number): [number, number] | null {
  const s = flatToSource(unit, fs);
  const e = flatEndToSource(unit, fe);
  const source = src.slice(s, e);
  const flat = unit.flat.slice(fs, fe);
  return source === flat || (source.includes('\r') && flatLineEnds(source) === flat) ? [s, e] : null;
}

function mapIssue<T extends CitationIssue>(issue: T, unit: Unit, src: string): T {
  const out: T = { ...issue };
  if (issue.span) out.span = { start: flatToSource(unit, issue.span.start), end: flatEndToSource(unit, issue.span.end) };
  if (issue.fix) {
    const exact = exactSource(unit, src, issue.fix.span.start, issue.fix.span.end);
    if (exact) out.fix = { span: { start: exact[0], end: exact[1] }, text: issue.fix.text };
    else delete out.fix; // markup inside the span: a text replacement would destroy it
  }
  return out;
}

function citationToSource(c: Citation, unit: Unit, src: string): Citation {
  const start = flatToSource(unit, c.start);
  const end = flatEndToSource(unit, c.end);
  return { ...c, start, end, text: src.slice(start, end), issues: c.issues.map((i) => mapIssue(i, unit, src)) };
}

function looseToSource(l: LooseIssue, unit: Unit, src: string): LooseIssue {
  const mapped = mapIssue(l, unit, src);
  return { ...mapped, text: src.slice(mapped.span.start, mapped.span.end) };
}

/** CR LF as a line break and a space, a lone CR as a space: same length, so offsets stay. */
function flatLineEnds(s: string): string {
  return s.replace(/\r\n/g, '\n ').replace(/\r/g, ' ');
}

// Most paragraphs and headings of a letter are plain text with at most some footnote calls.
// For those, remark's result is known in advance: one paragraph (or ATX heading) whose inline
// text is the source itself. This builds the same facts without parsing — several times faster
// than micromark — and declines (null) anything with inline or block syntax it does not model.
// The block/whole-parse equivalence tests hold it to remark's result.
import type { BlockFacts } from './model.js';

// Characters that start inline syntax (emphasis, code, links, HTML, entities, escapes, GFM
// strikethrough), checked after footnote calls and autolinks are taken out. No pipe: the parser
// has no GFM tables (parse.ts), so `|` is always text.
const INLINE_SYNTAX = /[\\`*_<>&[\]~!]/;
// A URI autolink (CommonMark 6.5), e.g. `<https://www.rijksoverheid.nl/…>` in a footnote: remark
// makes it a link whose text is the address. Stricter than the spec (no Unicode spaces inside),
// so anything it misses goes to the parser. E-mail autolinks are left to the parser.
const AUTOLINK = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>\x00-\x1f\x7f]*>/g;
// Lines that would start another block, or change how the paragraph ends.
const BLOCK_SYNTAX = /(?:^|\n)[ \t]*(?:[-+*>#=]|\d{1,9}[.)](?:[ \t]|$)|$)|[ \t](?:\r?\n|$)|\r(?!\n)/;
const HEADING = /^(#{1,6})[ \t]+(?=\S)/;
const CALL = /\[\^([^[\]\s]{1,999})\]/g;

export interface FastUnitSpec {
  kind: 'paragraph' | 'heading';
  depth: number;
  contentStart: number;
  calls: { label: string; start: number; end: number }[];
  /** Autolinks `<…>`: their text is the address between the brackets. */
  autolinks: { start: number; end: number }[];
}

/** Decides whether a block is plain; the caller builds the unit (facts.ts) from the spec. */
/** The footnote labels a call may use (lower case). */
export interface LabelSet {
  has(label: string): boolean;
}

/**
 * `literalBrackets`: no link definition could apply (none injected), so `[…]` not followed by
 * `(`, `[` or `:` is text — as in a quote with an omission, „de aanpak […] werkt niet”.
 */
export function plainBlock(text: string, defined: LabelSet, literalBrackets = false): FastUnitSpec | null {
  if (text.length === 0 || text.length > 20_000 || /^[ \t]/.test(text) || /\n[ \t]*\r?\n/.test(text)) return null;
  let kind: FastUnitSpec['kind'] = 'paragraph';
  let depth = 0;
  let contentStart = 0;
  const h = HEADING.exec(text);
  if (h) {
    if (text.includes('\n') || /[#\s]$/.test(text)) return null;
    kind = 'heading';
    depth = h[1]!.length;
    contentStart = h[0].length;
  } else if (/^[#]/.test(text) || BLOCK_SYNTAX.test(text)) return null;
  const autolinks: FastUnitSpec['autolinks'] = [];
  let plain = text;
  if (text.includes('<')) {
    for (const m of text.matchAll(AUTOLINK)) autolinks.push({ start: m.index, end: m.index + m[0].length });
    // Same length, so call offsets stay; the blanked text cannot be taken for syntax.
    if (autolinks.length > 0) plain = text.replace(AUTOLINK, (a) => ' '.repeat(a.length));
  }
  const calls: FastUnitSpec['calls'] = [];
  let rest = '';
  let pos = 0;
  for (const m of plain.matchAll(CALL)) {
    if (plain[m.index + m[0].length] === '(' || plain[m.index + m[0].length] === ':') return null;
    if (!defined.has(m[1]!.toLowerCase())) continue; // stays literal text, like in GFM
    rest += plain.slice(pos, m.index);
    pos = m.index + m[0].length;
    calls.push({ label: m[1]!, start: m.index, end: pos });
  }
  rest += plain.slice(pos);
  let syntax = rest.replace(/\[\^[^[\]\s]{1,999}\]/g, '');
  // One line, unnested: a label spread over lines or nested could still match a definition.
  if (literalBrackets && /[[\]]/.test(syntax) && !/\][([:]/.test(plain)) syntax = syntax.replace(/\[(?!\^)([^[\]\n]*)\]/g, '$1');
  if (INLINE_SYNTAX.test(syntax)) return null;
  if (/\[\^/.test(rest) && !/^[^[\]]*(?:\[\^[^[\]\s]{1,999}\][^[\]]*)*$/.test(rest)) return null;
  return { kind, depth, contentStart, calls, autolinks };
}

const DEFINITION_LINE = /^\[\^([^[\]\s]{1,999})\]:[ \t]+(?=\S)/;

export interface FastDefinitionSpec {
  label: string;
  start: number;
  end: number;
  labelEnd: number;
  bodyStart: number;
  calls: FastUnitSpec['calls'];
  autolinks: FastUnitSpec['autolinks'];
}

/**
 * A block of one-line footnote definitions with plain bodies ("[^1]: Kamerstuk 29 754, nr. 482."),
 * the usual end of a letter; micromark is slowest on exactly these. Null when anything else is there.
 */
export function plainDefinitions(text: string, defined: LabelSet, literalBrackets = false): FastDefinitionSpec[] | null {
  // No size limit: line by line this is linear, and a long draft's notes (a 20 MB draft has a
  // 2 MB block of them) must not fall to the degraded path, which keeps no definitions.
  if (/\r/.test(text)) return null;
  const out: FastDefinitionSpec[] = [];
  const lines = text.split('\n');
  // Calls may point at definitions in this same block. The document's labels are looked up, not
  // copied: a copy per block of definitions made a draft with many such blocks quadratic.
  const own = new Set<string>();
  for (const line of lines) {
    const m = DEFINITION_LINE.exec(line);
    if (m) own.add(m[1]!.toLowerCase());
  }
  const known: LabelSet = { has: (label) => own.has(label) || defined.has(label) };
  let start = 0;
  for (const line of lines) {
    const m = DEFINITION_LINE.exec(line);
    if (!m || /[ \t]$/.test(line)) return null;
    const body = line.slice(m[0].length);
    const spec = plainBlock(body, known, literalBrackets);
    if (!spec || spec.kind !== 'paragraph') return null;
    const bodyStart = start + m[0].length;
    out.push({
      label: m[1]!,
      start,
      end: start + line.length,
      labelEnd: start + m[1]!.length + 3,
      bodyStart,
      calls: spec.calls.map((c) => ({ ...c, start: c.start + bodyStart, end: c.end + bodyStart })),
      autolinks: spec.autolinks.map((a) => ({ start: a.start + bodyStart, end: a.end + bodyStart })),
    });
    start += line.length + 1;
  }
  return out;
}

export type { BlockFacts };

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
  /** Source that leaves nothing in the text: an autolink's `<` and `>`, a bold lead's `**`. */
  skips: Span[];
  /** Inline HTML comments: one U+FFFC each, like remark's html node. */
  objects: Span[];
  /** The text between the asterisks of a paragraph that opens in bold (`**Vraag 1**`). */
  lead: Span | null;
}

export interface Span {
  start: number;
  end: number;
}

/** The footnote labels a call may use (lower case). */
export interface LabelSet {
  has(label: string): boolean;
}

// A paragraph that opens with plain bold text, the ministry .docx shape "**Vraag 1**" or
// "**Antwoord 1**\nJa.". The closing `**` must be right-flanking (CommonMark 6.2): after
// punctuation only when whitespace, punctuation or the end follows.
const LEAD = /^\*\*([^\s*_\\`<>&[\]~!][^*_\n\\`<>&[\]~!]*?)\*\*/;
const PUNCTUATION = /[\p{P}\p{S}]/u;
// An inline HTML comment on one line (CommonMark 0.31, as micromark reads it).
const COMMENT = /<!--(?:>|->|[^\n]*?-->)/g;

function boldLead(text: string): Span | null {
  const m = LEAD.exec(text);
  if (!m) return null;
  const inner = m[1]!;
  const last = inner[inner.length - 1]!;
  if (/\s/.test(last)) return null;
  const after = text[m[0].length];
  if (PUNCTUATION.test(last) && after !== undefined && !/\s/.test(after) && !PUNCTUATION.test(after)) return null;
  return { start: 2, end: 2 + inner.length };
}

/**
 * Decides whether a block is plain; the caller builds the unit (facts.ts) from the spec.
 * `literalBrackets`: no link definition could apply (none injected), so `[…]` not followed by
 * `(`, `[` or `:` is text — as in a quote with an omission, „de aanpak […] werkt niet”.
 */
export function plainBlock(text: string, defined: LabelSet, literalBrackets = false): FastUnitSpec | null {
  if (text.length === 0 || text.length > 20_000 || /^[ \t]/.test(text) || /\n[ \t]*\r?\n/.test(text)) return null;
  let kind: FastUnitSpec['kind'] = 'paragraph';
  let depth = 0;
  let contentStart = 0;
  let lead: Span | null = null;
  const h = HEADING.exec(text);
  if (h) {
    if (text.includes('\n') || /[#\s]$/.test(text)) return null;
    kind = 'heading';
    depth = h[1]!.length;
    contentStart = h[0].length;
  } else {
    lead = text.startsWith('**') ? boldLead(text) : null;
    // The opening `**` of a lead is neither a list item nor a thematic break.
    if (/^[#]/.test(text) || BLOCK_SYNTAX.test(lead ? '..' + text.slice(2) : text)) return null;
  }
  const skips: Span[] = [];
  const objects: Span[] = [];
  // Same-length blanking keeps every offset; blanked text cannot be taken for syntax.
  const blanked = (a: string): string => ' '.repeat(a.length);
  let plain = lead ? '  ' + text.slice(2, lead.end) + '  ' + text.slice(lead.end + 2) : text;
  if (lead) skips.push({ start: 0, end: 2 }, { start: lead.end, end: lead.end + 2 });
  if (plain.includes('<')) {
    for (const m of plain.matchAll(COMMENT)) {
      // At a line start a comment is an HTML block, which also ends a paragraph.
      const lineStart = plain.lastIndexOf('\n', m.index - 1) + 1;
      if (/^[ \t]*$/.test(plain.slice(lineStart, m.index))) return null;
      objects.push({ start: m.index, end: m.index + m[0].length });
    }
    if (objects.length > 0) plain = plain.replace(COMMENT, blanked);
    for (const m of plain.matchAll(AUTOLINK)) skips.push({ start: m.index, end: m.index + 1 }, { start: m.index + m[0].length - 1, end: m.index + m[0].length });
    plain = plain.replace(AUTOLINK, blanked);
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
  skips.sort((a, b) => a.start - b.start);
  return { kind, depth, contentStart, calls, skips, objects, lead };
}

/** A block that is one HTML comment, `<!-- … -->` ending on its last line: remark's html node. */
export function commentBlock(text: string): boolean {
  if (!text.startsWith('<!--')) return false;
  const close = text.indexOf('-->', 2);
  return close >= 0 && !text.includes('\n', close);
}

const DEFINITION_LINE = /^\[\^([^[\]\s]{1,999})\]:[ \t]+(?=\S)/;

export interface FastDefinitionSpec {
  label: string;
  start: number;
  end: number;
  labelEnd: number;
  bodyStart: number;
  calls: FastUnitSpec['calls'];
  skips: Span[];
  objects: Span[];
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
    if (!spec || spec.kind !== 'paragraph' || spec.lead) return null;
    const bodyStart = start + m[0].length;
    out.push({
      label: m[1]!,
      start,
      end: start + line.length,
      labelEnd: start + m[1]!.length + 3,
      bodyStart,
      calls: spec.calls.map((c) => ({ ...c, start: c.start + bodyStart, end: c.end + bodyStart })),
      skips: spec.skips.map((a) => ({ start: a.start + bodyStart, end: a.end + bodyStart })),
      objects: spec.objects.map((a) => ({ start: a.start + bodyStart, end: a.end + bodyStart })),
    });
    start += line.length + 1;
  }
  return out;
}

export type { BlockFacts };

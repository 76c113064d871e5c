// YAML front matter of a draft (PRODUCT.md §5), with source ranges for every key and value so
// that KB501 can point at the exact spot.
import { parseDocument, isMap, isScalar, isPair } from 'yaml';
import type { FrontMatterSpan } from './blocks.js';

export interface FrontMatterEntry {
  key: string;
  keyStart: number;
  keyEnd: number;
  /** The value as YAML gives it (string, number, Date-like string, …). */
  value: unknown;
  /** The value's source text, trimmed. */
  valueText: string;
  valueStart: number;
  valueEnd: number;
}

export interface FrontMatter extends FrontMatterSpan {
  entries: FrontMatterEntry[];
  /** YAML syntax errors, or a top level that is not a mapping. */
  errors: { message: string; start: number; end: number }[];
}

export function parseFrontMatter(text: string, span: FrontMatterSpan): FrontMatter {
  const source = text.slice(span.contentStart, span.contentEnd);
  return plainFrontMatter(source, span) ?? parseFrontMatterWithYaml(text, span);
}

// A line "key: value" whose value YAML's core schema reads as the plain string it is: no quote,
// flow, anchor, tag, block or comment syntax, no number, boolean or null, no control characters.
const PLAIN_LINE = /^([A-Za-z][A-Za-z0-9_-]*):( +)([^\s\-?:,[\]{}#&*!|>'"%@`][^\x00-\x1f\x7f-\x9f\ufeff\ud800-\udfff]*)$/;
const NOT_PLAIN = /: |:$| #|\s$/;
// What the core schema may read as a number (a superset: int, 0x, 0o, float, .inf, .nan), null or boolean.
const TYPED = /^[-+]?(?:[0-9][0-9a-fA-FxXoO_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9a-zA-Z]+)$|^(?:~|null|true|false)$/i;
const TYPED_KEY = /^(?:true|false|null)$/i;

/**
 * Front matter of plain "key: value" lines, read without the YAML parser (a fifth of the
 * engine's time on short letters went there); null when anything else is there. The same
 * entries as the parser gives (a test compares them).
 */
function plainFrontMatter(source: string, span: FrontMatterSpan): FrontMatter | null {
  if (source.includes('\r') || source.length > 10_000) return null;
  const entries: FrontMatterEntry[] = [];
  let pos = 0;
  for (const line of source.split('\n')) {
    const at = span.contentStart + pos;
    pos += line.length + 1;
    if (line === '') continue;
    const m = PLAIN_LINE.exec(line);
    if (!m) return null;
    const [, key, gap, value] = m as unknown as [string, string, string, string];
    if (NOT_PLAIN.test(value) || TYPED.test(value) || TYPED_KEY.test(key)) return null;
    const valueStart = at + key.length + 1 + gap.length;
    entries.push({ key, keyStart: at, keyEnd: at + key.length, value, valueText: value, valueStart, valueEnd: valueStart + value.length });
  }
  return { ...span, entries, errors: [] };
}

/** The front matter as the YAML parser reads it (also the reference for the shortcut above). */
export function parseFrontMatterWithYaml(text: string, span: FrontMatterSpan): FrontMatter {
  const source = text.slice(span.contentStart, span.contentEnd);
  const base = span.contentStart;
  // Keep YAML from turning 2019-06-27 into a Date: drafts want the text as written.
  const doc = parseDocument(source, { schema: 'core', prettyErrors: false, uniqueKeys: false });
  const errors = doc.errors.map((e) => ({
    message: e.message.split('\n')[0]!,
    start: base + (e.pos?.[0] ?? 0),
    end: base + (e.pos?.[1] ?? source.length),
  }));
  const entries: FrontMatterEntry[] = [];
  const contents = doc.contents;
  if (contents && isMap(contents)) {
    for (const item of contents.items) {
      if (!isPair(item) || !isScalar(item.key) || !item.key.range) continue;
      const [ks, ke] = item.key.range;
      const v = item.value;
      const vr = v && 'range' in v && v.range ? v.range : [ke, ke];
      const valueText = source.slice(vr[0], vr[1]).trim();
      entries.push({
        key: String(item.key.value),
        keyStart: base + ks,
        keyEnd: base + ke,
        value: isScalar(v) ? v.value : v ? (v as { toJSON(): unknown }).toJSON() : null,
        valueText,
        valueStart: base + vr[0],
        valueEnd: base + vr[0] + source.slice(vr[0], vr[1]).trimEnd().length,
      });
    }
  } else if (contents && source.trim() !== '') {
    errors.push({ message: 'de voorpagina is geen lijst van sleutels en waarden', start: base, end: base + source.length });
  }
  return { ...span, entries, errors };
}

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

// A position in an imported draft, told in the source's terms: the paragraph (or footnote) and
// the offset in its text. What `lint brief.docx --format json` adds to each message.
import type { LineOrigin } from './markdown-writer.js';

export interface SourcePosition {
  position: 'paragraaf' | 'voetnoot';
  paragraph?: number;
  footnote?: number;
  /** 0-based offset in the paragraph's (or footnote's) text, UTF-16 code units. */
  offset: number;
}

/** `line` and `column` are 1-based, as in the lint output; null where the line has no origin. */
export function sourcePosition(origins: (LineOrigin | null)[], line: number, column: number): SourcePosition | null {
  const origin = origins[line - 1];
  if (!origin) return null;
  const col = column - 1;
  let best: [number, number] | undefined;
  for (const s of origin.segments) if (s[0] <= col && (!best || s[0] >= best[0])) best = s;
  const offset = best ? best[1] + (col - best[0]) : (origin.segments[0]?.[1] ?? 0);
  return origin.source.kind === 'paragraaf'
    ? { position: 'paragraaf', paragraph: origin.source.index, offset: Math.max(0, offset) }
    : { position: 'voetnoot', footnote: origin.source.index, offset: Math.max(0, offset) };
}

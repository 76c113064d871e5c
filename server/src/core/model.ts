// The analysed document: what every rule and editor feature reads. Built once per document
// version from per-block facts (see facts.ts), which are cached by content.
import type { Citation, LooseIssue } from './types.js';
import type { LineIndex } from './lines.js';
import type { FrontMatter } from './frontmatter.js';

/** Maps a stretch of a unit's flat text onto the source. */
export interface Piece {
  flat: number;
  src: number;
  /** Length in the flat text. */
  len: number;
  /** Length in the source (differs for U+FFFC placeholders). */
  srcLen: number;
}

export interface FootnoteCall {
  /** Label as written, e.g. "1". */
  label: string;
  start: number;
  end: number;
  /** Index of the U+FFFC for this call in the unit's flat text. */
  flatIndex: number;
}

export interface StrongLead {
  text: string;
  start: number;
  end: number;
}

/** A leaf container of inline text: a paragraph or a heading (also inside lists, quotes, footnotes). */
export interface Unit {
  kind: 'paragraph' | 'heading';
  /** Heading depth 1–6; 0 for a paragraph. */
  depth: number;
  start: number;
  end: number;
  /**
   * Inline text with markup removed: text, emphasis and link text kept; inline code, images,
   * HTML and footnote calls each become one U+FFFC; link URLs dropped; "\r\n" becomes "\n ".
   */
  flat: string;
  pieces: Piece[];
  /** Label of the footnote definition this unit belongs to, or null in the body text. */
  footnote: string | null;
  inList: boolean;
  inQuote: boolean;
  calls: FootnoteCall[];
  /** A paragraph that opens with bold text (`**Vraag 1**`). */
  lead: StrongLead | null;
  citations: Citation[];
  loose: LooseIssue[];
  /** The unshifted unit of the block cache this one was placed from (see shift.ts, unit-memo.ts). */
  origin?: Unit;
  /** Results kept per origin unit by memoByUnit (unit-memo.ts): never set on a shifted unit. */
  memo?: unknown[];
}

export interface FootnoteDefinition {
  label: string;
  start: number;
  end: number;
  /** The `[^label]` part. */
  labelStart: number;
  labelEnd: number;
  /** The body after `]:` and spaces, up to the end of the definition. */
  bodyStart: number;
  bodyEnd: number;
}

/** Facts of one top-level block, offsets relative to the block start (cacheable by content). */
export interface BlockFacts {
  /** Whether remark parsed the block (false: no candidate token, nothing for a rule). */
  parsed: boolean;
  units: Unit[];
  definitions: FootnoteDefinition[];
}

export interface Block {
  start: number;
  end: number;
  facts: BlockFacts;
}

export interface DocumentAnalysis {
  /** The text analysed (BOM stripped). */
  text: string;
  lines: LineIndex;
  frontMatter: FrontMatter | null;
  blocks: Block[];
  /** All units, absolute offsets, document order. */
  units: Unit[];
  definitions: FootnoteDefinition[];
  /** Citations with the unit they are in, document order. */
  citations: { citation: Citation; unit: Unit }[];
  loose: { issue: LooseIssue; unit: Unit }[];
}

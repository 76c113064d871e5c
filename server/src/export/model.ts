// What a draft holds for Word: front matter, blocks and footnote texts, read from the Markdown by
// draft-reader.ts and written as OOXML by docx-writer.ts.

export type Span =
  /** `href`: the target of the link the text is in. */
  | { kind: 'text'; text: string; bold?: boolean; italic?: boolean; code?: boolean; href?: string }
  /** A footnote call: the draft's label (`1`, `bron`). */
  | { kind: 'note'; label: string }
  /** A hard line break inside a paragraph. */
  | { kind: 'break' };

export interface ExportListItem {
  spans: Span[];
  /** Nesting depth, 0 for the outer list. */
  depth: number;
  ordered: boolean;
  /** The number the draft gives the first item of an ordered list (later items count on). */
  start: number;
}

export type ExportBlock =
  | { kind: 'heading'; level: number; spans: Span[] }
  | { kind: 'paragraph'; spans: Span[]; quote?: boolean }
  | { kind: 'list'; items: ExportListItem[] }
  | { kind: 'table'; rows: Span[][][]; header: boolean };

export interface DraftDocument {
  /** Front matter in the draft's order; values as text. */
  frontMatter: [string, string][];
  blocks: ExportBlock[];
  /** Footnote texts by label, in order of first call; each note's paragraphs. */
  notes: Map<string, Span[][]>;
  /** What the export leaves out: Dutch lines for stderr. */
  warnings: string[];
}

/** The draft could not be exported (a bad template, an unreadable file): a Dutch message, exit 2. */
export class ExportError extends Error {
  override readonly name = 'ExportError';
}

// The document model both readers (Word, publication XML) produce and the Markdown writer reads:
// just what a draft can hold, each piece knowing where in the source it came from.

/** Where text came from: the n-th paragraph with text (1-based), or footnote n of the draft. */
export interface SourcePlace {
  kind: 'paragraaf' | 'voetnoot';
  index: number;
}

export type Inline =
  /** `at`: offset of the text in its source paragraph (UTF-16 code units); `href`: a hyperlink's target. */
  | { kind: 'text'; text: string; bold?: boolean; italic?: boolean; at: number; href?: string }
  /** A footnote reference: the note's key in ImportedDocument.notes. */
  | { kind: 'note'; key: string }
  /** A line break inside a paragraph. */
  | { kind: 'break' };

export interface ListItem {
  inlines: Inline[];
  /** Nesting depth, 0 for the outer list. */
  depth: number;
  /** Numbered (1. 2. 3.) or bulleted. */
  ordered: boolean;
  source: SourcePlace;
}

export type Block =
  | { kind: 'heading'; level: number; inlines: Inline[]; source: SourcePlace }
  | { kind: 'paragraph'; inlines: Inline[]; source: SourcePlace }
  | { kind: 'list'; items: ListItem[] }
  | { kind: 'table'; rows: { cells: Inline[][]; source: SourcePlace }[] };

export interface FrontMatterField {
  key: string;
  value: string;
  source?: SourcePlace;
}

export interface ImportedDocument {
  frontMatter: FrontMatterField[];
  blocks: Block[];
  /** Footnote texts by key, in the order their references first appear. */
  notes: Map<string, { inlines: Inline[] }>;
  /** What could not be carried over: Dutch lines for stderr. */
  warnings: string[];
}

/** A failure to read the input at all: a Dutch message, exit code 2. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
}

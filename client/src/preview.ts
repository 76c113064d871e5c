// Markdown preview plugin: renders [^n] footnotes (VS Code's preview has none) and links the
// citations the editor recognises to the address the engine computes (preview-citations.ts);
// with `letter`, the draft can be shown in the export's letter layout (preview-letter.ts).
import footnote from 'markdown-it-footnote';
import { linkCitations, type CoreState } from './preview-citations.js';
import { letterLayout, type LetterMarkdownIt, type LetterOptions } from './preview-letter.js';

type MarkdownIt = LetterMarkdownIt & { use: (plugin: unknown, ...opts: unknown[]) => MarkdownIt; core: { ruler: { push: (name: string, f: (state: CoreState) => void) => void } } };

export interface PreviewOptions {
  /** The letter layout: when it is on, and how the front matter is read. */
  letter?: LetterOptions;
}

export function kamerbriefMarkdownIt(md: MarkdownIt, options: PreviewOptions = {}): MarkdownIt {
  md.use(footnote);
  // Last: after linkify (its links count as existing links) and text_join (escapes merged into text).
  md.core.ruler.push('kamerbrief-citations', linkCitations);
  // After the footnotes and the citation links: the layout wraps what they made.
  if (options.letter) letterLayout(md, options.letter);
  return md;
}

// Markdown preview plugin: renders [^n] footnotes (VS Code's preview has none) and links the
// citations the editor recognises to the address the engine computes (preview-citations.ts).
import footnote from 'markdown-it-footnote';
import { linkCitations, type CoreState } from './preview-citations.js';

type MarkdownIt = { use: (plugin: unknown, ...opts: unknown[]) => MarkdownIt; core: { ruler: { push: (name: string, f: (state: CoreState) => void) => void } } };

export function kamerbriefMarkdownIt(md: MarkdownIt): MarkdownIt {
  md.use(footnote);
  // Last: after linkify (its links count as existing links) and text_join (escapes merged into text).
  md.core.ruler.push('kamerbrief-citations', linkCitations);
  return md;
}

// The one Markdown parser of the engine: unified + remark-parse with only the GFM construct the
// rules need (footnotes). Full remark-gfm (tables, autolink literals, strikethrough, task lists)
// parses about 3× slower and none of those constructs changes what a rule sees: bare URLs are
// skipped by the citation scanner, and table cells are still scanned as text.
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import type { Root } from 'mdast';

/** unified plugin: the footnote part of remark-gfm, registered the way remark-gfm does it. */
function remarkGfmFootnote(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmFootnote());
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown());
}

let processor: Processor<Root> | null = null;

export function parseMarkdown(text: string): Root {
  processor ??= unified().use(remarkParse).use(remarkGfmFootnote).freeze() as unknown as Processor<Root>;
  return processor.parse(text) as Root;
}

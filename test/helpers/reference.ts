// Reference analysis: one remark parse of the whole document (front matter blanked out, same
// length), to hold the block-wise analysis to (PRODUCT.md §2: results must equal a whole parse).
import { splitBlocks } from '../../server/src/core/blocks.js';
import { isCandidate, remarkFacts } from '../../server/src/core/facts.js';
import type { BlockFacts } from '../../server/src/core/model.js';

export function wholeDocumentFacts(text: string): BlockFacts {
  const { frontMatter } = splitBlocks(text);
  const blanked = frontMatter
    ? text.slice(0, frontMatter.end).replace(/[^\n]/g, ' ') + text.slice(frontMatter.end)
    : text;
  return remarkFacts(blanked);
}

/** Units of the reference that lie in blocks the cheap scan would parse (others carry nothing). */
export function candidateRanges(text: string): [number, number][] {
  return splitBlocks(text)
    .blocks.filter((b) => isCandidate(text.slice(b.start, b.end)))
    .map((b) => [b.start, b.end]);
}

// Independent blocks parsed together: one remark parse per block costs the parser's set-up each
// time. Blocks are joined with a blank line; `owner` maps an offset in the batch back to its block.
// Blocks are independent by construction (blocks.ts: an unclosed fence or comment runs to the end
// of the document, so it is the last block).

export interface BlockBatch {
  text: string;
  /** Offset in `text` where each block starts. */
  bases: number[];
  /** Index of the block an offset of `text` lies in. */
  owner(offset: number): number;
}

export function joinBlocks(blocks: readonly string[]): BlockBatch {
  const bases: number[] = [];
  let text = '';
  for (const b of blocks) {
    if (text) text += '\n\n';
    bases.push(text.length);
    text += b;
  }
  const owner = (offset: number): number => {
    let lo = 0;
    let hi = bases.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (bases[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return { text, bases, owner };
}

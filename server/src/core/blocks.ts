// Cheap split of a draft into front matter and top-level blocks, so that remark only ever sees
// the blocks that matter and each block can be cached by content.
//
// Invariant: we may only split where a whole-document CommonMark parse would also end a block.
// So we split only at blank lines, and never inside a fenced code block or an HTML block of
// types 1–5 (those may contain blank lines). A chunk that starts indented after a blank line may
// belong to the previous block (list item continuation, indented code, footnote continuation):
// we merge it. Merging too much is always safe — it only costs speed.

export interface FrontMatterSpan {
  /** Whole front matter including the fences. */
  start: number;
  end: number;
  /** The YAML between the fences. */
  contentStart: number;
  contentEnd: number;
}

export interface BlockSpan {
  /** Offset of the first character of the first line. */
  start: number;
  /** Offset just after the last non-blank line (its line break excluded). */
  end: number;
}

export interface SplitResult {
  frontMatter: FrontMatterSpan | null;
  blocks: BlockSpan[];
}

const BLANK = /^[ \t]*$/;
const FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})(.*)$/;
const HTML_OPENERS: [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

interface Line {
  start: number;
  /** End of the line content, before "\r\n" or "\n". */
  end: number;
  text: string;
}

function* lines(text: string, from: number): Generator<Line> {
  let pos = from;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const end = nl > pos && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    yield { start: pos, end, text: text.slice(pos, end) };
    pos = nl + 1;
  }
}

/** The first character that is no space or tab; undefined for a blank line. */
function firstVisible(line: string): string | undefined {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9) return line[i];
  }
  return undefined;
}

export function findFrontMatter(text: string): FrontMatterSpan | null {
  if (!text.startsWith('---')) return null;
  const it = lines(text, 0);
  const first = it.next();
  if (first.done || first.value.text.trimEnd() !== '---') return null;
  const contentStart = Math.min(text.length, first.value.end + (text[first.value.end] === '\r' ? 2 : 1));
  for (const line of it) {
    if (line.text.trimEnd() === '---') return { start: 0, end: line.end, contentStart, contentEnd: line.start };
  }
  return null;
}

export function splitBlocks(text: string): SplitResult {
  const frontMatter = findFrontMatter(text);
  const blocks: BlockSpan[] = [];
  let current: BlockSpan | null = null;
  let sawBlank = false;
  let fence: { char: string; length: number } | null = null;
  let htmlEnd: RegExp | null = null;

  const from = frontMatter ? Math.min(text.length, frontMatter.end) : 0;
  for (const line of lines(text, from)) {
    if (frontMatter && line.start === frontMatter.end) continue; // rest of the closing fence line
    if (fence) {
      const m = FENCE_OPEN.exec(line.text);
      if (m && m[1]![0] === fence.char && m[1]!.length >= fence.length && BLANK.test(m[2]!)) fence = null;
      current!.end = line.end;
      continue;
    }
    if (htmlEnd) {
      if (htmlEnd.test(line.text)) htmlEnd = null;
      current!.end = line.end;
      continue;
    }
    // Only the first character that is no space or tab can open a fence or an HTML block: most
    // lines are skipped without a pattern.
    const first = firstVisible(line.text);
    if (first === undefined) {
      if (current) sawBlank = true;
      continue;
    }
    const indented = line.text[0] === ' ' || line.text[0] === '\t';
    if (!current || (sawBlank && !indented)) {
      current = { start: line.start, end: line.end };
      blocks.push(current);
    } else {
      current.end = line.end;
    }
    sawBlank = false;
    const f = first === '`' || first === '~' ? FENCE_OPEN.exec(line.text) : null;
    if (f && !(f[1]![0] === '`' && f[2]!.includes('`'))) {
      fence = { char: f[1]![0]!, length: f[1]!.length };
      continue;
    }
    if (first !== '<') continue;
    for (const [open, close] of HTML_OPENERS) {
      if (open.test(line.text)) {
        // The end condition may already hold on the opening line (after the opener itself).
        const rest = line.text.replace(open, '');
        if (!close.test(rest)) htmlEnd = close;
        break;
      }
    }
  }
  return { frontMatter, blocks };
}

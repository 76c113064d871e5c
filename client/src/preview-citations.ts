// Links citations in markdown-it's inline tokens with the engine's own citation scanner, so the
// preview links exactly what the editor recognises (its document links), with the engine's URL.
//
// Each inline token's children are flattened the way the engine flattens a paragraph (facts.ts):
// text kept, emphasis and link text kept, soft and hard breaks as "\n", inline code, images, HTML
// and footnote calls as one U+FFFC. The scanner runs on that text; a citation is linked when it
// starts and ends in text tokens and no part of it lies in a link (Markdown, autolink or HTML <a>)
// or is code. One link wraps it when the tokens it spans are balanced (`Kamerstuk *29 754*, nr. 482`);
// otherwise each of its text pieces gets a link to the same address (`*Kamerstuk 29 754*, nr. 482`:
// one link inside the emphasis, one after it), so the HTML stays well-formed.
import { scanCitations } from '../../server/src/core/citations/index.js';

export interface Token {
  type: string;
  tag: string;
  content: string;
  level: number;
  nesting: number;
  children: Token[] | null;
  attrs: [string, string][] | null;
}
export interface CoreState {
  tokens: Token[];
  Token: new (type: string, tag: string, nesting: number) => Token;
}

const OBJ = '\uFFFC';
const HTML_LINK_OPEN = /^<a[>\s]/i;
const HTML_LINK_CLOSE = /^<\/a\s*>/i;
const OB = 'https://zoek.officielebekendmakingen.nl/';

/** Where a stretch of the flat text comes from: a text token (or a line break) among the children. */
interface Piece {
  child: number;
  flat: number;
  len: number;
}

interface Flat {
  text: string;
  pieces: Piece[];
  /** Per child: inside a link (Markdown or HTML) at that point. */
  inLink: boolean[];
}

export function linkCitations(state: CoreState): void {
  for (const block of state.tokens) {
    if (block.type === 'inline' && block.children) block.children = linkChildren(state, block.children);
  }
}

function flatten(children: Token[]): Flat {
  let text = '';
  const pieces: Piece[] = [];
  const inLink: boolean[] = [];
  let links = 0;
  children.forEach((t, child) => {
    if (t.type === 'link_open') links++;
    else if (t.type === 'link_close') links = Math.max(0, links - 1);
    else if (t.type === 'html_inline' && HTML_LINK_OPEN.test(t.content)) links++;
    else if (t.type === 'html_inline' && HTML_LINK_CLOSE.test(t.content)) links = Math.max(0, links - 1);
    inLink.push(links > 0 || t.type === 'link_close');
    if (t.type === 'text') {
      pieces.push({ child, flat: text.length, len: t.content.length });
      text += t.content;
    } else if (t.type === 'softbreak' || t.type === 'hardbreak') {
      pieces.push({ child, flat: text.length, len: 1 });
      text += '\n';
    } else if (t.nesting === 0) {
      text += OBJ; // inline code, image, HTML, footnote call, anything a plugin adds: not prose
    }
    // Opening and closing tokens (emphasis, links) add nothing: their content is read on.
  });
  return { text, pieces, inLink };
}

/** The piece holding flat offset `at`. Pieces are sorted by offset. */
function pieceAt(pieces: Piece[], at: number): Piece | undefined {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = pieces[mid]!;
    if (at < p.flat) hi = mid - 1;
    else if (at >= p.flat + p.len) lo = mid + 1;
    else return p;
  }
  return undefined;
}

/**
 * How children first…last can be linked: 'whole' (one link), 'pieces' (one link per text piece:
 * the span opens or closes emphasis halfway), or null (it touches a link, code or another object).
 */
function linkable(children: Token[], flat: Flat, first: number, last: number): 'whole' | 'pieces' | null {
  let depth = 0;
  let balanced = true;
  for (let i = first; i <= last; i++) {
    const t = children[i]!;
    if (flat.inLink[i] || t.type.startsWith('link_')) return null;
    if (t.nesting === 0 && t.type !== 'text' && t.type !== 'softbreak' && t.type !== 'hardbreak') return null;
    depth += t.nesting;
    if (depth < 0) balanced = false;
  }
  return balanced && depth === 0 ? 'whole' : 'pieces';
}

interface Mark {
  child: number;
  /** Offset in that child's content (text tokens); a break is always inside, never split. */
  offset: number;
  token: Token;
}

function linkChildren(state: CoreState, children: Token[]): Token[] {
  const flat = flatten(children);
  if (flat.pieces.length === 0) return children;
  const marks: Mark[] = [];
  for (const c of scanCitations(flat.text).citations) {
    if (!c.url) continue; // the editor offers no link either
    const first = pieceAt(flat.pieces, c.start);
    const last = pieceAt(flat.pieces, c.end - 1);
    if (!first || !last || children[first.child]!.type !== 'text' || children[last.child]!.type !== 'text') continue;
    const how = linkable(children, flat, first.child, last.child);
    if (how === 'whole') {
      const [open, close] = linkTokens(state, c.url, children[first.child]!.level);
      marks.push({ child: first.child, offset: c.start - first.flat, token: open });
      marks.push({ child: last.child, offset: c.end - last.flat, token: close });
    } else if (how === 'pieces') {
      for (const p of flat.pieces) {
        if (p.flat + p.len <= c.start || p.flat >= c.end || children[p.child]!.type !== 'text') continue;
        const [open, close] = linkTokens(state, c.url, children[p.child]!.level);
        marks.push({ child: p.child, offset: Math.max(c.start, p.flat) - p.flat, token: open });
        marks.push({ child: p.child, offset: Math.min(c.end, p.flat + p.len) - p.flat, token: close });
      }
    }
  }
  if (marks.length === 0) return children;
  // Citations come in text order and do not overlap, so the marks are already sorted.
  const out: Token[] = [];
  let m = 0;
  children.forEach((t, i) => {
    if (marks[m]?.child !== i) {
      out.push(t);
      return;
    }
    let from = 0;
    for (; marks[m]?.child === i; m++) {
      const { offset, token } = marks[m]!;
      if (offset > from) out.push(textToken(state, t, t.content.slice(from, offset)));
      out.push(token);
      from = offset;
    }
    if (from < t.content.length) out.push(textToken(state, t, t.content.slice(from)));
  });
  return out;
}

function linkTokens(state: CoreState, url: string, level: number): [Token, Token] {
  const open = new state.Token('link_open', 'a', 1);
  open.attrs = [['href', url], ['title', url.startsWith(OB) ? 'Officiële bekendmakingen' : 'Tweede Kamer']];
  const close = new state.Token('link_close', 'a', -1);
  open.level = close.level = level;
  return [open, close];
}

function textToken(state: CoreState, like: Token, content: string): Token {
  const t = new state.Token('text', '', 0);
  t.content = content;
  t.level = like.level;
  return t;
}

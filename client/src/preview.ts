// Markdown preview plugin: renders [^n] footnotes (VS Code's preview has none) and turns
// Kamerstuk citations in text into links to officielebekendmakingen.nl.
import footnote from 'markdown-it-footnote';

type MarkdownIt = { use: (plugin: unknown, ...opts: unknown[]) => MarkdownIt; core: { ruler: { after: (a: string, b: string, f: (state: CoreState) => void) => void } } };
interface Token { type: string; content: string; children: Token[] | null; attrs?: [string, string][] | null; nesting?: number }
interface CoreState { tokens: Token[]; Token: new (type: string, tag: string, nesting: number) => Token }

const KAMERSTUK = /\bKamerstuk(?:ken)? (\d{1,2}) ?(\d{3})((?:-\d{2})|(?: [IVXL]+[AB]?| [A-Z](?=,)))?, nr\. (\d+)/g;

function urlFor(m: RegExpExecArray): string {
  const toev = m[3] ? '-' + m[3].replace(/^[ -]/, '') : '';
  return `https://zoek.officielebekendmakingen.nl/kst-${m[1]}${m[2]}${toev}-${m[4]}.html`;
}

function linkCitations(state: CoreState): void {
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    const out: Token[] = [];
    let inLink = 0;
    for (const t of block.children) {
      if (t.type === 'link_open') inLink++;
      if (t.type === 'link_close') inLink--;
      if (t.type !== 'text' || inLink > 0) {
        out.push(t);
        continue;
      }
      let last = 0;
      KAMERSTUK.lastIndex = 0;
      for (let m = KAMERSTUK.exec(t.content); m; m = KAMERSTUK.exec(t.content)) {
        if (m.index > last) out.push(text(state, t.content.slice(last, m.index)));
        const open = new state.Token('link_open', 'a', 1);
        open.attrs = [['href', urlFor(m)], ['title', 'Officiële bekendmakingen']];
        out.push(open, text(state, m[0]), new state.Token('link_close', 'a', -1));
        last = m.index + m[0].length;
      }
      if (last === 0) out.push(t);
      else if (last < t.content.length) out.push(text(state, t.content.slice(last)));
    }
    block.children = out;
  }
}

function text(state: CoreState, content: string): Token {
  const t = new state.Token('text', '', 0);
  t.content = content;
  return t;
}

export function kamerbriefMarkdownIt(md: MarkdownIt): MarkdownIt {
  md.use(footnote);
  md.core.ruler.after('inline', 'kamerbrief-citations', linkCitations);
  return md;
}

// The preview in the export's layout (kamerbrief.voorbeeld.briefopmaak): the letter as
// `kamerbrief export --docx` lays it out, drawn by the preview stylesheet (media/briefopmaak.css,
// every rule scoped to ROOT_CLASS). The values and decisions are the export's own: the front
// matter as the exporter reads it, the addressee, the header rows with the date written out, the
// signature and the Aanhangsel's headings (server/src/export/letter-layout.ts). The front matter
// reader comes from the caller: in the extension it is the exporter's reader with `yaml`, a bundle
// of its own loaded on the first letter (extension.ts), so ordinary previews do not pay for it.
//
// Everything the layout adds is in the tokens (HTML tokens, classes), not in renderer rules:
// VS Code renders tokens it may have cached, with an environment of its own.
import { aanhangselStyle, addresseeLines, headerRows, layoutOf, qaHeadingStyle, signatureStart, type Layout } from '../../server/src/export/letter-layout.js';
import type { ExportBlock, Span } from '../../server/src/export/model.js';
import type { CoreState, Token } from './preview-citations.js';

/** The class on the letter's root element; the stylesheet touches nothing outside it. */
export const ROOT_CLASS = 'kamerbrief-briefopmaak';

/** Set on markdown-it's environment while a draft is parsed in the letter layout. */
const ENV_KEY = 'kamerbriefBriefopmaak';

interface LetterEnv {
  [ENV_KEY]?: { frontMatter: [string, string][] };
}

interface BlockState {
  src: string;
  bMarks: number[];
  tShift: number[];
  eMarks: number[];
  line: number;
  env: LetterEnv;
  push: (type: string, tag: string, nesting: number) => Token & { map: [number, number] | null; markup: string; block: boolean };
}
type BlockRule = (state: BlockState, startLine: number, endLine: number, silent: boolean) => boolean;

export interface LetterMarkdownIt {
  core: { ruler: { push: (name: string, f: (state: CoreState) => void) => void; before: (before: string, name: string, f: (state: CoreState & { src: string; env: LetterEnv }) => void) => void } };
  block: { ruler: { before: (before: string, name: string, f: BlockRule, options?: { alt: string[] }) => void } };
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface LetterOptions {
  /** Asked once per parse with markdown-it's environment (the setting). */
  enabled: (env: unknown) => boolean;
  /** The draft's front matter as the exporter reads it (server/src/export/front-matter.ts). */
  frontMatter: (source: string) => [string, string][];
}

/**
 * Adds the letter layout to a markdown-it instance. When `enabled` says no, the parse is exactly
 * what it was without this plugin.
 */
export function letterLayout(md: LetterMarkdownIt, options: LetterOptions): void {
  md.core.ruler.before('block', 'kamerbrief-letter-start', (state) => {
    if (!options.enabled(state.env)) return;
    state.env[ENV_KEY] = { frontMatter: options.frontMatter(state.src) };
  });
  // VS Code's preview hides the front matter itself; a markdown-it without that rule gets it from here.
  md.block.ruler.before('hr', 'kamerbrief-front-matter', hideFrontMatter, { alt: ['paragraph'] });
  md.core.ruler.push('kamerbrief-letter', (state) => {
    const letter = (state as CoreState & { env: LetterEnv }).env[ENV_KEY];
    if (letter) state.tokens = layOut(state, letter.frontMatter);
  });
}

function hideFrontMatter(state: BlockState, startLine: number, endLine: number, silent: boolean): boolean {
  if (startLine !== 0 || !state.env[ENV_KEY]) return false;
  const line = (n: number): string => state.src.slice(state.bMarks[n]! + state.tShift[n]!, state.eMarks[n]);
  if (!/^---[ \t]*$/.test(line(0)) || state.tShift[0] !== 0) return false;
  let end = 1;
  while (end < endLine && !/^(?:---|\.\.\.)[ \t]*$/.test(line(end))) end++;
  if (end >= endLine) return false;
  if (silent) return true;
  const token = state.push('front_matter', '', 0);
  token.map = [0, end + 1];
  token.block = true;
  token.content = '';
  state.line = end + 1;
  return true;
}

function html(state: CoreState, content: string): Token {
  const t = new state.Token('html_block', '', 0);
  t.content = content;
  return t;
}

/** An inline token's text as the export model has it (enough for the layout's questions). */
function spansOf(inline: Token | undefined): Span[] {
  const out: Span[] = [];
  for (const c of inline?.children ?? []) {
    if (c.type === 'text' || c.type === 'code_inline') out.push({ kind: 'text', text: c.content });
    else if (c.type === 'softbreak') out.push({ kind: 'text', text: ' ' });
    else if (c.type === 'hardbreak') out.push({ kind: 'break' });
  }
  return out;
}

interface TopBlock {
  /** Index of the block's first token and one past its last. */
  from: number;
  to: number;
  block: ExportBlock;
}

/** The draft's top-level blocks (footnote texts not included), as export blocks. */
function topBlocks(tokens: Token[]): TopBlock[] {
  const out: TopBlock[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.type === 'footnote_block_open') break;
    let end = i;
    if (t.nesting === 1) {
      let depth = 0;
      for (; end < tokens.length; end++) {
        depth += tokens[end]!.nesting;
        if (depth === 0) break;
      }
    }
    const block: ExportBlock | null =
      t.type === 'paragraph_open'
        ? { kind: 'paragraph', spans: spansOf(tokens[i + 1]) }
        : t.type === 'heading_open'
          ? { kind: 'heading', level: Number(t.tag.slice(1)), spans: spansOf(tokens[i + 1]) }
          : t.type === 'front_matter' || t.type === 'html_block'
            ? null // the export leaves HTML (suppression comments) out of the letter
            : { kind: 'list', items: [] }; // anything else: not a paragraph, which is all the layout asks
    if (block) out.push({ from: i, to: end + 1, block });
    i = end + 1;
  }
  return out;
}

function addClass(t: Token, cls: string): void {
  const attrs = (t.attrs ??= []);
  const found = attrs.find(([k]) => k === 'class');
  if (found) found[1] += ` ${cls}`;
  else attrs.push(['class', cls]);
}

/** The letter's header: the addressee lines and the Datum / Betreft / Ons kenmerk rows. */
function letterHead(frontMatter: [string, string][]): string {
  const lines = addresseeLines(frontMatter).map((l) => `<p class="kb-geadresseerde">${escapeHtml(l)}</p>`);
  const rows = headerRows(frontMatter).map(([label, value]) => `<div class="kb-briefhoofd-regel"><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd></div>`);
  return `<div class="kb-briefhoofd">\n${lines.join('\n')}\n${rows.length ? `<dl class="kb-kenmerken">\n${rows.join('\n')}\n</dl>\n` : ''}</div>\n`;
}

function layOut(state: CoreState, frontMatter: [string, string][]): Token[] {
  const layout: Layout = layoutOf(frontMatter);
  const tokens = state.tokens;
  const blocks = topBlocks(tokens);
  const model = blocks.map((b) => b.block);
  for (const b of blocks) {
    const open = tokens[b.from]!;
    if (layout === 'antwoorden' && b.block.kind === 'paragraph' && aanhangselStyle(b.block)) addClass(open, 'kb-aanhangsel-kop');
    if (b.block.kind === 'heading') {
      const qa = qaHeadingStyle(b.block.spans.map((s) => (s.kind === 'text' ? s.text : '')).join(''));
      if (qa) addClass(open, qa === 'KbVraag' ? 'kb-vraag' : 'kb-antwoord');
    }
  }
  const signature = layout === 'brief' ? signatureStart(model) : -1;
  const signatureFrom = signature >= 0 ? blocks[signature]!.from : -1;
  const signatureTo = signature >= 0 ? blocks.at(-1)!.to : -1;

  const out: Token[] = [html(state, `<div class="${ROOT_CLASS} kb-${layout}">\n${layout === 'brief' ? letterHead(frontMatter) : ''}`)];
  tokens.forEach((t, i) => {
    if (i === signatureFrom) out.push(html(state, '<div class="kb-ondertekening">\n'));
    if (i === signatureTo) out.push(html(state, '</div>\n'));
    // The front matter is the header now (and has no renderer in a plain markdown-it).
    if (t.type !== 'front_matter') out.push(...footnoteAsInWord(state, t));
  });
  if (signatureTo === tokens.length) out.push(html(state, '</div>\n'));
  out.push(html(state, '</div>\n'));
  return out;
}

/**
 * Footnotes as Word shows them: the call a bare superscript number (no brackets), the notes
 * without the way back (↩). The numbers are markdown-it-footnote's, 1..n in order of first
 * call, as the export numbers its Word footnotes.
 */
function footnoteAsInWord(state: CoreState, t: Token): Token[] {
  if (t.type === 'footnote_anchor') return [];
  if (t.type === 'inline' && t.children) {
    t.children = t.children.flatMap((c) => {
      if (c.type === 'footnote_anchor') return [];
      if (c.type !== 'footnote_ref') return [c];
      const meta = (c as Token & { meta: { id: number; subId: number } }).meta;
      const n = meta.id + 1;
      const ref = meta.subId > 0 ? `${n}:${meta.subId}` : String(n);
      const call = new state.Token('html_inline', '', 0);
      call.content = `<sup class="kb-voetnootteken"><a href="#fn${n}" id="fnref${ref}">${n}</a></sup>`;
      return [call];
    });
  }
  return [t];
}

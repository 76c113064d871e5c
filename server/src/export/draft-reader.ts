// A Markdown draft → the export model: markdown-it (CommonMark + GFM tables) with its footnote
// plugin, the YAML front matter with `yaml`. HTML (suppression comments) and images have no place
// in the letter and are left out; images and unused footnotes are named.
import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { splitDraft } from './front-matter.js';
import type { DraftDocument, ExportBlock, ExportListItem, Span } from './model.js';

type Markdown = ReturnType<typeof MarkdownIt>;
type Token = ReturnType<Markdown['parse']>[number];

let parser: Markdown | null = null;
const markdown = (): Markdown => (parser ??= new MarkdownIt('default', { html: true, linkify: false, typographer: false }).use(footnote));

export function readDraft(source: string): DraftDocument {
  const { frontMatter, body } = splitDraft(source);
  const env: Record<string, unknown> = {};
  const tokens = markdown().parse(body, env);
  const doc: DraftDocument = { frontMatter, blocks: [], notes: new Map(), warnings: [] };
  const state = { images: 0 };
  // markdown-it-footnote numbers notes by id; the draft's labels are what the author wrote.
  const labelOf = new Map<number, string>();
  const noteTokens = new Map<number, Token[]>();

  let i = 0;
  const lists: { ordered: boolean; start: number; count: number }[] = [];
  let currentList: ExportListItem[] | null = null;
  let quote = 0;
  let inFootnotes = false;
  let noteId = -1;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.type === 'footnote_block_open') inFootnotes = true;
    else if (t.type === 'footnote_block_close') inFootnotes = false;
    else if (t.type === 'footnote_open') {
      noteId = (t.meta as { id: number }).id;
      noteTokens.set(noteId, []);
    } else if (inFootnotes) {
      if (t.type === 'inline') noteTokens.get(noteId)?.push(t);
    } else if (t.type === 'blockquote_open') quote++;
    else if (t.type === 'blockquote_close') quote--;
    else if (t.type === 'bullet_list_open' || t.type === 'ordered_list_open') {
      const ordered = t.type === 'ordered_list_open';
      lists.push({ ordered, start: ordered ? Number(t.attrGet('start') ?? 1) : 1, count: 0 });
      if (!currentList) {
        currentList = [];
        doc.blocks.push({ kind: 'list', items: currentList });
      }
    } else if (t.type === 'bullet_list_close' || t.type === 'ordered_list_close') {
      lists.pop();
      if (lists.length === 0) currentList = null;
    } else if (t.type === 'heading_open') {
      const inline = tokens[i + 1]!;
      doc.blocks.push({ kind: 'heading', level: Number(t.tag.slice(1)), spans: spans(inline.children ?? [], labelOf, state) });
      i += 2;
    } else if (t.type === 'table_open') {
      i = readTable(tokens, i, doc.blocks, labelOf, state);
    } else if (t.type === 'inline' && currentList) {
      // Every paragraph of an item is an item of its own in Word; the first carries the marker.
      const top = lists.at(-1)!;
      currentList.push({ spans: spans(t.children ?? [], labelOf, state), depth: lists.length - 1, ordered: top.ordered, start: top.start });
    } else if (t.type === 'inline') {
      doc.blocks.push({ kind: 'paragraph', spans: spans(t.children ?? [], labelOf, state), ...(quote ? { quote: true } : {}) });
    } else if (t.type === 'fence' || t.type === 'code_block') {
      const lines = t.content.replace(/\n$/, '').split('\n');
      const s: Span[] = [];
      lines.forEach((l, k) => {
        if (k) s.push({ kind: 'break' });
        s.push({ kind: 'text', text: l, code: true });
      });
      if (currentList) currentList.push({ spans: s, depth: lists.length - 1, ordered: false, start: 1 });
      else doc.blocks.push({ kind: 'paragraph', spans: s });
    }
    i++;
  }

  // Footnote texts in order of first call; what the draft defines but never calls is named.
  for (const [id, label] of labelOf) {
    if (doc.notes.has(label)) continue;
    doc.notes.set(label, (noteTokens.get(id) ?? []).map((t) => spans(t.children ?? [], labelOf, state)));
  }
  const refs = (env as { footnotes?: { refs?: Record<string, number> } }).footnotes?.refs ?? {};
  const unused = Object.keys(refs).map((k) => k.slice(1)).filter((label) => !doc.notes.has(label));
  if (unused.length) doc.warnings.push(`${unused.length === 1 ? 'voetnoot' : 'voetnoten'} ${unused.map((l) => `[^${l}]`).join(', ')} ${unused.length === 1 ? 'wordt' : 'worden'} nergens aangeroepen en ${unused.length === 1 ? 'is' : 'zijn'} niet geëxporteerd`);
  if (state.images) doc.warnings.push(`${state.images} ${state.images === 1 ? 'afbeelding' : 'afbeeldingen'} niet geëxporteerd (alleen de beschrijving staat in de brief); voeg ze in Word toe`);
  return doc;
}

function readTable(tokens: Token[], at: number, out: ExportBlock[], labelOf: Map<number, string>, state: { images: number }): number {
  const rows: Span[][][] = [];
  let header = false;
  let i = at + 1;
  for (; i < tokens.length && tokens[i]!.type !== 'table_close'; i++) {
    const t = tokens[i]!;
    if (t.type === 'thead_open') header = true;
    else if (t.type === 'tr_open') rows.push([]);
    else if (t.type === 'inline') rows.at(-1)?.push(spans(t.children ?? [], labelOf, state));
  }
  out.push({ kind: 'table', rows, header });
  return i;
}

/** Inline tokens → spans: emphasis as flags, footnote calls by label, soft breaks as spaces. */
function spans(children: Token[], labelOf: Map<number, string>, state: { images: number }): Span[] {
  const out: Span[] = [];
  let bold = 0;
  let italic = 0;
  const links: (string | undefined)[] = [];
  const add = (text: string, code = false): void => {
    if (text === '') return;
    const last = out.at(-1);
    const b = bold > 0;
    const it = italic > 0;
    const href = links.at(-1);
    if (!code && last?.kind === 'text' && !last.code && !!last.bold === b && !!last.italic === it && last.href === href) {
      last.text += text;
      return;
    }
    out.push({ kind: 'text', text, ...(b ? { bold: true } : {}), ...(it ? { italic: true } : {}), ...(code ? { code: true } : {}), ...(href ? { href } : {}) });
  };
  for (const c of children) {
    switch (c.type) {
      case 'text':
        add(c.content);
        break;
      case 'code_inline':
        add(c.content, true);
        break;
      case 'softbreak':
        add(' ');
        break;
      case 'hardbreak':
        out.push({ kind: 'break' });
        break;
      case 'strong_open':
        bold++;
        break;
      case 'strong_close':
        bold--;
        break;
      case 'em_open':
        italic++;
        break;
      case 'em_close':
        italic--;
        break;
      case 'image':
        state.images++;
        add(c.content);
        break;
      case 'footnote_ref': {
        const meta = c.meta as { id: number; label?: string };
        const label = meta.label ?? String(meta.id + 1);
        labelOf.set(meta.id, label);
        out.push({ kind: 'note', label });
        break;
      }
      case 'link_open':
        links.push(c.attrGet('href') === null ? undefined : String(c.attrGet('href')));
        break;
      case 'link_close':
        links.pop();
        break;
      case 'html_inline':
        break; // comments and tags are markup, not letter text
    }
  }
  return out;
}

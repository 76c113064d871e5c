// The document model → a Markdown draft (PRODUCT.md §5): YAML front matter, headings, paragraphs,
// lists, GFM tables, footnotes numbered in order of first reference. Beside the text, for every
// line, where it came from (paragraph or footnote, and offsets), so that a lint message on the
// draft can be told in the Word file's terms.
import type { Block, ImportedDocument, Inline, SourcePlace } from './model.js';

/** Where one draft line came from: pairs of [column in the line, offset in the source text]. */
export interface LineOrigin {
  source: SourcePlace;
  segments: [number, number][];
}

export interface WrittenDraft {
  text: string;
  /** Per line (0-based) of `text`: its origin, or null (blank lines, markup). */
  origins: (LineOrigin | null)[];
}

interface Line {
  text: string;
  segments: [number, number][];
}

/** Characters that Markdown would read as markup anywhere in a line. */
const INLINE_SPECIAL = /[\\`*_[\]<~]|&(?=#?[a-z0-9]+;)/gi;
/** Line starts that would open a block: heading, quote, list item, thematic break, table row. */
const BLOCK_START = /^(#{1,6}(?=\s|$)|>|[-+*](?=\s)|\d{1,9}(?=[.)]\s)|=+\s*$|\|)/;

/** A CommonMark autolink: scheme, colon, no spaces or angle brackets. */
const AUTOLINK = /^[a-z][a-z0-9+.-]{1,31}:[^\s<>]*$/i;

/** A link destination: in angle brackets when it holds spaces or parentheses. */
function linkDestination(href: string, inTable: boolean): string {
  const out = /[\s()<>]/.test(href) ? `<${href.replace(/[<>\n]/g, (c) => encodeURIComponent(c))}>` : href;
  return inTable ? out.replace(/\|/g, '%7C') : out;
}

function escapeInline(text: string, inTable: boolean): string {
  const out = text.replace(INLINE_SPECIAL, (c) => '\\' + c);
  return inTable ? out.replace(/\|/g, '\\|') : out;
}

function escapeLineStart(line: Line): Line {
  const m = BLOCK_START.exec(line.text);
  if (!m) return line;
  // A numbered start is kept by escaping its dot; the others by a backslash in front.
  const at = /^\d/.test(m[0]) ? m[0].length : 0;
  return { text: line.text.slice(0, at) + '\\' + line.text.slice(at), segments: line.segments.map(([c, o]) => [c > at ? c + 1 : c, o]) };
}

/** Inlines → lines of Markdown (a break starts a new line); notes by their draft number. */
function renderInlines(inlines: Inline[], noteNumber: (key: string) => number | null, opts: { inTable?: boolean; breaks?: boolean } = {}): Line[] {
  const lines: Line[] = [{ text: '', segments: [] }];
  let current = lines[0]!;
  // Runs of text with the same emphasis are written as one.
  const merged: Inline[] = [];
  for (const i of inlines) {
    const last = merged.at(-1);
    if (i.kind === 'text' && last?.kind === 'text' && !!last.bold === !!i.bold && !!last.italic === !!i.italic && last.href === i.href) merged[merged.length - 1] = { ...last, text: last.text + i.text };
    else merged.push(i);
  }
  // Where the last emphasis closed. Emphasis opening right there continues it instead of
  // starting anew ("*a**b*" would read as strong): the same emphasis just goes on (a link split
  // the run); less of it closes only what ends ("***a**.*"); more of it opens only what starts
  // ("*a **b***").
  let closed: { bold: boolean; italic: boolean; end: number; line: Line } | null = null;
  const markOf = (bold: boolean, italic: boolean): string => (bold && italic ? '***' : bold ? '**' : italic ? '*' : '');
  const open = (lead: string, bold: boolean, italic: boolean): void => {
    const mark = markOf(bold, italic);
    const c = closed;
    if (mark && lead === '' && c && c.line === current && c.end === current.text.length) {
      const before = current.text.slice(0, -markOf(c.bold, c.italic).length);
      if (c.bold === bold && c.italic === italic) return void (current.text = before);
      if ((c.bold || !bold) && (c.italic || !italic)) return void (current.text = before + markOf(c.bold && !bold, c.italic && !italic));
      if ((bold || !c.bold) && (italic || !c.italic)) return void (current.text = before + markOf(bold && !c.bold, italic && !c.italic));
    }
    current.text += lead + mark;
  };
  const close = (bold: boolean, italic: boolean, trail: string): void => {
    current.text += markOf(bold, italic);
    if (bold || italic) closed = { bold, italic, end: current.text.length, line: current };
    current.text += trail;
  };
  for (const i of merged) {
    if (i.kind === 'break') {
      if (opts.breaks === false) {
        current.text += ' ';
        continue;
      }
      current.text += '\\';
      current = { text: '', segments: [] };
      lines.push(current);
      continue;
    }
    if (i.kind === 'note') {
      const n = noteNumber(i.key);
      if (n !== null) current.text += `[^${n}]`;
      continue;
    }
    const text = i.text.replace(/[\t\u00a0]/g, (c) => (c === '\t' ? ' ' : c)).replace(/\n/g, ' ');
    const mark = i.bold && i.italic ? '***' : i.bold ? '**' : i.italic ? '*' : '';
    const core = text.trim();
    if (i.href && core !== '') {
      // A hyperlink: <address> when its text is the address, else [text](address); emphasis around it.
      const lead = text.length - text.trimStart().length;
      const auto = core === i.href && AUTOLINK.test(core);
      open(text.slice(0, lead), !!i.bold, !!i.italic);
      current.text += auto ? '<' : '[';
      current.segments.push([current.text.length, i.at + lead]);
      current.text += (auto ? core : escapeInline(core, !!opts.inTable)) + (auto ? '>' : `](${linkDestination(i.href, !!opts.inTable)})`);
      close(!!i.bold, !!i.italic, text.slice(lead + core.length));
      continue;
    }
    if (!mark || core === '') {
      current.segments.push([current.text.length, i.at]);
      current.text += escapeInline(text, !!opts.inTable);
      continue;
    }
    const lead = text.length - text.trimStart().length;
    open(text.slice(0, lead), !!i.bold, !!i.italic);
    current.segments.push([current.text.length, i.at + lead]);
    current.text += escapeInline(core, !!opts.inTable);
    close(!!i.bold, !!i.italic, text.slice(lead + core.length));
  }
  // A break at the start or end of a paragraph (Word's empty line with Shift+Enter) is no break.
  const out = lines.map(trimLine).map((l) => (l.text === '\\' ? { ...l, text: '' } : l));
  while (out.length > 1 && out.at(-1)!.text === '') out.pop();
  while (out.length > 1 && out[0]!.text === '') out.shift();
  const last = out.at(-1)!;
  if (last.text.endsWith('\\') && !last.text.endsWith('\\\\')) out[out.length - 1] = { ...last, text: last.text.slice(0, -1).trimEnd() };
  return out;
}

function trimLine(line: Line): Line {
  const lead = line.text.length - line.text.trimStart().length;
  const text = line.text.trim();
  return { text, segments: line.segments.map(([c, o]) => [Math.max(0, c - lead), o] as [number, number]) };
}

const YAML_PLAIN = /^[\p{L}\p{N}(][^:#"'\n\\]*$/u;
const YAML_TYPED = /^[-+]?(?:\d[\d_]*(?:\.\d*)?(?:e[-+]?\d+)?|\.\d+|0x[\da-f]+|0o[0-7]+|~|null|true|false|yes|no|on|off)$/i;

function yamlValue(value: string): string {
  return YAML_PLAIN.test(value) && !YAML_TYPED.test(value) && value === value.trim() ? value : JSON.stringify(value);
}

export function writeMarkdown(doc: ImportedDocument): WrittenDraft {
  const out: string[] = [];
  const origins: (LineOrigin | null)[] = [];
  const push = (text: string, origin: LineOrigin | null = null): void => {
    out.push(text);
    origins.push(origin);
  };
  const numbers = new Map<string, number>();
  const noteNumber = (key: string): number | null => {
    if (!doc.notes.has(key)) return null;
    if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
    return numbers.get(key)!;
  };
  const emit = (lines: Line[], source: SourcePlace, prefix: string, indent = prefix.length): void => {
    lines.forEach((l, k) => {
      const head = k === 0 ? prefix : ' '.repeat(indent);
      const safe = k === 0 && prefix === '' ? escapeLineStart(l) : l;
      push(head + safe.text, { source, segments: safe.segments.map(([c, o]) => [c + head.length, o]) });
    });
  };

  if (doc.frontMatter.length) {
    push('---');
    for (const f of doc.frontMatter) push(`${f.key}: ${yamlValue(f.value)}`, f.source ? { source: f.source, segments: [[f.key.length + 2, 0]] } : null);
    push('---');
    push('');
  }
  for (const block of doc.blocks) {
    const before = out.length;
    writeBlock(block, noteNumber, emit, push);
    if (out.length > before) push('');
  }
  const defined = [...doc.notes.keys()].filter((k) => numbers.has(k)).sort((a, b) => numbers.get(a)! - numbers.get(b)!);
  for (const key of defined) {
    const n = numbers.get(key)!;
    const lines = renderInlines(doc.notes.get(key)!.inlines, noteNumber, { breaks: false });
    emit(lines, { kind: 'voetnoot', index: n }, `[^${n}]: `, 4);
  }
  while (out.length && out.at(-1) === '') {
    out.pop();
    origins.pop();
  }
  return { text: out.join('\n') + '\n', origins };
}

function writeBlock(
  block: Block,
  noteNumber: (key: string) => number | null,
  emit: (lines: Line[], source: SourcePlace, prefix: string, indent?: number) => void,
  push: (text: string, origin?: LineOrigin | null) => void,
): void {
  switch (block.kind) {
    case 'heading': {
      const lines = renderInlines(block.inlines, noteNumber, { breaks: false });
      if (lines[0]!.text !== '') emit(lines, block.source, '#'.repeat(Math.min(6, Math.max(1, block.level))) + ' ');
      return;
    }
    case 'paragraph': {
      const lines = renderInlines(block.inlines, noteNumber);
      if (lines.some((l) => l.text !== '')) emit(lines.filter((l, k) => k === 0 || l.text !== ''), block.source, '');
      return;
    }
    case 'list': {
      const counters: number[] = [];
      for (const item of block.items) {
        counters.length = item.depth + 1;
        counters[item.depth] = (counters[item.depth] ?? 0) + 1;
        const marker = item.ordered ? `${counters[item.depth]}. ` : '- ';
        const pad = ' '.repeat(4 * item.depth);
        emit(renderInlines(item.inlines, noteNumber), item.source, pad + marker);
      }
      return;
    }
    case 'table': {
      const width = Math.max(...block.rows.map((r) => r.cells.length));
      if (width === 0 || !Number.isFinite(width)) return;
      block.rows.forEach((row, r) => {
        let text = '|';
        const segments: [number, number][] = [];
        for (let c = 0; c < width; c++) {
          const line = renderInlines(row.cells[c] ?? [], noteNumber, { inTable: true, breaks: false })[0]!;
          text += ' ';
          segments.push(...line.segments.map(([col, o]) => [col + text.length, o] as [number, number]));
          text += line.text + ' |';
        }
        push(text, { source: row.source, segments });
        if (r === 0) push('|' + ' --- |'.repeat(width));
      });
      return;
    }
  }
}

// The normalisation under which `kamerbrief export` then `kamerbrief import` gives a draft back
// (docs/export.md, "Round trip"): the draft as a list of blocks with plain text, emphasis marked,
// and each footnote call replaced by its note's text — so footnote numbering, escaping, line
// wrapping and HTML comments do not count, while every word, its emphasis, links and their targets, the
// block structure and which note hangs where do.
import { readDraft } from '../../server/src/export/draft-reader.js';
import type { Span } from '../../server/src/export/model.js';

export function normalForm(markdown: string): string {
  const doc = readDraft(markdown);
  const inline = (spans: Span[], depth = 0): string =>
    spans
      .map((s) => {
        if (s.kind === 'break') return ' ⏎ ';
        if (s.kind === 'note') {
          const note = doc.notes.get(s.label);
          return note && depth === 0 ? `[^{${note.map((p) => inline(p, 1)).join(' ')}}]` : `[^${s.label}]`;
        }
        const mark = (s.bold ? '**' : '') + (s.italic ? '_' : '');
        if (s.text.trim() === '' || (!mark && !s.href)) return s.text;
        // Whitespace at the edge of emphasis or a link counts as outside it (Markdown cannot say otherwise).
        const core = s.text.trim();
        const lead = s.text.slice(0, s.text.indexOf(core));
        const inner = s.href ? `[${core}](${s.href})` : core;
        return `${lead}${mark}${inner}${[...mark].reverse().join('')}${s.text.slice(lead.length + core.length)}`;
      })
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
  const out: string[] = doc.frontMatter.map(([k, v]) => `${k}: ${v.trim().replace(/\s+/g, ' ')}`);
  for (const b of doc.blocks) {
    if (b.kind === 'heading') out.push(`h${b.level} ${inline(b.spans)}`);
    else if (b.kind === 'paragraph') {
      const text = inline(b.spans);
      if (text) out.push(`p ${text}`);
    } else if (b.kind === 'list') for (const it of b.items) out.push(`${'  '.repeat(it.depth)}${it.ordered ? '1.' : '-'} ${inline(it.spans)}`);
    else for (const row of b.rows) out.push(`| ${row.map((c) => inline(c)).join(' | ')} |`);
  }
  return out.join('\n');
}

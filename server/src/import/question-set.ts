// The questions of a Kamervragen document (publication XML or Word), read from the imported
// document: the "Vragen van …" line, what it says (vragensteller, addressee, onderwerp, ingezonden)
// and every question with its own blocks. Questions are recognised as a reader sees them: "Vraag n"
// headings or labels, else a numbered list, else paragraphs that open with their number.
import type { Block, ImportedDocument, Inline } from './model.js';

export interface QuestionSet {
  /** The "Vragen van het lid … (ingezonden …)." line, verbatim. */
  header: string | null;
  vragensteller: string | null;
  /** "minister van Binnenlandse Zaken en Koninkrijksrelaties" as the header says it. */
  addressee: string | null;
  onderwerp: string | null;
  /** ISO date. */
  ingezonden: string | null;
  /** Per question (in order) the blocks that make up its text. */
  questions: Block[][];
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const VRAAG_LABEL = /^\s*(?:\*\*)?vraag\s+(\d{1,3})\s*[.:]?(?:\*\*)?\s*$/i;
const ANTWOORD_LABEL = /^\s*antwoord(?:\s+op\s+(?:de\s+)?vra(?:ag|gen))?(?:\s+\d{1,3}(?:\s*(?:,|en|t\/m|-|–)\s*\d{1,3})*)?\s*[.:]?\s*$/i;
const NUMBERED = /^\s*(\d{1,3})[.)]?\s+(?=\S)/;
const BARE_NUMBER = /^\s*(\d{1,3})[.)]?\s*$/;

export function plainText(inlines: Inline[]): string {
  return inlines
    .map((i) => (i.kind === 'text' ? i.text : i.kind === 'break' ? ' ' : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

function blockText(b: Block): string {
  return b.kind === 'heading' || b.kind === 'paragraph' ? plainText(b.inlines) : '';
}

/** What the "Vragen van …" line says. */
export function readHeader(header: string): Omit<QuestionSet, 'header' | 'questions'> {
  const steller = /^Vragen van (?:het lid|de leden) (.+?) aan (?:de|het) /i.exec(header)?.[1] ?? null;
  const addressee = / aan (?:de|het) ((?:minister|staatssecretaris|ministers|staatssecretarissen)\b.+?) over /i.exec(header)?.[1] ?? null;
  const onderwerp = / over (.+?)\s*\(ingezonden\b/i.exec(header)?.[1] ?? / over (.+?)\.?$/i.exec(header)?.[1] ?? null;
  return { vragensteller: steller, addressee, onderwerp, ingezonden: dateIn(header) };
}

/** "(ingezonden 4 maart 2011)" → "2011-03-04". */
export function dateIn(text: string): string | null {
  const m = /ingezonden\s+(\d{1,2})\s+([a-z]+)\s+(\d{4})/i.exec(text);
  const month = m ? MONTHS.indexOf(m[2]!.toLowerCase()) : -1;
  if (!m || month < 0) return null;
  return `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

export function questionSet(doc: ImportedDocument, header: string | null): QuestionSet {
  let head = header;
  const rest: Block[] = [];
  for (const b of doc.blocks) {
    if (!head && /^Vragen van (?:het lid|de leden)\b/i.test(blockText(b))) head = blockText(b);
    else rest.push(b);
  }
  const questions = byLabel(rest) ?? byList(rest) ?? byNumber(rest) ?? [];
  return { header: head, ...(head ? readHeader(head) : { vragensteller: null, addressee: null, onderwerp: null, ingezonden: null }), questions };
}

/** "Vraag n" headings or labels; an "Antwoord" and what follows it is not part of the question. */
function byLabel(blocks: Block[]): Block[][] | null {
  if (!blocks.some((b) => VRAAG_LABEL.test(blockText(b)))) return null;
  const out: Block[][] = [];
  let current: Block[] | null = null;
  for (const b of blocks) {
    const text = blockText(b);
    if (VRAAG_LABEL.test(text)) out.push((current = []));
    else if (ANTWOORD_LABEL.test(text) && (b.kind === 'heading' || b.kind === 'paragraph')) current = null;
    else if (current) current.push(b);
  }
  return out;
}

/** A numbered list: each item one question. */
function byList(blocks: Block[]): Block[][] | null {
  const list = blocks.find((b) => b.kind === 'list' && b.items.some((i) => i.ordered));
  if (!list || list.kind !== 'list') return null;
  return list.items.filter((i) => i.ordered && i.depth === 0).map((i) => [{ kind: 'paragraph' as const, inlines: i.inlines, source: i.source }]);
}

/** Paragraphs that open with their number ("1. Kent u …"), or a bare number before the text. */
function byNumber(blocks: Block[]): Block[][] | null {
  const out: Block[][] = [];
  let current: Block[] | null = null;
  for (const b of blocks) {
    const text = blockText(b);
    if (b.kind === 'paragraph' && BARE_NUMBER.test(text)) out.push((current = []));
    else if (b.kind === 'paragraph' && NUMBERED.test(text)) {
      out.push((current = [{ ...b, inlines: dropNumber(b.inlines) }]));
    } else if (current) current.push(b);
  }
  return out.length ? out : null;
}

/** The inlines without the question number they open with. */
function dropNumber(inlines: Inline[]): Inline[] {
  const first = inlines.findIndex((i) => i.kind === 'text');
  const head = inlines[first];
  if (!head || head.kind !== 'text') return inlines;
  const m = NUMBERED.exec(head.text);
  if (!m) return inlines;
  const out = [...inlines];
  out[first] = { ...head, text: head.text.slice(m[0].length), at: head.at + m[0].length };
  return out;
}

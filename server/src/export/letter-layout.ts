// Which layout a draft gets and the parts around its text: the letter (addressee, the Datum /
// Betreft / Ons kenmerk block, the signature) or the Aanhangsel of answers to Kamervragen
// (Vragen van … / Antwoord van … and Vraag n / Antwoord n, no addressee, no signature).
import { addressee, letterDate } from './letter-fields.js';
import type { ExportBlock } from './model.js';

export type Layout = 'brief' | 'antwoorden';

export function layoutOf(frontMatter: [string, string][]): Layout {
  const soort = frontMatter.find(([k]) => k === 'soort')?.[1].trim().toLowerCase();
  return soort === 'antwoorden-kamervragen' ? 'antwoorden' : 'brief';
}

/** The addressee's lines: the chair with the Kamer's postal address, or the name as written. */
export function addresseeLines(frontMatter: [string, string][]): string[] {
  const name = addressee(frontMatter.find(([k]) => k === 'aan')?.[1]);
  if (/tweede kamer der staten-generaal$/i.test(name)) return [`Aan ${name}`, 'Postbus 20018', '2500 EA  DEN HAAG'];
  if (/eerste kamer der staten-generaal$/i.test(name)) return [`Aan ${name}`, 'Postbus 20017', '2500 EA  DEN HAAG'];
  return [`Aan ${name}`];
}

/** The header block's rows (label, value), in the template's order; only what the draft has. */
export function headerRows(frontMatter: [string, string][]): [string, string][] {
  const get = (k: string): string | undefined => frontMatter.find(([key]) => key === k)?.[1].trim() || undefined;
  const rows: [string, string][] = [];
  const datum = get('datum');
  if (datum) rows.push(['Datum', letterDate(datum)]);
  const onderwerp = get('onderwerp');
  if (onderwerp) rows.push(['Betreft', onderwerp]);
  const kenmerk = get('kenmerk');
  if (kenmerk) rows.push(['Ons kenmerk', kenmerk]);
  return rows;
}

// The office line of a signature ("De Minister van Justitie en Veiligheid,"), as KB502 reads it.
const OFFICE = /^(?:de )?(?:minister(?:-president)?|staatssecretaris)(?: (?:van|voor) [^\n]+)?,$/i;

const plain = (b: ExportBlock): string => (b.kind === 'paragraph' ? b.spans.map((s) => (s.kind === 'text' ? s.text : s.kind === 'break' ? '\n' : '')).join('').trim() : '');

/** Index of the first block of the closing signature (office line and name), or -1. */
export function signatureStart(blocks: ExportBlock[]): number {
  let start = -1;
  for (let i = blocks.length - 1; i >= Math.max(0, blocks.length - 8); i--) {
    const b = blocks[i]!;
    if (b.kind !== 'paragraph') break;
    if (OFFICE.test(plain(b).split('\n')[0]!)) start = i;
  }
  return start;
}

/** Paragraph style for the Aanhangsel's opening lines. */
export function aanhangselStyle(block: ExportBlock): string | undefined {
  return /^(?:vragen|antwoord) van\b/i.test(plain(block)) ? 'KbAanhangselKop' : undefined;
}

/** Vraag n / Antwoord n headings get their own look; null for other headings. */
export function qaHeadingStyle(text: string): string | null {
  if (/^vraag\b/i.test(text.trim())) return 'KbVraag';
  if (/^antwoord\b/i.test(text.trim())) return 'KbAntwoord';
  return null;
}

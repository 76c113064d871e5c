// Completion: footnote labels after "[^", the standard section headings at the start of a
// heading line, and the section snippets (motie, toezegging, voetnoot) with the next free footnote
// number. Snippet syntax ($1, ${1:…}) is LSP's; the shell marks these as snippets.
import type { Snapshot } from '../data-port.js';
import type { DocumentAnalysis } from '../model.js';
import { allCalls, isNumeric } from '../rules/footnote-shared.js';
import { dataCompletions } from './data-completion.js';
import { SECTION_SNIPPETS } from './section-snippets.js';

export interface CompletionEntry {
  label: string;
  detail: string;
  /** Text to insert (snippet syntax when snippet is true). */
  insert: string;
  snippet: boolean;
  /** Replace from here to the cursor. */
  replaceStart: number;
  kind: 'footnote' | 'section' | 'dossier' | 'document' | 'member' | 'snippet';
  /** Plain text inserted elsewhere at the same time (a footnote definition among the notes). */
  extra?: { at: number; text: string };
  /** What the editor filters on when it is not the label (a snippet that replaces "## "). */
  filterText?: string;
}

const SECTIONS: { label: string; detail: string; insert: string }[] = [
  { label: 'Motie van het lid … over …', detail: 'Kop van een motiesectie', insert: 'Motie van het lid ${1:Naam}${2: c.s.} over ${3:onderwerp}' },
  { label: 'Motie van de leden … en … over …', detail: 'Kop van een motie met twee indieners', insert: 'Motie van de leden ${1:Naam} en ${2:Naam} over ${3:onderwerp}' },
  { label: 'Gewijzigde motie van het lid … over …', detail: 'Kop van een gewijzigde motie', insert: 'Gewijzigde motie van het lid ${1:Naam} over ${2:onderwerp}' },
  { label: 'Toezegging – …', detail: 'Kop van een toezeggingsectie (met en-dash)', insert: 'Toezegging – ${1:onderwerp}' },
  { label: 'Vraag …', detail: 'Kop van een vraag', insert: 'Vraag ${1:1}' },
  { label: 'Antwoord …', detail: 'Kop van een antwoord', insert: 'Antwoord ${1:1}' },
];

export function completions(doc: DocumentAnalysis, offset: number, data: Snapshot | null = null): CompletionEntry[] {
  const lineStart = doc.lines.lineStart(doc.lines.positionAt(offset).line);
  const before = doc.text.slice(lineStart, offset);
  const fn = /\[\^([^\]\s[]*)$/.exec(before);
  if (fn) {
    const replaceStart = offset - fn[1]!.length;
    const defs = doc.definitions;
    const numbers = defs.map((d) => Number(d.label)).filter((n) => Number.isInteger(n));
    const next = String((numbers.length ? Math.max(...numbers) : 0) + 1);
    const out: CompletionEntry[] = defs.map((d) => ({
      label: d.label,
      detail: doc.text.slice(d.bodyStart, Math.min(d.bodyEnd, d.bodyStart + 80)).replace(/\s+/g, ' '),
      insert: d.label,
      snippet: false,
      replaceStart,
      kind: 'footnote',
    }));
    if (!defs.some((d) => d.label === next)) {
      out.push({ label: next, detail: 'Nieuwe voetnoot', insert: next, snippet: false, replaceStart, kind: 'footnote' });
    }
    return out;
  }
  // "#" and "## " at the start of a line are trigger characters: the section snippets come
  // without Ctrl+Space, at the level typed ("### " gives "### Motie …").
  const heading = /^( {0,3})(#{1,6})(?:([ \t]+)(\S*))?$/.exec(before);
  if (heading && inFence(doc, lineStart)) return []; // "# " in a shell listing is no heading
  if (heading) {
    const [, indent, hashes, space, word] = heading;
    const sections = space === undefined ? [] : SECTIONS.map((s) => ({ ...s, snippet: true, replaceStart: offset - word!.length, kind: 'section' as const }));
    // They replace the hashes too, so the editor filters them on "## motie".
    const snippets = sectionSnippetEntries(doc, offset, lineStart + indent!.length, 'sections', (body) => body.replace(/^## /, `${hashes} `));
    return [...sections, ...snippets.map((e) => ({ ...e, filterText: `${hashes}${space ?? ' '}${e.label}` }))];
  }
  const found = data ? dataCompletions(before, offset, data, citedDossiers(doc)) : [];
  return [...snippetCompletions(doc, offset, before), ...found];
}

/** Whether the line starting here is inside a fenced code block (fence lines before it in its block). */
function inFence(doc: DocumentAnalysis, lineStart: number): boolean {
  const block = doc.blocks.find((b) => b.start <= lineStart && lineStart <= b.end);
  if (!block) return false;
  const fences = doc.text.slice(block.start, lineStart).split('\n').filter((l) => /^ {0,3}(?:`{3,}|~{3,})/.test(l));
  return fences.length % 2 === 1;
}

function citedDossiers(doc: DocumentAnalysis): string[] {
  const keys = doc.citations.flatMap(({ citation: c }) => c.dossier.map((d, i) => (i === 0 && c.toevoeging ? `${d}-${c.toevoeging.toUpperCase()}` : String(d))));
  return [...new Set(keys)];
}

/** Max numeric footnote label (calls and definitions) + 1. */
export function nextFootnoteNumber(doc: DocumentAnalysis): number {
  const labels = [...doc.definitions.map((d) => d.label), ...allCalls(doc).map((c) => c.label)];
  return labels.filter(isNumeric).reduce((max, l) => Math.max(max, Number(l)), 0) + 1;
}

/**
 * Where a new footnote definition goes: after the last definition, else at the end of the
 * document. `null` when that is not after the cursor (the definition then follows the snippet).
 */
function notePlace(doc: DocumentAnalysis, offset: number): { at: number; text: (note: string) => string } | null {
  const last = doc.definitions.at(-1);
  if (last) {
    let at = last.end;
    while (at > last.start && (doc.text[at - 1] === '\n' || doc.text[at - 1] === '\r')) at--;
    if (at > offset) return { at, text: (note) => `\n${note}` };
  }
  const at = doc.text.length;
  if (doc.text.slice(offset).trim() === '') return null;
  return { at, text: (note) => `${doc.text.endsWith('\n') ? '' : '\n'}\n${note}\n` };
}

function snippetCompletions(doc: DocumentAnalysis, offset: number, before: string): CompletionEntry[] {
  const word = /(^|[\s(])([a-z-]*)$/.exec(before);
  if (!word) return [];
  const lineStart = word.index === 0 && word[1] === '';
  // Not after every space typed in prose (space is a trigger character): a word, or an empty line.
  if (word[2] === '' && !(lineStart && before === '')) return [];
  return sectionSnippetEntries(doc, offset, offset - word[2]!.length, lineStart ? 'all' : 'calls', (body) => body);
}

/** `which`: at the start of a line all, after "#" the sections, inside a line the footnote call. */
function sectionSnippetEntries(doc: DocumentAnalysis, offset: number, replaceStart: number, which: 'all' | 'sections' | 'calls', body: (text: string) => string): CompletionEntry[] {
  const n = nextFootnoteNumber(doc);
  const place = notePlace(doc, offset);
  return SECTION_SNIPPETS.filter((s) => which === 'all' || s.atLineStart === (which === 'sections'))
    .map((s) => {
      const note = s.note?.(n) ?? null;
      const entry: CompletionEntry = {
        label: s.prefix,
        detail: s.description,
        insert: body(s.body(n)),
        snippet: true,
        replaceStart,
        kind: 'snippet',
      };
      if (note && place) entry.extra = { at: place.at, text: place.text(note) };
      else if (note) entry.insert += `\n\n${note.replace(/[$}\\]/g, '\\$&')}`;
      return entry;
    });
}

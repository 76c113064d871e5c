// Completion: footnote labels after "[^", and the standard section headings at the start of a
// heading line. Snippet syntax ($1, ${1:…}) is LSP's; the shell marks these as snippets.
import type { Snapshot } from '../../data/types.js';
import type { DocumentAnalysis } from '../model.js';
import { dataCompletions } from './data-completion.js';

export interface CompletionEntry {
  label: string;
  detail: string;
  /** Text to insert (snippet syntax when snippet is true). */
  insert: string;
  snippet: boolean;
  /** Replace from here to the cursor. */
  replaceStart: number;
  kind: 'footnote' | 'section' | 'dossier' | 'document' | 'member';
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
  const heading = /^ {0,3}#{1,6}[ \t]+(\S*)$/.exec(before);
  if (heading) {
    const replaceStart = offset - heading[1]!.length;
    return SECTIONS.map((s) => ({ ...s, snippet: true, replaceStart, kind: 'section' as const }));
  }
  return data ? dataCompletions(before, offset, data) : [];
}

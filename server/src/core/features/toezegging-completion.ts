// Completion after "## Toezegging – ": the register's toezeggingen, open ones first and newest
// first, narrowed by the words typed so far. The inserted title ends with the toezeggingnummer,
// so KB312 and the hover find the entry by number from then on.
import type { Snapshot, ToezeggingRecord } from '../data-port.js';
import type { CompletionEntry } from './completion.js';
import { isOpen } from '../rules/toezegging/register.js';

const LIMIT = 50;
const HEADING = /^ {0,3}#{1,6}[ \t]+(?:\d+(?:\.\d+)*\.?[ \t]+)?toezegging[ \u00a0]+[–—-][ \u00a0]+([^\n]*)$/iu;

/** The register's text shortened at a word boundary, without its final period. */
export function shortTitle(tekst: string, max = 80): string {
  const one = tekst.replace(/\s+/g, ' ').trim().replace(/[.;:]+$/, '');
  if (one.length <= max) return one;
  const cut = one.slice(0, max);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), 20)).replace(/[,;:]$/, '') + ' …';
}

function newestOpenFirst(a: ToezeggingRecord, b: ToezeggingRecord): number {
  return Number(isOpen(b.status)) - Number(isOpen(a.status)) || (b.aanmaakdatum ?? '').localeCompare(a.aanmaakdatum ?? '');
}

export function toezeggingCompletions(before: string, offset: number, data: Snapshot): CompletionEntry[] | null {
  const m = HEADING.exec(before);
  if (!m) return null;
  const list = data.toezeggingen?.() ?? null;
  if (!list) return [];
  const typed = m[1]!;
  const words = typed.toLowerCase().split(/\s+/).filter((w) => w.length > 0);
  return list
    .filter((t) => t.tekst && words.every((w) => t.tekst!.toLowerCase().includes(w) || (t.nummer ?? '').toLowerCase().includes(w)))
    .sort(newestOpenFirst)
    .slice(0, LIMIT)
    .map((t) => {
      const title = shortTitle(t.tekst!);
      return {
        label: title,
        detail: [t.nummer, t.status, t.ministerie].filter(Boolean).join(' · '),
        insert: t.nummer ? `${title} (${t.nummer})` : title,
        snippet: false,
        replaceStart: offset - typed.length,
        kind: 'document' as const,
      };
    });
}

// The citation grammar: finds every citation in a unit's flat text (citations.md §3), with its
// kind, fields, house-style form, URL and the issues the citation rules report.
// Linear: one pass of an anchor regex; each parser reads a bounded window from its anchor.
import type { Citation, LooseIssue } from '../types.js';
import { leftBoundary } from './cursor.js';
import { parseHandelingen } from './handelingen.js';
import { parseId } from './ids.js';
import { parseKamerstuk } from './kamerstuk.js';
import { parseLijstvorm } from './lijstvorm.js';
import { parsePublicatie } from './publicaties.js';
import { scanVergaderjaar } from './vergaderjaar-los.js';
import { parseZaaknummer } from './zaaknummer.js';

const ANCHOR =
  /(?:Bijlage[ \u00a0]bij[ \u00a0])?[Kk]amerstuk|Zie[ \u00a0]ook[ \u00a0]Aanhangsel|Aanhangsel|Handelingen|Stb|Stcrt|Trb|kst-|h-[te]k-|ah-[te]k-|kv-tk-|stb-|stcrt-|trb-|\(\d{4,5}[-,  ]|t\.v\.v\.|\d{2,4} ?[ZzDd] ?\d/g;
const URL = /(?:https?:\/\/|www\.)[^\s<>"\uFFFC]*/g;
const STRAY = /[.,;:]/;

/** @param max stop after this many citations (degraded, megabyte-sized blocks report what they can). */
export function scanCitations(text: string, max = Infinity): { citations: Citation[]; loose: LooseIssue[] } {
  const citations: Citation[] = [];
  if (text.length === 0) return { citations, loose: [] };
  const urls: [number, number][] = [];
  if (text.includes('://') || text.includes('www.')) for (const m of text.matchAll(URL)) urls.push([m.index, m.index + m[0].length]);
  const inUrl = (at: number): boolean => urls.some(([s, e]) => at >= s && at < e);
  let covered = 0; // end of the last accepted citation: anchors before it are inside it
  let skipUntil = 0; // end of a t.v.v. reference: registry quotations are never judged

  for (const m of text.matchAll(ANCHOR)) {
    const at = m.index;
    if (at < covered || at < skipUntil || inUrl(at)) continue;
    const token = m[0];
    if (token === 't.v.v.') {
      skipUntil = at + 40; // "t.v.v. 33885, nr.18" / "t.v.v. 36200-XVI-135"
      continue;
    }
    const first = token[0]!;
    let c: Citation | null = null;
    if (!leftBoundary(text, at) && first !== '(') continue;
    if (/[Kk]/.test(first) && !token.startsWith('kst-') && !token.startsWith('kv-')) {
      const stray = at >= 1 && STRAY.test(text[at - 1]!) && (at === 1 || /[\s(\uFFFC]/.test(text[at - 2]!)) ? at - 1 : null;
      c = parseKamerstuk(text, at, stray);
    } else if (first === 'B') c = parseKamerstuk(text, at, null);
    else if (first === 'Z' || first === 'A' || first === 'H') c = parseHandelingen(text, at);
    else if (token === 'Stb' || token === 'Stcrt' || token === 'Trb') c = parsePublicatie(text, at);
    else if (first === '(') c = parseLijstvorm(text, at);
    else if (/[a-z]/.test(first)) c = parseId(text, at);
    else if (/\d/.test(first)) c = parseZaaknummer(text, at);
    if (!c) continue;
    citations.push(c);
    covered = c.end;
    if (citations.length >= max) break;
  }
  // A "Z/D pair" (2024Z15585/2024D37938) is two citations; nothing else to merge.
  return { citations, loose: scanVergaderjaar(text, citations) };
}

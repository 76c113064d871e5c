// "vergaderjaar 2018–2019" in running text (page footers, headers): en dash between four-digit
// years, consecutive; a hyphen (as in the open data) is accepted. Citations judge their own years.
import type { Citation, LooseIssue } from '../types.js';
import { longYear, readYear, yearValid } from './vergaderjaar.js';

const MENTION = /([Vv]ergaderjaar)[ \u00a0](\d{4})( ?)([/\u2013-])( ?)(\d{2,4})(?!\d)/g;

export function scanVergaderjaar(text: string, citations: Citation[]): LooseIssue[] {
  const out: LooseIssue[] = [];
  if (!/ergaderjaar/.test(text)) return out;
  let k = 0; // citations are in text order: walk them alongside the mentions
  for (const m of text.matchAll(MENTION)) {
    const start = m.index;
    const end = start + m[0].length;
    while (k < citations.length && citations[k]!.end <= start) k++;
    if (k < citations.length && citations[k]!.start < end) continue;
    const yearMatch = [m[0].slice(m[1]!.length + 1), m[2], m[3], m[4], m[5], m[6]] as unknown as RegExpExecArray;
    const year = readYear(yearMatch);
    const span = { start, end };
    if (!yearValid(year)) {
      out.push({ ruleId: 'KB111', reason: 'vergaderjaar bestaat niet uit twee opeenvolgende jaren', span, text: m[0] });
      continue;
    }
    const fixText = `${m[1]} ${longYear(year.first)}`;
    if (year.spacedSeparator) out.push({ ruleId: 'KB111', reason: 'spaties rond het streepje', span, text: m[0], fix: { span, text: fixText } });
    else if (year.form === 'slash2' || year.form === 'slash4' || year.form === 'dash2' || year.form === 'hyphen2') {
      out.push({ ruleId: 'KB111', reason: 'na "vergaderjaar" vier cijfers met en-dash: "JJJJ–JJJJ"', span, text: m[0], fix: { span, text: fixText } });
    }
  }
  return out;
}

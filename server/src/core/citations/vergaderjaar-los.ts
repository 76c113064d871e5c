// "vergaderjaar 2018–2019" in running text, outside any citation (page footers, headers,
// sentences). The en dash is the Kamer's form; a hyphen, as in the open data, is accepted too.
// The scanner calls this from its single pass, so mentions inside citations are never seen.
import type { LooseIssue } from '../types.js';
import { Cursor } from './cursor.js';
import { isSingleGap } from './tokens.js';
import { assumedFirst, assumedReason, intendedFirst, longYear, NOT_CONSECUTIVE, readYear } from './vergaderjaar.js';

const WORD = /[Vv]ergaderjaar/y;

/** Reads a mention whose word starts at `at`: its end and its issue (null when it is fine); null when it is no mention. */
export function parseLooseVergaderjaar(text: string, at: number): { end: number; issue: LooseIssue | null } | null {
  const c = new Cursor(text, at, 40);
  const word = c.eat(WORD);
  if (!word || !isSingleGap(c.gap())) return null;
  const y = readYear(c);
  if (!y) return null;
  const span = { start: at, end: c.pos };
  const mention = text.slice(at, c.pos);
  const assumed = assumedFirst(y);
  const first = intendedFirst(y) ?? assumed;
  const fixed = first === null ? null : `${word[0]} ${longYear(first)}`;
  let reason: string | null = null;
  if (first === null) reason = NOT_CONSECUTIVE;
  else if (assumed !== null) reason = assumedReason(assumed);
  else if (first !== y.first) reason = 'jaren van het vergaderjaar in omgekeerde volgorde';
  else if (y.digits !== 4 || y.sep === '/') reason = 'na "vergaderjaar" vier cijfers met en-dash: JJJJ–JJJJ';
  else if (y.spaced) reason = 'spaties rond het streepje';
  if (!reason) return { end: c.pos, issue: null };
  const issue: LooseIssue = { ruleId: 'KB111', reason, span, text: mention };
  if (fixed !== null && fixed !== mention) issue.fix = { span, text: fixed };
  return { end: c.pos, issue };
}

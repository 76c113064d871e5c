// The chamber after Kamerstukken / Handelingen / Aanhangsel Handelingen: I (Eerste Kamer),
// II (Tweede Kamer), I/II for both; and the slips seen in real text (§2.2): "ll", "III", "2".
import type { Span } from '../types.js';
import type { Findings } from './build.js';
import type { Cursor } from './cursor.js';

export interface Chamber {
  /** What the chamber was meant to be; null when it cannot be known (III). */
  value: 'I' | 'II' | 'I/II' | null;
  span: Span;
}

// A Roman chamber may be glued to the year ("II2015–16" occurs), so only a letter ends it badly.
const ROMAN = /(I\/II|III|II|I|ll)(?!\p{L})/uy;
// An Arabic chamber only counts when a year follows ("Kamerstukken 2 2018/19").
const ARABIC = /([12])(?=[ \u00a0]\d{4}[ \u00a0]?[/\u2013-])/y;

export function readChamber(c: Cursor): Chamber | null {
  const start = c.pos;
  const m = c.eat(ROMAN) ?? c.eat(ARABIC);
  if (!m) return null;
  const w = m[1]!;
  const value = w === 'I/II' || w === 'I' || w === 'II' ? w : w === 'll' || w === '2' ? 'II' : w === '1' ? 'I' : null;
  return { value, span: { start, end: c.pos } };
}

/** Reports a chamber written wrongly; returns the chamber meant, or null. */
export function judgeChamber(ch: Chamber, written: string, ruleId: string, f: Findings): Chamber['value'] {
  if (ch.value === null) f.broken(ruleId, 'Kamer moet I of II zijn', ch.span);
  else if (written === 'll') f.add(ruleId, 'twee kleine letters l in plaats van II', ch.span);
  else if (written === '2' || written === '1') f.add(ruleId, `Arabisch cijfer ${written} in plaats van ${ch.value}`, ch.span);
  return ch.value;
}

// The numbered parts of Handelingen and Aanhangsel citations: ", nr. 28", ", item 9", ", p. 25-36",
// with the slips the linter reports: "nr 28", "nr.28", "Nr.", "punt 9", a missing comma.
import type { Span } from '../types.js';
import type { Findings } from './build.js';
import type { Cursor } from './cursor.js';

export interface Deel {
  word: 'nr' | 'item';
  value: string;
  span: Span;
}

// Comma, one gap, the word, its period, one gap, the number. Each gap may be missing (a slip).
const PART = /(,?)([ \u00a0]|\n[ \t]*|)(nr|Nr|NR|item|Item|punt)(\.?)([ \u00a0]|\n[ \t]*|)(\d+)(?![\p{L}\p{N}])/uy;
const PAGE = /,([ \u00a0]|\n[ \t]*|)p\.([ \u00a0]?)(\d+(?:[-\u2013]\d+)?)(?![\p{L}\p{N}])/uy;
// House form without "nr.": "vergaderjaar 2023–2024, 1028".
const BARE = /,(?:[ \u00a0]|\n[ \t]*)(\d+)(?![\p{L}\p{N}/])/uy;

/** Reads one part; `want` limits which word may come. Reports its slips under `ruleId`. */
export function readDeel(c: Cursor, want: 'nr' | 'item' | 'any', ruleId: string, f: Findings): Deel | null {
  const start = c.pos;
  const m = c.peek(PART);
  if (!m) return null;
  const [, comma, gap1, word, period, gap2, value] = m as unknown as string[];
  const kind = /^nr$/i.test(word!) ? 'nr' : 'item';
  if (want !== 'any' && kind !== want) return null;
  // Without comma and space, "2018/19nr" is no citation part.
  if (!comma && !gap1) return null;
  c.eat(PART);
  const span = { start, end: c.pos };
  if (!comma) f.add(ruleId, `komma vóór "${kind}" ontbreekt`, span);
  else if (!gap1) f.add(ruleId, 'geen spatie na de komma', span);
  if (word === 'punt') f.add(ruleId, '"punt" in plaats van "item"', span);
  else if (kind === 'nr' && word !== 'nr') f.add(ruleId, `"${word}." met hoofdletter binnen een citaat`, span);
  else if (kind === 'item' && word !== 'item') f.add(ruleId, `"${word}" met hoofdletter binnen een citaat`, span);
  if (kind === 'nr' && !period) f.add(ruleId, '"nr" zonder punt', span);
  if (kind === 'item' && period) f.add(ruleId, 'geen punt na "item"', span);
  if (!gap2) f.add(ruleId, `geen spatie na ${kind === 'nr' ? 'nr.' : 'item'}`, span);
  return { word: kind, value: value!, span };
}

/** ", p. 25-36"; returns the pages as written, with a hyphen. */
export function readPage(c: Cursor, ruleId: string, f: Findings): string | null {
  const start = c.pos;
  const m = c.eat(PAGE);
  if (!m) return null;
  if (!m[1] || !m[2]) f.add(ruleId, 'spatie na de komma en na "p."', { start, end: c.pos });
  return m[3]!.replace('\u2013', '-');
}

/** The bare number of the house form ("…, 1028"). */
export function readBareNumber(c: Cursor): { value: string; span: Span } | null {
  const start = c.pos;
  const m = c.eat(BARE);
  return m ? { value: m[1]!, span: { start, end: c.pos } } : null;
}

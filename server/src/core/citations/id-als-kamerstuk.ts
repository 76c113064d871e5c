// A document id or publication id cited after the word "Kamerstuk" (citations.md §3.10):
// "Kamerstuk 2024D28457", "Kamerstuk ah-tk-20232024-1314", "Kamerstuk kst-29754-482". The
// citation is the whole text from the keyword; it takes the kind of what the id stands for. The
// fix writes the citation the id stands for where the id tells enough (kst-, ah-, h-tk- ids);
// a D-number needs the Kamer's data to become a Kamerstuk, so it has no fix.
import type { Citation } from '../types.js';
import { build, Findings, type Fields } from './build.js';
import { parseId } from './ids.js';
import { isDigit } from './tokens.js';
import { parseZaaknummer } from './zaaknummer.js';

const ID_START = /(?:kst-|a?h-[te]k-)/y;

/** @param pos where the id starts, one space after the keyword that starts at `at` */
export function parseIdAsKamerstuk(text: string, at: number, pos: number): Citation | null {
  ID_START.lastIndex = pos;
  const isId = ID_START.test(text);
  const inner = isId ? parseId(text, pos) : isDigit(text[pos]) ? parseZaaknummer(text, pos) : null;
  // A zaak number after "Kamerstukken" names the zaak the stukken belong to: left as it is.
  if (!inner || inner.kind === 'kamervragen-nummer') return null;
  const f = new Findings();
  const keyword = { start: at, end: pos };
  const number = inner.kind === 'document-nummer';
  // The id's own slips are named; their repair is part of the fix to the citation form.
  for (const i of inner.issues) {
    if (i.fix) f.add(i.ruleId, i.reason, i.span ?? null);
    else f.broken(i.ruleId, i.reason, i.span ?? null);
  }
  if (number) {
    f.brokenExpecting('KB101', `documentnummer geciteerd als Kamerstuk: citeer het Kamerstuk zelf, met dossier en nr.`, 'Kamerstuk 29 754, nr. 482', keyword, 'warning');
  } else f.add('KB101', 'id geciteerd als Kamerstuk: schrijf het citaat waar de id voor staat', keyword);
  const canonical = number ? null : inner.canonical;
  const fields: Fields = {
    kind: inner.kind,
    style: 'neutral',
    canonical,
    dossier: inner.dossier,
    toevoeging: inner.toevoeging,
    nrs: inner.nrs,
    chamber: inner.chamber ?? null,
    vergaderjaar: inner.vergaderjaar ?? null,
    vergadernummer: inner.vergadernummer ?? null,
    item: inner.item ?? null,
    pages: inner.pages ?? null,
    nummer: inner.nummer ?? null,
    id: inner.id,
    url: inner.url,
  };
  return build(text, at, inner.end, fields, f, canonical);
}

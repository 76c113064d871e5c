// Handelingen-list forms in parentheses (citations.md §3.4): "(22026, nr. 27)", "(35300-A, nr. 15)",
// Eerste Kamer "(35300-VI, letter Y)". This is how the Kamer's own lists cite moties: valid as
// written (citation-cases.tsv). A slip such as "(25295 nr. 961)" is rewritten in letter style
// (KB104). The citation is the text inside the parentheses.
import type { Citation } from '../types.js';
import { build, Findings } from './build.js';
import { spacedDossier, stickyAt } from './tokens.js';
import { kstId, obUrl } from './url.js';

const LIST = /\((\d{4,5})(?:-(\d{2}|[IVXL]{1,6}[AB]?|[A-Z]))?(,?)([ \u00a0]?)(nr|letter)(\.?)([ \u00a0]?)(\d+[a-z]?|[A-Z]{1,2})\)/y;

export function parseLijstvorm(text: string, at: number): Citation | null {
  const m = stickyAt(LIST, text, at);
  if (!m) return null;
  const [whole, dossier, toev, comma, sp1, word, period, sp2, value] = m as unknown as string[];
  const letter = word === 'letter';
  if (letter !== /^[A-Z]/.test(value!)) return null;
  if (letter && period) return null;
  const start = at + 1;
  const end = at + whole!.length - 1;
  const f = new Findings();
  const reasons: string[] = [];
  if (!comma) reasons.push('komma ontbreekt');
  else if (!sp1) reasons.push('geen spatie na de komma');
  if (!letter && !period) reasons.push('"nr" zonder punt');
  if (!sp2) reasons.push(`geen spatie na ${letter ? '"letter"' : 'nr.'}`);
  const number = Number(dossier);
  const toevText = toev ? (/^\d/.test(toev) ? `-${toev}` : ` ${toev}`) : '';
  // Letter style needs the vergaderjaar for an Eerste Kamer letter; unknown here.
  const canonical = letter ? null : `Kamerstuk ${spacedDossier(number)}${toevText}, nr. ${value}`;
  if (reasons.length) {
    const reason = `lijstvorm met een slordigheid (${reasons.join(', ')}): schrijf de briefnotatie`;
    if (canonical) f.add('KB104', reason);
    else f.broken('KB104', reason);
  }
  const id = kstId(number, toev ?? null, value!);
  return build(text, start, end, {
    kind: 'kamerstuk',
    style: 'registry',
    canonical,
    dossier: [number],
    toevoeging: toev ?? null,
    nrs: [value!],
    id,
    url: obUrl(id),
  }, f);
}

// Staatsblad, Staatscourant and Tractatenblad (citations.md §3.8, Aanwijzing 3.45):
// "Stb. 2011, 35", "Stcrt. 2015, 10247", "Trb. 2008, 175". Issues go to KB115.
import type { Citation } from '../types.js';
import { build, Findings } from './build.js';
import { stickyAt } from './tokens.js';
import { obUrl } from './url.js';

const PUB = /(Stb|Stcrt|Trb)(\.?)([ \u00a0]|\n[ \t]*|)((?:1[89]|20)\d{2})(,?)([ \u00a0]|\n[ \t]*|)(\d+)(?![\p{L}\p{N}])/uy;
const KIND = { Stb: 'staatsblad', Stcrt: 'staatscourant', Trb: 'tractatenblad' } as const;

export function parsePublicatie(text: string, at: number): Citation | null {
  const m = stickyAt(PUB, text, at);
  if (!m) return null;
  const [whole, abbr, period, sp1, year, comma, sp2, nr] = m as unknown as [string, keyof typeof KIND, string, string, string, string, string, string];
  // "Stb2011" without period or space is no abbreviation anyone wrote.
  if (!period && !sp1) return null;
  if (!comma && !sp2) return null;
  const f = new Findings();
  if (!period) f.add('KB115', `punt na "${abbr}" ontbreekt`, { start: at, end: at + abbr.length });
  if (!sp1) f.add('KB115', `spatie na "${abbr}." ontbreekt`);
  if (!comma) f.add('KB115', 'komma tussen jaar en nummer ontbreekt');
  else if (!sp2) f.add('KB115', 'spatie na de komma ontbreekt');
  const id = `${abbr.toLowerCase()}-${year}-${nr}`;
  return build(text, at, at + whole.length, {
    kind: KIND[abbr],
    style: 'neutral',
    canonical: `${abbr}. ${year}, ${nr}`,
    nrs: [nr],
    jaar: Number(year),
    id,
    url: obUrl(id),
  }, f);
}

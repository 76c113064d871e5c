// Staatsblad, Staatscourant and Tractatenblad: "Stb. 2011, 35" (§3.8, Aanwijzing 3.45).
import type { Citation } from '../types.js';

const PUB = /(Stb|Stcrt|Trb)(\.?)([ \u00a0]?)(\d{4})(,?)([ \u00a0]?)(\d+)(?![\p{L}\p{N}])/uy;

export function parsePublicatie(text: string, at: number): Citation | null {
  PUB.lastIndex = at;
  const m = PUB.exec(text);
  if (!m) return null;
  const [whole, abbr, period, sp1, year, comma, sp2, nr] = m as unknown as string[];
  if (!sp1 && !period) return null;
  const reasons: string[] = [];
  if (!period) reasons.push(`"${abbr}" zonder punt`);
  if (!sp1) reasons.push('spatie na de afkorting ontbreekt');
  if (!comma) reasons.push('komma tussen jaar en nummer ontbreekt');
  if (!sp2) reasons.push('spatie na de komma ontbreekt');
  const canonical = `${abbr}. ${year}, ${nr}`;
  const kind = abbr === 'Stb' ? 'staatsblad' : abbr === 'Stcrt' ? 'staatscourant' : 'tractatenblad';
  const id = `${abbr!.toLowerCase()}-${year}-${nr}`;
  return {
    kind,
    start: at,
    end: at + whole!.length,
    text: whole!,
    valid: reasons.length === 0,
    canonical,
    dossier: [],
    toevoeging: null,
    nrs: [nr!],
    jaar: Number(year),
    style: 'letter',
    id,
    url: `https://zoek.officielebekendmakingen.nl/${id}.html`,
    issues: reasons.map((reason) => ({ ruleId: 'KB115', reason, fix: { span: { start: at, end: at + whole!.length }, text: canonical } })),
  };
}

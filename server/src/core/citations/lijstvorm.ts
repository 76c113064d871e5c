// Handelingen-list forms inside parentheses: "(22026, nr. 27)", "(35300-A, nr. 15)",
// "(35300-VI, letter Y)" are how the Kamer's own lists cite moties: recognised, valid as written
// (citation-cases.tsv). "(25295 nr. 961)" lacks the comma: rewrite it in letter style.
import type { Citation } from '../types.js';
import { kstId, obUrl, spacedDossier } from './url.js';

const LIST = /\((\d{4,5})(?:-(\d{2}|[IVXL]{1,5}[AB]?|[A-Z]))?(,?)[ \u00a0](nr\.|letter)[ \u00a0]?(\d+|[A-Z]{1,2})\)/y;

export function parseLijstvorm(text: string, at: number): Citation | null {
  LIST.lastIndex = at;
  const m = LIST.exec(text);
  if (!m) return null;
  const [whole, dossier, toev, comma, word, nr] = m as unknown as string[];
  const ek = word === 'letter';
  if (ek !== /^[A-Z]/.test(nr!)) return null;
  const start = at + 1; // inside the parentheses
  const end = at + whole!.length - 1;
  const toevText = toev ? (/^\d/.test(toev) ? `-${toev}` : ` ${toev}`) : '';
  const canonical = ek ? null : `Kamerstuk ${spacedDossier(Number(dossier))}${toevText}, nr. ${nr}`;
  const id = kstId(Number(dossier), toev ?? null, nr!);
  const broken = !comma;
  return {
    kind: 'kamerstuk',
    start,
    end,
    text: text.slice(start, end),
    valid: !broken,
    canonical,
    dossier: [Number(dossier)],
    toevoeging: toev ?? null,
    nrs: [nr!],
    style: 'registry',
    id,
    url: obUrl(id),
    issues: broken
      ? [{ ruleId: 'KB104', reason: 'registervorm zonder komma in de tekst van een brief', ...(canonical ? { fix: { span: { start, end }, text: canonical } } : {}) }]
      : [],
  };
}

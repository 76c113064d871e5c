// `kamerbrief citations --format markdown`: the citation report a reviewer reads. Per draft,
// every citation with its canonical form, link, place, and what the snapshot knows.
import type { OutputCitation } from '../output.js';

const KIND = {
  kamerstuk: 'Kamerstuk',
  kamerstukken: 'Kamerstukken',
  'kamerstukken-leidraad': 'Kamerstukken (Leidraad)',
  handelingen: 'Handelingen',
  aanhangsel: 'Aanhangsel',
  'kamervragen-nummer': 'Kamervragen',
  'document-nummer': 'Documentnummer',
  staatsblad: 'Staatsblad',
  staatscourant: 'Staatscourant',
  tractatenblad: 'Tractatenblad',
} as const;

/** Table cell: one line, no pipes or Markdown that could turn into links or HTML. */
function cell(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|]/g, (c) => '\\' + c).trim();
}

function known(c: OutputCitation): string {
  if (c.resolved === null) return 'geen gegevens';
  return c.resolved
    .map((r) => {
      if (!r) return 'niet in de gegevens';
      const bits = [r.soort, r.onderwerp ?? r.titel, r.datum, r.indieners.length ? `indieners: ${r.indieners.join(', ')}` : null, r.uitkomst ? `afloop: ${r.uitkomst}` : null, r.vervangenDoor.length ? `gewijzigd door ${r.vervangenDoor.join(', ')}` : null];
      return bits.filter(Boolean).join('; ');
    })
    .join(' / ');
}

export function formatCitationReport(list: { file: string; citations: OutputCitation[] }[]): string {
  const out: string[] = ['# Citatieoverzicht', ''];
  const total = list.reduce((n, f) => n + f.citations.length, 0);
  const wrong = list.reduce((n, f) => n + f.citations.filter((c) => !c.valid).length, 0);
  out.push(`${total} citaten in ${list.length} ${list.length === 1 ? 'bestand' : 'bestanden'}; ${wrong} wijken af van de huisstijl.`, '');
  for (const { file, citations } of list) {
    out.push(`## ${cell(file)}`, '');
    if (citations.length === 0) {
      out.push('Geen citaten.', '');
      continue;
    }
    out.push('| regel | soort | zoals geschreven | standaardnotatie | link | wat de gegevens weten |', '|---:|---|---|---|---|---|');
    for (const c of citations) {
      const canonical = c.canonical === null ? '' : c.valid ? '✓' : cell(c.canonical);
      const link = c.url ? `[openen](${c.url})` : '';
      out.push(`| ${c.line} | ${KIND[c.kind]} | ${cell(c.text)} | ${canonical} | ${link} | ${cell(known(c))} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

// The hover card for a citation: kind, house-style form, links. Data fields (soort, titel,
// indieners, besluit) join when the parliamentary snapshot lands.
import { KIND_LABEL } from './labels.js';
import type { Citation } from '../types.js';

/** Escapes text for Markdown so that titles or user text can never become links or HTML. */
export function escapeMarkdown(text: string): string {
  // Inline constructs only: the text never starts a line, so list or heading markers are inert.
  return text.replace(/[\\`*_[\]()<>|~!&#]/g, (c) => '\\' + c);
}

export function tweedeKamerSearchUrl(citation: Citation): string | null {
  if (!citation.dossier.length) return null;
  const q = `${citation.dossier[0]}${citation.toevoeging ? '-' + citation.toevoeging : ''}${citation.nrs[0] ? ' nr. ' + citation.nrs[0] : ''}`;
  return `https://www.tweedekamer.nl/zoeken?qry=${encodeURIComponent(q)}`;
}

export function hoverMarkdown(citation: Citation): string {
  const lines = [`**${KIND_LABEL[citation.kind]}** · ${citation.valid ? 'notatie in orde' : 'notatie wijkt af'}`, ''];
  if (citation.canonical) lines.push(`Standaardnotatie: ${escapeMarkdown(citation.canonical)}`, '');
  else {
    // No fix can be written (a part is not in the text): the form with a placeholder.
    const expected = citation.issues.find((i) => i.expected)?.expected;
    if (expected) lines.push(`Verwacht: ${escapeMarkdown(expected)}`, '');
  }
  if (!citation.valid) {
    const reasons = [...new Set(citation.issues.map((i) => i.reason))];
    if (reasons.length) lines.push(`Afwijking: ${escapeMarkdown(reasons.join('; '))}`, '');
  }
  const links: string[] = [];
  if (citation.url) links.push(`[Officiële bekendmakingen](${citation.url})`);
  const tk = tweedeKamerSearchUrl(citation);
  if (tk) links.push(`[Tweede Kamer](${tk})`);
  if (links.length) lines.push(links.join(' · '));
  return lines.join('\n').trim();
}

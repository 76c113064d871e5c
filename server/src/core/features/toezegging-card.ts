// The hover card on a "Toezegging – …" heading: the register's entry for that section (status,
// nakomingsdatum, ministerie, the debate), found as KB312 finds it. Data text is escaped.
import type { Snapshot, ToezeggingRecord } from '../data-port.js';
import type { DocumentAnalysis } from '../model.js';
import { findInRegister, toezeggingSections } from '../rules/toezegging/sections.js';
import { dataDateLine, dutchDate } from './data-age.js';
import { escapeMarkdown } from './hover.js';

export interface ToezeggingHover {
  markdown: string;
  start: number;
  end: number;
}

function entryLines(t: ToezeggingRecord): string[] {
  const lines: string[] = [];
  const head = [`**Toezegging${t.nummer ? ' ' + escapeMarkdown(t.nummer) : ''}**`];
  if (t.status) head.push(escapeMarkdown(t.status));
  lines.push(head.join(' · '));
  if (t.tekst) lines.push(escapeMarkdown(t.tekst));
  if (t.datumNakoming) lines.push(`Nakomingsdatum: ${dutchDate(t.datumNakoming)}`);
  if (t.ministerie) lines.push(`Ministerie: ${escapeMarkdown(t.ministerie)}`);
  if (t.toezegger) lines.push(`Toegezegd door: ${escapeMarkdown(t.functie ? `${t.toezegger} (${t.functie})` : t.toezegger)}`);
  const a = t.activiteit;
  if (a && (a.soort || a.onderwerp)) {
    lines.push(`Debat: ${escapeMarkdown([a.soort, a.onderwerp].filter(Boolean).join(' '))}${a.datum ? ` van ${dutchDate(a.datum)}` : ''}`);
  }
  if (t.kamerbriefNakoming) lines.push(`Nagekomen met: ${escapeMarkdown(t.kamerbriefNakoming)}`);
  return lines;
}

/** The card for the toezegging heading at `offset`, or null when the offset is on none. */
export function toezeggingHover(doc: DocumentAnalysis, offset: number, data: Snapshot | null, now: Date): ToezeggingHover | null {
  if (!data) return null;
  const s = toezeggingSections(doc).find((x) => x.heading.start <= offset && offset <= x.heading.end);
  if (!s) return null;
  const list = data.toezeggingen?.() ?? null;
  const lines: string[] = [];
  if (!list) lines.push('De gegevens bevatten geen toezeggingenregistratie; voer kamerbrief sync uit.');
  else {
    const found = findInRegister(list, s);
    if (found.how === 'nummer') lines.push(...entryLines(found.entry));
    else if (found.how === 'tekst') lines.push(...entryLines(found.entry), `_Gevonden op tekst (overeenkomst ${Math.round(found.score * 100)} %)._`);
    else if (found.how === 'onbekend-nummer') lines.push(`${escapeMarkdown(found.nummer)}: niet in de toezeggingenregistratie.`);
    else lines.push('Geen toezegging met een vergelijkbare tekst in de toezeggingenregistratie.');
  }
  lines.push(`_${dataDateLine(data.meta, now)}._`);
  return { markdown: lines.join('  \n'), start: s.heading.start, end: s.heading.end };
}

// One "## Toezegging – …" section, as in Kamerstuk 29 754, nr. 501: who promised what in which
// debate on which day (KB311 needs the debate and the date to find it in the register), then the
// ministry's account, left as a placeholder.
import { dutchDate } from './dutch-date.js';
import { draftText } from './markdown-text.js';
import { PM } from './motie-section.js';
import type { ToezeggingInput } from './toezegging-input.js';

export function toezeggingSection(t: ToezeggingInput): string {
  const heading = `## Toezegging – ${t.onderwerp?.trim() ? draftText(t.onderwerp) : PM('onderwerp')}`;
  const who = t.bewindspersoon?.trim() ? draftText(t.bewindspersoon) : `De ${PM('bewindspersoon')}`;
  const debat = t.debat?.trim() ? draftText(t.debat) : `het ${PM('debat')}`;
  const datum = dutchDate(t.datum) ?? PM('datum');
  const tekst = draftText(t.tekst).replace(/\.$/, '');
  const register: string[] = [];
  if (t.nummer?.trim()) register.push(`nummer ${draftText(t.nummer)}`);
  if (t.status?.trim()) register.push(`status ${draftText(t.status)}`);
  const nakoming = dutchDate(t.nakomingsdatum);
  if (nakoming) register.push(`nakomingsdatum ${nakoming}`);
  const lines = [heading, '', `${capitalised(who)} heeft tijdens ${debat} van ${datum} toegezegd: «${tekst}». Bij deze informeer ik u als volgt. ${PM('stand van zaken')}`];
  if (register.length) lines.push('', `Toezeggingenregistratie: ${register.join(', ')}.`);
  return lines.join('\n');
}

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// KB312: a toezegging section checked against the Kamer's register (Snapshot.toezeggingen()).
// - info: the section matches no entry (by its toezeggingnummer, or by text; see
//   ../toezegging/sections.ts), so the Kamer cannot trace it as written;
// - warning: the section says the toezegging was already fulfilled ("is afgerond", "reeds
//   nagekomen") while the register, for an entry found by number or a confident text match, still
//   has it open. "Hiermee beschouw ik de toezegging als afgedaan" is fulfilment by this letter
//   itself (the register follows later), so it never counts.
// Without a register (no snapshot, or one written before toezeggingen were synced): silent.
import { q, unexpected } from '../../message.js';
import type { Rule } from '../../rule.js';
import { isOpen } from '../toezegging/register.js';
import { confident, findInRegister, toezeggingSections } from '../toezegging/sections.js';

const DONE = /\b(?:afgerond|nagekomen|afgedaan|voldaan|ingelost)\b/i;
/** Fulfilled by this letter, or not fulfilled: no claim about the past. */
const NOW_OR_NOT = /\b(?:hiermee|hierbij|bij deze|met deze (?:brief|kamerbrief|rapportage|beantwoording)|met dit|beschouw\w*|niet|nog|zodra|wanneer|als de|na afronding)\b/i;

/** The first sentence that says the toezegging was fulfilled before this letter, or null. */
export function doneClaim(body: string): string | null {
  // A new sentence starts after . ! ? and a capital: "6 september jl. aan" stays one sentence.
  for (const sentence of body.replace(/\[\^[^\]]*\]/g, '').split(/(?<=[.!?])\s+(?=[\p{Lu}\d])|\n\s*\n/u)) {
    if (DONE.test(sentence) && !NOW_OR_NOT.test(sentence)) return sentence.trim();
  }
  return null;
}

function dutchDate(iso: string): string {
  const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${months[(m ?? 1) - 1]} ${y}`;
}

const rule: Rule = {
  meta: {
    id: 'KB312',
    alias: 'toezegging-register',
    description: 'Een toezegging staat in de toezeggingenregistratie van de Kamer, en wat de brief over haar afloop zegt past bij de status daar.',
    defaultSeverity: 'info',
    fixable: false,
    needsData: true,
    tags: ['toezeggingen', 'gegevens'],
  },
  check({ doc, data, report }) {
    const list = data?.toezeggingen?.() ?? null;
    if (!list || list.length === 0) return;
    for (const s of toezeggingSections(doc)) {
      const found = findInRegister(list, s);
      const span = { start: s.heading.start, end: s.heading.end };
      if (found.how === 'onbekend-nummer') {
        report({
          span,
          message: unexpected({
            what: 'toezeggingnummer',
            neuter: true,
            found: q(found.nummer),
            expected: 'een nummer uit de toezeggingenregistratie van de Kamer',
            explanation: 'het nummer staat niet in de gegevens; controleer het nummer of synchroniseer de gegevens',
          }),
        });
        continue;
      }
      if (found.how === 'geen') {
        report({
          span,
          certainty: 'unverified',
          message: unexpected({
            what: 'toezegging',
            found: q(s.title || s.heading.text),
            expected: 'een toezegging die in de toezeggingenregistratie van de Kamer te vinden is',
            explanation: 'geen toezegging met een vergelijkbare tekst gevonden; noem het toezeggingnummer (bijvoorbeeld TZ202309-010) of de tekst zoals de Kamer haar registreerde',
          }),
        });
        continue;
      }
      if (!confident(found) || !isOpen(found.entry.status)) continue;
      const claim = doneClaim(`${s.body}`);
      if (!claim) continue;
      const entry = found.entry;
      const due = entry.datumNakoming ? `, nakoming verwacht op ${dutchDate(entry.datumNakoming)}` : '';
      report({
        span,
        severity: 'warning',
        message: unexpected({
          what: 'afloop van toezegging',
          found: q(claim),
          expected: `een afloop die past bij de registratie van de Kamer: ${entry.nummer ?? 'de toezegging'} staat daar als "${entry.status}"${due}`,
          explanation: 'de brief noemt de toezegging al nagekomen; schrijf "hiermee beschouw ik de toezegging als afgedaan" als deze brief haar nakomt',
        }),
      });
    }
  },
};
export default rule;

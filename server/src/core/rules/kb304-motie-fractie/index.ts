// KB304: the party in parentheses after a member is the party the member belonged to when the
// motie was submitted ("de motie van het lid Becker (VVD)"). Members change parties; the snapshot
// keeps the fractie per indiener, and persons' memberships over time as a fallback.
import type { Actor, Snapshot } from '../../data-port.js';
import { keyToCitation } from '../../citations/key-text.js';
import { q, unexpected } from '../../message.js';
import type { Rule } from '../../rule.js';
import { exactSource, sameMember } from '../motie-shared.js';
import { resolvedMentions } from '../motie/records.js';

/** "GroenLinks-PvdA", "GL-PvdA " and "groenlinks pvda" compare equal; "allen VVD" is VVD. */
function normParty(p: string): string {
  return p.replace(/^(?:allen|beiden|allebei)\s+/i, '').replace(/[\s\-–.]/g, '').toLowerCase();
}

function partyOf(data: Snapshot, actor: Actor, date: string | null): string | null {
  if (actor.fractie) return actor.fractie;
  if (actor.persoonId && date) return data.fractieOn(actor.persoonId, date);
  return null;
}

const rule: Rule = {
  meta: {
    id: 'KB304',
    alias: 'motie-fractie',
    description: 'De fractie tussen haakjes achter een indiener is de fractie waarvan het lid volgens de gegevens lid was toen de motie werd ingediend.',
    defaultSeverity: 'warning',
    fixable: false,
    needsData: true,
    tags: ['moties', 'gegevens'],
  },
  check({ doc, data, report }) {
    if (!data) return;
    for (const { mention: m, motie, document, key } of resolvedMentions(doc, data)) {
      if (!motie) continue;
      const signers = [...motie.indieners, ...motie.medeIndieners];
      for (const member of m.members.names) {
        if (!member.party) continue;
        const actor = signers.find((a) => sameMember(member.name, a.naam));
        if (!actor) continue; // KB303 reports a member who is no indiener
        const party = partyOf(data, actor, document.datum);
        if (!party || normParty(party) === normParty(member.party)) continue;
        const span = exactSource(doc, m.unit, member.partyStart, member.partyEnd) ?? [m.start, m.end];
        report({
          span: { start: span[0], end: span[1] },
          message: unexpected({
            what: 'fractie',
            found: q(`${member.name} (${member.party})`),
            expected: q(`${member.name} (${party})`),
            explanation: `bij het indienen van ${keyToCitation(key)}${document.datum ? ' op ' + document.datum : ''} zat ${actor.naam} in de fractie ${party}`,
          }),
        });
      }
    }
  },
};
export default rule;

// KB303: the member named with a motie is its first indiener, and "c.s." stands exactly when
// there are co-signers the text does not name. The snapshot lists indiener and medeindieners.
import type { Actor } from '../../data-port.js';
import { keyToCitation } from '../../citations/key-text.js';
import { q, unexpected } from '../../message.js';
import type { Rule } from '../../rule.js';
import { exactSource, sameMember } from '../motie-shared.js';
import { resolvedMentions } from '../motie/records.js';

/** "A", "A en B", "A, B en C": a list of names as a Dutch sentence has it. */
function nameList(actors: Actor[]): string {
  const all = actors.map((a) => a.naam);
  return all.length < 2 ? all.join('') : `${all.slice(0, -1).join(', ')} en ${all[all.length - 1]}`;
}

const rule: Rule = {
  meta: {
    id: 'KB303',
    alias: 'motie-indiener',
    description: 'De genoemde indiener van een motie is volgens de gegevens de eerste indiener, en "c.s." staat er alleen (en altijd) als er medeindieners zijn die niet genoemd worden.',
    defaultSeverity: 'warning',
    fixable: false,
    needsData: true,
    tags: ['moties', 'gegevens'],
  },
  check({ doc, data, report }) {
    if (!data) return;
    for (const { mention: m, motie, key } of resolvedMentions(doc, data)) {
      if (!motie || motie.indieners.length === 0) continue;
      const signers = [...motie.indieners, ...motie.medeIndieners];
      const first = m.members.names[0]!;
      const cited = keyToCitation(key);
      const firstSpan = exactSource(doc, m.unit, first.flatStart, first.flatEnd) ?? [m.start, m.end];
      if (!motie.indieners.some((a) => sameMember(first.name, a.naam))) {
        const isCoSigner = motie.medeIndieners.some((a) => sameMember(first.name, a.naam));
        report({
          span: { start: firstSpan[0], end: firstSpan[1] },
          message: unexpected({
            what: 'indiener',
            found: q(first.name),
            expected: q(motie.indieners[0]!.naam),
            explanation: isCoSigner
              ? `${first.name} is medeindiener van ${cited}; de motie heet naar de eerste indiener`
              // A passive sentence: the verb needs no agreement with one or many indieners.
              : `volgens de gegevens is ${cited} ingediend door ${nameList(signers)}`,
          }),
        });
        continue;
      }
      for (const other of m.members.names.slice(1)) {
        if (signers.some((a) => sameMember(other.name, a.naam))) continue;
        const span = exactSource(doc, m.unit, other.flatStart, other.flatEnd) ?? [m.start, m.end];
        report({
          span: { start: span[0], end: span[1] },
          message: unexpected({
            what: 'indiener',
            found: q(other.name),
            expected: `een van de indieners ${nameList(signers)}`,
            explanation: `${other.name} staat in de gegevens niet bij ${cited}`,
          }),
        });
      }
      if (!m.members.complete) continue;
      const unnamed = signers.filter((a) => !m.members.names.some((n) => sameMember(n.name, a.naam)));
      if (m.members.cs && signers.length === 1 && motie.medeIndienersBekend !== false) {
        const span = exactSource(doc, m.unit, m.members.cs.flatStart, m.members.cs.flatEnd) ?? [m.start, m.end];
        report({
          span: { start: span[0], end: span[1] },
          message: unexpected({
            what: '"c.s."',
            neuter: true,
            found: `bij ${q(m.text)}`,
            expected: 'geen "c.s."',
            explanation: `${cited} heeft volgens de gegevens geen medeindieners`,
          }),
        });
      } else if (!m.members.cs && unnamed.length > 0 && motie.medeIndienersBekend !== false && (m.kind === 'heading' || m.subject !== null)) {
        // Only the formal title ("Motie van het lid X over …", a motie heading) must be complete;
        // running text may say "de motie van het lid Becker" of a motie Becker c.s. (nr. 501 does).
        report({
          span: { start: m.start, end: m.end },
          message: unexpected({
            what: 'vermelding zonder "c.s."',
            found: q(m.text),
            expected: `"c.s." na ${q(first.name)} of alle indieners`,
            explanation: `${cited} heeft ook als indieners: ${nameList(unnamed)}`,
          }),
        });
      }
    }
  },
};
export default rule;

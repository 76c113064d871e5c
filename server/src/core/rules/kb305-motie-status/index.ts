// KB305: what the letter says happened to a motie (aangenomen, verworpen, aangehouden,
// ingetrokken) is what the Kamer decided. A gewijzigde motie replaces the original, which is then
// not voted on itself: its outcome is that of the last version.
import type { Uitkomst } from '../../data-port.js';
import { keyToCitation } from '../../citations/key-text.js';
import { flatEndToSource, flatToSource } from '../../facts.js';
import { q, unexpected } from '../../message.js';
import type { Rule } from '../../rule.js';
import { finalOutcome, resolvedMentions, type ResolvedMention } from '../motie/records.js';

const STATUS = /(?<![\p{L}])(?:(niet|nog niet)[ \u00a0])?(aangenomen|aanvaarde?|verworpen|aangehouden|ingetrokken)(?![\p{L}])/giu;
const MEANING: Record<string, Uitkomst> = {
  aangenomen: 'aangenomen',
  aanvaard: 'aangenomen',
  aanvaarde: 'aangenomen',
  verworpen: 'verworpen',
  aangehouden: 'aangehouden',
  ingetrokken: 'ingetrokken',
};
const SAID: Record<Uitkomst, string> = {
  aangenomen: 'aangenomen',
  verworpen: 'verworpen',
  aangehouden: 'aangehouden',
  ingetrokken: 'ingetrokken',
  uitgesteld: 'de stemming uitgesteld',
  overgenomen: 'overgenomen door de regering',
  ingediend: 'nog niet over gestemd',
};

const rule: Rule = {
  meta: {
    id: 'KB305',
    alias: 'motie-status',
    description: 'Wat de brief over de afloop van een motie zegt (aangenomen, verworpen, aangehouden, ingetrokken), klopt met het besluit van de Kamer volgens de gegevens.',
    defaultSeverity: 'warning',
    fixable: false,
    needsData: true,
    tags: ['moties', 'gegevens'],
  },
  check({ doc, data, report }) {
    if (!data) return;
    // A status word is only read when its sentence mentions one motie: with two, whose is it?
    const perSentence = new Map<string, ResolvedMention[]>();
    for (const r of resolvedMentions(doc, data)) {
      const id = `${r.mention.unit.start}:${r.mention.sentence.start}`;
      perSentence.set(id, [...(perSentence.get(id) ?? []), r]);
    }
    for (const list of perSentence.values()) {
      if (list.length !== 1) continue;
      const { mention: m, motie, key } = list[0]!;
      if (!motie) continue;
      const outcome = finalOutcome(data, motie);
      if (outcome === null) continue;
      const sentence = m.unit.flat.slice(m.sentence.start, m.sentence.end);
      const said = [...sentence.matchAll(STATUS)].filter((s) => !s[1]);
      if (said.length !== 1) continue;
      const word = said[0]!;
      const meant = MEANING[word[2]!.toLowerCase()]!;
      if (meant === outcome) continue;
      const flatStart = m.sentence.start + word.index + word[0].length - word[2]!.length;
      report({
        span: { start: flatToSource(m.unit, flatStart), end: flatEndToSource(m.unit, flatStart + word[2]!.length) },
        message: unexpected({
          what: 'afloop',
          found: q(word[2]!),
          expected: q(SAID[outcome]),
          explanation: `over ${keyToCitation(key)} (${m.text}) heeft de Kamer volgens de gegevens besloten: ${SAID[outcome]}`,
        }),
      });
    }
  },
};
export default rule;

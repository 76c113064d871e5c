// KB603: a watermark-like line ("CONCEPT", "Vertrouwelijk – niet verspreiden", "Intern: nog
// afstemmen") marks a draft that is not ready to leave. Only such lines count: the word in running
// text ("het concept van de regeling", "conceptwetsvoorstel", "intern toezicht") is fine.
import { q, unexpected } from '../../message.js';
import type { Rule } from '../../rule.js';
import { leafText, runSpan, sendView } from '../send-view.js';
import { markerLine, shoutedMarker } from './marker.js';

const TRIGGER = /concept|vertrouwelijk|intern|draft|geheim|niet (?:openbaar|verspreiden|voor verspreiding|delen)/i;

const rule: Rule = {
  meta: {
    id: 'KB603',
    alias: 'conceptmarkering',
    description: 'Een stuk dat verzonden wordt, heeft geen regel die het als concept, vertrouwelijk of intern markeert (alleen in de voorinstelling verzending).',
    defaultSeverity: 'error',
    fixable: false,
    preset: 'verzending',
    tags: ['verzending'],
  },
  check({ doc, report }) {
    const found = (text: string, start: number, end: number): void =>
      report({
        span: { start, end },
        message: unexpected({
          what: 'markering',
          found: q(text),
          expected: 'geen concept-, vertrouwelijk- of interne markering in een stuk dat verzonden wordt',
        }),
      });
    for (const leaf of sendView(doc, TRIGGER).leaves) {
      const text = leafText(leaf);
      if (markerLine(text)) {
        found(text, leaf.start, leaf.end);
        continue;
      }
      for (const run of leaf.runs) {
        const m = shoutedMarker(run.value);
        if (!m) continue;
        const s = runSpan(run, m.index, m.index + m.text.length);
        found(m.text, s.start, s.end);
      }
    }
    for (const e of doc.frontMatter?.entries ?? []) {
      if (markerLine(e.valueText.replace(/^["']|["']$/g, ''))) found(`${e.key}: ${e.valueText}`, e.keyStart, e.valueEnd);
    }
  },
};

export default rule;

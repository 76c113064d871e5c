// KB604: a civil servant's e-mail address or telephone number in the body (a contact line left
// from the internal version) must not be sent to the Kamer. Public service numbers and functional
// mailboxes are what letters do give readers, so those pass (see contact.ts).
import { q, unexpected } from '../../message.js';
import type { Rule } from '../../rule.js';
import { sendView, runSpan } from '../send-view.js';
import { contactsIn } from './contact.js';

const TRIGGER = /@|\d[\s-]?\d{3}/;

const rule: Rule = {
  meta: {
    id: 'KB604',
    alias: 'contactgegevens',
    description: 'Een stuk dat verzonden wordt, noemt geen persoonlijke e-mailadressen of telefoonnummers; algemene servicenummers en functionele mailboxen mogen wel (alleen in de voorinstelling verzending).',
    defaultSeverity: 'error',
    fixable: false,
    preset: 'verzending',
    tags: ['verzending'],
  },
  check({ doc, report }) {
    const seen: { start: number; end: number }[] = [];
    const found = (kind: 'e-mailadres' | 'telefoonnummer', text: string, start: number, end: number): void => {
      if (seen.some((s) => s.start < end && start < s.end)) return;
      seen.push({ start, end });
      report({
        span: { start, end },
        message: unexpected({
          what: kind,
          neuter: true,
          found: q(text),
          expected: 'geen persoonlijke contactgegevens in een stuk dat verzonden wordt',
          explanation: 'contactgegevens van medewerkers horen in de begeleidende mail, niet in de brief',
        }),
      });
    };
    const view = sendView(doc, TRIGGER);
    for (const leaf of view.leaves) {
      for (const run of leaf.runs) {
        for (const c of contactsIn(run.value)) {
          const s = runSpan(run, c.index, c.index + c.text.length);
          found(c.kind, c.text, s.start, s.end);
        }
      }
    }
    // A mailto: or tel: link whose text does not show the address ("mail Jan").
    for (const link of view.links) {
      const target = link.url.replace(/^(?:mailto|tel):/i, '');
      if (target === link.url) continue;
      for (const c of contactsIn(decodeURIComponent(target))) found(c.kind, c.text, link.start, link.end);
    }
  },
};

export default rule;

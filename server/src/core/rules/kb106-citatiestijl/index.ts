// KB106: one document, one citation style. The configured style (option "stijl": "brief" by
// default, or "leidraad") wins; only documents that mix both styles get messages.
import { q, unexpected } from '../../message.js';
import type { Rule } from '../../rule.js';

type Style = 'letter' | 'leidraad';

const rule: Rule = {
  meta: {
    id: 'KB106',
    alias: 'citatiestijl',
    description: 'Eén document gebruikt één citatiestijl voor Kamerstukken: de briefstijl of de Leidraad-stijl, zoals ingesteld.',
    defaultSeverity: 'warning',
    fixable: false,
    tags: ['citaties', 'stijl'],
  },
  check({ doc, options, report }) {
    const wanted: Style = options['stijl'] === 'leidraad' ? 'leidraad' : 'letter';
    const kamerstukken = doc.citations
      .map((c) => c.citation)
      .filter((c) => c.kind.startsWith('kamerstuk') && (c.style === 'letter' || c.style === 'leidraad'));
    const styles = new Set(kamerstukken.map((c) => c.style));
    if (styles.size < 2) return;
    const first = kamerstukken.find((c) => c.style === wanted);
    for (const c of kamerstukken) {
      if (c.style === wanted) continue;
      report({
        span: { start: c.start, end: c.end },
        message: unexpected({
          what: wanted === 'letter' ? 'Leidraad-notatie' : 'briefnotatie',
          found: q(c.text),
          expected: wanted === 'letter' ? 'de briefstijl van de rest van het document' : 'de Leidraad-stijl van de rest van het document',
          explanation: 'één document gebruikt één citatiestijl',
        }),
        ...(first ? { related: [{ span: { start: first.start, end: first.end }, message: 'citaat in de gekozen stijl' }] } : {}),
      });
    }
  },
};
export default rule;

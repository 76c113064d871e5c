// KB311: a toezegging has no citation form of its own; a letter identifies it by the debate and
// its date, or cites the verslag (citations.md §5: "tijdens het AO preventie van 20 juni 2018",
// "(Kamerstuk 29 754, nr. 462)"). A "Toezegging – …" section that names neither gets an info.
// The section body is often plain prose the engine did not parse, so it is read as raw text.
import { q, unexpected } from '../../message.js';
import type { DocumentAnalysis, FootnoteDefinition } from '../../model.js';
import type { Rule } from '../../rule.js';
import type { Span } from '../../types.js';
import { documentHeadings, headingLead, sectionOf } from '../motie-shared.js';

const MONTH = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
const DATE = new RegExp(String.raw`\b\d{1,2}(?:e|ste)?[ \u00a0](?:${MONTH})\b|\b\d{1,2}-\d{1,2}-\d{4}\b|\b\d{4}-\d{2}-\d{2}\b`, 'i');
const DEBATE_ACRONYM = /\b(?:V?AO|WGO|SO)\b/;
const DEBATE = new RegExp(
  [
    // debat, commissiedebat, tweeminutendebat, plenaire debat: only tested, so no need to match the prefix
    String.raw`debat(?:ten)?\b`,
    String.raw`\b(?:algemeen|schriftelijk)[ \u00a0]overleg\b`,
    String.raw`\b(?:wetgevings|nota|commissie)overleg\b`,
    String.raw`\bvragenuur\b`,
    String.raw`\bmondelinge vragen\b`,
    String.raw`\b(?:begrotings|plenaire |wets)behandeling\b`,
    String.raw`\binterpellatie\b`,
    String.raw`\bhoorzitting\b`,
    String.raw`\brondetafelgesprek\b`,
    String.raw`\btechnische briefing\b`,
    String.raw`\b(?:antwoorden? op|beantwoording van) (?:de )?(?:schriftelijke |kamer)?vragen\b`,
  ].join('|'),
  'iu',
);
// A verslag is cited as a Kamerstuk or Handelingen (also in a footnote of the section).
const CITED = /\bKamerstuk(?:ken)?\b[^\n;]{0,60}?\d|\bHandelingen\b[^\n;]{0,40}?\d|\b(?:kst|h-tk|h-ek)-\d/i;

function named(text: string): boolean {
  return DATE.test(text) || DEBATE_ACRONYM.test(text) || DEBATE.test(text) || CITED.test(text);
}

/** Raw text of the footnotes called in a stretch of source. */
function calledNotes(doc: DocumentAnalysis, span: Span): string {
  const labels = new Set<string>();
  for (const m of doc.text.slice(span.start, span.end).matchAll(/\[\^([^\]\s]{1,100})\]/g)) labels.add(m[1]!.toLowerCase());
  if (labels.size === 0) return '';
  // Definitions by label, in document order (the old filter over every definition per section was quadratic).
  const byLabel = definitionsByLabel(doc);
  // A label defined more than once (letters pasted together): the nearest definition after the
  // section, else the last one before it — one per label, like a call's own footnote.
  const found = [...labels].flatMap((l) => {
    const defs = byLabel.get(l) ?? [];
    let lo = 0;
    let hi = defs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (defs[mid]!.start < span.end) lo = mid + 1;
      else hi = mid;
    }
    if (lo < defs.length) return [defs[lo]!];
    for (let i = lo - 1; i >= 0; i--) if (defs[i]!.start < span.start) return [defs[i]!];
    return [];
  });
  return found
    .sort((a, b) => a.start - b.start)
    .map((d) => doc.text.slice(d.bodyStart, d.bodyEnd))
    .join('\n');
}

const byLabelCache = new WeakMap<DocumentAnalysis, Map<string, FootnoteDefinition[]>>();

function definitionsByLabel(doc: DocumentAnalysis): Map<string, FootnoteDefinition[]> {
  let map = byLabelCache.get(doc);
  if (!map) {
    map = new Map();
    for (const d of doc.definitions) {
      const key = d.label.toLowerCase();
      const list = map.get(key);
      if (list) list.push(d);
      else map.set(key, [d]);
    }
    byLabelCache.set(doc, map);
  }
  return map;
}

const rule: Rule = {
  meta: {
    id: 'KB311',
    alias: 'toezegging-bron',
    description: 'Een toezegging noemt het debat en de datum waarin zij is gedaan, of citeert het verslag ervan.',
    defaultSeverity: 'info',
    fixable: false,
    tags: ['toezeggingen', 'bronvermelding'],
  },
  check({ doc, report }) {
    const headings = documentHeadings(doc);
    for (const h of headings) {
      if (!h.unit) continue; // a toezegging heading holds a candidate token, so it is parsed
      const title = h.text.slice(headingLead(h.text));
      if (!/^toezegging(?![\p{L}\d])/iu.test(title)) continue;
      const section = sectionOf(doc, headings, h);
      const body = doc.text.slice(section.start, section.end);
      if (named(title) || named(body) || named(calledNotes(doc, section))) continue;
      report({
        span: { start: h.start, end: h.end },
        message: unexpected({
          what: 'toezegging zonder debat of datum',
          found: q(title),
          expected: 'het debat en de datum van de toezegging, of het verslag, zoals "tijdens het AO preventie van 20 juni 2018" of "(Kamerstuk 29 754, nr. 462)"',
          explanation: 'zonder bron is de toezegging in de registratie van de Kamer niet terug te vinden',
        }),
      });
    }
  },
};
export default rule;

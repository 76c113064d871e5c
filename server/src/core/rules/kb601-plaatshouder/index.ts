// KB601: placeholders a writer meant to fill in (PM, XXX, xx-xx-2025, […], TODO) must not leave
// the ministry. Only in the preset "verzending": while drafting they are the normal state.
import { q, unexpected } from '../../message.js';
import type { Rule } from '../../rule.js';
import { sendView, runSpan, type TextLeaf } from '../send-view.js';
import { quotedRanges } from './quotes.js';

const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
// Case matters for PM/TODO/TBD: "p.m." (pro memorie) in a budget table is a real amount.
const PLACEHOLDER = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}.])PM(?![\p{L}\p{N}]|\.\p{L})`,
    String.raw`(?<![\p{L}\p{N}])(?:TODO|TBD|FIXME)(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])[xX]{3,}(?![\p{L}\p{N}])`,
    // Dates: xx-xx-2025, 12-xx-2025, xx januari 2025, 20xx
    String.raw`(?<![\p{L}\p{N}])(?:[xX]{1,2}|\d{1,2})[-./](?:[xX]{1,2})[-./](?:\d{2,4}|[xX]{2,4})(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])[xX]{1,2}[-./]\d{1,2}[-./](?:\d{2,4}|[xX]{2,4})(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])[xX]{1,2} (?:${MONTHS})(?![\p{L}])`,
    String.raw`(?<![\p{L}\p{N}])(?:19|20)[xX]{2}(?![\p{L}\p{N}])`,
    // Brackets: […], [...], [naam], [datum], [invullen], [PM]
    String.raw`\[\s*(?:…|\.{2,})\s*\]`,
    String.raw`\[\s*(?:PM|pm|p\.m\.|nog )?\s*(?:invullen|in te vullen|naam|datum|nummer|bedrag|kenmerk|aantal|titel|link|bron|referentie|volgt|tbd)[^\]\n]{0,30}\]`,
  ].join('|'),
  'gu',
);
const TRIGGER = /PM|TODO|TBD|FIXME|[xX]{2}|\[|(?:19|20)[xX]/;

const rule: Rule = {
  meta: {
    id: 'KB601',
    alias: 'plaatshouder',
    description: 'Een stuk dat verzonden wordt, bevat geen plaatshouders meer: PM, XXX, xx-xx-2025, […], [naam] of een werknotitie in hoofdletters (alleen in de voorinstelling verzending).',
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
          what: 'plaatshouder',
          found: q(text),
          expected: 'de definitieve tekst',
          explanation: 'een plaatshouder mag het ministerie niet verlaten',
        }),
      });
    for (const leaf of sendView(doc, TRIGGER).leaves) scanLeaf(leaf, found);
    // Front matter values go into the letter's header (datum, kenmerk, onderwerp).
    for (const e of doc.frontMatter?.entries ?? []) {
      for (const m of e.valueText.matchAll(PLACEHOLDER)) found(m[0], e.valueStart + m.index, e.valueStart + m.index + m[0].length);
    }
  },
};

function scanLeaf(leaf: TextLeaf, found: (text: string, start: number, end: number) => void): void {
  const text = leaf.runs.map((r) => r.value).join('');
  const quoted = quotedRanges(text);
  let offset = 0;
  for (const run of leaf.runs) {
    for (const m of run.value.matchAll(PLACEHOLDER)) {
      const at = offset + m.index;
      // "[…]" inside a quotation (or a block quote) marks an omission in the quoted text.
      const omission = /^\[\s*(?:…|\.{2,})\s*\]$/.test(m[0]);
      if (omission && (leaf.inQuote || quoted.some(([s, e]) => at > s && at < e))) continue;
      const s = runSpan(run, m.index, m.index + m[0].length);
      found(m[0], s.start, s.end);
    }
    offset += run.value.length;
  }
}

export default rule;

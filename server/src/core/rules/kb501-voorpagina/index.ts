// KB501: the front matter (PRODUCT.md §5) holds known keys with valid values: soort, dates,
// vergaderjaar, kamerstuk, vragensteller. Unknown keys are named, with a likely intended key.
import { q, unexpected } from '../../message.js';
import type { Rule } from '../../rule.js';
import type { FrontMatterEntry } from '../../frontmatter.js';
import { DOC_KINDS } from '../doc-kind.js';
import { isoDay } from '../frontmatter-shared.js';
import { likelyMisspelling } from './misspelling.js';

export const KNOWN_KEYS = ['soort', 'aan', 'onderwerp', 'zaak', 'kamerstuk', 'vergaderjaar', 'vragensteller', 'ingezonden', 'ontvangen', 'datum', 'kenmerk', 'ministerie', 'bijlagen'];
const SOORTEN: readonly string[] = DOC_KINDS;

type Check = (e: FrontMatterEntry) => { expected: string; explanation?: string } | null;

const CHECKS: Record<string, Check> = {
  soort: (e) => (SOORTEN.includes(e.valueText) ? null : { expected: SOORTEN.map((s) => `"${s}"`).join(' of ') }),
  ingezonden: (e) => (isoDay(e.valueText) !== null ? null : { expected: 'een datum als "2019-06-27"' }),
  ontvangen: (e) => (isoDay(e.valueText) !== null ? null : { expected: 'een datum als "2019-10-10"' }),
  datum: (e) => (isoDay(e.valueText) !== null ? null : { expected: 'een datum als "2019-03-05"' }),
  vergaderjaar: (e) => {
    const m = /^(\d{4})[\u2013-](\d{4})$/.exec(e.valueText);
    if (m && Number(m[2]) === Number(m[1]) + 1) return null;
    return { expected: 'twee opeenvolgende jaren als "2018–2019"' };
  },
  zaak: (e) => (/^\d{4}Z\d{5}$/.test(e.valueText) ? null : { expected: 'een zaaknummer als "2019Z13154"' }),
  kamerstuk: (e) => (/^\d{1,2} \d{3}(?:-\d{2}| [IVXL]{1,5}[AB]?| [A-Z])?, nr\. \d+$/.test(e.valueText) ? null : { expected: 'een nummer als "29 754, nr. 501"' }),
  vragensteller: (e) => (/^\S.*\S \([^()]+\)$/.test(e.valueText) ? null : { expected: 'een naam met fractie, zoals "Wiersma (VVD)"' }),
};

const rule: Rule = {
  meta: {
    id: 'KB501',
    alias: 'voorpagina',
    description: 'De voorpagina (front matter) bevat bekende sleutels met geldige waarden: soort, data, vergaderjaar, kamerstuk, vragensteller.',
    defaultSeverity: 'warning',
    fixable: false,
    tags: ['voorpagina'],
  },
  check({ doc, report }) {
    const fm = doc.frontMatter;
    if (!fm) return;
    for (const err of fm.errors) {
      report({
        span: { start: err.start, end: Math.max(err.start + 1, err.end) },
        message: unexpected({ what: 'voorpagina', found: q(doc.text.slice(err.start, err.end) || '(leeg)'), expected: 'geldige YAML met "sleutel: waarde" per regel', explanation: err.message }),
      });
    }
    for (const e of fm.entries) {
      if (!KNOWN_KEYS.includes(e.key)) {
        // Extra keys are the writer's own; only a likely misspelling of a known key is worth a word.
        const near = likelyMisspelling(e.key, KNOWN_KEYS.filter((k) => !fm.entries.some((o) => o.key === k)));
        if (near) {
          report({
            span: { start: e.keyStart, end: e.keyEnd },
            message: unexpected({ what: 'sleutel', found: q(e.key), expected: `"${near}"`, explanation: 'tikfout?' }),
          });
        }
        continue;
      }
      // The value as YAML reads it: a quoted or folded value ("29 754,\n  nr. 501") is the text it stands for.
      const problem = CHECKS[e.key]?.(typeof e.value === 'string' ? { ...e, valueText: e.value } : e);
      if (problem) {
        report({
          span: { start: e.valueStart, end: Math.max(e.valueStart + 1, e.valueEnd) },
          message: unexpected({ what: `waarde van "${e.key}"`, found: q(e.valueText || '(leeg)'), expected: problem.expected }),
        });
      }
    }
    const sent = fm.entries.find((e) => e.key === 'ingezonden');
    const received = fm.entries.find((e) => e.key === 'ontvangen');
    const a = sent ? isoDay(sent.valueText) : null;
    const b = received ? isoDay(received.valueText) : null;
    if (a !== null && b !== null && b < a) {
      report({
        span: { start: received!.valueStart, end: received!.valueEnd },
        message: unexpected({ what: 'ontvangstdatum', found: q(received!.valueText), expected: `een datum op of na ingezonden (${sent!.valueText})` }),
      });
    }
  },
};
export default rule;

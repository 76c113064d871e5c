// The citation rules (KB101–KB105, KB111–KB115) share one shape: the citation grammar tags each
// issue with the rule that owns it; the rule reports one message per citation with all its
// reasons and the whole-citation fix.
import { q, unexpected } from '../message.js';
import type { Rule, RuleMeta } from '../rule.js';
import type { CitationIssue, Report, Severity, Span } from '../types.js';

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

function report(text: string, span: Span, canonical: string | null, issues: CitationIssue[], hint: string, key: string): Report {
  const fixIssue = issues
    .filter((i) => i.fix)
    .sort((a, b) => b.fix!.span.end - b.fix!.span.start - (a.fix!.span.end - a.fix!.span.start))[0];
  const start = Math.min(span.start, ...issues.map((i) => i.fix?.span.start ?? i.span?.start ?? span.start));
  const end = Math.max(span.end, ...issues.map((i) => i.fix?.span.end ?? i.span?.end ?? span.end));
  const reasonList = [...new Set(issues.map((i) => i.reason))];
  const reasons = reasonList.join('; ');
  const found = fixIssue ? fixIssue.fix!.span : { start, end };
  // A fix that inserts a space first ("c.s.(Kamerstuk" → "c.s. (Kamerstuk") shows the character
  // before it in both quotes; quoting trims the space and both would read the same.
  const before = fixIssue && /^\s/.test(fixIssue.fix!.text) && found.start > 0 ? text[found.start - 1]! : '';
  const named = issues.find((i) => i.expected)?.expected;
  const expected = fixIssue ? q(before + fixIssue.fix!.text) : canonical ? q(canonical) : named ? q(named) : hint;
  // An issue may lower the severity (a missing item is only a warning); the rule default holds as
  // soon as one issue does not ask for that.
  const overrides = issues.map((i) => i.severity);
  const severity = overrides.every((s) => s !== undefined)
    ? overrides.reduce((a, b) => (RANK[a!] >= RANK[b!] ? a : b))
    : undefined;
  return {
    span: { start, end },
    message: unexpected({ what: 'notatie', found: q(before + text.slice(found.start, found.end)), expected, explanation: reasons }),
    ...(severity ? { severity } : {}),
    ...(fixIssue ? { fix: { range: [fixIssue.fix!.span.start, fixIssue.fix!.span.end], text: fixIssue.fix!.text } } : {}),
    merge: { key, found: q(text.slice(start, end)), expected, reasons: reasonList },
  };
}

/**
 * @param hint what is expected when no canonical form can be known, e.g. `een citaat als "Kamerstuk 29 754, nr. 482"`
 */
export function citationRule(meta: RuleMeta, hint: string): Rule {
  return {
    meta,
    check({ doc, report: emit }) {
      for (const { citation } of doc.citations) {
        const mine = citation.issues.filter((i) => i.ruleId === meta.id);
        if (mine.length > 0) emit(report(doc.text, citation, citation.canonical, mine, hint, `${citation.start}:${citation.end}`));
      }
      for (const { issue } of doc.loose) {
        if (issue.ruleId === meta.id) emit(report(doc.text, issue.span, issue.fix?.text ?? null, [issue], hint, `${issue.span.start}:${issue.span.end}`));
      }
    },
  };
}

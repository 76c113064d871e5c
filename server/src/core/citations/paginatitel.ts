// A web-page title of Rijksoverheid.nl in place of a citation (citations.md §3.10): footnotes such
// as "Kamerbrief over Voortgangsrapportage 2023 | Kamerstuk | Rijksoverheid.nl" (also with " - ").
// The title names no dossier or number, so it is no citation and has no fix: an informational
// note (KB101, severity info) asks for the Kamerstuk itself. Only a title whose part before
// "Rijksoverheid.nl" is "Kamerstuk": "… | Rapport | Rijksoverheid.nl" cites a report, rightly.
import type { LooseIssue } from '../types.js';
import { WINDOW } from './tokens.js';

const SITE = 'Rijksoverheid.nl';
// "<title> | Kamerstuk | " right before the site name.
const QUOTE_AFTER = /["”'’»]/;
const KAMERSTUK_PART = /[ \u00a0][|\-\u2013][ \u00a0]Kamerstuk[ \u00a0][|\-\u2013][ \u00a0]$/;

/** Reads the title that ends in the site name at `at`; null when it is none of ours. */
export function parsePaginatitel(text: string, at: number): { end: number; issue: LooseIssue } | null {
  if (!text.startsWith(SITE, at)) return null;
  const from = Math.max(0, at - WINDOW);
  const before = text.slice(from, at);
  if (!KAMERSTUK_PART.test(before)) return null;
  // A quoted title is talked about, not cited ("footnotes such as "… | Rijksoverheid.nl"").
  if (QUOTE_AFTER.test(text[at + SITE.length] ?? '')) return null;
  // The title runs from the start of its line (a footnote body is one line).
  const start = from + before.lastIndexOf('\n') + 1;
  const end = at + SITE.length;
  const span = { start, end };
  const issue: LooseIssue = {
    ruleId: 'KB101',
    reason: 'paginatitel van Rijksoverheid.nl in plaats van een citaat: citeer het Kamerstuk zelf',
    severity: 'info',
    span,
    text: text.slice(start, end),
  };
  return { end, issue };
}

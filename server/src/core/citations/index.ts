// PLACEHOLDER written by the lead so other parts compile; the citation-grammar work replaces this file.
import type { Citation, LooseIssue } from '../types.js';
export function scanCitations(text: string): { citations: Citation[]; loose: LooseIssue[] } {
  void text;
  return { citations: [], loose: [] };
}

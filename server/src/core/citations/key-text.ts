// A snapshot key ("19637:3370", "36410-XVI:66") written as the house style cites it, for messages
// and hover cards: the citation grammar itself builds the canonical form, so the two never differ.
import { scanCitations } from './index.js';

export function keyToCitation(key: string): string {
  const at = key.lastIndexOf(':');
  const dossier = key.slice(0, at);
  const nr = key.slice(at + 1);
  const draft = /^\d+$/.test(nr) ? `Kamerstuk ${dossier}, nr. ${nr}` : `Kamerstuk ${dossier}, letter ${nr}`;
  const found = scanCitations(draft).citations[0];
  return found?.canonical ?? draft;
}

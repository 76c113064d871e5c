// The card for one citation, as the hover shows it and the editor's look-up view: the citation's
// kind, house-style form and links, then what the parliamentary snapshot knows (when there is one).
import type { Snapshot } from '../data-port.js';
import type { Citation } from '../types.js';
import { dataCard } from './data-card.js';
import { dataDateLine } from './data-age.js';
import { hoverMarkdown } from './hover.js';

export function citationCard(citation: Citation, snapshot: Snapshot | null, now: Date): string {
  // With data, every card ends with the data's date (dataCard's own last line, or this one).
  const card = snapshot ? dataCard(citation, snapshot, now) ?? `_${dataDateLine(snapshot.meta, now)}._` : null;
  return card ? `${hoverMarkdown(citation)}\n\n---\n\n${card}` : hoverMarkdown(citation);
}

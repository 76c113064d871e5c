// The snapshot's view of the moties a document mentions: each mention whose own Kamerstuk is
// known, with the document and motie records. Shared by the data rules KB302–KB306.
import type { DocumentRecord, MotieRecord, Snapshot, Uitkomst } from '../../data-port.js';
import type { DocumentAnalysis } from '../../model.js';
import { findMotieMentions, type MotieMention } from './mentions.js';
import type { MotieSource } from './sources.js';

export interface ResolvedMention {
  mention: MotieMention;
  source: MotieSource;
  key: string;
  document: DocumentRecord;
  /** The motie record; undefined when the snapshot knows the document but holds no motie for it. */
  motie: MotieRecord | undefined;
}

const cache = new WeakMap<DocumentAnalysis, { data: Snapshot; list: ResolvedMention[] }>();

export function resolvedMentions(doc: DocumentAnalysis, data: Snapshot): ResolvedMention[] {
  const hit = cache.get(doc);
  if (hit && hit.data === data) return hit.list;
  const list: ResolvedMention[] = [];
  for (const mention of findMotieMentions(doc)) {
    const source = mention.own;
    if (!source?.key || source.key.startsWith('D:')) continue;
    const document = data.document(source.key);
    if (!document) continue; // KB121 says the snapshot does not know it
    list.push({ mention, source, key: source.key, document, motie: data.motie(source.key) });
  }
  cache.set(doc, { data, list });
  return list;
}

/** "Motie" and "Motie (gewijzigd/nader)" are moties; everything else is not. */
export function isMotie(document: DocumentRecord): boolean {
  return /^motie\b/i.test(document.soort);
}

export function isGewijzigdeMotie(document: DocumentRecord, motie: MotieRecord | undefined): boolean {
  return Boolean(motie?.gewijzigd) || /gewijzigd|nader/i.test(document.soort);
}

/**
 * The outcome of a motie as the Kamer decided it: a motie replaced by a gewijzigde version is
 * not voted on itself, so its outcome is that of the last version in the chain.
 */
export function finalOutcome(data: Snapshot, motie: MotieRecord): Uitkomst | null {
  let current = motie;
  const seen = new Set<string>([motie.key]);
  while ((current.uitkomst === null || current.uitkomst === 'ingediend') && current.vervangenDoor.length > 0) {
    const next = data.motie(current.vervangenDoor[current.vervangenDoor.length - 1]!);
    if (!next || seen.has(next.key)) break;
    seen.add(next.key);
    current = next;
  }
  return current.uitkomst;
}

/** The newest version replacing a motie (following the whole chain), or null. */
export function latestReplacement(data: Snapshot, motie: MotieRecord): string | null {
  let key: string | null = null;
  let current: MotieRecord | undefined = motie;
  const seen = new Set<string>([motie.key]);
  while (current && current.vervangenDoor.length > 0) {
    const next = current.vervangenDoor[current.vervangenDoor.length - 1]!;
    // A cycle in the data: the last version not seen before is the newest there is.
    if (seen.has(next)) break;
    seen.add(next);
    key = next;
    current = data.motie(next);
  }
  return key;
}

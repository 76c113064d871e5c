// What the parliamentary snapshot knows about a cited Kamerstuk, as Markdown for the hover card
// and `kamerbrief lookup`. Every string from the data is escaped: a title can never become a
// link, a command or HTML. The shells never mark this Markdown as trusted.
import type { Actor, Snapshot } from '../data-port.js';
import { keyToCitation } from '../citations/key-text.js';
import { dossierKey } from '../rules/motie/sources.js';
import { finalOutcome } from '../rules/motie/records.js';
import type { Citation } from '../types.js';
import { dataDateLine } from './data-age.js';
import { escapeMarkdown } from './hover.js';

const OUTCOME: Record<string, string> = {
  aangenomen: 'aangenomen',
  verworpen: 'verworpen',
  aangehouden: 'aangehouden',
  ingetrokken: 'ingetrokken',
  uitgesteld: 'stemming uitgesteld',
  overgenomen: 'overgenomen door de regering',
  ingediend: 'ingediend, nog niet over gestemd',
};

/** Snapshot keys of a citation: one per nr of its (single) dossier. */
export function citationKeys(c: Citation): string[] {
  if (c.dossier.length !== 1) return [];
  return c.nrs.map((nr) => dossierKey(String(c.dossier[0]), c.toevoeging, nr));
}

/** "vandaag", "gisteren", "3 dagen geleden", "5 maanden geleden". */
export function snapshotAge(createdAt: string, now: Date): string {
  const days = Math.floor((now.getTime() - new Date(createdAt).getTime()) / 86_400_000);
  if (!Number.isFinite(days) || days < 0) return `van ${createdAt.slice(0, 10)}`;
  if (days === 0) return 'van vandaag';
  if (days === 1) return 'van gisteren';
  if (days < 60) return `van ${days} dagen geleden`;
  return `van ${Math.round(days / 30.4)} maanden geleden`;
}

function actor(a: Actor): string {
  return escapeMarkdown(a.fractie ? `${a.naam} (${a.fractie})` : a.naam);
}

/** Markdown lines about one key, or null when the snapshot does not know it. */
export function keyCard(key: string, data: Snapshot, now: Date): string | null {
  const doc = data.document(key);
  if (!doc) return null;
  const lines: string[] = [];
  const head = [`**${escapeMarkdown(doc.soort)}**`];
  if (doc.datum) head.push(escapeMarkdown(doc.datum));
  if (doc.vergaderjaar) head.push(`vergaderjaar ${escapeMarkdown(doc.vergaderjaar)}`);
  lines.push(head.join(' · '));
  if (doc.onderwerp) lines.push(escapeMarkdown(doc.onderwerp.trim()));
  const dossier = data.dossier(doc.dossier);
  const dossierTitle = dossier?.titel ?? doc.titel;
  if (dossierTitle) lines.push(`Dossier: ${escapeMarkdown(dossierTitle)}`);
  const motie = data.motie(key);
  if (motie) {
    if (motie.indieners.length) lines.push(`Indiener: ${motie.indieners.map(actor).join(', ')}`);
    if (motie.medeIndieners.length) lines.push(`Medeindieners: ${motie.medeIndieners.map(actor).join(', ')}`);
    else if (motie.medeIndienersBekend === false) lines.push('Medeindieners: ja (namen niet in de gegevens)');
    const outcome = finalOutcome(data, motie);
    if (outcome) lines.push(`Afloop: ${OUTCOME[outcome] ?? escapeMarkdown(outcome)}${motie.uitkomst !== outcome ? ' (via de gewijzigde motie)' : ''}`);
    if (motie.vervangt) lines.push(`Ter vervanging van: ${escapeMarkdown(keyToCitation(motie.vervangt))}`);
    if (motie.vervangenDoor.length) lines.push(`Gewijzigd door: ${motie.vervangenDoor.map((k) => escapeMarkdown(keyToCitation(k))).join(', ')}`);
  }
  lines.push(`_${dataDateLine(data.meta, now)}._`);
  return lines.join('  \n');
}

/** The data part of the hover card for a citation (several nrs: one block each). */
export function dataCard(c: Citation, data: Snapshot, now: Date): string | null {
  const blocks: string[] = [];
  for (const key of citationKeys(c)) {
    const card = keyCard(key, data, now);
    blocks.push(card ? (c.nrs.length > 1 ? `${escapeMarkdown(keyToCitation(key))}  \n${card}` : card) : `${escapeMarkdown(keyToCitation(key))}: niet in de gegevens (${snapshotAge(data.meta.createdAt, now)})`);
  }
  if (blocks.length && !blocks.at(-1)!.endsWith('._')) blocks.push(`_${dataDateLine(data.meta, now)}._`);
  return blocks.length ? blocks.join('\n\n') : null;
}

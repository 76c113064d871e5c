// What the editor's look-up and report views show (read-only `kamerbrief:` documents in the
// client): the card of one citation, the list of a document's citations for a quick pick, and the
// citation report of a document, each with what the parliamentary snapshot knows.
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { citationCard } from '../core/features/citation-card.js';
import { escapeMarkdown } from '../core/features/hover.js';
import { KIND_LABEL } from '../core/features/labels.js';
import { citationAt } from '../core/features/find.js';
import type { DocumentAnalysis } from '../core/model.js';
import type { Snapshot } from '../data/types.js';
import type { Analyses } from './analyses.js';
import type { DataStatus } from './data.js';
import type { Lifecycle } from './lifecycle.js';

export const CARD_REQUEST = 'kamerbrief/citaatkaart';
export const CITATIONS_REQUEST = 'kamerbrief/citaten';
export const REPORT_REQUEST = 'kamerbrief/citatieoverzicht';

export interface ViewContext {
  documents: TextDocuments<TextDocument>;
  analyses: Analyses;
  lifecycle: Lifecycle;
  data: () => { get(): Snapshot | null; status(): DataStatus };
}

/** One citation of a document, for the quick pick. */
export interface CitationItem {
  text: string;
  soort: string;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
  valid: boolean;
}

/** Markdown of the card, with a title line naming the citation. */
export function cardDocument(a: DocumentAnalysis, offset: number, snapshot: Snapshot | null, now: Date): string | null {
  const hit = citationAt(a, offset);
  if (!hit) return null;
  return `# ${escapeMarkdown(hit.citation.text.replace(/\s+/g, ' '))}\n\n${citationCard(hit.citation, snapshot, now)}\n`;
}

export function citationItems(a: DocumentAnalysis): CitationItem[] {
  return a.citations.map(({ citation }) => {
    const p = a.lines.positionAt(citation.start);
    const e = a.lines.positionAt(citation.end);
    return { text: citation.text.replace(/\s+/g, ' '), soort: KIND_LABEL[citation.kind], line: p.line, character: p.character, endLine: e.line, endCharacter: e.character, valid: citation.valid };
  });
}

/** The whole document: every citation in text order with its card, and where the data comes from. */
export function reportDocument(name: string, a: DocumentAnalysis, snapshot: Snapshot | null, status: DataStatus, now: Date): string {
  const out = [`# Citaten in ${escapeMarkdown(name)}`, ''];
  out.push(snapshot ? `_Met ${escapeMarkdown(status.tekst)} uit ${escapeMarkdown(status.map)}._` : `_Zonder gegevens van de Tweede Kamer: ${escapeMarkdown(status.tekst)}._`, '');
  if (a.citations.length === 0) out.push('Geen citaten gevonden.', '');
  const invalid = a.citations.filter(({ citation }) => !citation.valid).length;
  if (a.citations.length) out.push(`${a.citations.length} ${a.citations.length === 1 ? 'citaat' : 'citaten'}, waarvan ${invalid} met een afwijkende notatie.`, '');
  for (const { citation } of a.citations) {
    const line = a.lines.positionAt(citation.start).line + 1;
    out.push(`## Regel ${line}: ${escapeMarkdown(citation.text.replace(/\s+/g, ' '))}`, '', citationCard(citation, snapshot, now), '');
  }
  return out.join('\n');
}

export function registerViews(connection: Connection, ctx: ViewContext): void {
  const analysisOf = async (uri: string): Promise<DocumentAnalysis | null> => {
    const doc = ctx.documents.get(uri);
    return doc ? ctx.analyses.ready(doc) : null;
  };
  connection.onRequest(CARD_REQUEST, ctx.lifecycle.request(async (p: { uri: string; position: Position }) => {
    const a = await analysisOf(p.uri);
    return a ? cardDocument(a, a.lines.offsetAt(p.position), ctx.data().get(), new Date()) : null;
  }));
  connection.onRequest(CITATIONS_REQUEST, ctx.lifecycle.request(async (p: { uri: string }) => {
    const a = await analysisOf(p.uri);
    return a ? citationItems(a) : [];
  }));
  connection.onRequest(REPORT_REQUEST, ctx.lifecycle.request(async (p: { uri: string; name: string }) => {
    const a = await analysisOf(p.uri);
    if (!a) return null;
    const data = ctx.data();
    return reportDocument(p.name || p.uri, a, data.get(), data.status(), new Date());
  }));
}

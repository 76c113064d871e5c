// The CLI's JSON contract (PRODUCT.md §3): 1-based lines and columns, columns in UTF-16 units,
// endColumn just after the last character.
import type { DocumentAnalysis } from '../core/model.js';
import type { Citation, LintMessage, Severity } from '../core/types.js';
import { citationKeys } from '../core/features/data-card.js';
import type { Snapshot } from '../data/types.js';

export interface OutputMessage {
  ruleId: string;
  rule: string;
  severity: Severity;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  certainty: 'definite' | 'unverified';
  fix?: { range: [number, number]; text: string };
  /**
   * Linting a .docx or publication XML (through the importer): where the problem is in that file,
   * as paragraph (or footnote) and offset; line and column are those of the converted draft.
   */
  position?: 'paragraaf' | 'voetnoot';
  paragraph?: number;
  footnote?: number;
  offset?: number;
}

export interface FileResult {
  file: string;
  messages: OutputMessage[];
}

export interface OutputCitation {
  kind: Citation['kind'];
  text: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  valid: boolean;
  canonical: string | null;
  dossier: number[];
  toevoeging: string | null;
  nrs: string[];
  url: string | null;
  /** What the snapshot knows per nr (null without data). */
  resolved: (ResolvedCitation | null)[] | null;
  /** As for OutputMessage: the place in an imported .docx or XML. */
  position?: 'paragraaf' | 'voetnoot';
  paragraph?: number;
  footnote?: number;
  offset?: number;
}

export interface ResolvedCitation {
  key: string;
  soort: string;
  titel: string | null;
  onderwerp: string | null;
  datum: string | null;
  indieners: string[];
  uitkomst: string | null;
  vervangenDoor: string[];
}

export function toOutputMessages(analysis: DocumentAnalysis, messages: LintMessage[]): OutputMessage[] {
  return messages.map((m) => {
    const s = analysis.lines.positionAt(m.start);
    const e = analysis.lines.positionAt(m.end);
    return {
      ruleId: m.ruleId,
      rule: m.rule,
      severity: m.severity,
      line: s.line + 1,
      column: s.character + 1,
      endLine: e.line + 1,
      endColumn: e.character + 1,
      message: m.message,
      certainty: m.certainty,
      ...(m.fix ? { fix: { range: m.fix.range, text: m.fix.text } } : {}),
    };
  });
}

function resolve(c: Citation, data: Snapshot | null): OutputCitation['resolved'] {
  if (!data) return null;
  const keys = citationKeys(c);
  if (keys.length === 0) return null;
  return keys.map((key) => {
    const d = data.document(key);
    if (!d) return null;
    const m = data.motie(key);
    return { key, soort: d.soort, titel: d.titel, onderwerp: d.onderwerp, datum: d.datum, indieners: m ? [...m.indieners, ...m.medeIndieners].map((a) => a.naam) : [], uitkomst: m?.uitkomst ?? null, vervangenDoor: m?.vervangenDoor ?? [] };
  });
}

export function toOutputCitations(analysis: DocumentAnalysis, data: Snapshot | null = null): OutputCitation[] {
  return analysis.citations.map(({ citation: c }) => {
    const s = analysis.lines.positionAt(c.start);
    const e = analysis.lines.positionAt(c.end);
    return {
      kind: c.kind,
      text: c.text,
      line: s.line + 1,
      column: s.character + 1,
      endLine: e.line + 1,
      endColumn: e.character + 1,
      valid: c.valid,
      canonical: c.canonical,
      dossier: c.dossier,
      toevoeging: c.toevoeging,
      nrs: c.nrs,
      url: c.url,
      resolved: resolve(c, data),
    };
  });
}

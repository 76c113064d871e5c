// Turns a parser's findings into a Citation: attaches the whole-citation fix to every issue that
// may be fixed, and derives `valid`. One place, so every kind follows the same fix contract.
// Objects are built literal by literal, never by spreading: V8's object spread is a slow path
// here (tens of microseconds per call), and one fixed shape keeps the scanner monomorphic.
import type { Citation, CitationIssue, Span } from '../types.js';

/** An issue as a parser finds it; `noFix` marks issues whose repair would be a guess. */
export interface Finding {
  ruleId: string;
  reason: string;
  severity: 'warning' | null;
  span: Span | null;
  noFix: boolean;
  /** What is expected, for an issue without a fix (the message names it). */
  expected?: string;
}

/** Collects findings while a parser reads; `fixable` drops to false when any repair is a guess. */
export class Findings {
  readonly list: Finding[] = [];
  fixable = true;

  add(ruleId: string, reason: string, span: Span | null = null, severity: 'warning' | null = null, noFix = false): void {
    this.list.push({ ruleId, reason, severity, span, noFix });
  }

  /** An issue whose repair would be a guess (the intent is unknown): the citation gets no fix at all. */
  broken(ruleId: string, reason: string, span: Span | null = null, severity: 'warning' | null = null): void {
    this.add(ruleId, reason, span, severity, true);
    this.fixable = false;
  }

  /** Like broken, naming what is expected with the unknown part as a placeholder ("JJJJ/JJ"). */
  brokenExpecting(ruleId: string, reason: string, expected: string, span: Span | null = null, severity: 'warning' | null = null): void {
    this.broken(ruleId, reason, span, severity);
    this.list[this.list.length - 1]!.expected = expected;
  }
}

/** What a parser knows of a citation; everything left out is null (or empty). */
export type Fields = Pick<Citation, 'kind' | 'style'> &
  Partial<
    Pick<
      Citation,
      | 'canonical' | 'dossier' | 'toevoeging' | 'rijkswet' | 'nrs' | 'chamber' | 'vergaderjaar'
      | 'vergadernummer' | 'item' | 'pages' | 'jaar' | 'nummer' | 'id' | 'url'
    >
  >;

/**
 * @param fixText the replacement: the canonical form (ids keep their id form); null: no fix
 * @param fixStart where the fix starts: the citation start, or a stray character before it
 */
export function build(
  text: string,
  start: number,
  end: number,
  p: Fields,
  findings: Findings,
  fixText: string | null = p.canonical ?? null,
  fixStart = start,
): Citation {
  const canFix = findings.fixable && fixText !== null && text.slice(fixStart, end) !== fixText;
  const issues: CitationIssue[] = [];
  for (const f of findings.list) {
    const issue: CitationIssue = { ruleId: f.ruleId, reason: f.reason };
    if (f.severity) issue.severity = f.severity;
    if (f.span) issue.span = f.span;
    if (f.expected) issue.expected = f.expected;
    if (canFix && !f.noFix) issue.fix = { span: { start: fixStart, end }, text: fixText! };
    issues.push(issue);
  }
  return {
    kind: p.kind,
    start,
    end,
    text: text.slice(start, end),
    // Every issue the grammar reports is an error or a warning; none is informational.
    valid: issues.length === 0,
    canonical: p.canonical ?? null,
    dossier: p.dossier ?? [],
    toevoeging: p.toevoeging ?? null,
    rijkswet: p.rijkswet ?? null,
    nrs: p.nrs ?? [],
    chamber: p.chamber ?? null,
    vergaderjaar: p.vergaderjaar ?? null,
    vergadernummer: p.vergadernummer ?? null,
    item: p.item ?? null,
    pages: p.pages ?? null,
    jaar: p.jaar ?? null,
    nummer: p.nummer ?? null,
    style: p.style,
    id: p.id ?? null,
    url: p.url ?? null,
    issues,
  };
}

// Core results → LSP shapes.
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { DocumentAnalysis } from '../core/model.js';
import type { LintMessage } from '../core/types.js';
import { ruleDocUrl } from '../core/rules/doc-url.js';

/** Only the line index is read: a worker's messages convert without a main-thread analysis. */
export function range(doc: Pick<DocumentAnalysis, 'lines'>, start: number, end: number): Range {
  return { start: doc.lines.positionAt(start), end: doc.lines.positionAt(end) };
}

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information };

export function toDiagnostic(doc: Pick<DocumentAnalysis, 'lines'>, m: LintMessage, uri: string): Diagnostic {
  return {
    range: range(doc, m.start, m.end),
    severity: SEVERITY[m.severity],
    code: m.ruleId,
    codeDescription: { href: ruleDocUrl(m.ruleId, m.rule) },
    source: 'kamerbrief',
    message: m.message,
    data: m.fix ? { fix: m.fix, version: null } : undefined,
    ...(m.related ? { relatedInformation: m.related.map((r) => ({ location: { uri, range: range(doc, r.start, r.end) }, message: r.message })) } : {}),
  };
}

// Quick fixes from rule fixes, and "fix all" as source.fixAll.kamerbrief.
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import { fixText, type LintOptions } from '../core/lint.js';
import type { DocumentAnalysis } from '../core/model.js';
import type { Fix, LintMessage } from '../core/types.js';
import { range } from './convert.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.kamerbrief`;

function edit(doc: DocumentAnalysis, fix: Fix): TextEdit {
  return { range: range(doc, fix.range[0], fix.range[1]), newText: fix.text };
}

/** One edit replacing the changed middle of the text: small, and exact for any fix set. */
export function minimalEdit(doc: DocumentAnalysis, next: string): TextEdit | null {
  const a = doc.text;
  if (a === next) return null;
  let s = 0;
  while (s < a.length && s < next.length && a[s] === next[s]) s++;
  let e = 0;
  while (e < a.length - s && e < next.length - s && a[a.length - 1 - e] === next[next.length - 1 - e]) e++;
  return { range: range(doc, s, a.length - e), newText: next.slice(s, next.length - e) };
}

export function quickFixes(uri: string, doc: DocumentAnalysis, messages: LintMessage[], diagnostics: Diagnostic[], start: number, end: number): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const m of messages) {
    if (!m.fix || m.end < start || m.start > end) continue;
    const diag = diagnostics.find((d) => d.code === m.ruleId && d.message === m.message);
    actions.push({
      title: `Herstel: ${m.fix.text ? `"${m.fix.text.length > 60 ? m.fix.text.slice(0, 59) + '…' : m.fix.text}"` : 'verwijderen'} (${m.ruleId})`,
      kind: CodeActionKind.QuickFix,
      isPreferred: true,
      ...(diag ? { diagnostics: [diag] } : {}),
      edit: { changes: { [uri]: [edit(doc, m.fix)] } },
    });
  }
  if (actions.length > 1 || messages.some((m) => m.fix && (m.end < start || m.start > end))) {
    const all = fixAllAction(uri, doc, {}, CodeActionKind.QuickFix, 'Herstel alle automatisch herstelbare problemen');
    if (all) actions.push(all);
  }
  return actions;
}

export function fixAllAction(uri: string, doc: DocumentAnalysis, options: LintOptions, kind: string, title = 'Kamerbrief: alles herstellen'): CodeAction | null {
  const { text } = fixText(doc.text, options);
  const e = minimalEdit(doc, text);
  return e ? { title, kind, edit: { changes: { [uri]: [e] } } } : null;
}

// Quick fixes "Negeer KBnnn op deze regel" / "Negeer KBnnn in dit bestand": insert (or extend) a
// suppression comment. Our suppressions need a reason (KB011), so the comment ends in "reden: "
// with the cursor there when the client takes snippet edits; a client that does not gets the
// plain comment, and KB011 keeps reminding until a reason is written.
import { CodeActionKind, type CodeAction, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver';
import type { DocumentAnalysis } from '../core/model.js';
import { findSuppressions, type Suppression, type SuppressionKind } from '../core/suppressions.js';
import type { LintMessage } from '../core/types.js';
import { range } from './convert.js';

/** Rules about suppressions themselves cannot be suppressed (suppressions.ts). */
export const UNSUPPRESSIBLE = new Set(['KB000', 'KB011', 'KB012']);

export interface EditTarget {
  uri: string;
  /** The document version the edit is for (snippet edits go in a versioned document edit). */
  version: number;
  /** The client applies snippet edits (LSP 3.18 workspace.workspaceEdit.snippetEditSupport). */
  snippets: boolean;
}

interface Insertion {
  at: number;
  /** Snippet text ($1 = where the reason goes); the plain text drops the tab stop. */
  snippet: string;
}

const comment = (kind: SuppressionKind, id: string): string => `<!-- kamerbrief-${kind} ${id} -- reden: $1 -->`;
const ATX = /^ {0,3}#{1,6}(?:[ \t]|$)/;
/** The draft's own line ending: a CRLF file stays CRLF. */
const eol = (doc: DocumentAnalysis): string => (doc.text.includes('\r\n') ? '\r\n' : '\n');

/** Where the names of an existing suppression end: ", KBnnn" goes there. */
function namesEnd(s: Suppression): number {
  const head = /^<!--\s*kamerbrief-[a-z-]+/.exec(s.text)![0].length;
  const body = s.text.slice(head, s.text.length - 3);
  const split = /(?:^|\s)--(?:\s|$)/.exec(body);
  return s.start + head + (split ? body.slice(0, split.index) : body).trimEnd().length;
}

function extend(s: Suppression, id: string): Insertion {
  return { at: namesEnd(s), snippet: `, ${id}` };
}

/** On the message's line: a comment on the line before, or at the end of the line inside a block. */
export function lineInsertion(doc: DocumentAnalysis, offset: number, id: string): Insertion | null {
  const fm = doc.frontMatter;
  if (fm && offset <= fm.end) return null; // a comment would break the YAML (fm.end: the end of the closing fence line)
  const line = doc.lines.positionAt(offset).line;
  const lineText = (l: number): string => {
    const start = doc.lines.lineStart(l);
    const end = l + 1 < doc.lines.lineCount ? doc.lines.lineStart(l + 1) : doc.text.length;
    return doc.text.slice(start, end).replace(/\r?\n$/, '');
  };
  const text = lineText(line);
  const start = doc.lines.lineStart(line);
  const suppressions = findSuppressions(doc).filter((s) => s.ids !== null);
  const onLine = (l: number, kind: SuppressionKind): Suppression | undefined =>
    suppressions.find((s) => s.kind === kind && doc.lines.positionAt(s.start).line === l && doc.lines.positionAt(s.end).line === l);
  const above = line > 0 ? onLine(line - 1, 'disable-next-line') : undefined;
  if (above) return extend(above, id);
  const same = onLine(line, 'disable-line');
  if (same) return extend(same, id);
  // A comment line between two lines of one block would split it (a paragraph in two, a table
  // ends): there the comment goes at the end of the line.
  const blockStart = line === 0 || lineText(line - 1).trim() === '' || ATX.test(text) || (fm !== null && doc.lines.lineStart(line - 1) < fm.end);
  if (blockStart) {
    const indent = /^[ \t]*/.exec(text)![0];
    return { at: start, snippet: `${indent}${comment('disable-next-line', id)}${eol(doc)}` };
  }
  return { at: start + text.trimEnd().length, snippet: ` ${comment('disable-line', id)}` };
}

/** For the whole file: after the front matter, or at the top. */
export function fileInsertion(doc: DocumentAnalysis, id: string): Insertion {
  const existing = findSuppressions(doc).find((s) => s.kind === 'disable-file' && s.ids !== null);
  if (existing) return extend(existing, id);
  const fm = doc.frontMatter;
  let at = fm ? fm.end : 0;
  if (fm && at < doc.text.length && doc.text[at - 1] !== '\n') {
    const nl = doc.text.indexOf('\n', at);
    at = nl < 0 ? doc.text.length : nl + 1;
  }
  const before = at > 0 && doc.text[at - 1] !== '\n' ? eol(doc) : '';
  return { at, snippet: `${before}${comment('disable-file', id)}${eol(doc)}` };
}

export function insertionEdit(doc: DocumentAnalysis, target: EditTarget, ins: Insertion): WorkspaceEdit {
  const r = range(doc, ins.at, ins.at);
  if (target.snippets) {
    return { documentChanges: [{ textDocument: { uri: target.uri, version: target.version }, edits: [{ range: r, snippet: { kind: 'snippet', value: ins.snippet } }] }] };
  }
  return { changes: { [target.uri]: [{ range: r, newText: ins.snippet.replace('$1', '') }] } };
}

export function suppressActions(doc: DocumentAnalysis, target: EditTarget, m: LintMessage, diag: Diagnostic | undefined): CodeAction[] {
  if (UNSUPPRESSIBLE.has(m.ruleId)) return [];
  const diagnostics = diag ? { diagnostics: [diag] } : {};
  const out: CodeAction[] = [];
  const line = lineInsertion(doc, m.start, m.ruleId);
  if (line) out.push({ title: `Negeer ${m.ruleId} op deze regel`, kind: CodeActionKind.QuickFix, ...diagnostics, edit: insertionEdit(doc, target, line) });
  out.push({ title: `Negeer ${m.ruleId} in dit bestand`, kind: CodeActionKind.QuickFix, ...diagnostics, edit: insertionEdit(doc, target, fileInsertion(doc, m.ruleId)) });
  return out;
}

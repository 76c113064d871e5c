// Quick fixes from rule fixes, "Herstel alle KBnnn in dit bestand", "Negeer KBnnn …"
// (suppress-actions.ts), "Documentatie KBnnn tonen", and "fix all" as source.fixAll.kamerbrief.
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import { fixText, type LintOptions } from '../core/lint.js';
import type { DocumentAnalysis } from '../core/model.js';
import { findRule } from '../core/rules/index.js';
import { ruleDocUrl } from '../core/rules/doc-url.js';
import type { Fix, LintMessage } from '../core/types.js';
import { range } from './convert.js';
import { suppressActions, type EditTarget } from './suppress-actions.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.kamerbrief`;
/** One name for "fix all", in the quick-fix menu and as the source action. */
export const FIX_ALL_TITLE = 'Herstel alle automatisch herstelbare problemen';
/** The VS Code client's command that opens a rule's page from the extension (client/src/rule-docs.ts). */
export const SHOW_RULE_DOC_COMMAND = 'kamerbrief.showRuleDocumentation';

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

export interface QuickFixContext {
  target: EditTarget;
  /** Lint options of this document (configuration, cache) for the fix-all actions. */
  options: LintOptions;
  /** The client opens the bundled rule documentation (VS Code); other clients follow codeDescription. */
  ruleDocs: boolean;
}

export function quickFixes(ctx: QuickFixContext, doc: DocumentAnalysis, messages: LintMessage[], diagnostics: Diagnostic[], start: number, end: number): CodeAction[] {
  const uri = ctx.target.uri;
  const actions: CodeAction[] = [];
  const rest: CodeAction[] = [];
  const seenRules = new Set<string>();
  for (const m of messages) {
    if (m.end < start || m.start > end) continue;
    const diag = diagnostics.find((d) => d.code === m.ruleId && d.message === m.message);
    if (m.fix) {
      actions.push({
        title: `Herstel: ${m.fix.text ? `"${m.fix.text.length > 60 ? m.fix.text.slice(0, 59) + '…' : m.fix.text}"` : 'verwijderen'} (${m.ruleId})`,
        kind: CodeActionKind.QuickFix,
        isPreferred: true,
        ...(diag ? { diagnostics: [diag] } : {}),
        edit: { changes: { [uri]: [edit(doc, m.fix)] } },
      });
    }
    if (seenRules.has(m.ruleId)) continue;
    seenRules.add(m.ruleId);
    // Two or more fixes of this rule, and fixes of other rules too (else it is "fix all").
    const fixable = messages.filter((x) => x.fix);
    if (fixable.filter((x) => x.ruleId === m.ruleId).length > 1 && fixable.some((x) => x.ruleId !== m.ruleId)) {
      const rule = fixRuleAction(uri, doc, ctx.options, m.ruleId);
      if (rule) rest.push(rule);
    }
    rest.push(...suppressActions(doc, ctx.target, m, diag));
    if (ctx.ruleDocs) {
      const file = ruleDocUrl(m.ruleId, m.rule).split('/').pop()!;
      rest.push({ title: `Documentatie ${m.ruleId} tonen`, kind: CodeActionKind.QuickFix, command: { title: `Documentatie ${m.ruleId} tonen`, command: SHOW_RULE_DOC_COMMAND, arguments: [m.ruleId, file] } });
    }
  }
  const fixesHere = actions.length;
  actions.push(...rest);
  if (fixesHere > 1 || messages.some((m) => m.fix && (m.end < start || m.start > end))) {
    const all = fixAllAction(uri, doc, ctx.options, CodeActionKind.QuickFix);
    if (all) actions.push(all);
  }
  return actions;
}

/** "Herstel alle KBnnn in dit bestand": every fix of this one rule, repeated until stable. */
export function fixRuleAction(uri: string, doc: DocumentAnalysis, options: LintOptions, ruleId: string): CodeAction | null {
  const rule = findRule(ruleId);
  if (!rule) return null;
  const { text } = fixText(doc.text, { ...options, rules: [rule] });
  const e = minimalEdit(doc, text);
  return e ? { title: `Herstel alle ${ruleId} in dit bestand`, kind: CodeActionKind.QuickFix, edit: { changes: { [uri]: [e] } } } : null;
}

export function fixAllAction(uri: string, doc: DocumentAnalysis, options: LintOptions, kind: string, title = FIX_ALL_TITLE): CodeAction | null {
  const { text } = fixText(doc.text, options);
  const e = minimalEdit(doc, text);
  return e ? { title, kind, edit: { changes: { [uri]: [e] } } } : null;
}

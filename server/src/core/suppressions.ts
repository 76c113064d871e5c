// Suppressions in Markdown comments, ESLint style:
//   <!-- kamerbrief-disable-next-line KB101 -- reden: citaat uit de motie -->
//   <!-- kamerbrief-disable-line KB101 -- reden: … -->          (the comment's own line)
//   <!-- kamerbrief-disable KB101, KB203 -- reden: … --> … <!-- kamerbrief-enable KB101 -->
//   <!-- kamerbrief-disable-file KB404 -- reden: … -->
// Ids or aliases; no ids = all rules. A comment counts only where Markdown makes it an HTML
// comment (an HTML block or inline HTML): the blocks that hold the marker are parsed with the
// engine's parser, so a comment inside fenced/indented code or an inline code span is text.
import { joinBlocks } from './block-batch.js';
import { parseMarkdown } from './parse.js';
import type { DocumentAnalysis } from './model.js';
import { q, unexpected } from './message.js';
import { findRule } from './rules/index.js';
import type { LintMessage, Report } from './types.js';

export type SuppressionKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable' | 'disable-file';

export interface Suppression {
  kind: SuppressionKind;
  /** Span of the whole comment. */
  start: number;
  end: number;
  text: string;
  /** Rule ids named (aliases resolved), or null for all rules. */
  ids: string[] | null;
  /** Names that are no rule, with their span. */
  unknown: { name: string; start: number; end: number }[];
  /** The reason after "--" ("reden:" stripped), or null when there is none. */
  reason: string | null;
}

/** One suppression as reported by `kamerbrief lint --report-suppressions`. */
export interface SuppressionUse {
  kind: SuppressionKind;
  start: number;
  end: number;
  /** Ids named, or null for all rules. */
  ids: string[] | null;
  reason: string | null;
  /** Number of messages it suppressed. */
  suppressed: number;
}

/** Rules whose messages are about suppressions themselves: never suppressed. */
const META_RULES = new Set(['KB000', 'KB011', 'KB012']);
const MARKER = /<!--\s*kamerbrief-/;
const COMMENT = /<!--\s*kamerbrief-(disable-next-line|disable-line|disable-file|disable|enable)(?=[\s-]|$)([\s\S]*?)-->/g;
const memo = new WeakMap<DocumentAnalysis, Suppression[]>();

export function findSuppressions(doc: DocumentAnalysis): Suppression[] {
  const hit = memo.get(doc);
  if (hit) return hit;
  const out: Suppression[] = [];
  if (MARKER.test(doc.text)) {
    // The blocks that hold a marker are parsed together, as analyze parses blocks (block-batch.ts).
    const marked = doc.blocks.map((b) => ({ start: b.start, text: doc.text.slice(b.start, b.end) })).filter((b) => MARKER.test(b.text));
    const batch = joinBlocks(marked.map((b) => b.text));
    visitHtml(parseMarkdown(batch.text), (value, offset) => {
      const k = batch.owner(offset);
      for (const m of value.matchAll(COMMENT)) out.push(parseComment(m, marked[k]!.start + offset - batch.bases[k]! + m.index));
    });
  }
  memo.set(doc, out);
  return out;
}

interface HtmlLike {
  type: string;
  value?: string;
  position?: { start: { offset?: number } };
  children?: HtmlLike[];
}

function visitHtml(node: HtmlLike, visit: (value: string, offset: number) => void): void {
  if (node.type === 'html' && node.value !== undefined && node.position?.start.offset !== undefined) visit(node.value, node.position.start.offset);
  for (const child of node.children ?? []) visitHtml(child, visit);
}

function parseComment(m: RegExpMatchArray, start: number): Suppression {
  const kind = m[1] as SuppressionKind;
  const body = m[2]!;
  const bodyStart = start + m[0].length - 3 - body.length;
  // The reason follows " -- " (or a "--" right at the start of the body).
  const split = /(?:^|\s)--(?:\s|$)/.exec(body);
  const names = split ? body.slice(0, split.index) : body;
  const rawReason = split ? body.slice(split.index + split[0].length) : '';
  const reason = rawReason.replace(/^\s*reden\s*:?/i, '').trim();
  const ids: string[] = [];
  const unknown: Suppression['unknown'] = [];
  for (const n of names.matchAll(/[^\s,]+/g)) {
    const rule = findRule(n[0]) ?? findRule(n[0].toUpperCase());
    if (rule) ids.push(rule.meta.id);
    else unknown.push({ name: n[0], start: bodyStart + n.index, end: bodyStart + n.index + n[0].length });
  }
  return {
    kind,
    start,
    end: start + m[0].length,
    text: m[0],
    ids: ids.length || unknown.length ? ids : null,
    unknown,
    reason: reason === '' ? null : reason,
  };
}

interface Region {
  from: number;
  to: number;
  /** Null: all rules. */
  ids: Set<string> | null;
  /** Rules re-enabled inside an all-rules region. */
  except: Set<string>;
  source: number;
}

/** Where each suppression holds, as offset regions (a directive may give several). */
function regions(doc: DocumentAnalysis, list: Suppression[]): Region[] {
  const out: Region[] = [];
  const open: Region[] = [];
  const lineOf = (o: number): number => doc.lines.positionAt(o).line;
  const lineRange = (line: number): [number, number] => [doc.lines.lineStart(line), line + 1 < doc.lines.lineCount ? doc.lines.lineStart(line + 1) : doc.text.length + 1];
  list.forEach((s, i) => {
    const ids = s.ids ? new Set(s.ids) : null;
    switch (s.kind) {
      case 'disable-file':
        out.push({ from: 0, to: doc.text.length + 1, ids, except: new Set(), source: i });
        break;
      case 'disable-line': {
        const [from, to] = lineRange(lineOf(s.start));
        out.push({ from, to, ids, except: new Set(), source: i });
        break;
      }
      case 'disable-next-line': {
        const [from, to] = lineRange(lineOf(s.end) + 1);
        if (lineOf(s.end) + 1 < doc.lines.lineCount) out.push({ from, to, ids, except: new Set(), source: i });
        break;
      }
      case 'disable': {
        const r: Region = { from: s.start, to: doc.text.length + 1, ids, except: new Set(), source: i };
        open.push(r);
        out.push(r);
        break;
      }
      case 'enable':
        for (const r of [...open]) {
          if (!ids) {
            r.to = s.start;
            open.splice(open.indexOf(r), 1);
          } else if (r.ids) {
            const left = [...r.ids].filter((id) => !ids.has(id));
            if (left.length === r.ids.size) continue;
            r.to = s.start;
            open.splice(open.indexOf(r), 1);
            if (left.length) {
              const rest: Region = { from: s.end, to: doc.text.length + 1, ids: new Set(left), except: new Set(), source: r.source };
              open.push(rest);
              out.push(rest);
            }
          } else {
            r.to = s.start;
            open.splice(open.indexOf(r), 1);
            const rest: Region = { from: s.end, to: doc.text.length + 1, ids: null, except: new Set([...r.except, ...ids]), source: r.source };
            open.push(rest);
            out.push(rest);
          }
        }
        break;
    }
  });
  return out;
}

export interface Applied {
  /** The messages that stay. */
  kept: LintMessage[];
  /** One report per unused suppression (or unused or unknown rule in one), for KB012. */
  unused: Report[];
  uses: SuppressionUse[];
}

/**
 * Drops suppressed messages. `ran`: ids of the rules that ran on this document: a suppression
 * for a rule that did not run (off, or a data rule without data) is not called unused.
 */
export function applySuppressions(doc: DocumentAnalysis, messages: LintMessage[], ran: ReadonlySet<string>): Applied {
  const list = findSuppressions(doc);
  if (list.length === 0) return { kept: messages, unused: [], uses: [] };
  const zones = regions(doc, list);
  const usedBy = list.map(() => new Map<string, number>());
  const kept = messages.filter((m) => {
    if (META_RULES.has(m.ruleId)) return true;
    let hit = false;
    for (const z of zones) {
      if (m.start < z.from || m.start >= z.to) continue;
      if (z.ids ? !z.ids.has(m.ruleId) : z.except.has(m.ruleId)) continue;
      const used = usedBy[z.source]!;
      used.set(m.ruleId, (used.get(m.ruleId) ?? 0) + 1);
      hit = true;
    }
    return !hit;
  });
  const unused: Report[] = [];
  list.forEach((s, i) => {
    if (s.kind === 'enable') return;
    const used = usedBy[i]!;
    const span = { start: s.start, end: s.end };
    for (const u of s.unknown) {
      unused.push({
        span: { start: u.start, end: u.end },
        message: unexpected({ what: 'regel', found: q(u.name), expected: 'een regelnummer (KB101) of alias (kamerstuk-notatie) uit de catalogus', explanation: 'deze onderdrukking onderdrukt niets' }),
      });
    }
    if (s.ids === null) {
      if (used.size === 0) {
        unused.push({ span, message: unexpected({ what: 'onderdrukking', found: q(s.text), expected: 'een melding om te onderdrukken', explanation: 'er is hier geen melding; verwijder de onderdrukking' }) });
      }
      return;
    }
    for (const id of new Set(s.ids)) {
      if (used.has(id) || !ran.has(id)) continue;
      unused.push({ span, message: unexpected({ what: 'onderdrukking', found: q(id), expected: `een melding van ${id} om te onderdrukken`, explanation: `er is hier geen melding van ${id}; verwijder ${id} uit de onderdrukking` }) });
    }
  });
  const uses = list
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.kind !== 'enable')
    .map(({ s, i }) => ({ kind: s.kind, start: s.start, end: s.end, ids: s.ids, reason: s.reason, suppressed: [...usedBy[i]!.values()].reduce((a, b) => a + b, 0) }));
  return { kept, unused, uses };
}

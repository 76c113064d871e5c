// One slip, one message (citations.md §3.10): when several rules report on the same citation with
// the same severity, the shells get one message that names every defect and carries one fix — the
// widest, which rewrites the whole citation to its canonical form. The message keeps the id of the
// rule that owns that fix; configuration and suppressions have already acted per rule.
// Across severities, a lesser message on the same citation that proposes the very same fix (or
// none) says nothing the greater one does not: its reasons join the greater message and it goes
// ("Kamerstuk 29 629, 32 761, nr. 1156": KB101's error and KB102's warning, one rewrite). A lesser
// message with a fix of its own stays: it says something else.
import { q, unexpected } from './message.js';
import type { Fix, LintMessage, MergeParts } from './types.js';

/** What one severity says about a citation: the message that stays (`origin`), as it becomes (`m`). */
interface Said {
  origin: LintMessage;
  m: LintMessage;
  p: MergeParts;
  reasons: string[];
  found: string;
  /** Whether other messages went into it (else it stays exactly as the rule wrote it). */
  merged: boolean;
}

export function mergeCitationMessages(messages: LintMessage[], parts: Map<LintMessage, MergeParts>): LintMessage[] {
  if (parts.size < 2) return messages;
  const byCitation = new Map<string, LintMessage[]>();
  for (const m of messages) {
    const p = parts.get(m);
    if (!p) continue;
    const g = byCitation.get(p.key);
    if (g) g.push(m);
    else byCitation.set(p.key, [m]);
  }
  const dropped = new Set<LintMessage>();
  const replaced = new Map<LintMessage, LintMessage>();
  for (const group of byCitation.values()) {
    if (group.length < 2) continue;
    // Same severity first: one message per severity, the widest fix's rule speaking; greatest first.
    const perSeverity = (['error', 'warning', 'info'] as const)
      .map((s) => group.filter((m) => m.severity === s))
      .filter((g) => g.length > 0)
      .map((g) => sameSeverity(g, parts, dropped));
    // Then the lesser severities whose fix adds nothing fold into the greatest.
    const [top, ...lesser] = perSeverity;
    for (const l of lesser) {
      if (l.m.fix && !sameFix(l.m.fix, top!.m.fix)) continue;
      dropped.add(l.origin);
      top!.reasons = [...new Set([...top!.reasons, ...l.reasons])];
      if (l.found.length > top!.found.length) top!.found = l.found;
      top!.m = widen(top!.m, l.m);
      top!.merged = true;
    }
    for (const s of perSeverity) {
      if (dropped.has(s.origin) || !s.merged) continue;
      replaced.set(s.origin, { ...s.m, message: unexpected({ what: 'notatie', found: s.found, expected: s.p.expected, explanation: s.reasons.join('; ') }) });
    }
  }
  if (dropped.size === 0) return messages;
  return messages.filter((m) => !dropped.has(m)).map((m) => replaced.get(m) ?? m);
}

/** The messages of one citation and one severity as one: the widest fix's rule speaks for all. */
function sameSeverity(group: LintMessage[], parts: Map<LintMessage, MergeParts>, dropped: Set<LintMessage>): Said {
  const width = (m: LintMessage): number => (m.fix ? m.fix.range[1] - m.fix.range[0] : -1);
  const primary = [...group].sort((a, b) => width(b) - width(a) || a.ruleId.localeCompare(b.ruleId))[0]!;
  const p = parts.get(primary)!;
  const reasons = [...new Set(group.flatMap((m) => parts.get(m)!.reasons))];
  const found = group.map((m) => parts.get(m)!.found).sort((a, b) => b.length - a.length)[0] ?? q('');
  let m = primary;
  for (const other of group) {
    if (other === primary) continue;
    dropped.add(other);
    m = widen(m, other);
  }
  return { origin: primary, m, p, reasons, found, merged: group.length > 1 };
}

/** `m` spanning `other` too, unverified only when both are. */
function widen(m: LintMessage, other: LintMessage): LintMessage {
  return {
    ...m,
    start: Math.min(m.start, other.start),
    end: Math.max(m.end, other.end),
    certainty: m.certainty === 'unverified' && other.certainty === 'unverified' ? 'unverified' : 'definite',
  };
}

function sameFix(a: Fix, b: Fix | undefined): boolean {
  return b !== undefined && a.range[0] === b.range[0] && a.range[1] === b.range[1] && a.text === b.text;
}

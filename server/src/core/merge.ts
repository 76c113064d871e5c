// One slip, one message (citations.md §3.10): when several rules report on the same citation with
// the same severity, the shells get one message that names every defect and carries one fix — the
// widest, which rewrites the whole citation to its canonical form. The message keeps the id of the
// rule that owns that fix; configuration and suppressions have already acted per rule.
import { q, unexpected } from './message.js';
import type { LintMessage, MergeParts } from './types.js';

export function mergeCitationMessages(messages: LintMessage[], parts: Map<LintMessage, MergeParts>): LintMessage[] {
  if (parts.size < 2) return messages;
  const groups = new Map<string, LintMessage[]>();
  for (const m of messages) {
    const p = parts.get(m);
    if (!p) continue;
    const key = `${p.key}|${m.severity}`;
    const g = groups.get(key);
    if (g) g.push(m);
    else groups.set(key, [m]);
  }
  const dropped = new Set<LintMessage>();
  const replaced = new Map<LintMessage, LintMessage>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const width = (m: LintMessage): number => (m.fix ? m.fix.range[1] - m.fix.range[0] : -1);
    const primary = [...group].sort((a, b) => width(b) - width(a) || a.ruleId.localeCompare(b.ruleId))[0]!;
    const p = parts.get(primary)!;
    const reasons = [...new Set(group.flatMap((m) => parts.get(m)!.reasons))];
    const start = Math.min(...group.map((m) => m.start));
    const end = Math.max(...group.map((m) => m.end));
    const found = group.map((m) => parts.get(m)!.found).sort((a, b) => b.length - a.length)[0] ?? q('');
    replaced.set(primary, {
      ...primary,
      start,
      end,
      certainty: group.every((m) => m.certainty === 'unverified') ? 'unverified' : 'definite',
      message: unexpected({ what: 'notatie', found, expected: p.expected, explanation: reasons.join('; ') }),
    });
    for (const m of group) if (m !== primary) dropped.add(m);
  }
  if (dropped.size === 0) return messages;
  return messages.filter((m) => !dropped.has(m)).map((m) => replaced.get(m) ?? m);
}

// One assertion for the tables of citation slips in test/unit: the draft gets exactly one message,
// of this rule, on this text, ending in this explanation, with this fix (or none).
import assert from 'node:assert/strict';
import { lintText } from '../../server/src/core/lint.js';
import type { LintMessage } from '../../server/src/core/types.js';

export interface Slip {
  rule: string;
  /** The text the message covers. */
  span: string;
  /** The explanation in parentheses at the end of the message. */
  why: string;
  /** The replacement for the span; null: no fix offered. */
  fix: string | null;
  severity?: LintMessage['severity'];
}

export function assertOneSlip(draft: string, slip: Slip): LintMessage {
  const messages = lintText(draft).messages;
  assert.equal(messages.length, 1, `${draft}: ${messages.map((m) => `${m.ruleId} ${m.message}`).join(' | ')}`);
  const m = messages[0]!;
  assert.equal(m.ruleId, slip.rule, draft);
  assert.equal(draft.slice(m.start, m.end), slip.span, draft);
  assert.ok(m.message.endsWith(`(${slip.why})`), `${draft}: ${m.message}`);
  if (slip.fix === null) assert.equal(m.fix, undefined, draft);
  else assert.deepEqual(m.fix, { range: [m.start, m.end], text: slip.fix }, draft);
  if (slip.severity) assert.equal(m.severity, slip.severity, draft);
  return m;
}

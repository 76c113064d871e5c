// Fingerprints that identify a problem across runs even when lines move: file, rule, the
// message with numbers that are positions left as they are (they are part of the text), and
// the occurrence index among equal problems in the file. Not the line or column.
import crypto from 'node:crypto';
import type { OutputMessage } from '../output.js';

export function fingerprints(file: string, messages: OutputMessage[]): string[] {
  const seen = new Map<string, number>();
  return messages.map((m) => {
    const base = `${file}\u0000${m.ruleId}\u0000${m.message.replace(/\s+/g, ' ').trim()}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return crypto.createHash('sha256').update(`${base}\u0000${n}`).digest('hex').slice(0, 32);
  });
}

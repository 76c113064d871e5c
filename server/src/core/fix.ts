// Applying fixes: non-overlapping edits in one pass, repeated until nothing changes (a fix may
// reveal another), like ESLint's fix loop.
import type { Fix } from './types.js';

export function applyFixes(text: string, fixes: Fix[]): { text: string; applied: number } {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let out = '';
  let pos = 0;
  let applied = 0;
  let lastKey = '';
  for (const f of sorted) {
    const [s, e] = f.range;
    const key = `${s}:${e}:${f.text}`;
    if (key === lastKey) continue; // the same edit offered by two rules
    if (s < pos || s > e || e > text.length) continue; // overlaps an edit already taken
    out += text.slice(pos, s) + f.text;
    pos = e;
    applied++;
    lastKey = key;
  }
  return { text: out + text.slice(pos), applied };
}

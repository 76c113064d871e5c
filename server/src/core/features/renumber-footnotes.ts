// "Voetnoten hernummeren": renumber the calls to 1..n in order of first call (KB203's fixes),
// then put the numbered definitions in numeric order. The definitions keep the places they have
// in the document (a block of notes stays a block, a note under its paragraph stays there); only
// which text stands in which place changes. Named labels ([^bron]) are left where they are.
import { analyze } from '../analyze.js';
import { applyFixes } from '../fix.js';
import { runRules } from '../lint.js';
import { findRule } from '../rules/index.js';
import { isNumeric } from '../rules/footnote-shared.js';

export interface RenumberResult {
  text: string;
  /** Numbered footnotes whose number or place changed. */
  changed: number;
  /** What the editor tells the user (Dutch). */
  message: string;
}

const KB203 = [findRule('KB203')!];

function renumberCalls(text: string): string {
  for (let pass = 0; pass < 10; pass++) {
    const fixes = runRules(analyze(text), { rules: KB203 }).flatMap((m) => (m.fix ? [m.fix] : []));
    if (fixes.length === 0) break;
    const next = applyFixes(text, fixes).text;
    if (next === text) break;
    text = next;
  }
  return text;
}

/** The numbered definitions' texts (without the line break that ends them), in document order. */
function numberedDefinitions(text: string): { start: number; end: number; n: number; body: string }[] {
  return analyze(text)
    .definitions.filter((d) => isNumeric(d.label))
    .map((d) => {
      let end = d.end;
      while (end > d.start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
      return { start: d.start, end, n: Number(d.label), body: text.slice(d.start, end) };
    });
}

function orderDefinitions(text: string): string {
  const defs = numberedDefinitions(text);
  const sorted = [...defs].sort((a, b) => a.n - b.n); // stable: duplicates keep their order
  let out = '';
  let pos = 0;
  defs.forEach((slot, i) => {
    out += text.slice(pos, slot.start) + sorted[i]!.body;
    pos = slot.end;
  });
  return out + text.slice(pos);
}

export function renumberFootnotes(text: string): RenumberResult {
  const next = orderDefinitions(renumberCalls(text));
  const before = numberedDefinitions(text).map((d) => d.body);
  const after = numberedDefinitions(next).map((d) => d.body);
  let changed = after.filter((body, i) => body !== before[i]).length;
  if (changed === 0 && next !== text) changed = 1; // only a call changed
  const message =
    changed === 0 ? 'De voetnoten staan al op volgorde.' : `${changed} ${changed === 1 ? 'voetnoot' : 'voetnoten'} hernummerd en op volgorde gezet.`;
  return { text: next, changed, message };
}

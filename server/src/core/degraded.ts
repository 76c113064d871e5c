// Guard against inputs that make micromark super-linear (thousands of brackets or emphasis
// markers in one block, deeply nested quotes or lists, megabyte paragraphs). Such a block is
// not parsed: it becomes one plain paragraph whose footnote calls are found by a regex. Rules
// still see its citations; nothing a real letter contains comes near these limits.

const MAX_BLOCK = 100_000;
const MAX_BRACKETS = 400;
const MAX_EMPHASIS = 400;
const MAX_LINE_PREFIX = 40;

export function isPathological(block: string): boolean {
  if (block.length > MAX_BLOCK) return true;
  let brackets = 0;
  let emphasis = 0;
  let prefix = 0;
  let atLineStart = true;
  for (let i = 0; i < block.length; i++) {
    const c = block.charCodeAt(i);
    if (c === 91 || c === 93) brackets++; // [ ]
    else if (c === 42 || c === 95) emphasis++; // * _
    if (c === 10) {
      atLineStart = true;
      prefix = 0;
      // A footnote definition starts a new paragraph: brackets count per paragraph, so the
      // hundreds of definitions at the end of a long document are not mistaken for an attack.
      if (block.startsWith('[^', i + 1)) {
        if (brackets > MAX_BRACKETS || emphasis > MAX_EMPHASIS) return true;
        brackets = 0;
        emphasis = 0;
      }
      continue;
    }
    if (atLineStart) {
      // > - + * digits . ): container markers at the start of a line nest blocks (spaces only separate them)
      if (c === 32 || c === 9) continue;
      if (c === 62 || c === 45 || c === 43 || c === 42 || c === 46 || c === 41 || (c >= 48 && c <= 57)) {
        if (++prefix > MAX_LINE_PREFIX) return true;
      } else atLineStart = false;
    }
  }
  return brackets > MAX_BRACKETS || emphasis > MAX_EMPHASIS;
}

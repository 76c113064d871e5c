// A small forward-only reader for citation text. All matching uses sticky regexes from the
// current position, so each parse is linear in what it reads.

/** Spaces between citation tokens: space, NBSP, or a soft line break with indentation. */
const SPACE = /(?:[ \u00a0]|\n[ \t]*)+/y;

export class Cursor {
  pos: number;
  constructor(readonly text: string, start: number, readonly limit = text.length) {
    this.pos = start;
  }

  /** Matches re (must have the y flag) at the current position; advances on success. */
  eat(re: RegExp): RegExpExecArray | null {
    re.lastIndex = this.pos;
    const m = re.exec(this.text);
    if (!m || m.index + m[0].length > this.limit) return null;
    this.pos += m[0].length;
    return m;
  }

  /** Peeks without advancing. */
  peek(re: RegExp): RegExpExecArray | null {
    re.lastIndex = this.pos;
    const m = re.exec(this.text);
    return m && m.index + m[0].length <= this.limit ? m : null;
  }

  /** Consumes spaces; returns how many characters (0 when none). */
  space(): number {
    const m = this.eat(SPACE);
    return m ? m[0].length : 0;
  }

  /** Whether the spaces just consumed were exactly one space (or NBSP, or one soft break). */
  static single(spaces: string): boolean {
    return spaces === ' ' || spaces === '\u00a0' || /^\n[ \t]*$/.test(spaces);
  }

  char(offset = 0): string {
    return this.text[this.pos + offset] ?? '';
  }
}

/** Word boundary on the left: not preceded by a letter or digit. */
export function leftBoundary(text: string, at: number): boolean {
  return at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]!);
}

/** Word boundary on the right. */
export function rightBoundary(text: string, at: number): boolean {
  return at >= text.length || !/[\p{L}\p{N}]/u.test(text[at]!);
}

// A forward-only reader over a bounded window of the text. Every read is a sticky regex or a
// character loop from the current position, so a parse costs at most the window it reads.

export class Cursor {
  pos: number;
  readonly limit: number;

  constructor(readonly text: string, start: number, window: number) {
    this.pos = start;
    this.limit = Math.min(text.length, start + window);
  }

  /** Matches `re` (sticky) here and advances; null when it does not match inside the window. */
  eat(re: RegExp): RegExpExecArray | null {
    const m = this.peek(re);
    if (m) this.pos += m[0].length;
    return m;
  }

  /** Like eat, without advancing. */
  peek(re: RegExp): RegExpExecArray | null {
    re.lastIndex = this.pos;
    const m = re.exec(this.text);
    return m && this.pos + m[0].length <= this.limit ? m : null;
  }

  /** Consumes a literal string when it is next. */
  lit(s: string): boolean {
    if (this.pos + s.length > this.limit || !this.text.startsWith(s, this.pos)) return false;
    this.pos += s.length;
    return true;
  }

  /**
   * Consumes whitespace between tokens and returns it: spaces, no-break spaces, and line breaks
   * with the spaces or tabs that indent the next line. A tab elsewhere is not a citation space.
   */
  gap(): string {
    const start = this.pos;
    let afterBreak = false;
    while (this.pos < this.limit) {
      const ch = this.text[this.pos];
      if (ch === ' ' || ch === '\u00a0') this.pos++;
      else if (ch === '\n') {
        this.pos++;
        afterBreak = true;
      } else if (ch === '\t' && afterBreak) this.pos++;
      else break;
    }
    return this.text.slice(start, this.pos);
  }

  char(offset = 0): string {
    return this.text[this.pos + offset] ?? '';
  }
}

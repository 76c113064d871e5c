// Offset ↔ line/column conversion. Lines end at "\n"; a "\r" before it belongs to the line end.
// Columns count UTF-16 code units, as LSP does.

export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based column in UTF-16 code units. */
  character: number;
}

export class LineIndex {
  readonly #starts: number[];
  readonly #length: number;

  constructor(text: string) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.#starts = starts;
    this.#length = text.length;
  }

  get lineCount(): number {
    return this.#starts.length;
  }

  lineStart(line: number): number {
    return this.#starts[Math.max(0, Math.min(line, this.#starts.length - 1))]!;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.#length));
    let lo = 0;
    let hi = this.#starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.#starts[lo]! };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.#starts.length) return this.#length;
    const start = this.#starts[Math.max(0, position.line)]!;
    const next = position.line + 1 < this.#starts.length ? this.#starts[position.line + 1]! : this.#length;
    return Math.min(start + Math.max(0, position.character), next);
  }
}

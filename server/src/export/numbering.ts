// Word list numbering for the draft's lists: one bulleted definition, one decimal definition, and
// a numbering instance per ordered list so that every list counts from its own first number.

const INDENT = 360;
const BULLETS = ['•', '–', '◦'];

function levels(ordered: boolean): string {
  let out = '';
  for (let l = 0; l < 9; l++) {
    const fmt = ordered ? `<w:numFmt w:val="decimal"/><w:lvlText w:val="%${l + 1}."/>` : `<w:numFmt w:val="bullet"/><w:lvlText w:val="${BULLETS[l % BULLETS.length]}"/>`;
    out += `<w:lvl w:ilvl="${l}"><w:start w:val="1"/>${fmt}<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${INDENT * (l + 1)}" w:hanging="${INDENT}"/></w:pPr></w:lvl>`;
  }
  return out;
}

export class Numbering {
  static readonly BULLET = 1;
  private ordered: { id: number; start: number }[] = [];

  /** A fresh numbering instance for one ordered list starting at `start`. */
  orderedList(start: number): number {
    const id = Numbering.BULLET + 1 + this.ordered.length;
    this.ordered.push({ id, start });
    return id;
  }

  xml(ns: string): string {
    const nums = [`<w:num w:numId="${Numbering.BULLET}"><w:abstractNumId w:val="0"/></w:num>`];
    for (const o of this.ordered) nums.push(`<w:num w:numId="${o.id}"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="${Math.max(0, Math.min(o.start, 999999999))}"/></w:lvlOverride></w:num>`);
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${ns}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>${levels(false)}</w:abstractNum><w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>${levels(true)}</w:abstractNum>${nums.join('')}</w:numbering>`;
  }
}

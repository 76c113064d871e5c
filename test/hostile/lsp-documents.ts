// Documents for the language-server hostile tests: a large draft of distinct paragraphs that each
// hold a citation (so every block is analysed and none comes from the block cache), and a small
// letter to hover on.

/** About `bytes` characters of distinct citing paragraphs; `blocks` says how many there are. */
export function largeDraft(bytes: number): { text: string; blocks: number } {
  const parts: string[] = ['# Brief', ''];
  let size = 0;
  let i = 0;
  while (size < bytes) {
    i++;
    const p = `Paragraaf ${i}: zoals gemeld in Kamerstuk 29 754, nr. ${(i % 900) + 1} van ${1000 + i} hebben gemeenten een regierol bij de uitvoering van onderdeel ${i}.`;
    parts.push(p, '');
    size += p.length + 2;
  }
  return { text: parts.join('\n'), blocks: i + 1 };
}

export const SMALL_LETTER = 'Zie Kamerstuk 29 754, nr. 501 voor de motie.\n';
/** Where the hover on SMALL_LETTER points: inside the citation. */
export const SMALL_HOVER = { line: 0, character: 6 };

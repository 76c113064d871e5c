// Pathological shapes of input (issue 11): generated documents that made a rule or the engine
// super-linear. Shared by the hostile-input tests (test/hostile/) and `npm run bench`. Each
// shape takes a size parameter; doubling it doubles the text.
import { composeDocument, loadSources, mulberry32 } from './generate.mjs';

/** Row 1: one paragraph of `x[^1]` × n (every call looks like the paragraph's last one). */
export function footnoteRun(n) {
  return 'Voor de achtergrond van dit besluit verwijs ik naar de eerder genoemde stukken x' + 'x[^1]'.repeat(n) + '\n\n[^1]: Kamerstuk 29 754, nr. 482.\n';
}

/** Row 2: n Vraag–Antwoord pairs as headings, the shape of answers to Kamervragen. */
export function qaPairs(n) {
  const out = ['---\nsoort: antwoorden-kamervragen\n---\n'];
  for (let i = 1; i <= n; i++) out.push(`### Vraag ${i}\n\nKlopt het bericht nummer ${i}?\n\n### Antwoord ${i}\n\nJa, dat klopt.\n`);
  return out.join('\n');
}

/** Row 2 with combined labels ("Vraag 3 t/m 5"), ranges and gaps: qa-shared's numbersOf and KB402's gaps. */
export function qaRanges(n) {
  const out = ['---\nsoort: antwoorden-kamervragen\n---\n'];
  for (let i = 1; i <= n; i++) {
    const a = i * 10;
    out.push(`### Vraag ${a} t/m ${a + 3}, ${a + 5} en ${a + 6}\n\nKlopt het bericht?\n\n### Antwoord ${a} t/m ${a + 3}, ${a + 5} en ${a + 6}\n\nJa.\n`);
  }
  return out.join('\n');
}

/** Row 2, numbered-list shape: n list questions each followed by its answer paragraph. */
export function listQuestions(n) {
  const out = ['---\nsoort: lijst-van-vragen\n---\n'];
  for (let i = 1; i <= n; i++) out.push(`${i}. Hoeveel meldingen waren er in jaar ${i}?\n\nEr waren ${i} meldingen.\n`);
  return out.join('\n');
}

let sources = null;
const letters = (count, seed, bytesPerLetter) => {
  sources ??= loadSources();
  const rand = mulberry32(seed);
  const seen = new Set();
  const out = [];
  for (let i = 0; i < count; i++) out.push(composeDocument(rand, sources, bytesPerLetter, seen));
  return out;
};

/** Drops a letter's front matter: only the first letter of a pasted file keeps its own. */
const body = (letter) => letter.replace(/^---\n[\s\S]*?\n---\n/, '');

/**
 * Row 3: several letters pasted into one file, each with its own footnotes [^1]…[^k] and their
 * definitions at its end, so labels repeat through the file (short letters, about 4 KB each:
 * the more letters, the more definitions share each label).
 */
export function pastedLetters(count, seed = 3, bytesPerLetter = 4_000) {
  return letters(count, seed, bytesPerLetter).map((l, i) => (i === 0 ? l : body(l))).join('\n');
}

/**
 * Row 4: a realistic draft with unique labels: the same letters, but their footnotes numbered on
 * through the file, so every section ends in its own block of definitions.
 */
export function uniqueLabelDraft(count, seed = 4, bytesPerLetter = 4_000) {
  let next = 0;
  return letters(count, seed, bytesPerLetter)
    .map((l, i) => {
      const base = next;
      const renumbered = (i === 0 ? l : body(l)).replace(/\[\^(\d+)\]/g, (_, n) => {
        next = Math.max(next, base + Number(n));
        return `[^${base + Number(n)}]`;
      });
      return renumbered;
    })
    .join('\n');
}

/** Letters of `bytesPerLetter` for a size in bytes (the bench's megabyte sizes). */
export const lettersFor = (bytes, bytesPerLetter = 4_000) => Math.max(1, Math.round(bytes / bytesPerLetter));

/**
 * Row 3 at its sharpest: n short letters pasted together, each mentioning moties with footnotes
 * [^1] and [^2] and defining them at its end: n calls and n definitions per label.
 */
export function motieLetters(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    out.push(
      `## Brief ${i + 1}\n\nDe motie van het lid Becker (VVD) over de aanpak van radicalisering[^1] is uitgevoerd. ` +
        `Ook de motie-Taverne over informatiedeling[^2] is afgedaan.\n\n` +
        `[^1]: Kamerstuk 29 754, nr. ${400 + (i % 90)}.\n[^2]: Kamerstuk 35 300 VI, nr. ${10 + (i % 80)}.\n`,
    );
  }
  return out.join('\n');
}

/** KB311: n toezegging sections, each calling a footnote [^1] defined at its end (labels repeat). */
export function toezeggingSections(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    out.push(`## Toezegging ${i + 1} - informatie over de voortgang\n\nDe minister zegt toe de Kamer te informeren[^1].\n\n[^1]: Zie het verslag van het commissiedebat van ${1 + (i % 28)} juni 2019.\n`);
  }
  return out.join('\n');
}

/** Degraded blocks: one paragraph of n glued, misnotated citations (over 100 KB: no Markdown parse). */
export function citationRun(n) {
  return 'Zie ' + Array.from({ length: n }, (_, i) => `Kamerstuk 29754, nr. ${i + 1}`).join('; ') + '.\n';
}

/** One block of n plain one-line footnote definitions, all called in the text before it. */
export function definitionList(n) {
  const calls = Array.from({ length: n }, (_, i) => `Punt ${i + 1}.[^${i + 1}]`).join(' ');
  const defs = Array.from({ length: n }, (_, i) => `[^${i + 1}]: Kamerstuk 29 754, nr. ${i + 1}.`).join('\n');
  return `${calls}\n\n${defs}\n`;
}

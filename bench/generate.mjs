// A deterministic corpus for the benchmarks, made of REAL published text: the drafts in
// test/fixtures/corpus/, examples/ and the rule fixtures in test/fixtures/rules/ are cut into
// blocks, and documents are put together from those blocks, each one varied (numbers, dossier
// numbers, years, names, sentence order, a sentence from elsewhere) until no paragraph occurs
// twice in the whole corpus. Footnote calls are renumbered per document and their definitions
// (varied too) go to the end. A synthetic corpus of a few repeated sentences would mostly hit
// the linter's block cache and measure nothing real.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SOURCE_DIRS = ['test/fixtures/corpus', 'examples', 'test/fixtures/rules'];

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function walk(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (e.name.endsWith('.md') && e.name !== 'README.md') out.push(p);
  }
  return out;
}

const DEFINITION = /^\[\^([^\]\s]+)\]:[ \t]*(.*)$/;
const CALL = /\[\^([^\]\s]+)\](?!:)/g;

/** One source draft: its front matter, its blocks and its footnote definitions by label. */
function parseSource(text) {
  text = text.replace(/\r\n?/g, '\n').replace(/[ \t]*<!-- expect[^>]*-->/g, '');
  let front = null;
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (fm) {
    front = fm[1];
    text = text.slice(fm[0].length);
  }
  const blocks = [];
  const definitions = new Map();
  let cur = [];
  let fence = false;
  const flush = () => {
    if (cur.length === 0) return;
    const rest = [];
    let def = null;
    for (const line of cur) {
      const m = DEFINITION.exec(line);
      if (m && !fence) {
        def = m[1];
        definitions.set(def, m[2]);
      } else if (def && /^[ \t]/.test(line)) definitions.set(def, `${definitions.get(def)} ${line.trim()}`);
      else {
        def = null;
        rest.push(line);
      }
    }
    if (rest.length > 0) blocks.push(rest.join('\n'));
    cur = [];
  };
  for (const line of text.split('\n')) {
    if (/^[ \t]*(```|~~~)/.test(line)) fence = !fence;
    if (!fence && line.trim() === '') flush();
    else cur.push(line.trimEnd());
  }
  flush();
  return { front, blocks, definitions };
}

function kindOf(block) {
  if (/^#{1,6} /.test(block)) return 'heading';
  if (/^[ \t]*(?:[-*+]|\d+[.)]) /.test(block)) return 'list';
  if (/^(?:```|~~~|<|>|\|)/.test(block)) return 'other';
  // A signature line ("De Minister van ...," / "F.B.J. Grapperhaus"): only at the end.
  if (!block.includes('\n') && block.length < 80 && !/[.?!:)]$/.test(block)) return 'signature';
  return 'paragraph';
}

export function loadSources(root = ROOT) {
  const docs = [];
  for (const dir of SOURCE_DIRS) {
    for (const file of walk(path.join(root, dir))) docs.push({ ...parseSource(fs.readFileSync(file, 'utf8')), fixture: dir.endsWith('rules') });
  }
  const pool = { heading: [], list: [], other: [], signature: [], paragraph: [] };
  const sentences = [];
  docs.forEach((doc) => {
    for (const b of doc.blocks) {
      const kind = kindOf(b);
      pool[kind].push({ text: b, doc });
      if (kind === 'paragraph') for (const s of splitSentences(b)) if (s.length > 40 && !s.includes('[^')) sentences.push(s);
    }
  });
  // Surnames of members named in the sources ("het lid Becker", "de leden Duyvendak en ...").
  const found = docs.flatMap((d) => d.blocks.join(' ').match(/(?<=\b(?:lid|leden|en) )[A-Z][a-zë]{3,}(?= [(,.c]| en\b)/g) ?? []);
  const names = [...new Set(found)].filter((n) => !FIRST_NAMES.has(n)).sort();
  // The real letters lead; the rule fixtures (short, full of slips) are mixed in.
  const real = docs.filter((d) => !d.fixture);
  return { docs, real, pool, sentences, names, fronts: real.filter((d) => d.front).map((d) => d.front) };
}

// Words the name pattern catches that are no surnames.
const FIRST_NAMES = new Set(['Jasper', 'Pieter', 'Nicola', 'Gijs', 'Minister', 'Kamer', 'Media', 'Polarisatie', 'Veiligheid', 'Werkgelegenheid']);

function splitSentences(text) {
  return text.split(/(?<=[.?!](?:\[\^[^\]\s]+\])?)[ ]+(?=[A-Z«(])/);
}

function makeVaryer(rand, src) {
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const shuffle = (xs) => {
    const a = [...xs];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  };
  const sameLength = (digits) => {
    const n = digits.length;
    if (n <= 2) return String(int(1, 28));
    return String(int(10 ** (n - 1), 10 ** n - 1));
  };
  /** Numbers outside footnote labels: years stay years, vergaderjaren stay consecutive. */
  // Footnote labels and list markers stay; ISO dates stay valid; "29 754" stays a dossier number.
  const NUMBER = /(\[\^[^\]\s]+\]|^[ \t]*\d+(?=[.)] ))|\b((?:19|20)\d\d-\d\d-\d\d)\b|\b([1-3]\d \d{3})\b|((?:19|20)\d\d)([/–-])(\d\d(?:\d\d)?)(?!\d)|\b((?:19|20)\d\d)\b|\d+/gm;
  const numbers = (text, p) =>
    text.replace(NUMBER, (m, keep, iso, dossier, y1, sep, y2, year) => {
      if (keep || rand() >= p) return m;
      if (iso) return `${int(2005, 2024)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
      if (dossier) return `${int(21, 36)} ${String(int(0, 999)).padStart(3, '0')}`;
      if (y1) {
        const y = int(2005, 2024);
        const next = y2.length === 2 ? String((y + 1) % 100).padStart(2, '0') : String(y + 1);
        return `${y}${sep}${next}`;
      }
      if (year) return String(int(2005, 2024));
      return sameLength(m);
    });
  const names = (text, p) => (src.names.length < 2 ? text : text.replace(new RegExp(`\\b(?:${src.names.join('|')})\\b`, 'g'), (m) => (rand() < p ? pick(src.names) : m)));
  /** Sentence order and a sentence from elsewhere, for prose paragraphs. */
  const sentences = (text, strength) => {
    if (text.includes('\n')) return text;
    let parts = splitSentences(text);
    if (parts.length > 1 && rand() < 0.3 * strength) parts = shuffle(parts);
    if (rand() < 0.3 * strength) parts.splice(int(0, parts.length), 0, pick(src.sentences));
    return parts.join(' ');
  };
  return { int, pick, numbers, names, sentences };
}

/** Calls renamed to this document's next numbers; their definitions (varied) collected. */
function renumberCalls(text, defs, notes, v) {
  const local = new Map();
  return text.replace(CALL, (m, label) => {
    if (!local.has(label)) {
      const n = notes.length + 1;
      local.set(label, n);
      const body = defs.get(label);
      notes.push(body === undefined ? null : v.names(v.numbers(body, 0.6), 0.3));
    }
    return `[^${local.get(label)}]`;
  });
}

/** One document of about `bytes` characters; `seen` holds every paragraph so far. */
export function composeDocument(rand, src, bytes, seen) {
  const v = makeVaryer(rand, src);
  const out = [];
  const notes = [];
  let size = 0;
  const push = (s) => {
    out.push(s, '');
    size += s.length + 2;
  };
  const front = v.pick(src.fronts);
  push(`---\n${v.numbers(front, 0.7)}\n---`);
  while (size < bytes) {
    // Walk a real document's blocks in order, swapping some for a block of the same kind elsewhere.
    const spine = rand() < 0.75 ? v.pick(src.real) : v.pick(src.docs);
    for (const block of spine.blocks) {
      if (size >= bytes) break;
      let kind = kindOf(block);
      if (kind === 'signature') continue;
      let source = { text: block, doc: spine };
      if (rand() < 0.3 && src.pool[kind].length > 0) source = v.pick(src.pool[kind]);
      let text = null;
      for (let attempt = 0; attempt < 30; attempt++) {
        const strength = 1 + attempt / 3;
        let t = v.numbers(source.text, Math.min(1, 0.5 * strength));
        t = v.names(t, 0.3);
        if (kind === 'paragraph') t = v.sentences(t, strength);
        if (!seen.has(t) || t.length < 40) {
          text = t;
          break;
        }
      }
      if (text === null) continue; // nothing unique came out of this one (a short fixed line)
      seen.add(text);
      push(renumberCalls(text, source.doc.definitions, notes, v));
    }
  }
  const signer = v.pick(src.pool.signature.filter((s) => /^De /.test(s.text))) ?? { text: 'De Minister van Justitie en Veiligheid,' };
  push(signer.text);
  push(`${String.fromCharCode(65 + v.int(0, 25))}.${String.fromCharCode(65 + v.int(0, 25))}. ${v.pick(src.names)}`);
  const lines = notes.map((body, i) => (body === null ? null : `[^${i + 1}]: ${body}`)).filter(Boolean);
  if (lines.length > 0) out.push(lines.join('\n'));
  return out.join('\n').trimEnd() + '\n';
}

/** `count` documents of ~`bytes` characters each, as NNNN-<kind>.md under `dir`. */
export function generateCorpus(dir, { count = 1000, bytes = 10_000, seed = 1, prefix = 'doc' } = {}, src = loadSources()) {
  const rand = mulberry32(seed);
  const seen = new Set();
  fs.mkdirSync(dir, { recursive: true });
  let total = 0;
  for (let i = 1; i <= count; i++) {
    const text = composeDocument(rand, src, bytes, seen);
    total += Buffer.byteLength(text);
    fs.writeFileSync(path.join(dir, `${prefix}-${String(i).padStart(4, '0')}.md`), text);
  }
  return { files: count, bytes: total, paragraphs: seen.size };
}

/** One hostile line for the engine timing: glued citations, digit runs, footnote openers. */
export function adversarialLine(n = 200_000) {
  const parts = ['Kamerstuk 29 754, nr. 4', '1 2 3 4 5 6 7 8 9 ', '[^', '(', '2019/', 'Kamerstukken II 2018/20, 29754, nr.', 'vergaderjaar 2018 – '];
  let s = '';
  for (let i = 0; s.length < n; i++) s += parts[i % parts.length];
  return s.slice(0, n);
}

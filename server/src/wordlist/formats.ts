// The vocabulary in each spelling or style checker's own format.
//   cspell  a words file (one word per line, `#` comments) for `dictionaryDefinitions`, or with a
//           .json output a cspell configuration file { version, words } to `import`;
//   LTeX    one word per line, for an external file in `ltex.dictionary` (":/path/woorden.txt");
//   Vale    accept.txt of a vocabulary (styles/config/vocabularies/Kamerbrief/accept.txt): one
//           regular expression per line. Vale.Terms also enforces an entry's capitals, so a name
//           that starts with a tussenvoegsel accepts both ("[Vv]an der Plas").
import { sorted, TUSSENVOEGSELS, type Vocabulary } from './vocabulary.js';

export type WordlistFormat = 'cspell' | 'cspell-json' | 'ltex' | 'vale';

/** The single words a speller checks: capitalised name parts, parties, ministry and title words. */
export function singleWords(v: Vocabulary): string[] {
  const words: string[] = [];
  for (const phrase of [...v.names, ...v.ministries, ...v.dossierWords, ...v.parties]) {
    for (const part of phrase.split(/[\s,]+/)) {
      const word = part.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');
      if (word.length < 2 || TUSSENVOEGSELS.has(word) || !/\p{L}/u.test(word)) continue;
      // Lower-case words of ministry names ("en") are ordinary Dutch.
      if (!/^[\p{Lu}\d]/u.test(word)) continue;
      words.push(word);
      // A double surname is one word to some checkers and two to others.
      if (word.includes('-')) words.push(...word.split('-').filter((w) => w.length > 1 && /^\p{Lu}/u.test(w)));
    }
  }
  return sorted(words);
}

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "Van der Plas" → "[Vv]an der Plas"; other phrases as literal patterns. */
function valePattern(phrase: string): string {
  const first = phrase.split(' ')[0]!;
  const escaped = escapeRegex(phrase);
  if (phrase.includes(' ') && TUSSENVOEGSELS.has(first.toLowerCase()) && /^\p{Lu}/u.test(first)) return `[${first[0]}${first[0]!.toLowerCase()}]${escaped.slice(1)}`;
  return escaped;
}

export function formatWordlist(v: Vocabulary, format: WordlistFormat, header: string): string {
  if (format === 'cspell-json') return JSON.stringify({ version: '0.2', description: header, words: singleWords(v) }, null, 2) + '\n';
  if (format === 'cspell') return `# ${header}\n${singleWords(v).join('\n')}\n`;
  if (format === 'ltex') return sorted([...singleWords(v), ...v.abbreviations]).join('\n') + '\n';
  // Ministry abbreviations are listed upper case ("JENV") but written in several ways ("JenV"):
  // case-insensitive, so Vale.Terms does not insist on one.
  const abbreviation = (m: string): boolean => !m.includes(' ') && /^[\p{Lu}&]+$/u.test(m);
  const ministries = v.ministries.map((m) => (abbreviation(m) ? `(?i)${escapeRegex(m)}` : valePattern(m)));
  const words = singleWords({ ...v, ministries: v.ministries.filter((m) => !abbreviation(m)) });
  const patterns = sorted([...v.names.map(valePattern), ...v.parties.map(valePattern), ...ministries, ...v.dossierWords.map(valePattern), ...v.abbreviations.map(valePattern), ...words.map(valePattern)]);
  return `# ${header}\n${patterns.join('\n')}\n`;
}

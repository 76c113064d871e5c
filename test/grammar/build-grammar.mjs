#!/usr/bin/env node
// Source of syntaxes/kamerbrief.injection.tmLanguage.json.
//
// The citation regexes share building blocks (dossier number, toevoeging, "nr.", vergaderjaar, the
// space that may be a no-break space), so they are written once here and joined; the JSON file is
// generated from this script and checked in (VS Code reads it as is).
//
//   node test/grammar/build-grammar.mjs           write the JSON
//   node test/grammar/build-grammar.mjs --check   exit 1 if the JSON is not what this script writes
//
// Every regex is checked to be linear: no group that repeats (*, +, {m,n}) may itself contain a
// quantifier (no nested quantifiers such as (a+)+ or (\d+,)*); a group may only be optional (?).
// Syntax: Oniguruma, as used by vscode-textmate. test/grammar/README.md lists the scopes.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = path.join(ROOT, 'syntaxes', 'kamerbrief.injection.tmLanguage.json');

// ---------------------------------------------------------------------------------------------
// Building blocks (strings of Oniguruma regex).

/** A space: ASCII space or no-break space (U+00A0), which occurs in extracted texts. */
const S = String.raw`[ \x{00A0}]`;
/** Thousands separator inside a dossier number: space, no-break space or (wrongly) a dot. */
const SEP = String.raw`[ \x{00A0}.]`;
/** Dossier number: 29 754 (letter style), 29754 (Leidraad), 29.754 and 2 9754 (slips). */
const DOS = String.raw`(?:\d{1,2}${SEP}?\d{3}|\d${S}\d{4})(?!\d)`;
/** Dossier number in registry forms: 29754. */
const DOS_L = String.raw`\d{4,5}(?!\d)`;
/** Toevoeging: -02 (sub-dossier), " VIII" / "-VIII" / " viii" / " XV1" (begroting), " A" (fonds), " 02" (slip). */
const TOEV = String.raw`(?:-\d{2}(?!\d)|[ \x{00A0}-](?:[IVXLivxl][IVXLivxl1]{0,4}[AB]?|[A-Z])(?![\w])|${S}\d{2}(?![\d]))`;
/** Toevoeging in compact registry forms and ids: 21501-20-…, 36200-VIII-…, 35300-A-… */
const TOEV_L = String.raw`\d{2}|[IVXL]{1,5}[AB]?|[A-Z]`;
/** Rijkswet number: 36 455 (R2188), 36032-(R2162). */
const RW = String.raw`[ \x{00A0}-]?\(R\d{4}\)`;
/** "nr." and its slips: nr, nr., nrs., Nr., no., nummer(s). */
const NR = String.raw`(?:[Nn]rs?|no|nummers?)(?![A-Za-z])\.?`;
/** Ondernummer: 482, 188b. Possessive, so that no shorter number is retried. */
const ONDER = String.raw`\d++[a-z]?`;
/** Chamber: I, II; slips III, "ll" (two lower-case L's), Arabic 1/2 before a vergaderjaar. */
const KAMER = String.raw`(?:III|II|I|ll|[12](?=${S}\d{4}[/\x{2013}-]))(?![A-Za-z])`;
/** Vergaderjaar: 2018/19; slips and house forms 2018/2019, 2018–2019, 2018-19, 2022–203. */
const VJ = String.raw`\d{4}[/\x{2013}-]\d{2,4}(?!\d)`;
/** Dossier number where no keyword says it is one (§3.10 forms): letter style 29 754, or five digits. */
const DOS_STRICT = String.raw`(?:\d{1,2}${S}\d{3}|\d{5})(?!\d)`;
/** Dossier number of a bare "(36 200, nr. 41)": letter style only. */
const DOS_SPACED = String.raw`\d{1,2}${S}\d{3}(?![\d/])`;
/**
 * What may stand between "motie"/"brief" and a bare "(36 200, nr. 41)" (§3.10): up to 80
 * characters without ( ) ; : or a sentence end, and one short parenthesis such as the party.
 * The engine's condition (server/src/core/citations/kale-verwijzing.ts) is the same.
 */
const KEEP = String.raw`(?:[^();:.]|\.(?!${S}\p{Lu}))`;
const MOTIE_GAP = String.raw`${KEEP}{0,80}(?:\([^()]{1,30}\)${KEEP}{0,40})?`;
const MOTIE_OR_BRIEF = String.raw`(?:\b[Mm]oties?\b|brie(?:f|ven)\b|\bBrie(?:f|ven)\b)`;

// Vraag/Antwoord labels: at the start of an ATX heading (any level) or of a bold line. Oniguruma
// allows lookbehind alternatives of different lengths as long as each has a fixed length.
const LABEL_START = `(?<=${[1, 2, 3, 4, 5, 6]
  .map((n) => `^${'#'.repeat(n)}[ \\t]`)
  .concat(['^\\*\\*', '^__'])
  .join('|')})`;
/** ", 4", " en 5", " t/m 6": single characters or fixed words, repeated; ends on a digit. */
const LABEL_TAIL = String.raw`(?:[0-9 ,]|en|t/m)*(?<=\d)`;

// Scope names (all end in .kamerbrief).
const SC = {
  kamerstuk: 'keyword.other.kamerstuk.kamerbrief',
  bijlage: 'keyword.other.bijlage.kamerbrief',
  dossier: 'constant.numeric.dossier.kamerbrief',
  toevoeging: 'constant.other.toevoeging.kamerbrief',
  rijkswet: 'constant.other.rijkswet.kamerbrief',
  nr: 'keyword.other.nr.kamerbrief',
  ondernummer: 'constant.numeric.ondernummer.kamerbrief',
  kamer: 'constant.language.kamer.kamerbrief',
  vergaderjaar: 'constant.numeric.vergaderjaar.kamerbrief',
  vergaderjaarWoord: 'keyword.other.vergaderjaar.kamerbrief',
  id: 'keyword.other.id.kamerbrief',
};

/**
 * Builds one `match` rule. `build(c)` returns the regex; inside it, `${c(scope)}(` … `)` opens a
 * capture group that gets `scope`, a scope name or a capture object such as { patterns: […] }
 * (c() returns an empty string, it only counts groups).
 */
function rule(name, build) {
  const names = [];
  const c = (scope) => {
    names.push(scope);
    return '';
  };
  const match = build(c);
  const captures = {};
  names.forEach((scope, i) => {
    if (scope) captures[String(i + 1)] = typeof scope === 'string' ? { name: scope } : scope;
  });
  const groups = countCaptureGroups(match);
  if (groups !== names.length) throw new Error(`${name}: ${groups} capture groups, ${names.length} scopes`);
  return { ...(name ? { name } : {}), match, ...(Object.keys(captures).length ? { captures } : {}) };
}

const PAGE = (c) => String.raw`,${S}${c('keyword.other.pagina.kamerbrief')}(p\.)${S}?${c('constant.numeric.pagina.kamerbrief')}(\d++(?:-\d++)?)`;

/**
 * Several documents: ", 463", " en 17", " t/m 6", "-11", ", nr. 684" (each call: one more). A number
 * after a comma that is followed by a word other than en / t/m is not taken: "nr. 482, 12 maart".
 */
const MORE = (c) =>
  String.raw`(?:(?:,${S}(?:nrs?\.${S}?)?${c(SC.ondernummer)}(${ONDER})(?!${S}?(?!en\b|t\/m)[a-z])|${S}(?:en|t/m)${S}(?:nrs?\.${S}?)?${c(SC.ondernummer)}(${ONDER})|-${c(SC.ondernummer)}(\d++)))?`;

/** A further dossier: ", 31 289", " en 31 289", ", en 35688 (R2151)" (each call: one more). */
const MORE_DOS = (c) =>
  String.raw`(?:(?:,?${S}en${S}|,${S}?)${c(SC.dossier)}(${DOS})${c(SC.toevoeging)}(${TOEV})?${c(SC.rijkswet)}(${RW})?)?`;

const HEAD = (c) => String.raw`\b(?:${c(SC.bijlage)}(Bijlage${S}bij)${S})?${c(SC.kamerstuk)}([Kk]amerstuk(?:ken)?)`;

// ---------------------------------------------------------------------------------------------
// Rules.

const repository = {
  // §3.10: the page-footer line pasted as a citation, "Tweede Kamer, vergaderjaar 2020–2021,
  // 35 570, nr. 12", and "Tweede Kamer, 35 925, nr. 3".
  'kamer-voluit-tk': rule('meta.citation.kamerstuk.kamerbrief', (c) =>
    [
      String.raw`\b${c(SC.kamer)}(Tweede${S}Kamer),${S}(?:${c(SC.vergaderjaarWoord)}(vergaderjaar)${S}${c(SC.vergaderjaar)}(${VJ}),${S})?`,
      String.raw`${c(SC.dossier)}(${DOS_STRICT})${c(SC.toevoeging)}(${TOEV})?,${S}${c(SC.nr)}(${NR})${S}?${c(SC.ondernummer)}(${ONDER})`,
      MORE(c),
      MORE(c),
    ].join(''),
  ),

  // §3.10: an Eerste Kamer stuk with the chamber written out, "Eerste Kamer, 35 925, C".
  'kamer-voluit-ek': rule('meta.citation.kamerstukken-leidraad.kamerbrief', (c) =>
    [
      String.raw`\b${c(SC.kamer)}(Eerste${S}Kamer),${S}(?:${c(SC.vergaderjaarWoord)}(vergaderjaar)${S}${c(SC.vergaderjaar)}(${VJ}),${S})?`,
      String.raw`${c(SC.dossier)}(${DOS_STRICT})${c(SC.toevoeging)}(${TOEV})?,${S}`,
      String.raw`(?:${c(SC.nr)}(${NR})${S}?${c(SC.ondernummer)}(${ONDER}|[A-Z]{1,2}(?![\w]))|${c(SC.ondernummer)}([A-Z]{1,2})(?![\w]))`,
    ].join(''),
  ),

  // §3.10: the chamber abbreviated, "TK 2021/22, 35 925, nr. 3", "EK 2022/23, 36 021, B".
  'kamer-afkorting': rule('meta.citation.kamerstukken-leidraad.kamerbrief', (c) =>
    [
      String.raw`\b${c(SC.kamer)}([TE]K)${S}${c(SC.vergaderjaar)}(${VJ}(?:-${VJ})?)`,
      String.raw`,?${S}?${c(SC.dossier)}(${DOS})${c(SC.toevoeging)}(${TOEV})?`,
      String.raw`(?:${S}?,?${S}?${c(SC.nr)}(${NR})${S}?${c(SC.ondernummer)}(${ONDER}|[A-Z]{1,2}(?![\w]))|,${S}?${c(SC.ondernummer)}([A-Z]{1,2})(?![\w]))?`,
      String.raw`(?:${PAGE(c)})?`,
    ].join(''),
  ),

  // §3.10: an id cited as a Kamerstuk, "Kamerstuk 2024D28457", "Kamerstuk ah-tk-20232024-1314":
  // the citation runs from the keyword and has the kind of what the id stands for.
  'kamerstuk-id': {
    patterns: [
      rule('meta.citation.zaaknummer.kamerbrief', (c) =>
        String.raw`${HEAD(c)}${S}${c('constant.numeric.zaaknummer.kamerbrief')}((?:19|20)\d{2}[ZD]\d{5})(?!\d)`,
      ),
      rule('meta.citation.kamerstuk.kamerbrief', (c) =>
        String.raw`${HEAD(c)}${S}${c(SC.id)}(kst)-${c(SC.dossier)}(${DOS})(?:-${c(SC.toevoeging)}(${TOEV_L}))?[- ]${c(SC.ondernummer)}(\d++[a-z]?|[A-Z]{1,2})(?![\w-])`,
      ),
      rule('meta.citation.handelingen.kamerbrief', (c) =>
        String.raw`${HEAD(c)}${S}${c(SC.id)}(h-(?:tk|ek))-${c(SC.vergaderjaar)}(\d{4}-?\d{4})-${c('constant.numeric.vergadernummer.kamerbrief')}(\d++)-${c('constant.numeric.item.kamerbrief')}(\d++)(?:-n\d)?(?![\w-])`,
      ),
      rule('meta.citation.aanhangsel.kamerbrief', (c) =>
        String.raw`${HEAD(c)}${S}${c(SC.id)}(ah-(?:tk|ek))-${c(SC.vergaderjaar)}(\d{4}(?:-?\d{4})?)-${c('constant.numeric.aanhangselnummer.kamerbrief')}(\d++)(?![\w-])`,
      ),
    ],
  },

  // §3.10: dossier and number in parentheses without "Kamerstuk", right after a motie or a brief:
  // "de motie Bikker (36 200, nr. 41)", "(23 432-537)". Only the part inside the parentheses is
  // the citation; without that context, numbers in parentheses are no citation.
  'kale-verwijzing': rule('', (c) =>
    [
      String.raw`${MOTIE_OR_BRIEF}${MOTIE_GAP}\(`,
      String.raw`${c('meta.citation.kamerstuk.kamerbrief')}(${c(SC.dossier)}(${DOS_SPACED})`,
      // registry form; "(21 501-20)" alone is an EU sub-dossier, no document
      String.raw`(?:(?!(?<=21${S}501)-\d{2}\))(?:-${c(SC.toevoeging)}(${TOEV_L}))?-${c(SC.ondernummer)}(\d++)`,
      String.raw`|${c(SC.toevoeging)}(${TOEV})?${c(SC.rijkswet)}(${RW})?${MORE_DOS(c)}${S}?,?${S}?${c(SC.nr)}(${NR})${S}?${c(SC.ondernummer)}(${ONDER})${MORE(c)}${MORE(c)}))(?=\))`,
    ].join(''),
  ),

  // A footnote definition shaped like a link reference definition: one token ("[^3]: 2019Z13154",
  // "[^3]: kst-29754-482"), optionally followed by what looks like a link title
  // ("[^3]: motie-Taverne (Kamerstuk 21 501-02, nr. 1538)"). VS Code's Markdown grammar takes such a
  // line for a link reference definition (its link-def rule: the same shape as the text part
  // below), and no injection reaches inside one. Scope the label like the other footnote lines (a
  // link reference) and tokenise the text with this grammar. Not when it holds inline code (a
  // backtick) or a "<…>" destination: those lines stay as the Markdown grammar scopes them.
  'footnote-link-def-shape': rule('', (c) =>
    [
      String.raw`^ {0,3}${c('meta.link.reference.markdown')}(${c('punctuation.definition.link.title.begin.markdown')}(\[)`,
      String.raw`${c('string.other.link.title.markdown')}(\^[^\]\s]+)${c('punctuation.definition.link.title.end.markdown')}(\]))`,
      String.raw`${c('')}(:)[ \t]*${c({ patterns: [{ include: '$self' }] })}([^\s<\x{0060}][^\s\x{0060}]*?[ \t]*(?:\([^\x{0060}]+?\)|"[^\x{0060}]+?"|'[^\x{0060}]+?')?)[ \t]*$`,
    ].join(''),
  ),

  // Bare URLs (GFM autolink literals): consumed without a scope so that nothing inside them is
  // taken for a citation (…/kst-29754-482.html, ?id=2019Z13154).
  'bare-url': { match: String.raw`\b(?:https?://|www\.)[^\s<>()\[\]\x{0060}*"']+` },

  leidraad: rule('meta.citation.kamerstukken-leidraad.kamerbrief', (c) =>
    [
      HEAD(c),
      // chamber with an optional vergaderjaar, or a vergaderjaar alone (slip: chamber missing)
      String.raw`(?:${S}?${c(SC.kamer)}(${KAMER})(?:,?${S}?(?:${c(SC.vergaderjaarWoord)}(vergaderjaar)${S})?${c(SC.vergaderjaar)}(${VJ}(?:-${VJ})?))?`,
      String.raw`|${S}${c(SC.vergaderjaar)}(${VJ}))`,
      String.raw`,?${S}?${c(SC.dossier)}(${DOS})${c(SC.toevoeging)}(${TOEV})?`,
      // nr. 3 (Tweede Kamer) or a letter code A, AB (Eerste Kamer); absent for a whole dossier
      String.raw`(?:${S}?,?${S}?${c(SC.nr)}(${NR})${S}?${c(SC.ondernummer)}(${ONDER}|[A-Z]{1,2}(?![\w]))|,${S}?${c(SC.ondernummer)}([A-Z]{1,2})(?![\w]))?`,
      String.raw`(?:${PAGE(c)})?`,
    ].join(''),
  ),

  kamerstuk: rule('meta.citation.kamerstuk.kamerbrief', (c) =>
    [
      HEAD(c),
      String.raw`,?${S}?${c(SC.dossier)}(${DOS})${c(SC.toevoeging)}(${TOEV})?${c(SC.rijkswet)}(${RW})?`,
      MORE_DOS(c),
      MORE_DOS(c),
      MORE_DOS(c),
      // ", nr. 482" with its slips; a bare ", 482" (nr. missing) only after a comma
      String.raw`(?:${S}?,?${S}?${c(SC.nr)}(${NR})${S}?|,${S})${c(SC.ondernummer)}(${ONDER})`,
      MORE(c),
      MORE(c),
      MORE(c),
    ].join(''),
  ),

  // Compact registry form in running text: Kamerstuk 31839-705, Kamerstuk 21501-20-2128.
  'kamerstuk-compact': rule('meta.citation.kamerstuk.kamerbrief', (c) =>
    [HEAD(c), String.raw`,?${S}?${c(SC.dossier)}(${DOS})(?:-${c(SC.toevoeging)}(${TOEV_L}))?-${c(SC.ondernummer)}(\d++)\b`].join(''),
  ),

  // Whole dossier(s), no document number: Kamerstukken 31945, Kamerstukken 35687 en 35688 (R2151),
  // and the slip "Kamerstuk 29 754". A four-digit year (Kamerstukken 2019) is not a dossier.
  'kamerstuk-dossier': rule('meta.citation.kamerstuk.kamerbrief', (c) =>
    [
      HEAD(c),
      String.raw`,?${S}?(?!(?:19|20)\d{2}(?!\d))${c(SC.dossier)}(${DOS})${c(SC.toevoeging)}(${TOEV})?${c(SC.rijkswet)}(${RW})?`,
      MORE_DOS(c),
    ].join(''),
  ),

  // Handelingen list forms in parentheses: (22026, nr. 61), (35300-A, nr. 15),
  // (35300-VI, letter Y), (25295 nr. 961).
  'kamerstuk-lijstvorm': rule('meta.citation.kamerstuk.kamerbrief', (c) =>
    String.raw`(?<=\()${c(SC.dossier)}(${DOS_L})(?:-${c(SC.toevoeging)}(${TOEV_L}))?,?${S}${c(SC.nr)}(nr\.?|letter)${S}?${c(SC.ondernummer)}(\d++|[A-Z]{1,2})(?=\))`,
  ),

  aanhangsel: rule('meta.citation.aanhangsel.kamerbrief', (c) =>
    [
      String.raw`\b${c('keyword.other.aanhangsel.kamerbrief')}(Aanhangsel(?:${S}Handelingen)?)(?:${S}?${c(SC.kamer)}(${KAMER}))?`,
      String.raw`,?${S}?(?:${c(SC.vergaderjaarWoord)}(vergaderjaar)${S})?${c(SC.vergaderjaar)}(${VJ})`,
      String.raw`(?:,?${S}?${c(SC.nr)}(${NR}|item)${S}?|,${S})${c('constant.numeric.aanhangselnummer.kamerbrief')}(\d++)`,
    ].join(''),
  ),

  handelingen: rule('meta.citation.handelingen.kamerbrief', (c) =>
    [
      String.raw`\b${c('keyword.other.handelingen.kamerbrief')}(Handelingen)`,
      String.raw`(?:${S}?${c(SC.kamer)}(${KAMER})(?:,?${S}?(?:${c(SC.vergaderjaarWoord)}(vergaderjaar)${S})?${c(SC.vergaderjaar)}(${VJ}))?`,
      String.raw`|${S}${c(SC.vergaderjaar)}(${VJ}))`,
      // nr. 28 (meeting), then item 9; either may be missing (slips)
      String.raw`(?:,?${S}?${c(SC.nr)}(${NR})${S}?${c('constant.numeric.vergadernummer.kamerbrief')}(\d++))?`,
      String.raw`(?:,?${S}${c('keyword.other.item.kamerbrief')}(item|punt)${S}?${c('constant.numeric.item.kamerbrief')}(\d++))?`,
      String.raw`(?:${PAGE(c)})?`,
    ].join(''),
  ),

  // 2019Z13154, 2024D37938; slips 2019Z1315, 2019z13154, 19Z13154, 2024Z 17972, 2019 Z 13154
  zaaknummer: rule('meta.citation.zaaknummer.kamerbrief constant.numeric.zaaknummer.kamerbrief', () =>
    String.raw`\b(?:19|20)?\d{2}(?:[ZDzd]${S}?|${S}[ZD]${S})\d{4,5}(?!\d)`,
  ),

  publicatie: rule('meta.citation.publicatie.kamerbrief', (c) =>
    String.raw`\b${c('keyword.other.publicatie.kamerbrief')}(Stb|Stcrt|Trb|Staatsblad|Staatscourant|Tractatenblad)(?![A-Za-z])\.?${S}?${c('constant.numeric.jaar.kamerbrief')}(\d{4}),?${S}?${c('constant.numeric.publicatienummer.kamerbrief')}(\d++)`,
  ),

  // Document ids of officielebekendmakingen.nl in running text (not inside URLs: see bare-url),
  // with the slips kst-29754 482, kst-29 754-482, h-tk-2018-2019-28-9, ah-tk-2023-1314.
  ids: {
    patterns: [
      rule('meta.citation.kamerstuk.kamerbrief', (c) =>
        String.raw`\b${c(SC.id)}(kst)-${c(SC.dossier)}(${DOS})(?:-${c(SC.toevoeging)}(${TOEV_L}))?[- ]${c(SC.ondernummer)}(\d++[a-z]?|[A-Z]{1,2})(?![\w-])`,
      ),
      rule('meta.citation.zaaknummer.kamerbrief', (c) =>
        String.raw`\b${c(SC.id)}(kv-tk)-${c('constant.numeric.zaaknummer.kamerbrief')}((?:19|20)\d{2}Z\d{5})(?![\w-])`,
      ),
      rule('meta.citation.handelingen.kamerbrief', (c) =>
        String.raw`\b${c(SC.id)}(h-(?:tk|ek))-${c(SC.vergaderjaar)}(\d{4}-?\d{4})-${c('constant.numeric.vergadernummer.kamerbrief')}(\d++)-${c('constant.numeric.item.kamerbrief')}(\d++)(?:-n\d)?(?![\w-])`,
      ),
      rule('meta.citation.aanhangsel.kamerbrief', (c) =>
        String.raw`\b${c(SC.id)}(ah-(?:tk|ek))-${c(SC.vergaderjaar)}(\d{4}(?:-?\d{4})?)-${c('constant.numeric.aanhangselnummer.kamerbrief')}(\d++)(?![\w-])`,
      ),
      rule('meta.citation.publicatie.kamerbrief', (c) =>
        String.raw`\b${c(SC.id)}(stb|stcrt|trb)-${c('constant.numeric.jaar.kamerbrief')}(\d{4})-${c('constant.numeric.publicatienummer.kamerbrief')}(\d++)(?![\w-])`,
      ),
    ],
  },

  // "### Vraag 3", "**Antwoord 2 en 3**", "## Antwoord op vraag 1", "### Vraag 2 t/m 6".
  'vraag-antwoord': {
    patterns: [
      rule('entity.name.section.vraag.kamerbrief', () => String.raw`${LABEL_START}Vra(?:ag|gen)${S}\d{1,3}${LABEL_TAIL}`),
      rule('entity.name.section.antwoord.kamerbrief', () =>
        String.raw`${LABEL_START}Antwoord(?:en)?(?:${S}op${S}vra(?:ag|gen))?${S}\d{1,3}${LABEL_TAIL}`,
      ),
    ],
  },
};

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Kamerbrief citations (injection into Markdown)',
  comment: 'Generated by test/grammar/build-grammar.mjs; edit that file, not this one.',
  scopeName: 'kamerbrief.citations.injection',
  // Not in fenced or indented code, inline code, link/image destinations, HTML comments or tags.
  injectionSelector:
    'L:text.html.markdown -markup.fenced_code -markup.raw -markup.inline.raw -markup.underline.link -comment -meta.tag -meta.link.reference.def.markdown',
  patterns: [
    'footnote-link-def-shape',
    'bare-url',
    'kamer-voluit-tk',
    'kamer-voluit-ek',
    'kamer-afkorting',
    'kamerstuk-id',
    'kale-verwijzing',
    'leidraad',
    'kamerstuk',
    'kamerstuk-compact',
    'kamerstuk-dossier',
    'kamerstuk-lijstvorm',
    'aanhangsel',
    'handelingen',
    'zaaknummer',
    'publicatie',
    'ids',
    'vraag-antwoord',
  ].map((k) => ({ include: `#${k}` })),
  repository,
};

// ---------------------------------------------------------------------------------------------
// Linearity check.

function skipClass(re, i) {
  // i at '['; returns the index of the closing ']'
  let j = i + 1;
  if (re[j] === '^') j++;
  if (re[j] === ']') j++;
  for (; j < re.length; j++) {
    if (re[j] === '\\') {
      j++;
      continue;
    }
    if (re[j] === ']') return j;
  }
  throw new Error(`unclosed character class in ${re}`);
}

function countCaptureGroups(re) {
  let n = 0;
  for (let i = 0; i < re.length; i++) {
    if (re[i] === '\\') i++;
    else if (re[i] === '[') i = skipClass(re, i);
    else if (re[i] === '(' && re[i + 1] !== '?') n++;
  }
  return n;
}

/** The quantifier starting at re[i], '' if none (possessive and lazy forms included). */
function quantifierAt(re, i) {
  const m = /^(?:[*+?]|\{\d*,?\d*\})[+?]?/.exec(re.slice(i));
  return m ? m[0] : '';
}

function checkLinear(re, where) {
  // One entry per open group: does it contain a quantifier?
  const stack = [false];
  for (let i = 0; i < re.length; i++) {
    const ch = re[i];
    let atomEnd = i;
    if (ch === '\\') {
      atomEnd = re[i + 1] === 'x' && re[i + 2] === '{' ? re.indexOf('}', i) : i + 1;
    } else if (ch === '[') {
      atomEnd = skipClass(re, i);
    } else if (ch === '(') {
      stack.push(false);
      continue;
    } else if (ch === ')') {
      const inner = stack.pop();
      const q = quantifierAt(re, i + 1);
      if (q && !/^(?:\?|\{0?,?1\})/.test(q) && inner)
        throw new Error(`${where}: a repeated group contains a quantifier, near …${re.slice(Math.max(0, i - 40), i + 1 + q.length)}`);
      stack[stack.length - 1] ||= inner || !!q;
      i += q.length;
      continue;
    }
    const q = quantifierAt(re, atomEnd + 1);
    if (q) stack[stack.length - 1] = true;
    i = atomEnd + q.length;
  }
  if (stack.length !== 1) throw new Error(`${where}: unbalanced parentheses`);
}

function walk(node, where) {
  if (!node || typeof node !== 'object') return;
  for (const key of ['match', 'begin', 'end', 'while']) if (typeof node[key] === 'string') checkLinear(node[key], `${where}.${key}`);
  for (const [k, v] of Object.entries(node)) if (v && typeof v === 'object') walk(v, `${where}.${k}`);
}
walk(grammar.repository, 'repository');

// ---------------------------------------------------------------------------------------------

const json = JSON.stringify(grammar, null, 2) + '\n';
if (process.argv.includes('--check')) {
  const current = fs.existsSync(OUT) ? fs.readFileSync(OUT, 'utf8') : '';
  if (current !== json) {
    console.error(`${path.relative(ROOT, OUT)} is out of date: run node test/grammar/build-grammar.mjs`);
    process.exit(1);
  }
  console.log(`${path.relative(ROOT, OUT)} is up to date; all regexes are linear.`);
} else {
  fs.writeFileSync(OUT, json);
  console.log(`wrote ${path.relative(ROOT, OUT)}`);
}

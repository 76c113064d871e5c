#!/usr/bin/env node
// Checks snippets/kamerbrief.code-snippets and prints every snippet expanded with its defaults.
//
//   node test/grammar/check-snippets.mjs          check the file, print the expansions
//   node test/grammar/check-snippets.mjs --lint   also lint every expansion with the Kamerbrief
//                                                 CLI (needs `npm run build`); errors and warnings fail
//   node test/grammar/check-snippets.mjs --quiet  only report problems
//
// Exit code 0 when all is well, 1 when a check fails, 2 when the CLI is missing for --lint.
// For mocha: import { loadSnippets, checkSnippets, expandBody, lintExpansions } from this file.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SNIPPETS_FILE = path.join(ROOT, 'snippets', 'kamerbrief.code-snippets');

/**
 * The prefixes this file must have. The sections with a footnote (motie, gewijzigde-motie,
 * motie-leden, voetnoot) and toezegging come from the language server's completion, which numbers
 * the footnote from the document (server/src/core/features/section-snippets.ts): not here.
 */
export const REQUIRED_PREFIXES = ['vraag-antwoord', 'brief', 'antwoorden', 'kamerstuk'];
export const SERVER_PREFIXES = ['motie', 'gewijzigde-motie', 'motie-leden', 'toezegging', 'voetnoot'];

export function loadSnippets(file = SNIPPETS_FILE) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/**
 * Parses VS Code snippet syntax just far enough to expand it with defaults:
 * ${1:default} (nested placeholders allowed in a default), ${1|first,second|} (the first choice),
 * $1 / ${1} (a mirror: the default of the placeholder with that number, else empty), $0, and the
 * escapes \$ \} \\ (and \, \| inside choices). Variables ($TM_…, ${VAR:…}) are reported: these
 * snippets do not use them. Returns { text, tabstops, problems }.
 */
export function expandBody(body) {
  const src = Array.isArray(body) ? body.join('\n') : String(body);
  const tabstops = new Map(); // number -> { defaults: string[], choices: string[][] }
  const problems = [];
  let i = 0;

  const note = (n, value, choices) => {
    const t = tabstops.get(n) ?? { defaults: [], choices: [] };
    if (value !== undefined) t.defaults.push(value);
    if (choices) t.choices.push(choices);
    tabstops.set(n, t);
  };

  // Reads text until one of the stop characters (unescaped); returns the expanded text.
  function readText(stops) {
    let out = '';
    while (i < src.length && !stops.includes(src[i])) {
      const ch = src[i];
      if (ch === '\\' && i + 1 < src.length && '$}\\'.includes(src[i + 1])) {
        out += src[i + 1];
        i += 2;
      } else if (ch === '$') {
        out += readDollar();
      } else {
        out += ch;
        i++;
      }
    }
    return out;
  }

  function readDollar() {
    // at '$'
    const rest = src.slice(i);
    let m;
    if ((m = /^\$(\d+)/.exec(rest) ?? /^\$\{(\d+)\}/.exec(rest))) {
      // a bare tab stop mirrors the placeholder with the same number (resolved at the end)
      i += m[0].length;
      note(Number(m[1]));
      return `\u0000${m[1]}\u0000`;
    }
    if ((m = /^\$\{(\d+):/.exec(rest))) {
      i += m[0].length;
      const value = readText(['}']);
      if (src[i] !== '}') problems.push(`unclosed placeholder \${${m[1]}:…`);
      i++;
      note(Number(m[1]), value);
      return value;
    }
    if ((m = /^\$\{(\d+)\|/.exec(rest))) {
      i += m[0].length;
      const choices = [];
      let cur = '';
      while (i < src.length && !(src[i] === '|' && src[i + 1] === '}')) {
        if (src[i] === '\\' && i + 1 < src.length && ',|\\$}'.includes(src[i + 1])) {
          cur += src[i + 1];
          i += 2;
        } else if (src[i] === ',') {
          choices.push(cur);
          cur = '';
          i++;
        } else {
          cur += src[i++];
        }
      }
      choices.push(cur);
      if (i >= src.length) problems.push(`unclosed choice \${${m[1]}|…`);
      i += 2;
      if (choices.some((c) => c === '')) problems.push(`choice \${${m[1]}|…|} has an empty option (VS Code then inserts the raw text)`);
      note(Number(m[1]), choices[0], choices);
      return choices[0];
    }
    if (/^\$\{?[A-Za-z_]/.test(rest)) problems.push(`variable at "${rest.slice(0, 20)}…": not expected in these snippets`);
    else problems.push(`unescaped "$" at "${rest.slice(0, 20)}…"`);
    i++;
    return '$';
  }

  let text = readText([]);
  for (let round = 0; round < 5 && text.includes('\u0000'); round++)
    text = text.replace(/\u0000(\d+)\u0000/g, (_, n) => tabstops.get(Number(n))?.defaults[0] ?? '');
  for (const [n, t] of tabstops) {
    const distinct = [...new Set(t.defaults)];
    if (distinct.length > 1) problems.push(`tab stop $${n} has different defaults: ${distinct.map((d) => JSON.stringify(d)).join(', ')}`);
  }
  return { text, tabstops, problems };
}

/** Returns a list of problems (strings) for the whole snippets object. */
export function checkSnippets(snippets) {
  const problems = [];
  if (!snippets || typeof snippets !== 'object' || Array.isArray(snippets)) return ['the file is not a JSON object'];
  const prefixes = new Map();
  for (const [name, s] of Object.entries(snippets)) {
    const p = (msg) => problems.push(`${name}: ${msg}`);
    if (!s || typeof s !== 'object') {
      p('not an object');
      continue;
    }
    for (const key of Object.keys(s)) if (!['scope', 'prefix', 'body', 'description', 'isFileTemplate'].includes(key)) p(`unknown key "${key}"`);
    if (typeof s.prefix !== 'string' || !/^[a-z][a-z-]*$/.test(s.prefix)) p(`prefix must be a lower-case Dutch word with hyphens, got ${JSON.stringify(s.prefix)}`);
    else if (prefixes.has(s.prefix)) p(`prefix "${s.prefix}" also used by ${prefixes.get(s.prefix)}`);
    else prefixes.set(s.prefix, name);
    if (s.scope !== 'markdown') p(`scope must be "markdown", got ${JSON.stringify(s.scope)}`);
    if (typeof s.description !== 'string' || s.description.trim().length < 10) p('description missing or too short');
    if (!Array.isArray(s.body) || s.body.length === 0 || !s.body.every((l) => typeof l === 'string')) {
      p('body must be a non-empty array of strings');
      continue;
    }
    if (s.body.some((l) => /[\t\r\n]/.test(l))) p('body lines must not contain tabs or line breaks');
    if (s.body.some((l) => / +$/.test(l))) p('body line with trailing spaces');
    const { text, problems: bodyProblems } = expandBody(s.body);
    for (const b of bodyProblems) p(b);
    // Cheap checks of what the linter wants; --lint runs the real linter.
    if (/^#+ Toezegging(?! \u2013 )/m.test(text)) p('toezegging heading needs " \u2013 " (en dash with spaces)');
    if (/Kamerstuk \d{4,5}\b|nr\.\S|nr(?!s?\.)\s/.test(text)) p('Kamerstuk citation not in letter style (29 754, nr. 482)');
    const calls = new Set([...text.matchAll(/\[\^([^\]\s]+)\](?!:)/g)].map((m) => m[1]));
    const defs = new Set([...text.matchAll(/^\[\^([^\]\s]+)\]:/gm)].map((m) => m[1]));
    for (const c of calls) if (!defs.has(c)) p(`footnote [^${c}] is called but not defined`);
    for (const d of defs) if (!calls.has(d)) p(`footnote [^${d}] is defined but not called`);
  }
  for (const prefix of REQUIRED_PREFIXES) if (!prefixes.has(prefix)) problems.push(`no snippet with prefix "${prefix}"`);
  for (const prefix of SERVER_PREFIXES) if (prefixes.has(prefix)) problems.push(`snippet "${prefix}" is served by the language server (with the next free footnote number): remove it here`);
  return problems;
}

/** Lints every expansion with bin/kamerbrief.js; returns problems, or null when the CLI is not built. */
export function lintExpansions(snippets) {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli.js'))) return null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-snippets-'));
  try {
    const files = new Map();
    for (const [name, s] of Object.entries(snippets)) {
      const file = path.join(dir, `${s.prefix}.md`);
      fs.writeFileSync(file, expandBody(s.body).text + '\n');
      files.set(path.resolve(file), name);
    }
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'kamerbrief.js'), 'lint', '--format', 'json', '--no-cache', ...files.keys()], {
      cwd: dir,
      encoding: 'utf8',
    });
    if (r.status === 2 || !r.stdout.trim().startsWith('[')) return [`the linter did not run: ${r.stderr || r.stdout}`];
    const problems = [];
    for (const result of JSON.parse(r.stdout)) {
      const name = files.get(path.resolve(dir, result.file)) ?? result.file;
      for (const m of result.messages) {
        if (m.severity === 'info') continue;
        problems.push(`${name}: ${m.ruleId} ${m.severity} (${m.line}:${m.column}) ${m.message}`);
      }
    }
    return problems;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function main(argv) {
  const quiet = argv.includes('--quiet');
  let snippets;
  try {
    snippets = loadSnippets();
  } catch (err) {
    console.error(`${path.relative(ROOT, SNIPPETS_FILE)}: ${err.message}`);
    return 1;
  }
  const problems = checkSnippets(snippets);
  if (!quiet) {
    for (const [name, s] of Object.entries(snippets)) {
      if (!s || !Array.isArray(s.body)) continue;
      console.log(`=== ${name} (prefix "${s.prefix}"): ${s.description}`);
      console.log(expandBody(s.body).text);
      console.log('');
    }
  }
  if (argv.includes('--lint')) {
    const lint = lintExpansions(snippets);
    if (lint === null) {
      console.error('dist/cli.js is missing: run "npm run build" before --lint');
      return 2;
    }
    problems.push(...lint);
  }
  for (const p of problems) console.error(`problem: ${p}`);
  const n = Object.keys(snippets).length;
  console.log(
    problems.length ? `${problems.length} problem(s) in ${n} snippets` : `${n} snippets OK${argv.includes('--lint') ? '; their expansions lint without errors or warnings' : ''}`,
  );
  return problems.length ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}

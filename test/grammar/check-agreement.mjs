#!/usr/bin/env node
// Does the editor colour what the linter calls a citation? Tokenises Markdown files with VS Code's
// Markdown grammar plus the Kamerbrief injection (as the editor does) and compares the
// meta.citation.* spans with the citations that `kamerbrief citations --format json` reports.
//
//   node test/grammar/check-agreement.mjs [files…]   default: examples and test/fixtures (with the corpus copies)
//
// Needs the built CLI (npm run build). Prints MISSING (linter citation not coloured), DIFF (coloured
// span differs) and EXTRA (coloured, but the linter sees no citation); exit code 1 if any.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// vscode-textmate and vscode-oniguruma as vscode-tmgrammar-test itself resolves them
const requireTool = createRequire(createRequire(import.meta.url).resolve('vscode-tmgrammar-test/package.json'));
const tm = requireTool('vscode-textmate');
const onig = requireTool('vscode-oniguruma');

const MARKDOWN = path.join(ROOT, 'node_modules', 'tm-grammars', 'grammars', 'markdown.json');
const INJECTION = path.join(ROOT, 'syntaxes', 'kamerbrief.injection.tmLanguage.json');
const INJECTION_SCOPE = 'kamerbrief.citations.injection';

function listMarkdown(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => path.join(e.parentPath ?? e.path, e.name))
    .sort();
}

async function loadGrammar() {
  const wasm = fs.readFileSync(requireTool.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
  await onig.loadWASM(wasm);
  const registry = new tm.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p) => new onig.OnigScanner(p), createOnigString: (s) => new onig.OnigString(s) }),
    loadGrammar: async (scope) => {
      if (scope === 'text.html.markdown') return tm.parseRawGrammar(fs.readFileSync(MARKDOWN, 'utf8'), MARKDOWN);
      if (scope === INJECTION_SCOPE) return tm.parseRawGrammar(fs.readFileSync(INJECTION, 'utf8'), INJECTION);
      return null;
    },
    getInjections: (scope) => (scope === 'text.html.markdown' ? [INJECTION_SCOPE] : []),
  });
  return registry.loadGrammar('text.html.markdown');
}

/** Coloured citation spans per line: { line (1-based), column, endColumn (1-based, exclusive), kind, text }. */
function colouredSpans(grammar, text) {
  const spans = [];
  let stack = tm.INITIAL;
  text.split(/\r?\n/).forEach((line, i) => {
    const r = grammar.tokenizeLine(line, stack);
    stack = r.ruleStack;
    let cur = null;
    for (const t of r.tokens) {
      const scope = t.scopes.find((s) => s.startsWith('meta.citation.'));
      if (scope && cur && cur.scope === scope && cur.end === t.startIndex) cur.end = t.endIndex;
      else if (scope) spans.push((cur = { line: i + 1, scope, start: t.startIndex, end: t.endIndex, text: line }));
      else cur = null;
    }
  });
  return spans.map((s) => ({ line: s.line, column: s.start + 1, endColumn: s.end + 1, kind: s.scope.split('.')[2], text: s.text.slice(s.start, s.end) }));
}

const files = process.argv.slice(2).length
  ? process.argv.slice(2).map((f) => path.resolve(f))
  : [...listMarkdown(path.join(ROOT, 'examples')), ...listMarkdown(path.join(ROOT, 'test', 'fixtures'))];

if (!fs.existsSync(path.join(ROOT, 'dist', 'cli.js'))) {
  console.error('dist/cli.js is missing: run "npm run build" first');
  process.exit(2);
}
const cli = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'kamerbrief.js'), 'citations', '--format', 'json', '--no-cache', ...files], {
  cwd: ROOT,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (!cli.stdout.trim().startsWith('[')) {
  console.error(`kamerbrief citations failed: ${cli.stderr}`);
  process.exit(2);
}
const byFile = new Map(JSON.parse(cli.stdout).map((r) => [path.resolve(ROOT, r.file), r.citations]));
const grammar = await loadGrammar();
let problems = 0;
let compared = 0;
for (const file of files) {
  const citations = byFile.get(file) ?? [];
  const spans = colouredSpans(grammar, fs.readFileSync(file, 'utf8'));
  const used = new Set();
  const where = (line, col) => `${path.relative(ROOT, file)}:${line}:${col}`;
  for (const c of citations) {
    compared++;
    const s = spans.find((x) => x.line === c.line && x.column <= c.column && x.endColumn >= c.endColumn);
    if (!s) {
      problems++;
      console.log(`MISSING ${where(c.line, c.column)} ${c.kind} "${c.text}"`);
      continue;
    }
    used.add(s);
    if (s.column !== c.column || s.endColumn !== c.endColumn) {
      problems++;
      console.log(`DIFF    ${where(c.line, c.column)} linter "${c.text}", coloured "${s.text}"`);
    }
  }
  for (const s of spans) {
    if (used.has(s)) continue;
    problems++;
    console.log(`EXTRA   ${where(s.line, s.column)} ${s.kind} "${s.text}"`);
  }
}
console.log(`${files.length} files, ${compared} citations: ${problems ? `${problems} difference(s)` : 'the editor colours exactly what the linter reports'}`);
process.exitCode = problems ? 1 : 0;

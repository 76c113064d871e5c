// VS Code's Markdown grammar with the Kamerbrief injection, tokenised as the editor does it
// (vscode-textmate + vscode-oniguruma, the copies vscode-tmgrammar-test uses; see also
// test/grammar/check-agreement.mjs). Gives the spans the grammar scopes as citations.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ROOT } from './paths.js';

interface TmToken {
  startIndex: number;
  endIndex: number;
  scopes: string[];
}
interface TmGrammar {
  tokenizeLine(line: string, stack: unknown): { tokens: TmToken[]; ruleStack: unknown };
}

const requireTool = createRequire(createRequire(path.join(ROOT, 'package.json')).resolve('vscode-tmgrammar-test/package.json'));
// Untyped: the tool's own copies, required by path.
const tm = requireTool('vscode-textmate') as any;
const onig = requireTool('vscode-oniguruma') as any;

const MARKDOWN = path.join(ROOT, 'node_modules', 'tm-grammars', 'grammars', 'markdown.json');
const INJECTION = path.join(ROOT, 'syntaxes', 'kamerbrief.injection.tmLanguage.json');
const INJECTION_SCOPE = 'kamerbrief.citations.injection';

let loaded: Promise<TmGrammar> | null = null;

export function markdownGrammar(): Promise<TmGrammar> {
  loaded ??= (async () => {
    await onig.loadWASM(fs.readFileSync(requireTool.resolve('vscode-oniguruma/release/onig.wasm')).buffer);
    const registry = new tm.Registry({
      onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new onig.OnigScanner(p), createOnigString: (s: string) => new onig.OnigString(s) }),
      loadGrammar: async (scope: string) => {
        if (scope === 'text.html.markdown') return tm.parseRawGrammar(fs.readFileSync(MARKDOWN, 'utf8'), MARKDOWN);
        if (scope === INJECTION_SCOPE) return tm.parseRawGrammar(fs.readFileSync(INJECTION, 'utf8'), INJECTION);
        return null;
      },
      getInjections: (scope: string) => (scope === 'text.html.markdown' ? [INJECTION_SCOPE] : []),
    });
    return (await registry.loadGrammar('text.html.markdown')) as TmGrammar;
  })();
  return loaded;
}

export interface ScopedSpan {
  /** Offsets in the whole text (lines joined by "\n"). */
  start: number;
  end: number;
  /** The kind in meta.citation.<kind>.kamerbrief. */
  kind: string;
}

/** The meta.citation.* spans of a Markdown text; adjacent tokens of one citation scope are one span. */
export function citationSpans(grammar: TmGrammar, text: string): ScopedSpan[] {
  const spans: (ScopedSpan & { scope: string })[] = [];
  let stack = tm.INITIAL;
  let offset = 0;
  for (const line of text.split('\n')) {
    const r = grammar.tokenizeLine(line, stack);
    stack = r.ruleStack;
    let cur: (ScopedSpan & { scope: string }) | null = null;
    for (const t of r.tokens) {
      const scope = t.scopes.find((s) => s.startsWith('meta.citation.'));
      if (scope && cur && cur.scope === scope && cur.end === offset + t.startIndex) cur.end = offset + t.endIndex;
      else if (scope) spans.push((cur = { scope, kind: scope.split('.')[2]!, start: offset + t.startIndex, end: offset + t.endIndex }));
      else cur = null;
    }
    offset += line.length + 1;
  }
  return spans.map(({ start, end, kind }) => ({ start, end, kind }));
}

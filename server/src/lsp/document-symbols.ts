// Outline items → LSP document symbols (kinds chosen for their icons in VS Code's outline).
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { DocumentAnalysis } from '../core/model.js';
import type { ExtraItem, ExtraKind } from '../core/features/outline-extras.js';
import { range } from './convert.js';

const KIND: Record<ExtraKind, SymbolKind> = {
  section: SymbolKind.Namespace,
  motie: SymbolKind.Event,
  toezegging: SymbolKind.Key,
  vraag: SymbolKind.Interface,
  antwoord: SymbolKind.Field,
  groep: SymbolKind.Package,
  voetnoot: SymbolKind.Constant,
};

export function toDocumentSymbol(a: Pick<DocumentAnalysis, 'lines'>, i: ExtraItem): DocumentSymbol {
  return {
    name: i.name || '(leeg)',
    kind: KIND[i.kind],
    range: range(a, i.start, Math.max(i.end, i.selectionEnd)),
    selectionRange: range(a, i.selectionStart, i.selectionEnd),
    children: i.children.map((c) => toDocumentSymbol(a, c)),
  };
}

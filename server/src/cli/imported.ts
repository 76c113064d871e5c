// `lint` and `citations` of a .docx or publication XML: the draft the importer makes, and the
// results told in the source's terms (PRODUCT.md §3: "position", "paragraph"/"footnote", "offset").
import { importFile } from '../import/import-file.js';
import type { LineOrigin } from '../import/markdown-writer.js';
import { ImportError } from '../import/model.js';
import { sourcePosition } from '../import/source-position.js';
import type { WorkResult } from './work.js';

export interface ImportedText {
  text: string;
  origins: (LineOrigin | null)[];
}

export function importForLint(file: string, shown: string, warn: (message: string) => void): ImportedText | { error: string } {
  try {
    const result = importFile(file, shown);
    for (const w of result.warnings) warn(`${shown}: ${w}`);
    return { text: result.text, origins: result.origins };
  } catch (err) {
    if (err instanceof ImportError) return { error: err.message };
    return { error: `${shown}: kan niet worden geïmporteerd (${(err as Error)?.message ?? String(err)}); meld dit met het bestand erbij` };
  }
}

/** Adds the source position to every message and citation whose draft line came from the source. */
export function addSourcePositions(result: WorkResult, imported: ImportedText): void {
  for (const m of [...(result.messages ?? []), ...(result.citations ?? [])]) {
    const at = sourcePosition(imported.origins, m.line, m.column);
    if (at) Object.assign(m, at);
  }
}

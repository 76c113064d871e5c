// `kamerbrief export`: a Markdown draft → .docx bytes, with what could not go into Word listed.
import { readDraft } from './draft-reader.js';
import { writeDocx } from './docx-writer.js';

export interface ExportResult {
  bytes: Uint8Array;
  /** Dutch lines for stderr: what the Word file does not hold. */
  warnings: string[];
}

export function exportDraft(source: string, options: { styles?: string } = {}): ExportResult {
  const doc = readDraft(source);
  const { bytes, notesInNotes } = writeDocx(doc, options.styles ? { styles: options.styles } : {});
  const warnings = [...doc.warnings];
  if (notesInNotes.length) warnings.push(`Word kent geen voetnoot in een voetnoot: ${notesInNotes.map((l) => `[^${l}]`).join(', ')} staat als tekst in de voetnoot`);
  return { bytes, warnings };
}

// `kamerbrief import` and linting a Word or XML file: read the file (with a size limit), tell a
// .docx from publication XML by its bytes, and write the Markdown draft with its line origins.
import fs from 'node:fs';
import { readDocx } from './docx-reader.js';
import { writeMarkdown, type WrittenDraft } from './markdown-writer.js';
import { ImportError, type ImportedDocument } from './model.js';
import { readPublicationXml } from './xml-reader.js';
import { isZip } from './zip.js';

/** A ministry letter is well under this; anything bigger is refused before it is read. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export interface ImportResult extends WrittenDraft {
  warnings: string[];
}

/** Files the importer takes (by name); `lint` and `citations` send these through it. */
export const isImportable = (file: string): boolean => /\.(docx|docm|xml)$/i.test(file);

export function importBytes(bytes: Uint8Array, shown: string): ImportResult {
  let doc: ImportedDocument;
  if (isZip(bytes)) doc = readDocx(bytes, shown);
  else {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      throw new ImportError(`${shown}: geen Word-bestand (.docx) en geen UTF-8-XML; kies een .docx of een publicatie-XML`);
    }
    if (!/^\s*</.test(text)) throw new ImportError(`${shown}: geen Word-bestand (.docx) en geen XML; kies een .docx of een publicatie-XML`);
    doc = readPublicationXml(text, shown);
  }
  return { ...writeMarkdown(doc), warnings: doc.warnings };
}

export function importFile(file: string, shown: string): ImportResult {
  let bytes: Buffer;
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_IMPORT_BYTES) throw new ImportError(`${shown}: te groot om te importeren (${Math.round(size / 1024 / 1024)} MB, grens ${MAX_IMPORT_BYTES / 1024 / 1024} MB)`);
    bytes = fs.readFileSync(file);
  } catch (err) {
    if (err instanceof ImportError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ImportError(`${shown}: bestand bestaat niet; controleer het pad`);
    if (code === 'EISDIR') throw new ImportError(`${shown}: is een map, geen bestand`);
    if (code === 'EACCES' || code === 'EPERM') throw new ImportError(`${shown}: geen leesrechten; controleer de bestandsrechten`);
    throw new ImportError(`${shown}: kan niet worden gelezen (${code ?? (err as Error).message})`);
  }
  return importBytes(bytes, shown);
}

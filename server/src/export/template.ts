// --sjabloon: a user's Word template (.dotx) or reference document (.docx). Its styles.xml is
// used as it is; the styles the export refers to and the template lacks are added from the house
// style, so every paragraph still has a style Word knows.
import fs from 'node:fs';
import { readZip, isZip } from '../import/zip.js';
import { STYLES, styleXml } from './house-style.js';
import { ExportError } from './model.js';

export function templateStyles(file: string, shown: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ExportError(`--sjabloon ${shown}: ${code === 'ENOENT' ? 'bestand bestaat niet; controleer het pad' : `kan niet worden gelezen (${code ?? (err as Error).message})`}`);
  }
  if (!isZip(bytes)) throw new ExportError(`--sjabloon ${shown}: geen Word-sjabloon (.dotx) of Word-document (.docx)`);
  let styles: Uint8Array | undefined;
  try {
    styles = readZip(bytes, (n) => n === 'word/styles.xml', shown).parts.get('word/styles.xml');
  } catch (err) {
    throw new ExportError(`--sjabloon ${(err as Error).message}`);
  }
  if (!styles) throw new ExportError(`--sjabloon ${shown}: bevat geen word/styles.xml; kies een .dotx of .docx uit Word`);
  const xml = new TextDecoder('utf-8').decode(styles);
  return completeStyles(xml, shown);
}

/** The template's styles plus the house styles it does not define (by style id). */
export function completeStyles(xml: string, shown: string): string {
  const close = xml.lastIndexOf('</w:styles>');
  if (!/<w:styles[\s>]/.test(xml) || close < 0) throw new ExportError(`--sjabloon ${shown}: word/styles.xml is geen lijst met Word-stijlen (w:styles)`);
  const has = new Set([...xml.matchAll(/w:styleId="([^"]*)"/g)].map((m) => m[1]));
  const missing = STYLES.filter((s) => !has.has(s.id)).map(styleXml).join('');
  return xml.slice(0, close) + missing + xml.slice(close);
}

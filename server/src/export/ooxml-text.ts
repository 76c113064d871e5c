// Text into WordprocessingML: escaped for XML, without the characters XML 1.0 cannot hold.

// C0 controls other than tab, LF and CR; U+FFFE/U+FFFF; lone surrogates.
const NOT_XML = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlText(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function xmlAttr(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;');
}

/** One run of text; whitespace kept as written. */
export function textRun(text: string, props = ''): string {
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`;
}

export function paragraph(runs: string, style?: string, extraProps = ''): string {
  const pPr = (style ? `<w:pStyle w:val="${style}"/>` : '') + extraProps;
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs}</w:p>`;
}

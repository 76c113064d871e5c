// Parses XML into a small ordered tree (elements with attributes, text nodes) with
// fast-xml-parser: mixed content (text, footnotes and emphasis inside a paragraph) keeps its order.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ImportError } from './model.js';

export interface XElement {
  name: string;
  attrs: Record<string, string>;
  children: XNode[];
}
export type XNode = XElement | { text: string };

export const isElement = (n: XNode): n is XElement => 'name' in n;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: false,
});

type Raw = Record<string, unknown>;

function convert(list: Raw[]): XNode[] {
  const out: XNode[] = [];
  for (const raw of list) {
    for (const key of Object.keys(raw)) {
      if (key === ':@') continue;
      if (key === '#text') {
        out.push({ text: String(raw[key]) });
        continue;
      }
      const attrs = (raw[':@'] as Record<string, string> | undefined) ?? {};
      out.push({ name: key, attrs, children: convert((raw[key] as Raw[]) ?? []) });
    }
  }
  return out;
}

/** The root element of `xml`; an ImportError naming `what` when it is not well-formed XML. */
export function parseXml(xml: string, what: string): XElement {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new ImportError(`${what}: geen geldige XML (regel ${valid.err.line}: ${valid.err.msg})`);
  const root = convert(parser.parse(xml) as Raw[]).find(isElement);
  if (!root) throw new ImportError(`${what}: geen XML-element gevonden`);
  return root;
}

/** Child elements named `name`. */
export function childrenNamed(el: XElement, name: string): XElement[] {
  return el.children.filter((c): c is XElement => isElement(c) && c.name === name);
}

export function child(el: XElement, name: string): XElement | undefined {
  return el.children.find((c): c is XElement => isElement(c) && c.name === name);
}

/** The first descendant (depth first) named `name`. */
export function descendant(el: XElement, name: string): XElement | undefined {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (c.name === name) return c;
    const d = descendant(c, name);
    if (d) return d;
  }
  return undefined;
}

/** All text below `el`, in order. */
export function textOf(el: XNode): string {
  return isElement(el) ? el.children.map(textOf).join('') : el.text;
}

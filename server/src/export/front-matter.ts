// A draft's YAML front matter as the export reads it: split from the body, values as text. Its
// own file (no Markdown parser) so the preview's letter layout reads the same values.
import { parse as parseYaml } from 'yaml';

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** Front matter values as text; a draft whose front matter is not a YAML mapping gets none. */
export function readFrontMatter(yamlText: string): [string, string][] {
  let value: unknown;
  try {
    value = parseYaml(yamlText);
  } catch {
    return [];
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== null && v !== undefined && typeof v !== 'object')
    .map(([k, v]) => [k, String(v)]);
}

/** The draft's front matter (none without a block) and the body after it; a BOM is dropped. */
export function splitDraft(source: string): { frontMatter: [string, string][]; body: string } {
  const text = source.replace(/^\ufeff/, '');
  const fm = FRONT_MATTER.exec(text);
  return fm ? { frontMatter: readFrontMatter(fm[1]!), body: text.slice(fm[0].length) } : { frontMatter: [], body: text };
}

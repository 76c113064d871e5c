// Front matter values shared by KB404 and KB501.
import type { DocumentAnalysis } from '../model.js';
import type { FrontMatterEntry } from '../frontmatter.js';

export function entry(doc: DocumentAnalysis, key: string): FrontMatterEntry | undefined {
  return doc.frontMatter?.entries.find((e) => e.key === key);
}

/** A real calendar date written YYYY-MM-DD, as a UTC day number; null otherwise. */
export function isoDay(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.replace(/^["']|["']$/g, ''));
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return t / 86_400_000;
}

export function soort(doc: DocumentAnalysis): string {
  return String(entry(doc, 'soort')?.value ?? 'brief').trim();
}

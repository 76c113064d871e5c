// Find references of a Kamerstuk across the workspace's Markdown files. Open documents count as
// they are in the editor; other files are read from disk and analysed with the shared cache.
import fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { glob } from 'tinyglobby';
import { analyze, type BlockCache } from '../core/analyze.js';
import { stripBom } from '../core/lint.js';
import type { DocumentAnalysis } from '../core/model.js';
import type { Citation } from '../core/types.js';

export interface Found {
  uri: string;
  doc: DocumentAnalysis;
  citation: Citation;
}

/** Same document cited: same kst id, or same dossier + first nr. */
export function citationKey(c: Citation): string | null {
  if (c.id) return c.id.replace(/-n\d+$/, '');
  if (c.dossier.length && c.nrs.length) return `${c.dossier[0]}-${c.toevoeging ?? ''}-${c.nrs[0]}`;
  return null;
}

const MAX_FILES = 5000;
const MAX_BYTES = 5 * 1024 * 1024;

export async function findInWorkspace(
  key: string,
  folders: string[],
  open: Map<string, DocumentAnalysis>,
  cache: BlockCache,
): Promise<Found[]> {
  const out: Found[] = [];
  const seen = new Set<string>();
  const visit = (uri: string, doc: DocumentAnalysis): void => {
    for (const { citation } of doc.citations) if (citationKey(citation) === key) out.push({ uri, doc, citation });
  };
  for (const [uri, doc] of open) {
    seen.add(uri);
    visit(uri, doc);
  }
  for (const folderUri of folders) {
    let root: string;
    try {
      root = fileURLToPath(folderUri);
    } catch {
      continue; // not a file: URI (a virtual workspace)
    }
    const files = await glob('**/*.md', { cwd: root, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'] });
    for (const file of files.slice(0, MAX_FILES)) {
      const uri = pathToFileURL(file).toString();
      if (seen.has(uri)) continue;
      seen.add(uri);
      try {
        if (fs.statSync(file).size > MAX_BYTES) continue;
        visit(uri, analyze(stripBom(fs.readFileSync(file, 'utf8')), { cache }));
      } catch {
        // unreadable file: skip
      }
    }
  }
  return out;
}

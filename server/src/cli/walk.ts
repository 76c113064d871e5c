// Walks a folder as git sees it: ignored folders are pruned (never read) unless they hold tracked
// files (then only those are listed), `.git` and node_modules are always skipped, symbolic links
// are listed but not followed (no loops, like git).
import fs from 'node:fs';
import path from 'node:path';
import type { GitIgnores } from './git/ignores.js';

const ALWAYS_SKIPPED = new Set(['.git', 'node_modules']);

export interface WalkOptions {
  ignores: GitIgnores;
  /** Where .gitignore files start to count outside a repository. */
  top: string;
  /** Keeps a file by its path relative to the walk's root ("/"-separated). */
  accept: (rel: string) => boolean;
  /** Folder levels to descend below the root (1: only the root's own files). */
  maxDepth: number;
  /** Told about an entry that cannot be linted (a name that is not valid UTF-8). */
  note?: (message: string) => void;
  /** Collects the listed files that are symbolic links (every other one is its own real path below the root). */
  links?: Set<string>;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The name as text, or null when its bytes are not UTF-8 (a string path cannot name that file). */
function nameOf(raw: Buffer): string | null {
  try {
    return strictUtf8.decode(raw);
  } catch {
    return null;
  }
}

/** A byte name for messages: valid text as is, other bytes as \xNN. */
export function showBytes(raw: Buffer): string {
  let out = '';
  for (let i = 0; i < raw.length; ) {
    const c = raw[i]!;
    const n = c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
    const text = n > 0 ? nameOf(raw.subarray(i, i + n)) : null;
    if (text !== null && c >= 0x20 && c !== 0x7f) {
      out += text;
      i += n;
    } else {
      out += `\\x${c.toString(16).padStart(2, '0')}`;
      i += 1;
    }
  }
  return out;
}

/** Absolute paths of the accepted files under `root` that git would not ignore. */
export function walk(root: string, options: WalkOptions): string[] {
  const out: string[] = [];
  const { ignores, top } = options;
  /** `trackedOnly`: inside an ignored folder, where only tracked files count. */
  const visit = (dir: string, rel: string, depth: number, trackedOnly: boolean): void => {
    let entries: fs.Dirent<Buffer>[];
    try {
      // Names as bytes: a name that is not UTF-8 would otherwise come back mangled and not be found.
      entries = fs.readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
    } catch {
      return; // unreadable folder: nothing to lint in it
    }
    for (const entry of entries) {
      const name = nameOf(entry.name);
      if (name === null) {
        const shown = `${rel ? rel + '/' : ''}${showBytes(entry.name)}`;
        if (entry.isDirectory() || options.accept(shown)) options.note?.(`"${shown}": de naam is geen geldige UTF-8 en wordt overgeslagen; hernoem ${entry.isDirectory() ? 'de map' : 'het bestand'} om ${entry.isDirectory() ? 'de inhoud' : 'het'} te controleren`);
        continue;
      }
      if (ALWAYS_SKIPPED.has(name)) continue;
      const abs = path.join(dir, name);
      const relPath = rel ? `${rel}/${name}` : name;
      if (entry.isDirectory()) {
        if (depth <= 1) continue;
        if (!trackedOnly && !ignores.ignored(abs, true, top)) visit(abs, relPath, depth - 1, false);
        else if (ignores.holdsTracked(abs)) visit(abs, relPath, depth - 1, true);
      } else if ((entry.isFile() || (entry.isSymbolicLink() && !isFolder(abs))) && options.accept(relPath)) {
        const listed = trackedOnly ? ignores.isTracked(abs) : !ignores.ignored(abs, false, top) || ignores.isTracked(abs);
        if (!listed) continue;
        out.push(abs);
        if (entry.isSymbolicLink()) options.links?.add(abs);
      }
    }
  };
  visit(root, '', options.maxDepth, false);
  return out;
}

function isFolder(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false; // a broken link: listed, and reported when it cannot be read
  }
}

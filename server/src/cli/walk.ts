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
}

/** Absolute paths of the accepted files under `root` that git would not ignore. */
export function walk(root: string, options: WalkOptions): string[] {
  const out: string[] = [];
  const { ignores, top } = options;
  /** `trackedOnly`: inside an ignored folder, where only tracked files count. */
  const visit = (dir: string, rel: string, depth: number, trackedOnly: boolean): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // unreadable folder: nothing to lint in it
    }
    for (const entry of entries) {
      if (ALWAYS_SKIPPED.has(entry.name)) continue;
      const abs = path.join(dir, entry.name);
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (depth <= 1) continue;
        if (!trackedOnly && !ignores.ignored(abs, true, top)) visit(abs, relPath, depth - 1, false);
        else if (ignores.holdsTracked(abs)) visit(abs, relPath, depth - 1, true);
      } else if ((entry.isFile() || (entry.isSymbolicLink() && !isFolder(abs))) && options.accept(relPath)) {
        const listed = trackedOnly ? ignores.isTracked(abs) : !ignores.ignored(abs, false, top) || ignores.isTracked(abs);
        if (listed) out.push(abs);
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

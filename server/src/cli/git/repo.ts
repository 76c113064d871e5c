// Finds the git work tree a folder belongs to by reading the file system (git itself may not be
// installed): the nearest folder upwards with a `.git` folder, or a `.git` file ("gitdir: …") as
// worktrees and submodules have. Reads no objects, only where the repository's files live.
import fs from 'node:fs';
import path from 'node:path';

export interface GitRepo {
  /** The work tree's top folder. */
  root: string;
  /** The folder `.git` points at (for a worktree: `.git/worktrees/<name>` of the main one). */
  gitDir: string;
  /** Where shared files such as `info/exclude` and `config` live (a worktree shares its main's). */
  commonDir: string;
}

/** The repository whose work tree has `dir` as its top folder, or null. */
export function repoAt(dir: string): GitRepo | null {
  const dotGit = path.join(dir, '.git');
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dotGit);
  } catch {
    return null;
  }
  let gitDir: string;
  if (stat.isDirectory()) gitDir = dotGit;
  else {
    const m = /^gitdir:\s*(.+?)\s*$/m.exec(readText(dotGit) ?? '');
    if (!m) return null;
    gitDir = path.resolve(dir, m[1]!);
  }
  const common = readText(path.join(gitDir, 'commondir'))?.trim();
  return { root: dir, gitDir, commonDir: common ? path.resolve(gitDir, common) : gitDir };
}

/** Finds the repository containing `dir` by walking up; answers are cached per folder. */
export class RepoFinder {
  readonly #found = new Map<string, GitRepo | null>();

  find(dir: string): GitRepo | null {
    const known = this.#found.get(dir);
    if (known !== undefined) return known;
    const parent = path.dirname(dir);
    const repo = repoAt(dir) ?? (parent === dir ? null : this.find(parent));
    this.#found.set(dir, repo);
    return repo;
  }
}

export function readText(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

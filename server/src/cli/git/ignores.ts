// Whether git would ignore a path: every `.gitignore` from the work tree's top folder down (each
// relative to its own folder, a deeper one overriding a shallower one), then `.git/info/exclude`,
// then the user's global excludes file, as in git's own order. Outside a repository only the
// `.gitignore` files from a given top folder down count. Rule files are read once per folder.
// A file git tracks (in the index) is never ignored, as in `git ls-files --cached`.
import os from 'node:os';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { coreSettings, type UserDirs } from './config.js';
import { readIndexPaths } from './index-file.js';
import { readText, RepoFinder, type GitRepo } from './repo.js';

interface RuleSet {
  /** Patterns are relative to this folder. */
  base: string;
  rules: Ignore;
}

interface RepoWide {
  sets: RuleSet[];
  ignoreCase: boolean;
  hashBytes: number;
}

interface Tracked {
  files: Set<string>;
  folders: Set<string>;
}

export function defaultUserDirs(): UserDirs {
  return { home: os.homedir(), xdgConfigHome: process.env['XDG_CONFIG_HOME'] ?? '' };
}

export class GitIgnores {
  readonly #repos = new RepoFinder();
  readonly #chains = new Map<string, RuleSet[]>();
  readonly #repoWide = new Map<string, RepoWide>();
  readonly #tracked = new Map<string, Tracked>();
  readonly #dirs: UserDirs;
  /** Case-insensitive file systems by default outside a repository (a repository says so itself). */
  readonly #plainIgnoreCase: boolean;

  constructor(dirs: UserDirs = defaultUserDirs(), platform: NodeJS.Platform = process.platform) {
    this.#dirs = dirs;
    this.#plainIgnoreCase = platform === 'win32' || platform === 'darwin';
  }

  repoOf(dir: string): GitRepo | null {
    return this.#repos.find(dir);
  }

  /**
   * True when git would leave out `abs` (a folder when `isDir`). `top`: where rules start when
   * `abs` is in no repository. Parents are taken as already walked into (see walk.ts).
   */
  ignored(abs: string, isDir: boolean, top: string): boolean {
    for (const set of this.#rulesIn(path.dirname(abs), top)) {
      const rel = path.relative(set.base, abs);
      if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) continue;
      const verdict = set.rules.test(rel.split(path.sep).join('/') + (isDir ? '/' : ''));
      if (verdict.unignored) return false;
      if (verdict.ignored) return true;
    }
    return false;
  }

  /** True for a file in the index of its repository. */
  isTracked(abs: string): boolean {
    const repo = this.#repos.find(path.dirname(abs));
    return !!repo && this.#trackedIn(repo).files.has(abs);
  }

  /** True for a folder with tracked files somewhere below it (walked even when ignored). */
  holdsTracked(dir: string): boolean {
    const repo = this.#repos.find(dir);
    return !!repo && this.#trackedIn(repo).folders.has(dir);
  }

  #trackedIn(repo: GitRepo): Tracked {
    const known = this.#tracked.get(repo.root);
    if (known) return known;
    const files = new Set<string>();
    const folders = new Set<string>();
    for (const rel of readIndexPaths(path.join(repo.gitDir, 'index'), this.#wide(repo).hashBytes) ?? []) {
      const abs = path.join(repo.root, ...rel.split('/'));
      files.add(abs);
      for (let dir = path.dirname(abs); dir !== repo.root && !folders.has(dir); dir = path.dirname(dir)) folders.add(dir);
    }
    const tracked = { files, folders };
    this.#tracked.set(repo.root, tracked);
    return tracked;
  }

  /** Rule sets for the entries of `dir`, the one that decides first. */
  #rulesIn(dir: string, top: string): RuleSet[] {
    const repo = this.#repos.find(dir);
    const key = repo ? dir : `${top}\0${dir}`;
    const known = this.#chains.get(key);
    if (known) return known;
    const parent = path.dirname(dir);
    const wide = repo ? this.#wide(repo) : null;
    const own = this.#read(path.join(dir, '.gitignore'), dir, wide ? wide.ignoreCase : this.#plainIgnoreCase);
    let rest: RuleSet[];
    if (repo && repo.root === dir) rest = wide!.sets;
    else if (!repo && (dir === top || parent === dir || !inside(top, dir))) rest = [];
    else rest = this.#rulesIn(parent, top);
    const chain = own ? [own, ...rest] : rest;
    this.#chains.set(key, chain);
    return chain;
  }

  /** info/exclude, then the global excludes file: below every .gitignore. */
  #wide(repo: GitRepo): RepoWide {
    const known = this.#repoWide.get(repo.root);
    if (known) return known;
    const settings = coreSettings(this.#dirs, repo);
    const ignoreCase = settings.ignoreCase ?? false;
    const sets = [path.join(repo.commonDir, 'info', 'exclude'), settings.excludesFile]
      .map((file) => (file ? this.#read(file, repo.root, ignoreCase) : null))
      .filter((s): s is RuleSet => s !== null);
    const wide = { sets, ignoreCase, hashBytes: settings.hashBytes };
    this.#repoWide.set(repo.root, wide);
    return wide;
  }

  #read(file: string, base: string, ignoreCase: boolean): RuleSet | null {
    const text = readText(file);
    if (!text || !text.trim()) return null;
    return { base, rules: ignore({ ignorecase: ignoreCase }).add(text.replace(/^\uFEFF/, '')) };
  }
}

export function inside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}


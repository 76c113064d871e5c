// Which files to lint: explicit files, folders (their *.md files) and globs. Folders and globs are
// listed as git lists them (see git/ignores.ts): inside a work tree the tracked files plus the
// others that its .gitignore files, info/exclude and the global excludes file do not ignore,
// wherever in the tree the run starts; outside one by the .gitignore files from the current folder
// (or the named folder) down. A file named explicitly is always linted, as ESLint does, with a
// note when git would ignore it.
import fs from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { isDynamicPattern } from 'tinyglobby';
import { UsageError } from './errors.js';
import { GitIgnores, inside } from './git/ignores.js';
import type { UserDirs } from './git/config.js';
import { walk } from './walk.js';

export interface FileListOptions {
  /** Further ignores for found files (the configuration's "ignores"); named files are kept. */
  skip?: (abs: string) => boolean;
  /** Told about a named file that git would ignore (it is linted all the same). */
  note?: (message: string) => void;
  /** Home and XDG config folders for the global git settings (tests set their own). */
  userDirs?: UserDirs;
}

const isMarkdown = (rel: string): boolean => rel.endsWith('.md');

/** The ignore rules inside a named, ignored folder: none (.git and node_modules stay skipped). */
const NOTHING_IGNORED = { ignored: () => false, holdsTracked: () => false, isTracked: () => false } as unknown as GitIgnores;

export function resolveFiles(patterns: string[], cwd: string, options: FileListOptions = {}): string[] {
  const ignores = new GitIgnores(options.userDirs);
  const topFor = (root: string): string => (inside(cwd, root) ? cwd : root);
  const out = new Set<string>();
  // One file reached by two paths (a link to a parent folder, a folder named twice) is linted once.
  const reals = new Set<string>();
  const addOne = (f: string, real = realOrSelf(f)): void => {
    if (reals.has(real)) return;
    reals.add(real);
    out.add(f);
  };
  // A walk follows no links: a found file that is no link itself is its real folder plus its name,
  // so the real path is looked up once per folder, not once per file.
  const links = new Set<string>();
  const realDirs = new Map<string, string>();
  const realOfFound = (f: string): string => {
    if (links.has(f)) return realOrSelf(f);
    const dir = path.dirname(f);
    let real = realDirs.get(dir);
    if (real === undefined) realDirs.set(dir, (real = realOrSelf(dir)));
    return path.join(real, path.basename(f));
  };
  const add = (found: string[]): void => {
    for (const f of found) {
      const normal = path.normalize(f);
      if (!options.skip?.(normal)) addOne(normal, realOfFound(f));
    }
  };
  const note = options.note;
  const list = patterns.length > 0 ? patterns : ['.'];
  for (const pattern of list) {
    if (isDynamicPattern(pattern)) {
      const found = globFiles(pattern, cwd, ignores, topFor, links, note);
      if (found.length === 0) throw new UsageError(`geen bestanden gevonden voor "${pattern}" (door git genegeerde bestanden tellen niet mee); controleer het patroon`);
      add(found);
      continue;
    }
    const abs = path.resolve(cwd, pattern);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      // A broken link is a file we cannot read: report it per file, lint the others.
      if (isLink(abs)) {
        addOne(abs);
        continue;
      }
      throw new UsageError(`bestand of map "${pattern}" bestaat niet; controleer het pad`);
    }
    if (stat.isDirectory()) {
      // A folder named explicitly that git ignores as a whole (a generated corpus, say) is linted
      // all the same, as a named file is: the user asked for it.
      const namedIgnored = ignores.ignored(abs, true, topFor(path.dirname(abs))) && !ignores.holdsTracked(abs);
      if (namedIgnored) options.note?.(`map "${pattern}" wordt door git genegeerd (.gitignore), maar is met naam genoemd en wordt dus gecontroleerd`);
      add(walk(abs, { ignores: namedIgnored ? NOTHING_IGNORED : ignores, top: topFor(abs), accept: isMarkdown, maxDepth: Infinity, links, ...(note && { note }) }));
    } else {
      addOne(abs);
      if (ignores.ignored(abs, false, topFor(path.dirname(abs))) && !ignores.isTracked(abs)) {
        options.note?.(`"${pattern}" wordt door git genegeerd (.gitignore), maar is met naam genoemd en wordt dus gecontroleerd`);
      }
    }
  }
  return [...out].sort();
}

/** A glob is walked from its fixed leading folders, so only the part that can match is read. */
function globFiles(pattern: string, cwd: string, ignores: GitIgnores, topFor: (root: string) => string, links: Set<string>, note?: (m: string) => void): string[] {
  const { base, glob } = picomatch.scan(pattern);
  const root = path.resolve(cwd, base);
  if (!isDir(root)) return [];
  const matches = picomatch(glob);
  const maxDepth = glob.includes('**') || glob.includes('{') ? Infinity : glob.split('/').length;
  return walk(root, { ignores, top: topFor(root), accept: matches, maxDepth, links, ...(note && { note }) });
}

function realOrSelf(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
}

function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function isLink(p: string): boolean {
  try {
    return fs.lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

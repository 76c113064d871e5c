// Which files to lint: explicit files, folders (their **/*.md) and globs, honouring .gitignore
// files from the current folder down, like markdownlint-cli2 and ESLint do.
import fs from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UsageError } from './errors.js';

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

function gitignoreFilter(cwd: string): Ignore {
  const ig = ignore();
  // Only the top-level .gitignore of the working folder; nested ones are rare in letter repositories.
  const file = path.join(cwd, '.gitignore');
  if (fs.existsSync(file)) ig.add(fs.readFileSync(file, 'utf8'));
  return ig;
}

/** `skip`: further ignores for found files (the configuration's "ignores"); named files are kept. */
export async function resolveFiles(patterns: string[], cwd: string, skip?: (abs: string) => boolean): Promise<string[]> {
  const ig = gitignoreFilter(cwd);
  const keep = (abs: string): boolean => {
    const rel = path.relative(cwd, abs);
    if (skip?.(path.normalize(abs))) return false;
    return rel.startsWith('..') || path.isAbsolute(rel) || !ig.ignores(rel.split(path.sep).join('/'));
  };
  const out = new Set<string>();
  const list = patterns.length > 0 ? patterns : ['**/*.md'];
  for (const pattern of list) {
    if (isDynamicPattern(pattern)) {
      const found = await glob(pattern, { cwd, absolute: true, ignore: ALWAYS_IGNORED, dot: false });
      if (found.length === 0 && patterns.length > 0) throw new UsageError(`geen bestanden gevonden voor "${pattern}"; controleer het patroon`);
      found.filter(keep).forEach((f) => out.add(path.normalize(f)));
      continue;
    }
    const abs = path.resolve(cwd, pattern);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      // A broken link is a file we cannot read: report it per file, lint the others.
      if (isLink(abs)) {
        out.add(abs);
        continue;
      }
      throw new UsageError(`bestand of map "${pattern}" bestaat niet; controleer het pad`);
    }
    if (stat.isDirectory()) {
      const found = await glob('**/*.md', { cwd: abs, absolute: true, ignore: ALWAYS_IGNORED });
      found.filter(keep).forEach((f) => out.add(path.normalize(f)));
    } else {
      out.add(abs); // an explicitly named file is linted even if ignored
    }
  }
  return [...out].sort();
}

function isLink(p: string): boolean {
  try {
    return fs.lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

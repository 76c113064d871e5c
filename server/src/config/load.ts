// Finds and reads configuration files for a draft (the CLI and the language server share this):
// from the draft's folder upwards, one file per folder (.kamerbrief.jsonc, then .kamerbrief.json,
// then the "kamerbrief" key of package.json), stopping after a folder with `.git` (the repository
// root), a file with "root": true, or the filesystem root. Nearest wins (see core/config/merge.ts).
import fs from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { mergeConfigs, type IgnoreSet, type ResolvedConfig } from '../core/config/merge.js';
import { parseConfigText } from '../core/config/parse.js';
import type { ConfigProblem, FileConfig } from '../core/config/types.js';

export const CONFIG_NAMES = ['.kamerbrief.jsonc', '.kamerbrief.json', 'package.json'] as const;

export interface LoadedFile {
  /** Absolute path of the configuration file. */
  file: string;
  /** Its folder: ignores are relative to it. */
  base: string;
  /** Null when the file has problems. */
  config: FileConfig | null;
  problems: ConfigProblem[];
}

export interface ForFile {
  resolved: ResolvedConfig;
  /** The files of the cascade, far to near (broken ones included, with their problems). */
  files: LoadedFile[];
}

export class ConfigLoader {
  readonly #inDir = new Map<string, LoadedFile | null>();
  readonly #chains = new Map<string, ForFile>();
  readonly #ignores = new Map<string, Ignore>();

  /** `explicit`: use only this file for every draft (`--config`), no lookup. */
  constructor(private readonly explicit: string | null = null) {}

  forFile(file: string): ForFile {
    // Keyed by the folder as given first: a run asks for a thousand files in a few folders, and
    // resolving every path again costs more than the lookup.
    const given = path.dirname(file);
    const known = this.#chains.get(given);
    if (known) return known;
    const dir = path.resolve(given);
    let hit = this.#chains.get(dir);
    if (!hit) {
      const files = this.explicit ? [this.#read(this.explicit)].filter((f): f is LoadedFile => f !== null) : this.#chain(dir);
      const good = files.flatMap((f) => (f.config ? [{ base: f.base, config: f.config }] : []));
      hit = { resolved: mergeConfigs(good), files };
      this.#chains.set(dir, hit);
    }
    this.#chains.set(given, hit);
    return hit;
  }

  /** Whether the resolved configuration's ignores cover the file. */
  ignores(file: string, resolved: ResolvedConfig): boolean {
    if (resolved.ignores.length === 0) return false;
    const abs = path.resolve(file);
    return resolved.ignores.some((set) => {
      const rel = path.relative(set.base, abs);
      if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return false;
      return this.#ignore(set).ignores(rel.split(path.sep).join('/'));
    });
  }

  /** Reads one configuration file afresh (null: gone, or a package.json without our key). */
  readFile(file: string): LoadedFile | null {
    return this.#read(file);
  }

  /** Forgets everything read (a configuration file changed). */
  clear(): void {
    this.#inDir.clear();
    this.#chains.clear();
  }

  #chain(start: string): LoadedFile[] {
    const near: LoadedFile[] = [];
    for (let dir = start; ; ) {
      const f = this.#fileIn(dir);
      if (f) near.push(f);
      if (f?.config?.root || exists(path.join(dir, '.git'))) break;
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
    return near.reverse();
  }

  #fileIn(dir: string): LoadedFile | null {
    if (this.#inDir.has(dir)) return this.#inDir.get(dir)!;
    let found: LoadedFile | null = null;
    for (const name of CONFIG_NAMES) {
      found = this.#read(path.join(dir, name));
      if (found) break;
    }
    this.#inDir.set(dir, found);
    return found;
  }

  /** Reads one configuration file; null when it does not exist (or is a package.json without our key). */
  #read(file: string): LoadedFile | null {
    let text: string;
    const problem = (message: string): LoadedFile => ({ file, base: path.dirname(file), config: null, problems: [{ message, offset: 0, length: 0, line: 1, column: 1 }] });
    try {
      // Checked before reading: /dev/zero never ends and a FIFO blocks until someone writes.
      const st = fs.statSync(file);
      if (st.isDirectory()) return path.basename(file) === 'package.json' ? null : problem('is een map, geen configuratiebestand; verwijder of hernoem de map');
      if (!st.isFile()) return problem('is geen gewoon bestand (een apparaat, pipe of socket); een configuratie moet een bestand zijn');
      text = fs.readFileSync(file, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return null;
      return problem(`kan niet worden gelezen (${code ?? 'onbekende fout'}); controleer de bestandsrechten`);
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const parsed = parseConfigText(text, path.basename(file) === 'package.json');
    if (!parsed.config && parsed.problems.length === 0) return null;
    return { file, base: path.dirname(file), config: parsed.config, problems: parsed.problems };
  }

  #ignore(set: IgnoreSet): Ignore {
    const key = set.base + '\0' + set.patterns.join('\0');
    let ig = this.#ignores.get(key);
    if (!ig) {
      ig = ignore().add(set.patterns);
      this.#ignores.set(key, ig);
    }
    return ig;
  }
}

function exists(p: string): boolean {
  try {
    fs.statSync(p);
    return true;
  } catch {
    return false;
  }
}

/** `file:line:col: message` of the first problem, for the CLI's one line on stderr. */
export function describeProblem(file: LoadedFile, shown: string): string | null {
  const p = file.problems[0];
  return p ? `${shown}:${p.line}:${p.column}: ${p.message}` : null;
}

// The settings that decide what git ignores: `core.excludesFile` (the user's global ignore file)
// and `core.ignoreCase`, and the object format the index is written in. Read from the user's and
// the repository's config files, later ones winning as in git; `include` directives and the system
// config are not followed.
import path from 'node:path';
import { readText } from './repo.js';

export interface UserDirs {
  home: string;
  /** $XDG_CONFIG_HOME, or empty for ~/.config. */
  xdgConfigHome: string;
}

export interface CoreSettings {
  excludesFile: string | null;
  ignoreCase: boolean | null;
  /** Bytes per object name in the index: 20 (SHA-1) or 32 (SHA-256). */
  hashBytes: number;
}

function xdgGit(dirs: UserDirs, name: string): string {
  return path.join(dirs.xdgConfigHome || path.join(dirs.home, '.config'), 'git', name);
}

/** "section.key" (lower case) of one config file's text, for sections without a subsection; a later line wins. */
export function parseConfig(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let section: string | null = null;
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.trim();
    const header = /^\[\s*([A-Za-z0-9.-]+)(\s+"[^"]*")?\s*\]/.exec(line);
    if (header) {
      section = header[2] ? null : header[1]!.toLowerCase();
      line = line.slice(header[0].length).trim(); // "[core] bare = true" is allowed
    }
    if (section === null || !line || line.startsWith('#') || line.startsWith(';')) continue;
    const kv = /^([A-Za-z][A-Za-z0-9-]*)\s*(?:=\s*(.*))?$/.exec(line);
    if (kv) out.set(`${section}.${kv[1]!.toLowerCase()}`, kv[2] === undefined ? 'true' : unquote(kv[2]));
  }
  return out;
}

/** A value without its comment and quotes, with git's escapes (\" \\ \t \n) applied. */
function unquote(value: string): string {
  let out = '';
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (ch === '"') quoted = !quoted;
    else if (ch === '\\' && i + 1 < value.length) {
      const next = value[++i]!;
      out += next === 't' ? '\t' : next === 'n' ? '\n' : next;
    } else if ((ch === '#' || ch === ';') && !quoted) break;
    else out += ch;
  }
  return out.trim();
}

function bool(value: string | undefined): boolean | null {
  if (value === undefined) return null;
  const v = value.toLowerCase();
  if (['true', 'yes', 'on', '1'].includes(v)) return true;
  if (['false', 'no', 'off', '0', ''].includes(v)) return false;
  return null;
}

/** The settings for a repository (null: outside any repository). */
export function coreSettings(dirs: UserDirs, repo: { root: string; commonDir: string } | null): CoreSettings {
  const files = [xdgGit(dirs, 'config'), path.join(dirs.home, '.gitconfig')];
  if (repo) files.push(path.join(repo.commonDir, 'config'));
  const merged = new Map<string, string>();
  for (const file of files) {
    const text = readText(file);
    if (text !== null) for (const [k, v] of parseConfig(text)) merged.set(k, v);
  }
  const excludes = merged.get('core.excludesfile');
  let excludesFile: string | null;
  if (excludes === undefined) excludesFile = xdgGit(dirs, 'ignore');
  else if (excludes === '') excludesFile = null;
  // git runs from the work tree's top folder, so a relative path is relative to that.
  else excludesFile = excludes.startsWith('~/') ? path.join(dirs.home, excludes.slice(2)) : path.resolve(repo?.root ?? dirs.home, excludes);
  const hashBytes = merged.get('extensions.objectformat')?.toLowerCase() === 'sha256' ? 32 : 20;
  return { excludesFile, ignoreCase: bool(merged.get('core.ignorecase')), hashBytes };
}

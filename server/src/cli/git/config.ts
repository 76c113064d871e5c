// The two `[core]` settings that decide what git ignores: `excludesFile` (the user's global ignore
// file) and `ignoreCase`. Read from the user's and the repository's config files, later ones
// winning as in git; `include` directives and the system config are not followed.
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
}

function xdgGit(dirs: UserDirs, name: string): string {
  return path.join(dirs.xdgConfigHome || path.join(dirs.home, '.config'), 'git', name);
}

/** `[core]` keys (lower case) of one config file's text; a later line wins. */
export function parseCore(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let inCore = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const section = /^\[\s*([A-Za-z0-9.-]+)(\s+"[^"]*")?\s*\]/.exec(line);
    if (section) {
      inCore = section[1]!.toLowerCase() === 'core' && !section[2];
      continue;
    }
    if (!inCore || !line || line.startsWith('#') || line.startsWith(';')) continue;
    const kv = /^([A-Za-z][A-Za-z0-9-]*)\s*(?:=\s*(.*))?$/.exec(line);
    if (kv) out.set(kv[1]!.toLowerCase(), kv[2] === undefined ? 'true' : unquote(kv[2]));
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
    if (text !== null) for (const [k, v] of parseCore(text)) merged.set(k, v);
  }
  const excludes = merged.get('excludesfile');
  let excludesFile: string | null;
  if (excludes === undefined) excludesFile = xdgGit(dirs, 'ignore');
  else if (excludes === '') excludesFile = null;
  // git runs from the work tree's top folder, so a relative path is relative to that.
  else excludesFile = excludes.startsWith('~/') ? path.join(dirs.home, excludes.slice(2)) : path.resolve(repo?.root ?? dirs.home, excludes);
  return { excludesFile, ignoreCase: bool(merged.get('ignorecase')) };
}

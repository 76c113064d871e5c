// Where `kamerbrief sync` keeps its snapshot when no --data is given: a per-user data folder.
import os from 'node:os';
import path from 'node:path';

/** Per-user snapshot folder: %LOCALAPPDATA% on Windows, $XDG_DATA_HOME or ~/.local/share elsewhere. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = os.homedir()): string {
  if (platform === 'win32') {
    const base = env.LOCALAPPDATA || path.win32.join(home, 'AppData', 'Local');
    return path.win32.join(base, 'kamerbrief', 'gegevens');
  }
  if (platform === 'darwin' && !env.XDG_DATA_HOME) return path.posix.join(home, 'Library', 'Application Support', 'kamerbrief', 'gegevens');
  // XDG says a relative XDG_DATA_HOME is invalid and must be ignored.
  const xdg = env.XDG_DATA_HOME && path.isAbsolute(env.XDG_DATA_HOME) ? env.XDG_DATA_HOME : path.posix.join(home, '.local', 'share');
  return path.posix.join(xdg, 'kamerbrief', 'gegevens');
}

// The one way this tool replaces a file (fixed drafts, --output reports, caches, snapshot files,
// sync state): write a temporary file in the target's own folder, fsync it, rename it over the
// target. A reader sees the old file or the new one, never half of one; a crash leaves at most a
// hidden temporary file. A symbolic link stays a link (the file it points to is replaced), an
// existing file keeps its mode, and Windows' brief refusals to rename are waited out.
import nodeFs from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

/** The file-system calls used here; tests replace some to simulate failures. */
export type SafeWriteFs = Pick<
  typeof nodeFs,
  'openSync' | 'writeFileSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'rmSync' | 'lstatSync' | 'statSync' | 'realpathSync' | 'readlinkSync' | 'chmodSync'
>;

export interface SafeWriteOptions {
  /** Mode for a file that does not exist yet (the umask applies); an existing file keeps its own. */
  mode?: number;
  /** Also fsync the folder after the rename, so the rename itself survives a power cut (POSIX). */
  syncFolder?: boolean;
  /** Injected for tests; default: the real ones. */
  platform?: NodeJS.Platform;
  fs?: Partial<SafeWriteFs>;
  sleep?: (ms: number) => void;
  /**
   * Called just before the rename, after the new bytes are safely in the temporary file: throws
   * when the target may no longer be replaced (it changed since it was read). The temporary file
   * is removed and the target left as it is.
   */
  beforeRename?: (target: string) => void;
}

/** Codes with which Windows refuses a rename while another process has the file open for a moment. */
const BUSY_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);
const MAX_LINK_HOPS = 40;
let counter = 0;

function withDefaults(options: SafeWriteOptions): { fs: SafeWriteFs; platform: NodeJS.Platform; sleep: (ms: number) => void } {
  return { fs: { ...nodeFs, ...options.fs }, platform: options.platform ?? process.platform, sleep: options.sleep ?? pause };
}

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

const code = (err: unknown): string => (err as NodeJS.ErrnoException)?.code ?? '';

/** Writes `data` to `file` atomically (see above). Throws the file system's error; cleans up first. */
export function writeFileSafe(file: string, data: string | Uint8Array, options: SafeWriteOptions = {}): void {
  const { fs } = withDefaults(options);
  const target = resolveTarget(file, fs);
  let keepMode: number | null = null;
  try {
    keepMode = fs.statSync(target).mode & 0o7777;
  } catch (err) {
    if (code(err) !== 'ENOENT') throw err;
  }
  removeStaleTemps(path.dirname(target), fs);
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${threadId}-${counter++}.tmp`);
  let fd: number | null = null;
  try {
    fd = fs.openSync(tmp, 'wx', keepMode ?? options.mode ?? 0o666);
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    // open() applied the umask; an existing file's mode is restored exactly.
    if (keepMode !== null) fs.chmodSync(tmp, keepMode);
    options.beforeRename?.(target);
    renameRetrying(tmp, target, options);
  } catch (err) {
    if (fd !== null) {
      try {
        fs.closeSync(fd);
      } catch {
        // already failing; the error that matters is thrown below
      }
    }
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // nothing more to do: the temporary file is hidden and named after this process
    }
    throw err;
  }
  if (options.syncFolder) fsyncDir(path.dirname(target), options);
}

const TEMP_NAME = /^\..+\.(\d+)-\d+-\d+\.tmp$/;
const swept = new Set<string>();

/**
 * Removes the temporary files a killed writer (kill -9, power cut) left in `dir`: those whose
 * process no longer runs. Once per folder per process, so writing many files stays linear.
 */
export function removeStaleTemps(dir: string, fs: SafeWriteFs = nodeFs, alive: (pid: number) => boolean = processAlive): void {
  if (swept.has(dir)) return;
  swept.add(dir);
  let names: string[];
  try {
    names = nodeFs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(TEMP_NAME.exec(name)?.[1] ?? NaN);
    if (!Number.isInteger(pid) || pid === process.pid || alive(pid)) continue;
    try {
      fs.rmSync(path.join(dir, name), { force: true });
    } catch {
      // another sweeper got it first, or no rights: harmless
    }
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return code(err) === 'EPERM'; // exists, owned by someone else
  }
}

/**
 * Where the bytes must go: `file` itself, or for a symbolic link the file it points to (so the
 * link survives). A dangling link is followed by hand to the file it would create.
 */
export function resolveTarget(file: string, fs: SafeWriteFs = nodeFs): string {
  let current = path.resolve(file);
  for (let hop = 0; hop < MAX_LINK_HOPS; hop++) {
    let isLink: boolean;
    try {
      isLink = fs.lstatSync(current).isSymbolicLink();
    } catch (err) {
      if (code(err) === 'ENOENT') return current;
      throw err;
    }
    if (!isLink) return current;
    try {
      return fs.realpathSync(current);
    } catch (err) {
      if (code(err) !== 'ENOENT') throw err;
      current = path.resolve(path.dirname(current), fs.readlinkSync(current, 'utf8'));
    }
  }
  throw Object.assign(new Error(`te veel symbolische koppelingen achter elkaar: ${file}`), { code: 'ELOOP' });
}

/**
 * Renames, and on Windows tries again for about a second when another process (a virus scanner,
 * an editor, a language server reading a snapshot) holds the file or folder for a moment.
 */
export function renameRetrying(from: string, to: string, options: SafeWriteOptions = {}): void {
  const { fs, platform, sleep } = withDefaults(options);
  for (let wait = 5; ; wait *= 2) {
    try {
      fs.renameSync(from, to);
      return;
    } catch (err) {
      if (platform !== 'win32' || !BUSY_CODES.has(code(err)) || wait > 640) throw err;
      sleep(wait);
    }
  }
}

/** Makes renames inside a folder durable (POSIX; Windows cannot open a folder for fsync). */
export function fsyncDir(dir: string, options: SafeWriteOptions = {}): void {
  const { fs, platform } = withDefaults(options);
  if (platform === 'win32') return;
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // some file systems refuse fsync on a folder; the data files themselves are synced
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

// `kamerbrief lint` / `kamerbrief citations`: files in, results out, exit code back.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { HELP, parseCli, type CliOptions } from './args.js';
import { PersistentBlockCache, writeBlockFile } from './block-store.js';
import { buildId } from './build-id.js';
import { defaultCacheDir, RESULT_FILE } from './cache-dir.js';
import { UsageError } from './errors.js';
import { colorWanted } from './color.js';
import { resolveFiles } from './files.js';
import { fileSetup, readStdin } from './file-setup.js';
import { formatJson, formatStylish } from './format.js';
import { formatCitationReport } from './formats/citation-report.js';
import type { FileResult, OutputCitation } from './output.js';
import { runPool } from './pool.js';
import { readDraftWithStat } from './read.js';
import { contentHash, ResultCache } from './result-cache.js';
import { severityCounts, StoredFileResult, utf8Text, type StoredMessages } from './stored-messages.js';
import { formatSuppressions, suppressionRows } from './suppression-report.js';
import { resolveDataDir, snapshotAt } from './data.js';
import type { WorkItem, WorkResult } from './work.js';
import { resolveTarget, writeFileSafe } from '../io/safe-write.js';
import { describeWriteError } from './write-error.js';
import { terminalSafe } from './terminal-text.js';
import type { ImportedText } from './imported.js';
import { isStale } from '../core/features/data-age.js';
import type { LintConfig } from '../core/config.js';

/** By name only, so that linting Markdown never loads the importer. */
const isImportableName = (file: string): boolean => /\.(docx|docm|xml)$/i.test(file);

export interface Io {
  stdout: (s: string) => void;
  /** Writes UTF-8 bytes as they are (a JSON report copied from the result cache); default: decoded, to stdout. */
  stdoutBytes?: (b: Uint8Array) => void;
  stderr: (s: string) => void;
  isTty: boolean;
  /** For NO_COLOR and FORCE_COLOR, and the per-user data and cache folders; default: process.env. */
  env?: NodeJS.ProcessEnv;
  cwd: string;
  /** Module URL of the worker entry (the CLI itself). */
  workerEntry: string | URL;
  /** Reads all of stdin (for the path "-"); default: file descriptor 0. */
  stdin?: () => Buffer;
  /** A worker the shell started before the arguments were read (pool.ts startStandby). */
  standby?: Worker;
}

const VERSION = '0.1.0';
/**
 * Below this much work, starting threads costs more than it saves: a worker loads the engine
 * again (about 0.3 s of CPU time). Since lint runs skip TurboFan (cli.ts), a second thread gains
 * from about 1 MB of drafts on; 2 MB leaves a margin (bench/README.md).
 */
const POOL_MIN_FILES = 8;
const POOL_MIN_BYTES = 2 * 1024 * 1024;
const BLOCK_FILE_MAX_BYTES = 256 * 1024 * 1024;
/** Written by versions before 0.2: removed when the new file is written. */
const OLD_RESULT_FILE = 'results.json';

export async function run(argv: string[], io: Io): Promise<number> {
  // The engine, sync and lookup load only when needed: a run whose results are all cached starts
  // without compiling the parser, YAML and the rules.
  if (argv[0] === 'sync') return (await import('./sync-command.js')).runSyncCommand(argv.slice(1), io);
  if (argv[0] === 'import') return (await import('./import-command.js')).runImportCommand(argv.slice(1), io);
  if (argv[0] === 'vragen') return (await import('./vragen-command.js')).runVragenCommand(argv.slice(1), io);
  if (argv[0] === 'export') return (await import('./export-command.js')).runExportCommand(argv.slice(1), io);
  if (argv[0] === 'lookup') return (await import('./lookup-command.js')).runLookupCommand(argv.slice(1), io);
  if (argv[0] === 'snapshot') return (await import('./snapshot-command.js')).runSnapshotCommand(argv.slice(1), io);
  if (argv[0] === 'woordenlijst') return (await import('./woordenlijst-command.js')).runWoordenlijstCommand(argv.slice(1), io);
  if (argv[0] === 'overzicht') return (await import('./overzicht-command.js')).runOverzichtCommand(argv.slice(1), io);
  let opts: CliOptions;
  try {
    opts = parseCli(argv);
    if (opts.command === 'help') {
      io.stdout(HELP + '\n');
      return 0;
    }
    if (opts.command === 'version') {
      io.stdout(VERSION + '\n');
      return 0;
    }
    return await runCommand(opts, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`kamerbrief: ${err.message}\n`);
      return 2;
    }
    io.stderr(`kamerbrief: interne fout: ${(err as Error)?.stack ?? String(err)}\n`);
    return 2;
  }
}

/**
 * The cached result of an unchanged file: by its stamp without reading it, else (a touched file,
 * a fresh checkout) by the hash of its text. No hit: lint it. With the file's size, from the same stat.
 */
function cachedResult(cache: ResultCache, item: WorkItem): { hit: StoredMessages | undefined; size: number } {
  let stat: fs.Stats;
  const takenAt = Date.now();
  try {
    stat = fs.statSync(item.file);
  } catch {
    return { hit: undefined, size: 0 }; // the work reports why it cannot be read
  }
  const stamp = { size: stat.size, mtimeMs: stat.mtimeMs, takenAt };
  const fresh = cache.fresh(item.file, item.cacheKey!, stamp);
  if (fresh || !cache.has(item.file)) return { hit: fresh, size: stat.size };
  let read: ReturnType<typeof readDraftWithStat>;
  try {
    read = readDraftWithStat(item.file, item.shown);
  } catch {
    return { hit: undefined, size: stat.size };
  }
  const hit = cache.get(item.file, contentHash(read.text, item.cacheKey!));
  if (hit) cache.restamp(item.file, read.stamp);
  return { hit, size: stat.size };
}

async function runCommand(opts: CliOptions, io: Io): Promise<number> {
  const setup = fileSetup(opts, io.cwd);
  const stdin = opts.paths.includes('-') ? readStdin(opts, io.cwd, io.stdin) : null;
  let files = stdin ? [stdin.file] : resolveFiles(opts.paths, io.cwd, { skip: setup.ignored, note: (m) => io.stderr(`kamerbrief: let op: ${m}\n`) });
  if (opts.changedSince) {
    // Asks git (a child process): loaded only for --changed-since.
    const changed = (await import('./changed.js')).changedSince(opts.changedSince, io.cwd);
    files = files.filter((f) => changed.has(setup.real(f)));
    if (files.length === 0) {
      io.stderr(`kamerbrief: geen gewijzigde Markdown-bestanden sinds ${opts.changedSince}\n`);
      return 0;
    }
  }
  if (files.length === 0) {
    io.stderr('kamerbrief: geen Markdown-bestanden gevonden (**/*.md); geef paden of globs op\n');
    return 0;
  }
  if (opts.output) refuseOutputOverInput(path.resolve(io.cwd, opts.output), opts.output, files, setup.real);
  const salt = `${buildId()}`;
  let dataDir: string | undefined = resolveDataDir(opts.dataDir, io.cwd, io.env ?? process.env);
  if (opts.dataDir !== null && !fs.existsSync(dataDir)) throw new UsageError(`--data ${opts.dataDir}: map bestaat niet`);
  let dataStamp = 'geen';
  try {
    // Results depend on the data too: a sync must not be hidden by cached results.
    // …and on its age: KB122 appears once the data is older than 30 days.
    const meta = snapshotAt(dataDir)?.meta;
    dataStamp = meta ? `${meta.createdAt}|${isStale(meta, new Date()) ? 'oud' : 'vers'}` : 'geen';
  } catch (err) {
    // Data asked for by --data must be usable; the default folder only when it is.
    if (opts.dataDir !== null || !(err instanceof UsageError)) throw err;
    io.stderr(`kamerbrief: ${err.message} Controle zonder gegevens.\n`);
    dataDir = undefined;
  }
  const cacheDir = opts.cache ? ensureDir(opts.cacheLocation ? path.resolve(io.cwd, opts.cacheLocation) : defaultCacheDir(io.cwd, io.env ?? process.env)) : null;
  const resultCache = new ResultCache(cacheDir && opts.command === 'lint' ? path.join(cacheDir, RESULT_FILE) : null, `${salt}|${dataDir}|${dataStamp}`);
  const blockFile = cacheDir ? path.join(cacheDir, 'blocks.bin') : null;

  const byId = new Map<number, WorkResult>();
  const todo: WorkItem[] = [];
  // A Word file or publication XML is linted as the draft `kamerbrief import` makes of it; its
  // messages then also say where they are in that file (paragraph and offset).
  const imported = new Map<number, ImportedText>();
  const importer = files.some(isImportableName) && !stdin ? await import('./imported.js') : null;
  const cacheable = opts.command === 'lint' && !setup.flags.fix && !setup.flags.reportSuppressions && !stdin;
  let bytes = 0;
  const cacheKeys = new WeakMap<LintConfig, string>();
  const cacheKeyOf = (config: LintConfig): string => {
    let key = cacheKeys.get(config);
    if (key === undefined) cacheKeys.set(config, (key = JSON.stringify(config)));
    return key;
  };
  files.forEach((file, id) => {
    const shown = stdin ? stdin.shown : path.relative(io.cwd, file).split(path.sep).join('/') || file;
    const config = setup.config(file);
    const item: WorkItem = { id, file, shown, mode: opts.command === 'citations' ? 'citations' : 'lint', config, ...(dataDir ? { dataDir } : {}), ...setup.flags };
    if (stdin) return void todo.push({ ...item, text: stdin.text });
    if (importer && isImportableName(file)) {
      const got = importer.importForLint(file, shown, (m) => io.stderr(`kamerbrief: let op: ${m}\n`));
      if ('error' in got) return void byId.set(id, { id, error: got.error });
      if (setup.flags.fix) io.stderr(`kamerbrief: let op: ${shown}: --fix schrijft geen Word- of XML-bestanden; importeer eerst (kamerbrief import)\n`);
      imported.set(id, got);
      return void todo.push({ ...item, text: got.text, fix: false });
    }
    if (!cacheable) return void todo.push(item);
    item.cacheKey = cacheKeyOf(config);
    const { hit, size } = cachedResult(resultCache, item);
    if (hit) return void byId.set(id, { id, stored: hit });
    bytes += size;
    todo.push(item);
  });

  const cores = os.availableParallelism();
  const threads = opts.jobs ?? (todo.length >= POOL_MIN_FILES && bytes >= POOL_MIN_BYTES ? Math.min(cores, todo.length) : 1);
  // The engine and this thread's block cache load after the workers have started (see runPool).
  let cache = null as PersistentBlockCache | null; // (set in a closure: not narrowed to null)
  const loadLintHere = async (): Promise<(item: WorkItem) => WorkResult> => {
    const { doWork } = await import('./work.js');
    const blocks = (cache = new PersistentBlockCache(blockFile, salt));
    return (item) => doWork(item, blocks);
  };
  let added: [string, Uint8Array][] = [];
  if (threads > 1) {
    const outcome = await runPool(io.workerEntry, todo, threads, blockFile, salt, loadLintHere, io.standby ? [io.standby] : []);
    outcome.results.forEach((r) => byId.set(r.id, r));
    added = outcome.added;
  } else {
    void io.standby?.terminate();
    if (todo.length > 0) {
      const lintHere = await loadLintHere();
      for (const item of todo) byId.set(item.id, lintHere(item));
    }
  }
  if (cache) added.push(...cache.added);
  for (const [id, got] of imported) importer!.addSourcePositions(byId.get(id)!, got);
  for (const item of todo) {
    const r = byId.get(item.id);
    if (r?.stored && r.hash) resultCache.set(item.file, r.hash, item.cacheKey!, r.stored, r.stamp);
  }
  if (cacheDir) saveCaches(resultCache, blockFile!, salt, added);

  const ordered = files.map((_, id) => byId.get(id)!);
  // A damaged snapshot answers what it can; which part is damaged is said once per run.
  for (const problem of new Set(ordered.flatMap((r) => r.dataProblems ?? []))) io.stderr(`kamerbrief: let op: ${problem}\n`);
  const failures = ordered.filter((r) => r.error).map((r) => r.error!);
  const shownOf = (r: WorkResult): string => (stdin ? stdin.shown : path.relative(io.cwd, files[r.id]!).split(path.sep).join('/') || files[r.id]!);
  const ok = ordered.filter((r) => !r.error);
  // The report goes to stdout, or with --output atomically into a file (a failed write is exit 2).
  const emit = (text: string | Uint8Array): void => {
    if (opts.output) writeOutput(path.resolve(io.cwd, opts.output), text);
    else if (typeof text === 'string') io.stdout(text);
    else if (io.stdoutBytes) io.stdoutBytes(text);
    else io.stdout(utf8Text(text));
  };
  if (opts.command === 'citations') {
    const list = ok.map((r) => ({ file: shownOf(r), citations: r.citations ?? [] }));
    emit(opts.format === 'json' ? JSON.stringify(list) + '\n' : opts.format === 'markdown' ? formatCitationReport(list) : formatCitations(list));
  } else if (opts.reportSuppressions) {
    io.stdout(formatSuppressions(suppressionRows(ok.map((r) => ({ file: shownOf(r), result: r }))), opts.format === 'json'));
  } else {
    const results: FileResult[] = ok.map((r) => {
      const all: FileResult = r.stored ? new StoredFileResult(shownOf(r), r.stored) : { file: shownOf(r), messages: r.messages ?? [] };
      return opts.quiet ? { file: all.file, messages: all.messages.filter((m) => m.severity === 'error') } : all;
    });
    if (opts.format === 'json') emit(formatJson(results));
    else if (opts.format === 'stylish') emit(formatStylish(results, colorWanted(opts.color, io.env ?? process.env, io.isTty) && !opts.output));
    // The CI formats describe every rule (SARIF): loaded only when asked for.
    else emit((await import('./formats/index.js')).formatCi(opts.format as 'sarif' | 'junit' | 'github' | 'codequality', results, { version: VERSION, texts: fixTexts(results, files, ordered, imported) }));
    if (failures.length === 0) {
      const counts = results.map(severityCounts);
      const errors = counts.reduce((n, c) => n + c.errors, 0);
      const warnings = counts.reduce((n, c) => n + c.warnings, 0);
      if (errors > 0) return 1;
      if (opts.maxWarnings !== null && warnings > opts.maxWarnings) {
        io.stderr(`kamerbrief: ${warnings} waarschuwingen, meer dan --max-warnings ${opts.maxWarnings}\n`);
        return 1;
      }
      return 0;
    }
  }
  for (const f of failures) io.stderr(`kamerbrief: ${f}\n`);
  return failures.length > 0 ? 2 : 0;
}

/** Texts of the files that have fixes: SARIF gives a fix as a region in lines and columns. */
function fixTexts(results: FileResult[], files: string[], ordered: WorkResult[], imported: Map<number, ImportedText>): Map<string, string> {
  const texts = new Map<string, string>();
  const ok = ordered.filter((r) => !r.error);
  results.forEach((r, i) => {
    if (!r.messages.some((m) => m.fix)) return;
    const item = ok[i];
    if (!item) return;
    const draft = imported.get(item.id);
    if (draft) return void texts.set(r.file, draft.text);
    try {
      const text = fs.readFileSync(files[item.id]!, 'utf8');
      texts.set(r.file, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text); // positions count without a BOM
    } catch {
      // a file that went away since: its fixes are left out of the report
    }
  });
  return texts;
}

function writeOutput(file: string, text: string | Uint8Array): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    writeFileSafe(file, text);
  } catch (err) {
    throw new UsageError(`--output ${file}: kan niet schrijven; ${describeWriteError(err)}`);
  }
}

/** The report must never replace a draft it reports on (also not through a link). */
function refuseOutputOverInput(output: string, shown: string, files: string[], real: (f: string) => string): void {
  let target: string;
  try {
    target = resolveTarget(output);
  } catch {
    return; // a link loop: writing reports it
  }
  if (files.some((f) => real(f) === target)) {
    throw new UsageError(`--output ${shown} is ook een bestand dat wordt gecontroleerd; kies een ander uitvoerbestand`);
  }
}

function formatCitations(list: { file: string; citations: OutputCitation[] }[]): string {
  const out: string[] = [];
  for (const { file, citations } of list) {
    for (const c of citations) {
      const mark = c.valid ? ' ' : '✖';
      const canon = c.canonical && c.canonical !== c.text ? `  → ${c.canonical}` : '';
      out.push(terminalSafe(`${file}:${c.line}:${c.column}  ${mark} ${c.kind.padEnd(20)} ${c.text}${canon}${c.url ? `  ${c.url}` : ''}`));
    }
  }
  return out.length ? out.join('\n') + '\n' : '';
}

function ensureDir(dir: string): string | null {
  try {
    fs.mkdirSync(dir, { recursive: true });
    return dir;
  } catch {
    return null; // a read-only checkout still lints, just without cache
  }
}

function saveCaches(results: ResultCache, blockFile: string, salt: string, added: [string, Uint8Array][]): void {
  try {
    results.save();
    fs.rmSync(path.join(path.dirname(blockFile), OLD_RESULT_FILE), { force: true });
    // Nothing new: the file stays as it is (an empty one is written once, so its salt is on disk).
    if (added.length === 0 && fs.existsSync(blockFile)) return;
    const merged = new Map<string, Buffer>();
    const old = new PersistentBlockCache(blockFile, salt).allRecords();
    const oldBytes = old.reduce((n, [, b]) => n + b.length, 0);
    if (oldBytes < BLOCK_FILE_MAX_BYTES) for (const [h, b] of old) merged.set(h, b);
    for (const [h, b] of added) merged.set(h, Buffer.from(b.buffer, b.byteOffset, b.byteLength));
    writeBlockFile(blockFile, salt, merged);
  } catch {
    // A cache that cannot be written only costs speed next time.
  }
}

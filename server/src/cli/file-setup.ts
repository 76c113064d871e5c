// Per-file setup for a lint run: the configuration cascade (or --config), its ignores, the flags
// each work item carries, and the text of stdin for the path "-".
import fs from 'node:fs';
import path from 'node:path';
import { ConfigLoader, describeProblem, type ForFile } from '../config/load.js';
import type { LintConfig } from '../core/config.js';
import { toLintConfig } from '../core/config/merge.js';
import type { CliOptions } from './args.js';
import { UsageError } from './errors.js';
import { firstInvalidUtf8 } from './read.js';

export interface FileSetup {
  /** The configuration's ignores cover this found file. */
  ignored(abs: string): boolean;
  /** The file's configuration; a broken configuration file is a UsageError (exit 2). */
  config(file: string): LintConfig;
  /** Real path, for comparing with what git reports. */
  real(file: string): string;
  flags: { fix?: boolean; reportSuppressions?: boolean };
}

export function fileSetup(opts: CliOptions, cwd: string): FileSetup {
  let explicit: string | null = null;
  if (opts.config) {
    explicit = path.resolve(cwd, opts.config);
    if (!fs.existsSync(explicit)) throw new UsageError(`configuratiebestand "${opts.config}" bestaat niet; controleer het pad bij --config`);
  }
  const loader = new ConfigLoader(explicit);
  const configs = new WeakMap<ForFile, LintConfig>();
  const shown = (file: string): string => path.relative(cwd, file).split(path.sep).join('/') || file;
  if (explicit && loader.forFile(explicit).files.length === 0) {
    throw new UsageError(`${opts.config}: bevat geen configuratie (package.json zonder sleutel "kamerbrief"); controleer het pad bij --config`);
  }
  if (opts.fix && opts.paths.includes('-')) throw new UsageError('--fix kan niet met stdin (-); geef een bestand op');
  return {
    ignored: (abs) => loader.ignores(abs, loader.forFile(abs).resolved),
    config: (file) => {
      const found = loader.forFile(file);
      // One configuration object per cascade: the drafts of a folder share it (and its cache key).
      let config = configs.get(found);
      if (config) return config;
      const broken = found.files.find((f) => f.problems.length > 0);
      if (broken) throw new UsageError(describeProblem(broken, shown(broken.file))!);
      config = toLintConfig(opts.preset ? { ...found.resolved, preset: opts.preset } : found.resolved);
      configs.set(found, config);
      return config;
    },
    real: (file) => {
      try {
        return fs.realpathSync(file);
      } catch {
        return file;
      }
    },
    flags: { ...(opts.fix ? { fix: true } : {}), ...(opts.reportSuppressions ? { reportSuppressions: true } : {}) },
  };
}

export interface StdinDraft {
  /** Path for the configuration lookup (need not exist). */
  file: string;
  shown: string;
  text: string;
}

export function readStdin(opts: CliOptions, cwd: string, read?: () => Buffer): StdinDraft {
  if (opts.paths.length > 1) throw new UsageError('"-" (stdin) kan niet samen met andere paden; geef alleen - op');
  const bytes = read ? read() : fs.readFileSync(0);
  const name = opts.stdinFilename;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new UsageError(`${name ?? '<stdin>'}: geen geldige UTF-8-tekst (ongeldige byte op positie ${firstInvalidUtf8(bytes)}); lever UTF-8 aan`);
  }
  return { file: path.resolve(cwd, name ?? 'stdin.md'), shown: name ?? '<stdin>', text };
}

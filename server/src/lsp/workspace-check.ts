// "Werkruimte controleren": every Markdown draft of the workspace folders into the Problems view,
// also the ones not open in the editor, with progress the user can cancel. Files are listed as
// the CLI lists them (git's ignores); open documents are left to the validator (their text in
// the editor wins). A file is read, analysed and linted one at a time, yielding in between so
// the server keeps answering.
import fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type BlockCache } from '../core/analyze.js';
import { runRules, stripBom } from '../core/lint.js';
import type { Snapshot } from '../data/types.js';
import { toDiagnostic } from './convert.js';
import { toLintConfig, type SettingsCache } from './settings.js';

export const CHECK_WORKSPACE_REQUEST = 'kamerbrief/werkruimteControleren';

const MAX_FILES = 5000;
const MAX_BYTES = 5 * 1024 * 1024;
const MAX_DIAGNOSTICS = 1000;

export interface WorkspaceCheckResult {
  ok: boolean;
  bestanden: number;
  meldingen: number;
  bericht: string;
}

export interface WorkspaceCheckContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  settings: SettingsCache;
  cache: BlockCache;
  folders: () => string[];
  limited: () => boolean;
  data: () => Snapshot | null;
}

/**
 * The Markdown files of the folders (file: URIs only), as the CLI would lint them. The CLI's file
 * lister (git ignores) is loaded on first use: the server and its lint workers start without it.
 */
export async function workspaceDrafts(folders: string[]): Promise<string[]> {
  const { resolveFiles } = await import('../cli/files.js');
  const out: string[] = [];
  for (const uri of folders) {
    let root: string;
    try {
      root = fileURLToPath(uri);
    } catch {
      continue; // a virtual workspace: nothing on disk to read
    }
    try {
      out.push(...resolveFiles([root], root));
    } catch {
      // an unreadable folder: the others are still checked
    }
  }
  return out.slice(0, MAX_FILES);
}

export async function checkWorkspace(ctx: WorkspaceCheckContext): Promise<WorkspaceCheckResult> {
  if (ctx.limited()) return { ok: false, bestanden: 0, meldingen: 0, bericht: 'In een niet-vertrouwde werkruimte controleert Kamerbrief alleen de open documenten.' };
  const progress = await ctx.connection.window.createWorkDoneProgress();
  progress.begin('Kamerbrief: werkruimte controleren', 0, 'concepten zoeken', true);
  let files = 0;
  let messages = 0;
  try {
    const drafts = await workspaceDrafts(ctx.folders());
    const data = ctx.data();
    for (const [i, file] of drafts.entries()) {
      if (progress.token.isCancellationRequested) break;
      progress.report(Math.round((i / Math.max(1, drafts.length)) * 100), `${i + 1} van ${drafts.length}`);
      const uri = pathToFileURL(file).toString();
      const open = ctx.documents.get(uri);
      files++;
      if (open) continue; // the validator publishes what the editor holds
      const s = await ctx.settings.get(uri);
      let text: string;
      try {
        if (fs.statSync(file).size > MAX_BYTES) continue;
        text = stripBom(fs.readFileSync(file, 'utf8'));
      } catch {
        continue;
      }
      if (!s.enable) {
        await ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
        continue;
      }
      const analysis = analyze(text, { cache: ctx.cache });
      const found = runRules(analysis, { config: toLintConfig(s), data }).filter((m) => !s.focus || m.severity === 'error');
      messages += found.length;
      // Opened meanwhile: its live text decides.
      if (ctx.documents.get(uri)) continue;
      await ctx.connection.sendDiagnostics({ uri, diagnostics: found.slice(0, MAX_DIAGNOSTICS).map((m) => toDiagnostic(analysis, m, uri)) });
      await new Promise((r) => setImmediate(r));
    }
    const cancelled = progress.token.isCancellationRequested;
    const what = `${files} ${files === 1 ? 'concept' : 'concepten'} gecontroleerd, ${messages} ${messages === 1 ? 'melding' : 'meldingen'} in niet-geopende bestanden`;
    return { ok: !cancelled, bestanden: files, meldingen: messages, bericht: cancelled ? `Gestopt: ${what}.` : `${what[0]!.toUpperCase()}${what.slice(1)}.` };
  } finally {
    progress.done();
  }
}

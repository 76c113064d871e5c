#!/usr/bin/env node
// The language server: a thin shell mapping LSP requests onto the core. Transport comes from
// argv (--stdio for Neovim and other clients, --node-ipc for the VS Code client).
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type CancellationToken,
  type Connection,
} from 'vscode-languageserver/node';
import { isMainThread, workerData } from 'node:worker_threads';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { completions } from './core/features/completion.js';
import { citationAt } from './core/features/find.js';
import { citationCard } from './core/features/citation-card.js';
import { toezeggingHover } from './core/features/toezegging-card.js';
import { definitionAt, footnoteReferences } from './core/features/navigation.js';
import { editorOutline } from './core/features/outline-extras.js';
import { toDocumentSymbol } from './lsp/document-symbols.js';
import { Analyses } from './lsp/analyses.js';
import { DataProvider, Unreachable, type DataOptions } from './lsp/data.js';
import { editorProxyFrom } from './data/sync/proxy-settings.js';
import { FIX_ALL_KIND, fixAllAction, minimalEdit, quickFixes } from './lsp/code-actions.js';
import { renumberFootnotes } from './core/features/renumber-footnotes.js';
import { range } from './lsp/convert.js';
import { Validator } from './lsp/validator.js';
import { SettingsCache, toLintConfig } from './lsp/settings.js';
import { FileConfigs } from './lsp/file-config.js';
import { citationKey, findInWorkspace } from './lsp/workspace-refs.js';
import { BackgroundLint, BACKGROUND_MIN_CHARS } from './lsp/background-lint.js';
import { Lifecycle } from './lsp/lifecycle.js';
import { LINT_WORKER_ROLE, runLintWorker } from './lsp/lint-worker.js';
import { stdioTransport } from './lsp/transport.js';
import type { DocumentAnalysis } from './core/model.js';
import { registerViews } from './lsp/views.js';
import { serverStatus, STATUS_REQUEST } from './lsp/status.js';
import { checkWorkspace, CHECK_WORKSPACE_REQUEST } from './lsp/workspace-check.js';
import { overviewRequest } from './lsp/overview-request.js';

// Not the client's command id: the language client registers server commands under their own id.
export const COMMAND_RENUMBER = 'kamerbrief.server.renumberFootnotes';

/**
 * `workerEntry`: the module that runs a large document's lint on a worker thread (this one, see the
 * end of this file); null lints every document on the main thread.
 */
export function startServer(connection: Connection, workerEntry: string | URL | null = import.meta.url): Lifecycle {
  const documents = new TextDocuments(TextDocument);
  const analyses = new Analyses();
  const lifecycle = new Lifecycle();
  const workers = workerEntry ? new BackgroundLint(workerEntry) : null;
  let configurationSupport = false;
  let folders: string[] = [];
  let watchSupport = false;
  // Suppression comments as snippet edits (cursor on the reason); the client's rule-doc command.
  let snippetEdits = false;
  let ruleDocs = false;
  // .kamerbrief.jsonc and friends: they win over the editor settings (see lsp/settings.ts).
  const fileConfigs = new FileConfigs(connection);
  const settings = new SettingsCache(connection, () => configurationSupport, (uri) => fileConfigs.forUri(uri));
  // Replaced in onInitialize by the folder the client names (user/machine settings only).
  let data = new DataProvider(connection, {});
  const validator = new Validator(connection, documents, analyses, settings, { get: () => data.get(), stamp: () => data.stamp(), get dir() { return data.dir; } }, workers);
  connection.onShutdown(() => {
    lifecycle.markShutDown();
    validator.stopAll();
    analyses.stopAll();
  });

  // An untrusted workspace (the client says so): only open documents, no other files read.
  let limited = false;
  connection.onNotification('kamerbrief/werkruimteVertrouwd', () => {
    limited = false;
  });

  connection.onInitialize((params) => {
    data = new DataProvider(connection, (params.initializationOptions ?? {}) as DataOptions);
    limited = (params.initializationOptions as { beperkt?: unknown } | null)?.beperkt === true;
    configurationSupport = Boolean(params.capabilities.workspace?.configuration);
    watchSupport = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    snippetEdits = (params.capabilities.workspace?.workspaceEdit as { snippetEditSupport?: boolean } | undefined)?.snippetEditSupport === true;
    ruleDocs = (params.initializationOptions as { regeldocumentatie?: unknown } | null)?.regeldocumentatie === true;
    folders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (folders.length === 0 && params.rootUri) folders = [params.rootUri];
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['^', ' ', '#'] },
        definitionProvider: true,
        referencesProvider: true,
        documentSymbolProvider: true,
        documentLinkProvider: { resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        executeCommandProvider: { commands: [COMMAND_RENUMBER] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'kamerbrief-language-server', version: '0.1.0' },
    };
  });
  connection.onInitialized(() => {
    if (configurationSupport) void connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
    if (watchSupport) fileConfigs.register();
    connection.workspace?.onDidChangeWorkspaceFolders?.((e) => {
      folders = folders.filter((f) => !e.removed.some((r) => r.uri === f)).concat(e.added.map((a) => a.uri));
    });
  });
  connection.onDidChangeWatchedFiles((p) => {
    if (!FileConfigs.concerns(p.changes)) return;
    fileConfigs.changed();
    settings.clear();
    documents.all().forEach((d) => validator.schedule(d, 0));
  });
  connection.onDidChangeConfiguration(() => {
    settings.clear();
    documents.all().forEach((d) => validator.schedule(d, 0));
  });

  documents.onDidOpen((e) => validator.opened(e.document));
  documents.onDidChangeContent((e) => validator.changed(e.document));
  documents.onDidSave((e) => validator.schedule(e.document, 0));
  documents.onDidClose((e) => {
    validator.forget(e.document.uri);
    analyses.forget(e.document.uri);
    settings.clear(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  // The document's analysis, built in slices (never blocking other requests); a bug answers the
  // fallback, stopped work an error (lifecycle.ts).
  const withDoc = <T>(uri: string, token: CancellationToken, fallback: T, f: (doc: TextDocument, a: DocumentAnalysis) => T | Promise<T>): Promise<T> => {
    const doc = documents.get(uri);
    if (!doc) return Promise.resolve(fallback);
    return analyses.ready(doc, token).then(
      async (a) => {
        try {
          return await f(doc, a);
        } catch (err) {
          connection.console.error(`kamerbrief: ${(err as Error).stack ?? err}`);
          return fallback;
        }
      },
    );
  };

  connection.onHover(lifecycle.request((p, token) =>
    withDoc(p.textDocument.uri, token, null, (_doc, a) => {
      const offset = a.lines.offsetAt(p.position);
      const hit = citationAt(a, offset);
      if (!hit) {
        const tz = toezeggingHover(a, offset, data.get(), new Date());
        return tz && { contents: { kind: MarkupKind.Markdown, value: tz.markdown }, range: range(a, tz.start, tz.end) };
      }
      const value = citationCard(hit.citation, data.get(), new Date());
      return { contents: { kind: MarkupKind.Markdown, value }, range: range(a, hit.citation.start, hit.citation.end) };
    }),
  ));

  connection.onDefinition(lifecycle.request((p, token) =>
    withDoc(p.textDocument.uri, token, [], (doc, a) => {
      return definitionAt(a, a.lines.offsetAt(p.position)).map((s) => ({ uri: doc.uri, range: range(a, s.start, s.end) }));
    }),
  ));

  connection.onReferences(lifecycle.request(async (p, token) => {
    const doc = documents.get(p.textDocument.uri);
    if (!doc) return [];
    const a = await analyses.ready(doc, token);
    const offset = a.lines.offsetAt(p.position);
    const notes = footnoteReferences(a, offset);
    if (notes.length) return notes.map((s) => ({ uri: doc.uri, range: range(a, s.start, s.end) }));
    const hit = citationAt(a, offset);
    const key = hit && citationKey(hit.citation);
    if (!key) return [];
    const open = new Map<string, DocumentAnalysis>();
    for (const d of documents.all()) open.set(d.uri, await analyses.ready(d, token));
    const found = await findInWorkspace(key, limited ? [] : folders, open, analyses.cache);
    return found.map((f) => ({ uri: f.uri, range: range(f.doc, f.citation.start, f.citation.end) }));
  }));

  connection.onDocumentSymbol(lifecycle.request(async (p, token) => {
    // Headings only when asked (kamerbrief.overzicht.koppen): VS Code's Markdown outline has them.
    const headings = (await settings.get(p.textDocument.uri)).koppen ?? true;
    return withDoc(p.textDocument.uri, token, [], (_doc, a) => editorOutline(a, headings).map((i) => toDocumentSymbol(a, i)));
  }));

  connection.onDocumentLinks(lifecycle.request((p, token) =>
    withDoc(p.textDocument.uri, token, [], (_doc, a) => {
      return a.citations
        .filter(({ citation }) => citation.url)
        .map(({ citation }) => ({ range: range(a, citation.start, citation.end), target: citation.url!, tooltip: 'Open in officiële bekendmakingen' }));
    }),
  ));

  connection.onCompletion(lifecycle.request((p, token) =>
    withDoc(p.textDocument.uri, token, [], (_doc, a) => {
      const offset = a.lines.offsetAt(p.position);
      const kind = { footnote: CompletionItemKind.Reference, section: CompletionItemKind.Snippet, snippet: CompletionItemKind.Snippet, dossier: CompletionItemKind.Folder, document: CompletionItemKind.File, member: CompletionItemKind.Value };
      const entries = completions(a, offset, data.get());
      const items = entries.map((c, i) => ({
        label: c.label,
        detail: c.detail,
        kind: kind[c.kind],
        sortText: String(i).padStart(4, '0'),
        insertTextFormat: c.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
        textEdit: { range: range(a, c.replaceStart, offset), newText: c.insert },
        ...(c.filterText ? { filterText: c.filterText } : {}),
        ...(c.extra ? { additionalTextEdits: [{ range: range(a, c.extra.at, c.extra.at), newText: c.extra.text }] } : {}),
      }));
      // The dossiers are a limited list: ask again as digits are typed, not filter this one.
      return entries.some((c) => c.kind === 'dossier') ? { isIncomplete: true, items } : items;
    }),
  ));

  connection.onCodeAction(lifecycle.request(async (p, token) => {
    const doc = documents.get(p.textDocument.uri);
    if (!doc) return [];
    const s = await settings.get(doc.uri);
    const config = toLintConfig(s);
    const a = await analyses.ready(doc, token);
    const only = p.context.only;
    if (only && only.some((k) => FIX_ALL_KIND.startsWith(k) && k !== CodeActionKind.QuickFix)) {
      const action = fixAllAction(doc.uri, a, { config, cache: analyses.cache }, FIX_ALL_KIND);
      return action ? [action] : [];
    }
    // A large document's messages come from its worker (never the rules on this thread).
    const large = workers && doc.getText().length >= BACKGROUND_MIN_CHARS;
    const messages = large ? (validator.backgroundMessages(doc) ?? []) : analyses.messages(doc, config, data.get(), data.stamp());
    const ctx = { target: { uri: doc.uri, version: doc.version, snippets: snippetEdits }, options: { config, cache: analyses.cache }, ruleDocs };
    return quickFixes(ctx, a, messages, p.context.diagnostics, a.lines.offsetAt(p.range.start), a.lines.offsetAt(p.range.end));
  }));

  connection.onExecuteCommand(lifecycle.request(async (p) => {
    if (p.command !== COMMAND_RENUMBER) return null;
    const uri = (p.arguments?.[0] as string | undefined) ?? '';
    const doc = documents.get(uri);
    if (!doc) return null;
    const a = analyses.analysis(doc);
    const result = renumberFootnotes(a.text);
    const edit = minimalEdit(a, result.text);
    if (edit) await connection.workspace.applyEdit({ label: 'Voetnoten hernummeren', edit: { changes: { [uri]: [edit] } } });
    // A notification, not a request: nothing for the user to answer.
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: result.message });
    return { message: result.message, changed: result.changed };
  }));

  // Custom requests of the VS Code client: sync with progress notifications, and data status.
  connection.onRequest('kamerbrief/sync', lifecycle.request(async (params: unknown) => {
    try {
      const proxy = editorProxyFrom((params as { proxy?: unknown } | null)?.proxy);
      const message = await data.sync((p) => void connection.sendNotification('kamerbrief/syncProgress', { bericht: p.bericht }), proxy);
      analyses.clearMessages();
      documents.all().forEach((d) => validator.schedule(d, 0));
      return { ok: true, message };
    } catch (err) {
      return { ok: false, message: (err as Error).message, resumable: !(err instanceof Unreachable) };
    }
  }));
  connection.onRequest('kamerbrief/dataStatus', lifecycle.request(() => data.status()));
  connection.onRequest('kamerbrief/overzicht', lifecycle.request(overviewRequest({ get: () => data.get(), stamp: () => data.stamp() })));

  // The editor's views, language status and workspace check (lsp/views.ts, status.ts, workspace-check.ts).
  registerViews(connection, { documents, analyses, lifecycle, data: () => data });
  connection.onRequest(STATUS_REQUEST, lifecycle.request(async (p: { uri?: string } | null) => {
    const s = p?.uri ? await settings.get(p.uri) : null;
    return serverStatus(s ? toLintConfig(s) : {}, data.status(), data.get()?.meta.createdAt ?? null);
  }));
  connection.onRequest(CHECK_WORKSPACE_REQUEST, lifecycle.request(() =>
    checkWorkspace({ connection, documents, settings, cache: analyses.cache, folders: () => folders, limited: () => limited, data: () => data.get() }),
  ));
  // The user changed the data folder or source (user settings only, the client sends them): the
  // snapshot is opened from the new folder without a restart.
  connection.onNotification('kamerbrief/gegevensInstellingen', (options: DataOptions | null) => {
    data = new DataProvider(connection, options ?? {});
    analyses.clearMessages();
    documents.all().forEach((d) => validator.schedule(d, 0));
  });
  // Word in and out for the editor's commands; the open document's text is exported as it stands.
  connection.onRequest('kamerbrief/exportDocx', lifecycle.request(async (params: unknown) => {
    const p = params as { uri: string; target: string; force?: boolean };
    const config = toLintConfig(await settings.get(p.uri));
    return (await import('./lsp/word.js')).exportToWord(documents.get(p.uri)?.getText() ?? null, p, config, data.get());
  }));
  connection.onRequest('kamerbrief/importDocx', lifecycle.request(async (params: unknown) => (await import('./lsp/word.js')).importFromWord(params as { source: string })));

  documents.listen(connection);
  connection.listen();
  return lifecycle;
}

// Started as a program (not imported by tests): connect over the transport argv names. Over
// stdio the reader is ours, to guard its framing (transport.ts); then we also do what the library
// does for its own stdio: exit when stdin ends, keep console output off stdout.
const isMain = isMainThread && process.argv.some((a) => a === '--stdio' || a.startsWith('--node-ipc') || a.startsWith('--socket') || a.startsWith('--pipe'));
if (isMain && process.argv.includes('--stdio')) {
  const { reader, writer } = stdioTransport();
  const lifecycle = startServer(createConnection(ProposedFeatures.all, reader, writer));
  const toStderr = (...args: unknown[]): void => console.error(...args);
  Object.assign(console, { log: toStderr, info: toStderr, debug: toStderr });
  const ended = (): never => process.exit(lifecycle.shutDown ? 0 : 1);
  process.stdin.on('end', ended);
  process.stdin.on('close', ended);
} else if (isMain) startServer(createConnection(ProposedFeatures.all));
// The worker thread of a large document's lint (lsp/background-lint.ts) runs this same module.
if (!isMainThread && (workerData as { role?: string } | null)?.role === LINT_WORKER_ROLE) runLintWorker();

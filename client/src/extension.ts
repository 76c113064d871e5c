// The VS Code extension: starts the language server over IPC for Markdown files, adds the
// commands, and extends the Markdown preview. A thin shell: all checks live in the server.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { registerOverview } from './overview';
import { registerData } from './data';
import { registerWordCommands } from './word-commands';
import { followTrust, initializationOptions, TRUST_GRANTED } from './trust';
import { kamerbriefMarkdownIt } from './preview';
import { letterFrontMatter, letterLayoutSetting, registerLetterPreview } from './preview-command';
import { registerRuleDocs } from './rule-docs';
import { registerViews } from './views';
import { followClientState, registerStatus, type ServerStatus } from './status';
import { traceChannel } from './trace';
import { DOCUMENT_SELECTOR, isLintedScheme } from './linted-documents';
import { withRenamedSettings } from './renamed-settings';

let client: LanguageClient | undefined;

/** What the extension exports: the preview plugin, and its status for tests and other extensions. */
export interface KamerbriefApi {
  extendMarkdownIt: typeof kamerbriefMarkdownIt;
  status(): Promise<ServerStatus | null>;
  languageStatus(): { text: string; detail: string | undefined; busy: boolean };
  traceLines(): number;
}

export async function activate(context: vscode.ExtensionContext): Promise<KamerbriefApi> {
  // The same path works bundled (dist/extension.cjs beside dist/server.js) and in development.
  const serverModule = path.join(__dirname, 'server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const trace = traceChannel();
  context.subscriptions.push(trace);
  const clientOptions: LanguageClientOptions = {
    // Markdown of any scheme, but never our own look-up and report views (linted-documents.ts).
    documentSelector: DOCUMENT_SELECTOR,
    synchronize: { configurationSection: 'kamerbrief' },
    // The data folder and sync source: user settings only, read at every (re)start; in an
    // untrusted workspace only open documents are checked (trust.ts).
    // regeldocumentatie: this client has the command that opens a rule's bundled page (rule-docs.ts).
    initializationOptions: () => ({ ...initializationOptions(vscode.workspace.isTrusted, vscode.workspace.getConfiguration('kamerbrief')), regeldocumentatie: true }),
    outputChannelName: 'Kamerbrief',
    traceOutputChannel: trace.channel,
    middleware: {
      // Our own views and notebook cells never reach the server (linted-documents.ts).
      didOpen: (doc, next) => (isLintedScheme(doc.uri.scheme) ? next(doc) : Promise.resolve()),
      didChange: (e, next) => (isLintedScheme(e.document.uri.scheme) ? next(e) : Promise.resolve()),
      didSave: (doc, next) => (isLintedScheme(doc.uri.scheme) ? next(doc) : Promise.resolve()),
      didClose: (doc, next) => (isLintedScheme(doc.uri.scheme) ? next(doc) : Promise.resolve()),
      workspace: {
        // Renamed settings: the old keys still count while the new ones are unset (renamed-settings.ts).
        configuration: async (params, token, next) => {
          const result = await next(params, token);
          if (!Array.isArray(result)) return result;
          return result.map((section: unknown, i) => {
            const item = params.items[i];
            if (item?.section !== 'kamerbrief' || !section || typeof section !== 'object') return section;
            const scope = item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined;
            return withRenamedSettings(section as Record<string, unknown>, vscode.workspace.getConfiguration('kamerbrief', scope));
          });
        },
      },
    },
  };
  client = new LanguageClient('kamerbrief', 'Kamerbrief', serverOptions, clientOptions);
  registerCommands(context, () => client);
  registerRuleDocs(context);
  const views = registerViews(context, () => client);
  const status = registerStatus(context, () => client);
  context.subscriptions.push(followClientState(client, status));
  registerWordCommands(context, () => client);
  await client.start();
  const trust = followTrust(vscode.workspace, () => void client?.sendNotification(TRUST_GRANTED));
  if (trust) context.subscriptions.push(trust);
  registerData(context, () => client, () => {
    void status.refresh();
    views.refresh();
  });
  registerOverview(context, () => client);
  registerLetterPreview(context);
  void status.refresh();
  return { extendMarkdownIt: (md) => kamerbriefMarkdownIt(md, { letter: { enabled: letterLayoutSetting, frontMatter: letterFrontMatter } }), status: () => status.refresh(), languageStatus: () => status.shown(), traceLines: () => trace.lines() };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

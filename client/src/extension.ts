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
import { registerRuleDocs } from './rule-docs';
import { registerViews } from './views';
import { followClientState, registerStatus, type ServerStatus } from './status';
import { traceChannel } from './trace';

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
    // Only real drafts: the look-up and report views (scheme "kamerbrief", views.ts) are not linted.
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: { configurationSection: 'kamerbrief' },
    // The data folder and sync source: user settings only, read at every (re)start; in an
    // untrusted workspace only open documents are checked (trust.ts).
    // regeldocumentatie: this client has the command that opens a rule's bundled page (rule-docs.ts).
    initializationOptions: () => ({ ...initializationOptions(vscode.workspace.isTrusted, vscode.workspace.getConfiguration('kamerbrief')), regeldocumentatie: true }),
    outputChannelName: 'Kamerbrief',
    traceOutputChannel: trace.channel,
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
  void status.refresh();
  return { extendMarkdownIt: kamerbriefMarkdownIt, status: () => status.refresh(), languageStatus: () => status.shown(), traceLines: () => trace.lines() };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

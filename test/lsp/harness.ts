// An LSP client and our server in one process, over a pair of streams: no sleeps, we await the
// server's notifications.
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../../server/src/server.js';

export interface Harness {
  client: ProtocolConnection;
  /** Resolves with the first diagnostics for uri at (or after) the given version. */
  diagnostics(uri: string, version: number): Promise<PublishDiagnosticsParams>;
  open(uri: string, text: string, version?: number): Promise<void>;
  settings: Record<string, unknown>;
  /** Edits the server asked the client to apply (workspace/applyEdit). */
  applied: unknown[];
  /** What the server asked the client to register (client/registerCapability). */
  registered: { registrations: { method: string; registerOptions?: unknown }[] }[];
  /** What the server answered to initialize. */
  initialized: { capabilities: Record<string, unknown> } | null;
  close(): Promise<void>;
}

// Tests never read the user's real data folder: without a named one, a folder that does not exist.
const NO_DATA = { gegevensmap: path.join(os.tmpdir(), 'kamerbrief-test-geen-gegevens') };

/** `capabilities`: added to the client's (e.g. workspace.workspaceEdit.snippetEditSupport, window.workDoneProgress). */
export async function startHarness(workspaceUri: string | null = null, initializationOptions: Record<string, unknown> = NO_DATA, capabilities: { workspace?: Record<string, unknown>; window?: Record<string, unknown> } = {}): Promise<Harness> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  startServer(createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient)));
  const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const latest = new Map<string, PublishDiagnosticsParams>();
  const waiting: { uri: string; version: number; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  const harness: Harness = {
    client,
    settings: {},
    applied: [],
    registered: [],
    initialized: null,
    diagnostics(uri, version) {
      const have = latest.get(uri);
      if (have && (have.version ?? 0) >= version) return Promise.resolve(have);
      return new Promise((resolve) => waiting.push({ uri, version, resolve }));
    },
    async open(uri, text, version = 1) {
      await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
    },
    async close() {
      await client.sendRequest('shutdown');
      client.dispose();
      toServer.end();
      toClient.end();
    },
  };
  client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    latest.set(p.uri, p);
    for (const w of [...waiting]) {
      if (w.uri === p.uri && (p.version ?? 0) >= w.version) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve(p);
      }
    }
  });
  client.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => harness.settings));
  client.onRequest('client/registerCapability', (p: Harness['registered'][number]) => {
    harness.registered.push(p);
    return null;
  });
  client.onRequest('workspace/applyEdit', (p: { edit: unknown }) => {
    harness.applied.push(p.edit);
    return { applied: true };
  });
  client.listen();
  harness.initialized = await client.sendRequest('initialize', {
    processId: null,
    rootUri: workspaceUri,
    workspaceFolders: workspaceUri ? [{ uri: workspaceUri, name: 'ws' }] : null,
    capabilities: { ...capabilities, workspace: { configuration: true, ...capabilities.workspace } },
    initializationOptions,
  });
  await client.sendNotification('initialized', {});
  return harness;
}

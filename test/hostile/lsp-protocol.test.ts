// Row 12 of issue 11 (`Content-Length: abc` left the server up but deaf) and the lifecycle:
// requests after `shutdown` are refused with InvalidRequest, `exit` ends the process with 0 after
// `shutdown` and 1 without. The process tests run the compiled server over stdio.
// Before this change (checked once): the bad header left the server running without answers
// (this test then ends on mocha's timeout), and a hover after shutdown was served. The exit
// codes were already right (vscode-languageserver does it); the test keeps them so.
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { startHarness } from '../lsp/harness.js';
import { ROOT } from '../helpers/paths.js';
import { SMALL_HOVER, SMALL_LETTER } from './lsp-documents.js';

const SERVER = path.join(ROOT, 'out', 'server', 'src', 'server.js');

function frame(message: unknown): string {
  const body = JSON.stringify(message);
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

interface Run {
  child: ChildProcessWithoutNullStreams;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

function run(): Run {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

const initialize = (id: number) => ({ jsonrpc: '2.0', id, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });

/** Resolves when stdout holds a response with this id. */
async function response(r: Run, id: number): Promise<void> {
  while (!r.stdout().includes(`"id":${id}`)) await new Promise<void>((resolve) => r.child.stdout.once('data', () => resolve()));
}

describe('hostile: the language server protocol stream', function () {
  this.timeout(30_000);

  it('a header "Content-Length: abc" ends the server with code 1 and a Dutch reason on stderr', async () => {
    const r = run();
    r.child.stdin.write(frame(initialize(1)));
    await response(r, 1);
    r.child.stdin.write('Content-Length: abc\r\n\r\n{"jsonrpc":"2.0","id":2,"method":"shutdown"}');
    // Later messages cannot be read any more: the process must not stay up and silent.
    r.child.stdin.write(frame({ jsonrpc: '2.0', id: 3, method: 'shutdown' }));
    assert.equal(await r.exited, 1);
    assert.match(r.stderr(), /onleesbare berichtkop van de editor \(Content-Length value must be a number\. Got abc\)/);
    assert.match(r.stderr(), /opnieuw kan starten/);
  });

  it('a body that is not JSON is not a framing error: the server keeps answering', async () => {
    const r = run();
    r.child.stdin.write('Content-Length: 5\r\n\r\n{nee}');
    r.child.stdin.write(frame(initialize(1)));
    await response(r, 1);
    r.child.stdin.write(frame({ jsonrpc: '2.0', id: 2, method: 'shutdown' }));
    await response(r, 2);
    r.child.stdin.write(frame({ jsonrpc: '2.0', method: 'exit' }));
    assert.equal(await r.exited, 0);
  });

  it('exit after shutdown exits 0; exit without shutdown exits 1', async () => {
    const clean = run();
    clean.child.stdin.write(frame(initialize(1)));
    await response(clean, 1);
    clean.child.stdin.write(frame({ jsonrpc: '2.0', id: 2, method: 'shutdown' }));
    await response(clean, 2);
    clean.child.stdin.write(frame({ jsonrpc: '2.0', method: 'exit' }));
    assert.equal(await clean.exited, 0);

    const abrupt = run();
    abrupt.child.stdin.write(frame(initialize(1)));
    await response(abrupt, 1);
    abrupt.child.stdin.write(frame({ jsonrpc: '2.0', method: 'exit' }));
    assert.equal(await abrupt.exited, 1);
  });

  it('requests after shutdown are refused with InvalidRequest, not served', async () => {
    const h = await startHarness();
    const uri = 'file:///hostile/klein.md';
    await h.open(uri, SMALL_LETTER);
    await h.diagnostics(uri, 1);
    assert.ok(await h.client.sendRequest('textDocument/hover', { textDocument: { uri }, position: SMALL_HOVER }), 'served before shutdown');
    await h.client.sendRequest('shutdown');
    for (const [method, params] of [
      ['textDocument/hover', { textDocument: { uri }, position: SMALL_HOVER }],
      ['textDocument/completion', { textDocument: { uri }, position: SMALL_HOVER }],
      ['textDocument/documentSymbol', { textDocument: { uri } }],
      ['kamerbrief/dataStatus', {}],
    ] as const) {
      const code = await h.client.sendRequest(method, params).then(
        () => 'served',
        (err: { code: number }) => err.code,
      );
      assert.equal(code, -32600, `${method} after shutdown`);
    }
    await h.close();
  });
});

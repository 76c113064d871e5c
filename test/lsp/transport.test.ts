// The stdio transport's guard in this process (test/hostile/lsp-protocol.test.ts runs the real
// server over stdio): which reader errors end the server, and the one Dutch line on stderr that
// says why. The reader is fed the bytes an editor could send, through process.stdin.
import assert from 'node:assert/strict';
import { framingMessage, isFramingError, stdioTransport } from '../../server/src/lsp/transport.js';

/** Feeds `bytes` to a transport on process.stdin; what it wrote to stderr and the exit codes it asked for. */
async function feed(bytes: string): Promise<{ stderr: string; exits: number[] }> {
  const exits: number[] = [];
  let stderr = '';
  const write = process.stderr.write;
  const { reader } = stdioTransport((code) => exits.push(code));
  const listening = reader.listen(() => undefined);
  process.stderr.write = ((chunk: string) => {
    stderr += chunk;
    return true;
  }) as typeof process.stderr.write;
  try {
    process.stdin.emit('data', Buffer.from(bytes, 'ascii'));
    await new Promise((r) => setImmediate(r));
  } finally {
    process.stderr.write = write;
    listening.dispose();
    reader.dispose();
    process.stdin.pause();
  }
  return { stderr, exits };
}

describe('LSP transport: a broken message header ends the server', () => {
  it('"Content-Length: abc": exit code 1 and one Dutch line naming the header', async () => {
    const { stderr, exits } = await feed('Content-Length: abc\r\n\r\n{}');
    assert.deepEqual(exits, [1]);
    assert.equal(stderr, 'kamerbrief-language-server: onleesbare berichtkop van de editor (Content-Length value must be a number. Got abc); de berichtenstroom is niet meer te volgen, de server stopt (code 1) zodat de editor hem opnieuw kan starten\n');
  });

  it('a header without Content-Length or without ":" ends it too; a body that is not JSON does not', async () => {
    assert.deepEqual((await feed('Content-Type: text/plain\r\n\r\n{}')).exits, [1]);
    assert.deepEqual((await feed('Content-Length 2\r\n\r\n{}')).exits, [1]);
    const notJson = await feed('Content-Length: 5\r\n\r\n{nee}');
    assert.deepEqual(notJson, { stderr: '', exits: [] });
  });

  it('the reason is the first line of the error, at most 200 characters', () => {
    const headers = 'Header must provide a Content-Length property.\n{"content-type":"x"}';
    assert.equal(isFramingError(new Error(headers)), true);
    assert.match(framingMessage(new Error(headers)), /\(Header must provide a Content-Length property\.\); de berichtenstroom/);
    const long = `Message header must separate key and value using ':'${'x'.repeat(300)}`;
    assert.equal(framingMessage(new Error(long)).split('(')[1]!.split(')')[0]!.length, 200);
    // A reader may report a string rather than an Error.
    assert.equal(isFramingError('Content-Length value must be a number. Got -'), true);
    assert.match(framingMessage('Content-Length value must be a number. Got -'), /\(Content-Length value must be a number\. Got -\)/);
    assert.equal(isFramingError(new Error('Unexpected token n in JSON')), false);
    assert.equal(isFramingError(new Error('Fout: Header must provide a Content-Length property.')), false, 'only at the start');
  });
});

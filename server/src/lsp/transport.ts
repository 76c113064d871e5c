// The stdio transport, with its framing guarded. vscode-jsonrpc's stream reader, on a header it
// cannot read (`Content-Length: abc`, no Content-Length, no ':'), reports an error and carries on
// with the body of that message taken as the next header: every later message is glued to the one
// before it and lost, so the server stays up but never answers again. The framing of a byte stream
// cannot be recovered reliably (a body may itself contain "Content-Length:"), so the server says
// why on stderr and exits with code 1; editors restart a language server that exited.
import { StreamMessageReader, StreamMessageWriter, type MessageReader, type MessageWriter } from 'vscode-languageserver/node';

const FRAMING_ERRORS = ['Header must provide a Content-Length', 'Content-Length value must be a number', 'Message header must separate key and value'];

/** True for the reader errors after which the stream's framing is lost (not a bad JSON body). */
export function isFramingError(err: unknown): boolean {
  const message = String((err as Error)?.message ?? err);
  return FRAMING_ERRORS.some((m) => message.startsWith(m));
}

export function framingMessage(err: unknown): string {
  const detail = String((err as Error)?.message ?? err).split('\n')[0]!.slice(0, 200);
  return `kamerbrief-language-server: onleesbare berichtkop van de editor (${detail}); de berichtenstroom is niet meer te volgen, de server stopt (code 1) zodat de editor hem opnieuw kan starten\n`;
}

/** Reader and writer over stdin/stdout; a broken framing ends the process as described above. */
export function stdioTransport(exit: (code: number) => void = (code) => process.exit(code)): { reader: MessageReader; writer: MessageWriter } {
  const reader = new StreamMessageReader(process.stdin);
  const writer = new StreamMessageWriter(process.stdout);
  reader.onError((err) => {
    if (!isFramingError(err)) return;
    process.stderr.write(framingMessage(err));
    exit(1);
  });
  return { reader, writer };
}

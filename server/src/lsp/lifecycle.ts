// Request handling around the features: after `shutdown` every request is refused with
// InvalidRequest (LSP spec), and work that stopped (the request was cancelled, or a newer version
// of the document arrived) is answered with RequestCancelled or ContentModified, never a result
// for text the client no longer has.
import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import { WorkStopped } from './slices.js';

export class Lifecycle {
  #shutDown = false;

  get shutDown(): boolean {
    return this.#shutDown;
  }

  markShutDown(): void {
    this.#shutDown = true;
  }

  /** Wraps a request handler with the rules above. */
  request<P, R>(handler: (params: P, token: CancellationToken) => R | Promise<R>): (params: P, token: CancellationToken) => Promise<R | ResponseError<void>> {
    return async (params, token) => {
      if (this.#shutDown) return new ResponseError(ErrorCodes.InvalidRequest, 'De server is afgesloten (shutdown); alleen "exit" wordt nog verwacht');
      try {
        return await handler(params, token);
      } catch (err) {
        if (!(err instanceof WorkStopped)) throw err;
        return token.isCancellationRequested
          ? new ResponseError(LSPErrorCodes.RequestCancelled, 'Verzoek geannuleerd')
          : new ResponseError(LSPErrorCodes.ContentModified, 'Het document is intussen gewijzigd');
      }
    };
  }
}

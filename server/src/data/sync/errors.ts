// One error type for everything that ends a sync; its message is Dutch and shown as is.

export class SyncError extends Error {
  override readonly name = 'SyncError';
  /** The HTTP status when the server refused the request (4xx). */
  constructor(message: string, readonly status: number | null = null) {
    super(message);
  }
}

/** A proxy fault that may pass (5xx, unreachable): retried like any network fault. */
export class ProxyFault extends Error {
  override readonly name = 'ProxyFault';
}

// One error type for everything that ends a sync; its message is Dutch and shown as is.

export class SyncError extends Error {
  override readonly name = 'SyncError';
}

/** A proxy fault that may pass (5xx, unreachable): retried like any network fault. */
export class ProxyFault extends Error {
  override readonly name = 'ProxyFault';
}

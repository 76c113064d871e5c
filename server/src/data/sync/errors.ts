// One error type for everything that ends a sync; its message is Dutch and shown as is.

export class SyncError extends Error {
  override readonly name = 'SyncError';
}

// The snapshot store: write (atomic swap), open (lazy, sharded), read back, in-memory.
export { writeSnapshot } from './store/write.js';
export { openSnapshot, readSnapshotData, type OpenOptions, type OpenResult } from './store/open.js';
export { snapshotFromData } from './store/memory.js';
export { IndexedSnapshot } from './store/indexed.js';

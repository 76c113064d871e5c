// Sync writes and reads snapshots through the store (atomic swap, sharded layout).
export { writeSnapshot, readSnapshotData } from '../store.js';

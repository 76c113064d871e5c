// Public face of the parliamentary data: the snapshot records, the store (write with an atomic
// swap, open lazily, read back), the key and outcome helpers, and the hover card. An entry point
// for bundles and benchmarks (dist/data.js); the product's own modules import the parts directly.
export * from './types.js';
export { writeSnapshot, openSnapshot, readSnapshotData, snapshotFromData, IndexedSnapshot, type OpenOptions, type OpenResult } from './store.js';
export { dossierKey, docKey, parseKstId } from './sync/keys.js';
export { uitkomstOf, tvvKey, syncSnapshot, defaultDataDir, DEFAULT_ENDPOINT, SyncError, type SyncOptions, type SyncProgress, type SyncResult } from './sync/index.js';
export { keyCard as snapshotCard, snapshotAge, dataCard } from '../core/features/data-card.js';

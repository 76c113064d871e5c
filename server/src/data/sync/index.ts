// Public face of the sync: what the CLI and the language server call.
export { syncSnapshot, DEFAULT_ENDPOINT, type SyncOptions, type SyncProgress, type SyncResult } from './sync.js';
export { defaultDataDir } from './data-dir.js';
export { SyncError } from './errors.js';
export { editorProxyFrom, type EditorProxy } from './proxy-settings.js';
export { uitkomstOf } from './uitkomst.js';
export { tvvKey } from './tvv.js';

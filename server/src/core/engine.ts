// The engine's public surface for other programs (benchmarks, later the language server).
export { lintText, fixText, runRules, stripBom } from './lint.js';
export { analyze, MemoryBlockCache, type BlockCache } from './analyze.js';
export { applyFixes } from './fix.js';
export { allRules, findRule } from './rules/index.js';
export { scanCitations } from './citations/index.js';
export type * from './types.js';
export type * from './model.js';

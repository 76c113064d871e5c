#!/usr/bin/env node
// The language server for any LSP client: kamerbrief-language-server --stdio
if (!process.argv.slice(2).some((a) => a === '--stdio' || a.startsWith('--node-ipc') || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  process.argv.push('--stdio');
}
import('../dist/server.js').catch((err) => {
  process.stderr.write(`kamerbrief-language-server: ${err && err.code === 'ERR_MODULE_NOT_FOUND' ? 'dist/server.js ontbreekt; voer eerst "npm run build" uit' : err}\n`);
  process.exitCode = 2;
});

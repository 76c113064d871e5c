#!/usr/bin/env node
// Runs the bundled CLI (npm run build makes dist/).
import('../dist/cli.js').catch((err) => {
  if (err && err.code === 'ERR_MODULE_NOT_FOUND') {
    process.stderr.write('kamerbrief: dist/cli.js ontbreekt; voer eerst "npm run build" uit\n');
    process.exitCode = 2;
  } else throw err;
});

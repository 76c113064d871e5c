#!/usr/bin/env bash
# The whole test suite. Installs what it needs by itself, idempotently: npm packages when
# node_modules is missing; Debian's chromium, neovim, ripgrep and code-server for the end-to-end
# tests (scripts/e2e/setup.sh). Then: type-check and compile, bundle, the extension tests in a real
# VS Code (code-server), and mocha over unit, rule, corpus, CLI, LSP, grammar and Neovim tests, under
# c8 with a coverage gate for server/src/core.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --no-audit --no-fund
bash scripts/e2e/setup.sh
rm -rf out
npx tsc -p tsconfig.json
npx tsc -p client/tsconfig.json
node esbuild.mjs
bash scripts/e2e/run.sh
# One mocha run, under c8: coverage of server/src (.c8rc.json) costs a few seconds, not a second run.
# The gate (lines and branches of server/src/core) only applies when the whole suite ran.
npx c8 mocha "$@"
if [ $# -eq 0 ]; then npm run -s coverage:check; fi
# Mutation testing of what the last commit changed in server/src (scripts/mutation-changed.mjs):
# scores and survivors are printed; a change too large for this step is said and skipped.
if [ $# -eq 0 ]; then node scripts/mutation-changed.mjs --max-lines 200; fi

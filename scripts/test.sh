#!/usr/bin/env bash
# The whole test suite: type-check and compile, bundle, then mocha over unit, rule, corpus, CLI
# and property tests. Installs what it needs by itself (npm packages when node_modules is missing).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --no-audit --no-fund
rm -rf out
npx tsc -p tsconfig.json
node esbuild.mjs
npx mocha "$@"

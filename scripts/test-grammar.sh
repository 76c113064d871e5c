#!/usr/bin/env bash
# TextMate grammar tests: vscode-tmgrammar-test runs test/grammar/*.test.md against VS Code's own
# Markdown grammar (npm tm-grammars), with the Kamerbrief injection wired in as contributes.grammars
# does in VS Code (test/grammar/grammar-config.json). First checks that the grammar JSON is what
# test/grammar/build-grammar.mjs generates, and that its regexes are linear.
# Exit code 0 when every assertion holds; non-zero otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

node test/grammar/build-grammar.mjs --check

# The tool warns once per language Markdown can embed ("grammar not found for source.xyz"); hide
# only those warnings. The timeout turns a hang into a failure: the tool's own assertion parser
# backtracks exponentially on a malformed assertion line (e.g. two " - " in one line).
err=$(mktemp)
trap 'rm -f "$err"' EXIT
status=0
timeout 300 npx vscode-tmgrammar-test \
  -g node_modules/tm-grammars/grammars/markdown.json \
  --config test/grammar/grammar-config.json \
  'test/grammar/*.test.md' 2>"$err" || status=$?
grep -v -e '^grammar not found for "' -e '^npm warn Unknown user config' "$err" >&2 || true
if [ "$status" -eq 124 ]; then echo 'vscode-tmgrammar-test timed out (a malformed assertion line?)' >&2; fi
exit "$status"

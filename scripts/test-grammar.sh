#!/usr/bin/env bash
# TextMate grammar tests (vscode-tmgrammar-test) against VS Code's own Markdown grammar, with the
# injection wired as package.json's contributes.grammars declares it.
set -euo pipefail
cd "$(dirname "$0")/.."
npx vscode-tmgrammar-test --config package.json -g node_modules/tm-grammars/grammars/markdown.json -g syntaxes/kamerbrief.injection.tmLanguage.json 'test/grammar/*.test.md' 2>/dev/null

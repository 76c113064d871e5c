#!/usr/bin/env bash
# End-to-end tests: package the .vsix, unpack it, and run the extension tests in code-server
# against exactly that package; then the grammar tests. (Neovim runs from mocha: test/e2e/nvim.test.ts.)
set -euo pipefail
cd "$(dirname "$0")/../.."
npm run -s package:vsix -- --out .e2e/kamerbrief.vsix >/dev/null
# The package installs into code-server as a user would install it.
EXT_DIR=$(mktemp -d)
HOME="$EXT_DIR" .e2e/code-server/node_modules/.bin/code-server --extensions-dir "$EXT_DIR/ext" --user-data-dir "$EXT_DIR/data" \
  --install-extension .e2e/kamerbrief.vsix >/dev/null
ls "$EXT_DIR/ext" | grep -q '^kamerbrief\.kamerbrief-' || { echo "vsix did not install into code-server" >&2; exit 1; }
rm -rf "$EXT_DIR"
rm -rf .e2e/unpacked && mkdir -p .e2e/unpacked
python3 -m zipfile -e .e2e/kamerbrief.vsix .e2e/unpacked
WS=$(mktemp -d)
cp test/e2e/ws/*.md "$WS/"
# VS Code's own Markdown validation on, as a user may have it: our drafts must not get its
# "No link definition found" false alarm on [^1] footnotes.
mkdir -p "$WS/.vscode" && echo '{ "markdown.validate.enabled": true }' > "$WS/.vscode/settings.json"
set +e
node scripts/e2e/code-server-test-host.cjs --extensionDevelopmentPath=.e2e/unpacked/extension \
  --extensionTestsPath=test/e2e/vscode/runner.cjs "$WS"
code=$?
set -e
rm -rf "$WS"
[ "$code" -eq 0 ] || exit $code
# The look-up and report views, language status, workspace check and data settings, with the
# fixture snapshot as the user's data folder (set in the user settings, as a user would).
WS=$(mktemp -d)
DATA=$(mktemp -d)
cp test/e2e/ws-views/*.md "$WS/"
# VS Code's own Markdown validation on too: a kamerbrief: view must get no diagnostics from anyone.
mkdir -p "$WS/.vscode" && echo '{ "markdown.validate.enabled": true }' > "$WS/.vscode/settings.json"
cp -r test/fixtures/snapshot "$DATA/gegevens"
set +e
USER_SETTINGS="{\"kamerbrief.gegevensmap\": \"$DATA/gegevens\"}" node scripts/e2e/code-server-test-host.cjs \
  --extensionDevelopmentPath=.e2e/unpacked/extension --extensionTestsPath=test/e2e/vscode/runner-views.cjs "$WS"
code=$?
set -e
rm -rf "$WS" "$DATA"
[ "$code" -eq 0 ] || exit $code
# Workspace trust: the same tests in a trusted window and in Restricted Mode.
for untrusted in "" 1; do
  WS=$(mktemp -d)
  cp test/e2e/ws-trust/*.md "$WS/"
  echo "{ \"trusted\": $([ -n "$untrusted" ] && echo false || echo true) }" > "$WS/expect-trust.json"
  set +e
  UNTRUSTED=$untrusted node scripts/e2e/code-server-test-host.cjs --extensionDevelopmentPath=.e2e/unpacked/extension \
    --extensionTestsPath=test/e2e/vscode/runner-trust.cjs "$WS"
  code=$?
  set -e
  rm -rf "$WS"
  [ "$code" -eq 0 ] || exit $code
done
# The overview command with data: the fixture snapshot as the user's data folder.
WS=$(mktemp -d)
set +e
KB_GEGEVENSMAP="$PWD/test/fixtures/snapshot" node scripts/e2e/code-server-test-host.cjs --extensionDevelopmentPath=.e2e/unpacked/extension \
  --extensionTestsPath=test/e2e/vscode/runner-overview.cjs "$WS"
code=$?
set -e
rm -rf "$WS"
[ "$code" -eq 0 ] || exit $code
# The UI in Dutch (Playwright): Settings UI titles and descriptions, the hover card; screenshots in
# test/e2e/artifacts/.
WS=$(mktemp -d)
cp test/e2e/ws/*.md "$WS/"
set +e
node scripts/e2e/ui-screenshots.cjs .e2e/kamerbrief.vsix "$WS"
code=$?
set -e
rm -rf "$WS"
[ "$code" -eq 0 ] || exit $code
exit 0

#!/usr/bin/env bash
# Installs what the end-to-end tests need, idempotently: Debian's chromium, neovim, ripgrep,
# libkrb5-dev (for code-server's native build), libreoffice-writer-nogui and poppler-utils (the
# export's word-processor check), and code-server 4.100.3 (= VS Code 1.100.3, the
# last release for Node 20) into the gitignored .e2e/code-server. Offline-safe: @vscode/ripgrep's
# download is served from a cache seeded with Debian's rg (the shared testing notes, TESTING.md §1).
set -euo pipefail
cd "$(dirname "$0")/../.."
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v nvim >/dev/null || need+=(neovim)
command -v rg >/dev/null || need+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
# A real word processor for the export tests: LibreOffice converts the exported .docx to PDF.
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null && command -v pdftoppm >/dev/null || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
DIR=.e2e/code-server
if [ ! -x "$DIR/node_modules/.bin/code-server" ]; then
  C="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"; T=$(mktemp -d); mkdir -p "$C"
  cp "$(command -v rg)" "$T/rg" && tar czf "$C/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$T" rg && rm -rf "$T"
  mkdir -p "$DIR"
  (cd "$DIR" && { [ -f package.json ] || echo '{"name":"code-server-host","private":true}' > package.json; } &&
    npm_config_yes=true npm install --no-audit --no-fund --loglevel=error code-server@4.100.3 --unsafe-perm >/dev/null)
fi
"$DIR/node_modules/.bin/code-server" --version | head -1

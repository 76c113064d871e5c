#!/usr/bin/env bash
# The README demo: build, then lint the example drafts with the fixture snapshot (real payloads). Exit code 1 (problems found, as in the
# example with slips) is the expected outcome; 2 would mean the tool failed.
set -uo pipefail
cd "$(dirname "$0")/.."
npm run -s build || exit 2
node bin/kamerbrief.js lint --data test/fixtures/snapshot examples
code=$?
[ "$code" -le 1 ] || exit "$code"
exit 0

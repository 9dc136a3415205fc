#!/usr/bin/env bash
# `npm run bench`: every module of test/bench, inside a throwaway keyring on Linux (the grid bench runs the app's
# main side, which keeps its secrets in the keychain). Prints a table and writes bench-results.json.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/use-node.sh
npx electron-vite build >/dev/null
run=(node --experimental-strip-types --disable-warning=ExperimentalWarning test/bench/run.ts "$@")
if [ "$(uname -s)" = "Linux" ]; then scripts/with-keyring.sh "${run[@]}"; else "${run[@]}"; fi

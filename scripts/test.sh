#!/usr/bin/env bash
# `npm test`: typecheck, lint, unit + integration, then e2e. Non-zero when any of them fails.
# On Linux the suites run inside a private D-Bus session with a throwaway gnome-keyring (a real Secret Service);
# on macOS and Windows they use the native keychain under a test-only service name.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/use-node.sh

run_with_keyring() {
  if [ "$(uname -s)" = "Linux" ]; then scripts/with-keyring.sh "$@"; else "$@"; fi
}

echo "== typecheck" && npx tsc --build
echo "== lint" && npx eslint --max-warnings=0 .
echo "== build" && npx electron-vite build >/dev/null
echo "== unit and integration" && run_with_keyring npx vitest run
echo "== e2e (${E2E_TARGET:-bridge})" && run_with_keyring npx playwright test

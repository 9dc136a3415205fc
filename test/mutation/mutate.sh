#!/usr/bin/env bash
# `npm run mutate [-- group ...]`: mutation testing of the core, one module group at a time (all groups when none is
# named), incrementally: each group's last result is kept in test/mutation/incremental/<group>.json (commit it), so
# a run only tests mutants in code or tests changed since, except in a group marked retestAll in groups.ts
# (resources-static), which re-tests everything. `--force` re-tests everything. Reports go to
# reports/mutation/<group>/. Runs at lowered priority with one test runner: the machine stays usable.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/use-node.sh

force=()
groups=()
for arg in "$@"; do
  if [ "$arg" = "--force" ]; then force=(--force); else groups+=("$arg"); fi
done
if [ ${#groups[@]} -eq 0 ]; then
  mapfile -t groups < <(node -e 'import("./test/mutation/groups.ts").then((m) => console.log(Object.keys(m.MUTATION_GROUPS).join("\n")))')
fi

run() {
  if [ "$(uname -s)" = "Linux" ]; then scripts/with-keyring.sh "$@"; else "$@"; fi
}

for group in "${groups[@]}"; do
  echo "== mutate $group"
  started=$(date +%s)
  MUTATE_GROUP="$group" run nice -n 10 npx stryker run stryker.config.mjs "${force[@]}"
  echo "== $group took $(($(date +%s) - started)) s"
done

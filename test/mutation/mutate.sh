#!/usr/bin/env bash
# `npm run mutate [-- group ...]`: mutation testing of the core, one module group at a time (all groups when none is
# named), incrementally: each group's last result is kept in test/mutation/incremental/<group>.json (commit it), so
# a run only tests mutants in code or tests changed since, except in a group marked retestAll in groups.ts
# (resources-static), which re-tests everything. `--force` re-tests everything. A group with a `firstPass` in
# groups.ts runs twice when everything is tested anew (`--force`, or no kept result): its fast tests first, then
# every test on what they left alive (same result, far less time). `--retest-static` re-tests the static survivors of a
# kept result (an incremental run keeps them however the tests changed), without re-testing everything.
# Reports go to reports/mutation/<group>/. Runs at lowered priority with one test runner: the machine stays usable.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/use-node.sh

force=()
retest_static=false
groups=()
for arg in "$@"; do
  case "$arg" in
    --force) force=(--force) ;;
    --retest-static) retest_static=true ;;
    *) groups+=("$arg") ;;
  esac
done
if [ ${#groups[@]} -eq 0 ]; then
  mapfile -t groups < <(node -e 'import("./test/mutation/groups.ts").then((m) => console.log(Object.keys(m.MUTATION_GROUPS).join("\n")))')
fi

run() {
  if [ "$(uname -s)" = "Linux" ]; then scripts/with-keyring.sh "$@"; else "$@"; fi
}

has_first_pass() {
  node -e 'import("./test/mutation/groups.ts").then((m) => process.exit(m.MUTATION_GROUPS[process.argv[1]]?.firstPass ? 0 : 1))' "$1"
}

for group in "${groups[@]}"; do
  echo "== mutate $group"
  started=$(date +%s)
  # the first pass only where everything is tested anew: on a kept result it would drop the slow tests' kills
  if has_first_pass "$group" && { [ ${#force[@]} -gt 0 ] || [ ! -f "test/mutation/incremental/$group.json" ]; }; then
    echo "== $group, first pass: its fast tests"
    MUTATE_GROUP="$group" MUTATE_PASS=first run nice -n 10 npx stryker run stryker.config.mjs "${force[@]}"
    node test/mutation/between-passes.ts "$group"
    echo "== $group, second pass: every test, on the mutants the first pass left alive"
    MUTATE_GROUP="$group" run nice -n 10 npx stryker run stryker.config.mjs
  else
    if $retest_static && [ -f "test/mutation/incremental/$group.json" ]; then node test/mutation/between-passes.ts "$group"; fi
    MUTATE_GROUP="$group" run nice -n 10 npx stryker run stryker.config.mjs "${force[@]}"
  fi
  echo "== $group took $(($(date +%s) - started)) s"
done

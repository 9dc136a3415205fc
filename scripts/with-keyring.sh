#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with a throwaway, unlocked gnome-keyring (a real Secret Service)
# whose data lives in a temp folder, so tests never touch the user's own keyring.
# Usage: scripts/with-keyring.sh <command> [args...]
set -euo pipefail
if [ -z "${NOC_KEYRING_INNER:-}" ]; then
  export NOC_KEYRING_INNER=1
  exec dbus-run-session -- "$0" "$@"
fi
keyring_home=$(mktemp -d -t noc-keyring.XXXXXX)
trap 'rm -rf "$keyring_home"' EXIT
export XDG_DATA_HOME="$keyring_home/data" XDG_RUNTIME_DIR="$keyring_home/run" HOME_FOR_KEYRING="$keyring_home"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# A throwaway password creates and unlocks the default "login" keyring without a prompt.
eval "$(printf "noc-throwaway" | gnome-keyring-daemon --unlock --components=secrets)"
eval "$(gnome-keyring-daemon --start --components=secrets)"
export GNOME_KEYRING_CONTROL
"$@"

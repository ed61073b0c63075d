#!/usr/bin/env bash
# Installs what building and testing Offerline needs, skipping whatever is
# already present. Safe to run again. Usage: scripts/setup.sh [run|test]
#   run  - Rust wasm target, wasm-bindgen-cli, wasm-opt, esbuild, lightningcss
#   test - all of the above, plus Chromium, the Playwright packages and a
#          Python venv with aiosmtpd (the SMTP server the mail tests talk to)
#          and moto (the S3-compatible store the storage tests talk to)
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-test}"

TOOLS_DIR="${OFFERLINE_TOOLS_DIR:-$HOME/.cache/offerline-tools}"
BINARYEN_VERSION=132.0.0
ESBUILD_VERSION=0.28.2
LIGHTNINGCSS_VERSION=1.33.0
AIOSMTPD_VERSION=1.4.6
MOTO_VERSION=5.2.5
mkdir -p "$TOOLS_DIR"
export PATH="$HOME/.cargo/bin:$TOOLS_DIR/node_modules/.bin:$PATH"

# Tools build faster at opt-level 1 without LTO, and run fast enough.
quick_release() {
  CARGO_PROFILE_RELEASE_OPT_LEVEL=1 CARGO_PROFILE_RELEASE_LTO=false \
  CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 CARGO_PROFILE_RELEASE_DEBUG=false "$@"
}

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

ensure_wasm_target() {
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then return; fi
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
}

# scripts/build.sh runs the wasm-bindgen on PATH: it must match Cargo.lock.
ensure_wasm_bindgen() {
  local want
  want=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/"/,"",$3); print $3; exit}' Cargo.lock)
  if command -v wasm-bindgen >/dev/null && wasm-bindgen --version | grep -q " $want"; then return; fi
  say "installing wasm-bindgen-cli $want"
  quick_release cargo install wasm-bindgen-cli --version "$want" --force
}

# The site's build tools, from npm (prebuilt): wasm-opt (Debian's binaryen
# is too old: the page never hydrates), esbuild for the JavaScript and
# lightningcss for the stylesheet.
ensure_web_tools() {
  local bin="$TOOLS_DIR/node_modules/.bin"
  if [ -x "$bin/wasm-opt" ] && [ -x "$bin/esbuild" ] && [ -x "$bin/lightningcss" ] \
    && grep -q "\"version\": \"$ESBUILD_VERSION\"" "$TOOLS_DIR/node_modules/esbuild/package.json" 2>/dev/null; then
    return
  fi
  say "installing binaryen $BINARYEN_VERSION, esbuild $ESBUILD_VERSION and lightningcss-cli $LIGHTNINGCSS_VERSION from npm"
  npm install --prefix "$TOOLS_DIR" --no-audit --no-fund --save-exact \
    "binaryen@$BINARYEN_VERSION" "esbuild@$ESBUILD_VERSION" "lightningcss-cli@$LIGHTNINGCSS_VERSION"
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ]; then return; fi
  say "installing Debian's Chromium"
  local sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium
}

ensure_playwright() {
  if [ -d end2end/node_modules/@playwright/test ] && [ end2end/node_modules/.package-lock.json -nt end2end/package-lock.json ]; then return; fi
  say "installing Playwright packages (no browser download)"
  (cd end2end && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
}

# The mail tests speak SMTP to aiosmtpd on loopback, and the storage tests
# S3 to moto's server; tests find this venv's Python (scripts/test.sh
# exports it as OFFERLINE_PYTHON).
ensure_test_servers() {
  local venv="$TOOLS_DIR/venv"
  if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c 'import aiosmtpd, moto.server' 2>/dev/null; then return; fi
  say "installing aiosmtpd $AIOSMTPD_VERSION and moto $MOTO_VERSION into $venv"
  if ! command -v python3 >/dev/null || ! python3 -m venv "$venv" >/dev/null 2>&1; then
    # Debian ships venv support as its own package.
    local sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3 python3-venv
    rm -rf "$venv"
    python3 -m venv "$venv"
  fi
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
    "aiosmtpd==$AIOSMTPD_VERSION" "moto[s3,server]==$MOTO_VERSION"
}

ensure_wasm_target
ensure_wasm_bindgen
ensure_web_tools
if [ "$mode" = test ]; then
  ensure_chromium
  ensure_playwright
  ensure_test_servers
fi
say "tools ready"

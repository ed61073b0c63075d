#!/usr/bin/env bash
# Installs what is missing, builds Offerline and serves it on
# http://127.0.0.1:3000 with the embedded SQLite database in ./data.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh run
export PATH="$HOME/.cargo/bin:${OFFERLINE_TOOLS_DIR:-$HOME/.cache/offerline-tools}/node_modules/.bin:$PATH"
scripts/build.sh
exec target/release/offerline serve

#!/usr/bin/env bash
# Installs what the tests need, then runs every check: formatting, lints for
# the server and the browser builds, the Rust tests on SQLite and on
# PostgreSQL, the release build, and the end-to-end suite in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
# One-off builds: incremental caches would only cost time and disk.
export CARGO_INCREMENTAL=0
export PATH="$HOME/.cargo/bin:${OFFERLINE_TOOLS_DIR:-$HOME/.cache/offerline-tools}/node_modules/.bin:$PATH"
PG_URL="${TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
# The Python with aiosmtpd and moto, for the tests' SMTP and S3 servers.
export OFFERLINE_PYTHON="${OFFERLINE_PYTHON:-${OFFERLINE_TOOLS_DIR:-$HOME/.cache/offerline-tools}/venv/bin/python}"

# Each step says when it started, so a slow one shows in the log.
step() { printf '\n\033[1m== %s\033[0m (at %dm%02ds)\n' "$*" $((SECONDS / 60)) $((SECONDS % 60)); }

step "format"
cargo fmt --check

step "lint (server)"
cargo clippy --features ssr --all-targets -- -D warnings

step "lint (browser)"
cargo clippy --lib --features hydrate --target wasm32-unknown-unknown -- -D warnings

step "Rust tests on SQLite"
env -u TEST_POSTGRES_URL cargo test --features ssr

step "Rust tests on PostgreSQL ($PG_URL)"
TEST_POSTGRES_URL="$PG_URL" cargo test --features ssr

step "release build"
scripts/build.sh

step "end-to-end (Chromium)"
(cd end2end && npx playwright test)
step "all green"

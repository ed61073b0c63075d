#!/usr/bin/env bash
# Builds Offerline for release: the server (target/release/offerline) and
# the site it serves (target/site): public/, the stylesheet, and the
# islands' WebAssembly with its JavaScript. Usage: scripts/build.sh [site]
#   site - only the site (WebAssembly, JavaScript, CSS, public/)
# Tools come from scripts/setup.sh: wasm-bindgen (matching Cargo.lock),
# wasm-opt, esbuild and lightningcss (npm packages in the tools folder).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:${OFFERLINE_TOOLS_DIR:-$HOME/.cache/offerline-tools}/node_modules/.bin:$PATH"
# Names and folders as the server reads them, from Leptos.toml.
setting() { sed -n "s/^$1 *= *\"\(.*\)\"/\1/p" Leptos.toml; }
name=$(setting output-name)
site=$(setting site-root)
pkg_dir=$(setting site-pkg-dir)

if [ "${1:-}" != site ]; then
  cargo build --release --no-default-features --features ssr --bin offerline
fi

cargo build --lib --target wasm32-unknown-unknown --profile wasm-release \
  --no-default-features --features hydrate

# Built beside the site, then swapped in, so a running server never
# serves half of one build.
next="$site.next"
rm -rf "$next"
mkdir -p "$next/$pkg_dir"
cp -R public/. "$next/"
wasm-bindgen --target web --no-typescript --out-name "$name" --out-dir "$next/$pkg_dir" \
  target/wasm32-unknown-unknown/wasm-release/offerline.wasm
mv "$next/$pkg_dir/${name}_bg.wasm" "$next/$pkg_dir/$name.wasm"
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
  "$next/$pkg_dir/$name.wasm" -o "$next/$pkg_dir/$name.wasm"
esbuild --minify --log-level=warning --format=esm "$next/$pkg_dir/$name.js" \
  --outfile="$next/$pkg_dir/$name.min.js"
mv "$next/$pkg_dir/$name.min.js" "$next/$pkg_dir/$name.js"
lightningcss --minify --targets defaults style/main.css -o "$next/$pkg_dir/$name.css"
rm -rf "$site"
mv "$next" "$site"
echo "built target/release/offerline and $site"

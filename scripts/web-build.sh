#!/usr/bin/env bash
# Builds the web app into web/dist: the Leptos app and the checker for wasm32, wasm-bindgen's JS glue
# (`--target web`), wasm-opt (npm binaryen), Monaco copied from npm (no CDN), static files, and .gz copies
# that the server sends to browsers that accept them. Cargo skips what did not change.
set -euo pipefail
cd "$(dirname "$0")/.."
out=web/dist
wasm_dir="${CARGO_TARGET_DIR:-target}/wasm/wasm32-unknown-unknown/release"
[ -d node_modules/monaco-editor ] || npm ci --no-audit --no-fund >&2

bash scripts/wasm-build.sh build --release --locked -p plait-web -p checker-wasm

staging="$out.new"
rm -rf "$staging"
mkdir -p "$staging/pkg" "$staging/monaco"
for crate in plait_web checker_wasm; do
  wasm-bindgen --target web --no-typescript --out-dir "$staging/pkg" "$wasm_dir/$crate.wasm"
  node_modules/.bin/wasm-opt -O3 --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-reference-types --enable-multivalue --enable-mutable-globals \
    -o "$staging/pkg/${crate}_bg.wasm" "$staging/pkg/${crate}_bg.wasm"
done
cp web/static/* "$staging/"
cp -r node_modules/monaco-editor/min/vs "$staging/monaco/vs"
find "$staging" -type f \( -name '*.js' -o -name '*.wasm' -o -name '*.css' -o -name '*.html' \) -size +1k -exec gzip -9 -k {} +
rm -rf "$out"
mv "$staging" "$out"
echo "web app built in $out ($(du -sh "$out" | cut -f1))" >&2

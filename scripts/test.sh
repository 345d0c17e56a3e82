#!/usr/bin/env bash
# The README's second command: every test. Installs what it needs (scripts/setup.sh), then runs the Rust test
# suite (unit, corpus, snapshot and property tests), builds checker-core and checker-wasm for
# wasm32-unknown-unknown, and checks in node that the wasm checker gives the native one's results.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --tests
export CI="${CI:-}"   # insta fails on missing/changed snapshots when CI is set instead of writing new ones
echo "== cargo test (workspace)" >&2
INSTA_UPDATE=no cargo test --workspace --locked
echo "== checker-core and checker-wasm for wasm32-unknown-unknown" >&2
bash scripts/wasm-build.sh build --release --locked -p checker-core -p checker-wasm
echo "wasm: checker-core and checker-wasm build for wasm32-unknown-unknown" >&2
echo "== the wasm checker against the native one (node)" >&2
wasm_dir="${CARGO_TARGET_DIR:-target}/wasm"
wasm-bindgen --target nodejs --out-dir "$wasm_dir/pkg-node" "$wasm_dir/wasm32-unknown-unknown/release/checker_wasm.wasm"
node tests/wasm/trace-parity.mjs "$wasm_dir/pkg-node" "${CARGO_TARGET_DIR:-target}/debug/plait"

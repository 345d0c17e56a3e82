#!/usr/bin/env bash
# Builds crates for wasm32-unknown-unknown by the route scripts/setup.sh chose.
#   scripts/wasm-build.sh --smoke        compile a tiny cdylib to prove the toolchain works
#   scripts/wasm-build.sh [cargo args]   e.g. `build --release -p checker-core`
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck disable=SC1091
[ -z "${WASM_ROUTE:-}" ] && [ -f .plait-env ] && . ./.plait-env
route=${WASM_ROUTE:-rustup}
target_dir=${CARGO_TARGET_DIR:-target}/wasm

run_cargo() {
  if [ "$route" = debian ]; then
    RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=/usr/bin/rust-lld \
      /usr/bin/cargo "$@" --target wasm32-unknown-unknown --target-dir "$target_dir" -Zbuild-std=std,panic_abort
  else
    cargo "$@" --target wasm32-unknown-unknown --target-dir "$target_dir"
  fi
}

if [ "${1:-}" = --smoke ]; then
  smoke=$(mktemp -d)
  trap 'rm -rf "$smoke"' EXIT
  mkdir -p "$smoke/src"
  printf '[package]\nname = "wasm-smoke"\nversion = "0.0.0"\nedition = "2021"\n[lib]\ncrate-type = ["cdylib"]\n[workspace]\n' > "$smoke/Cargo.toml"
  printf '#[no_mangle]\npub extern "C" fn add(a: i32, b: i32) -> i32 { a + b }\n' > "$smoke/src/lib.rs"
  cd "$smoke"
  target_dir="$smoke/target"
  run_cargo build --release -q
  ls "$smoke"/target/wasm32-unknown-unknown/release/wasm_smoke.wasm >/dev/null
  exit 0
fi

run_cargo "$@"

#!/usr/bin/env bash
# Installs what building and testing Plait needs, idempotently: the native Rust toolchain is assumed (rustup),
# the wasm32 target comes from rustup when it can be downloaded, otherwise from Debian's rustc-web packages
# (built with -Zbuild-std); the route taken is recorded in .plait-env for scripts/wasm-build.sh. Then
# wasm-bindgen-cli (the version in Cargo.lock) and the npm packages of package-lock.json (Monaco, wasm-opt,
# playwright-core). With `--tests`, also Debian's Chromium for the browser tests and a PostgreSQL server for
# the server's tests.
set -euo pipefail
cd "$(dirname "$0")/.."
env_file=.plait-env

log() { printf 'setup: %s\n' "$*" >&2; }

if ! command -v cargo >/dev/null 2>&1; then
  if [ -x "$HOME/.cargo/bin/cargo" ]; then
    export PATH="$HOME/.cargo/bin:$PATH"
  else
    log "cargo not found: install Rust with rustup (https://rustup.rs) and run this again"
    exit 1
  fi
fi

# A recorded route is trusted while its tools are still installed, so a re-run takes well under a second;
# the full smoke build runs only when a route is first chosen.
route_still_installed() {
  # shellcheck disable=SC1090
  . "./$env_file"
  case ${WASM_ROUTE:-} in
    rustup) rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown ;;
    debian) [ -x /usr/bin/rustc ] && [ -x "$(readlink -f /usr/bin/rust-lld 2>/dev/null)" ] && [ -d /usr/lib/rustlib/src/rust ] ;;
    *) return 1 ;;
  esac
}
# wasm-bindgen's CLI must be exactly the version of the wasm-bindgen crate in Cargo.lock.
ensure_wasm_bindgen_cli() {
  local want
  want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
  [ -n "$want" ] || return 0
  if ! wasm-bindgen --version 2>/dev/null | grep -qF "$want"; then
    log "installing wasm-bindgen-cli $want (a few minutes, once)"
    cargo install -q wasm-bindgen-cli --version "$want" >&2
  fi
}

ensure_npm_packages() {
  if ! command -v npm >/dev/null 2>&1; then
    log "installing Node.js and npm (Debian packages)"
    apt_install nodejs npm
  fi
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "installing npm packages (monaco-editor, binaryen, playwright-core)"
    npm ci --no-audit --no-fund --loglevel=error >&2
  fi
}

apt_install() {
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >&2
}

# The browser tests drive Debian's Chromium (never a browser downloaded by playwright).
ensure_chromium() {
  [ -x "${CHROMIUM:-/usr/bin/chromium}" ] && return 0
  log "installing Chromium for the browser tests (Debian packages chromium, chromium-driver)"
  apt_install chromium chromium-driver
}

# The server's tests run on PostgreSQL too: DATABASE_URL if it names one, else a server on 127.0.0.1:5432
# that lets `postgres` in without a password (database `test`); where none runs, Debian's is installed,
# started and set up so.
ensure_postgres() {
  case ${DATABASE_URL:-} in postgres*) return 0 ;; esac
  if command -v psql >/dev/null 2>&1 && psql -h 127.0.0.1 -U postgres -d test -Atc 'select 1' >/dev/null 2>&1; then
    return 0
  fi
  log "no PostgreSQL on 127.0.0.1:5432 for the tests: installing and starting Debian's"
  command -v pg_ctlcluster >/dev/null 2>&1 || apt_install postgresql
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  local version
  version=$(ls /etc/postgresql | sort -n | tail -1)
  local hba=/etc/postgresql/$version/main/pg_hba.conf
  if ! $sudo grep -q '^host all postgres 127.0.0.1/32 trust' "$hba"; then
    # Only the loopback address, only the postgres role: what the tests use.
    $sudo sed -i '1i host all postgres 127.0.0.1/32 trust' "$hba"
  fi
  $sudo pg_ctlcluster "$version" main start 2>/dev/null || $sudo pg_ctlcluster "$version" main reload
  for _ in $(seq 1 50); do
    psql -h 127.0.0.1 -U postgres -d postgres -Atc 'select 1' >/dev/null 2>&1 && break
    sleep 0.2
  done
  psql -h 127.0.0.1 -U postgres -d postgres -Atc "select 1 from pg_database where datname = 'test'" | grep -q 1 \
    || psql -h 127.0.0.1 -U postgres -d postgres -c 'create database test' >&2
}

finish() {
  ensure_wasm_bindgen_cli
  ensure_npm_packages
  [ $for_tests = 0 ] || { ensure_chromium; ensure_postgres; }
}

# `--tests` also installs what only the tests need.
for_tests=0
[ "${1:-}" = --tests ] && for_tests=1

if [ -f "$env_file" ] && route_still_installed; then
  finish
  exit 0
fi

try_rustup() {
  command -v rustup >/dev/null 2>&1 || return 1
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    log "adding the wasm32-unknown-unknown target with rustup (60 s limit)"
    timeout --kill-after=5 60 rustup target add wasm32-unknown-unknown >&2 || return 1
  fi
  echo "WASM_ROUTE=rustup" > "$env_file"
  bash scripts/wasm-build.sh --smoke >&2
}

try_debian() {
  command -v apt-get >/dev/null 2>&1 || return 1
  if ! [ -x "$(readlink -f /usr/bin/rust-lld 2>/dev/null)" ] || ! [ -d /usr/lib/rustlib/src ]; then
    log "installing Debian's rustc-web toolchain for wasm32 (rustc-web cargo-web rust-web-src rust-web-llvm lld-22)"
    apt_install rustc-web cargo-web rust-web-src rust-web-llvm lld-22
  fi
  echo "WASM_ROUTE=debian" > "$env_file"
  bash scripts/wasm-build.sh --smoke >&2
}

if try_rustup; then
  log "wasm32 route: rustup"
elif try_debian; then
  log "wasm32 route: Debian rustc-web with build-std"
else
  rm -f "$env_file"
  log "could not set up a wasm32 toolchain (neither rustup nor Debian's rustc-web worked)"
  exit 1
fi
finish

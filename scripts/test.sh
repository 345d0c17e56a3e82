#!/usr/bin/env bash
# The README's second command: every test. Installs what it needs (scripts/setup.sh --tests), then runs the
# Rust test suite (unit, corpus, snapshot, property, lab and server tests, the server's on SQLite and on
# PostgreSQL), builds the web app (the checker and the Leptos app for wasm32), checks in node that the wasm
# checker gives the native one's traces byte for byte, and drives the playground and the course platform in
# headless Chromium against a running server.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --tests
export CI="${CI:-}"   # insta fails on missing/changed snapshots when CI is set instead of writing new ones
target="${CARGO_TARGET_DIR:-target}"

echo "== cargo test (workspace; the web app builds only for wasm32, below)" >&2
INSTA_UPDATE=no cargo test --workspace --exclude plait-web --locked

echo "== the web app and the checker for wasm32-unknown-unknown" >&2
bash scripts/web-build.sh

echo "== the wasm checker against the native one (node)" >&2
wasm-bindgen --target nodejs --out-dir "$target/wasm/pkg-node" "$target/wasm/wasm32-unknown-unknown/release/checker_wasm.wasm"
node tests/wasm/trace-parity.mjs "$target/wasm/pkg-node" "$target/debug/plait"

echo "== the playground in headless Chromium" >&2
log=$(mktemp)
data=$(mktemp -d)
database="sqlite://$data/plait.db?mode=rwc"
# The course test signs in as an instructor made as a real deployment makes one.
PLAIT_PASSWORD="instructor password" "$target/debug/plait-server" --database-url "$database" \
  create-instructor --email instructor@example.org --name "Ines Instructor" >&2
"$target/debug/plait-server" --port 0 --web-dir web/dist --database-url "$database" > "$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$log" "$data"' EXIT
url=""
for _ in $(seq 1 100); do
  url=$(sed -n 's/^Plait is running at \(http[^ ]*\)$/\1/p' "$log")
  [ -n "$url" ] && break
  kill -0 $server 2>/dev/null || { cat "$log" >&2; echo "the server did not start" >&2; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { cat "$log" >&2; echo "the server did not print its address" >&2; exit 1; }
node tests/browser/playground.mjs "$url" "$target/debug/plait" "$target/browser-screenshots"
echo "== the course platform in headless Chromium" >&2
node tests/browser/course.mjs "$url" instructor@example.org "instructor password" labs "$target/browser-screenshots"
echo "screenshots of the playground's main states are in $target/browser-screenshots" >&2

#!/usr/bin/env bash
# The README's first command: sets up everything on a fresh machine (scripts/setup.sh), builds the web app
# and the server, and runs Plait: the playground at http://127.0.0.1:8080/ (`--port N` or PORT to change;
# other flags go to plait-server, see `plait-server --help`). The `plait` CLI is built alongside.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/web-build.sh
cargo build --release --locked -p plait -p plait-server
echo "the plait CLI is at ./target/release/plait (try: ./target/release/plait check examples/bank -s 1000)" >&2
exec ./target/release/plait-server --web-dir web/dist "$@"

#!/usr/bin/env bash
# The README's first command: sets up everything on a fresh machine, builds Plait and runs it on the example model.
# (Later: starts the server with the playground and course pages.)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo build --release -p plait
echo "== plait compile examples/pingpong" >&2
./target/release/plait compile examples/pingpong
echo "== plait check --list-tests examples/pingpong" >&2
./target/release/plait check --list-tests examples/pingpong

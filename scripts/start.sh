#!/usr/bin/env bash
# The README's first command: sets up everything on a fresh machine, builds Plait and runs it on the example
# models: a check that passes, one that finds a bug (shown with its trace), and an exhaustive search.
# (Later: starts the server with the playground and course pages.)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo build --release -p plait
plait=./target/release/plait
echo "== plait check examples/pingpong --schedules 1000" >&2
"$plait" check examples/pingpong --schedules 1000
echo "== plait check examples/bank --schedules 1000   (finds a bug: exit code 1 is expected)" >&2
"$plait" check examples/bank --schedules 1000 || [ $? -eq 1 ]
echo "== plait check examples/twophase -t tcTwoPhaseCommit___nParticipants_3 --strategy exhaustive" >&2
"$plait" check examples/twophase -t tcTwoPhaseCommit___nParticipants_3 --strategy exhaustive

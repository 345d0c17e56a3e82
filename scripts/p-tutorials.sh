#!/usr/bin/env bash
# Compiles every P tutorial project of a local copy of p-org/P with `plait compile` and lists its tests.
#   scripts/p-tutorials.sh PATH_TO_P_REPO
# Prints, per project: the exit code, the diagnostics (if any) and the test names `plait check --list-tests`
# gives, next to the test declarations found in the sources, for comparison by eye or by diff.
set -euo pipefail
root=${1:?usage: scripts/p-tutorials.sh PATH_TO_P_REPO}
tutorials="$root/Tutorial"
[ -d "$tutorials" ] || { echo "no $tutorials" >&2; exit 3; }
cd "$(dirname "$0")/.."
cargo build -q --release -p plait
plait=$PWD/target/release/plait
failures=0
while IFS= read -r proj; do
  rel=${proj#"$tutorials"/}
  case $rel in Advanced/*|BasicPaxos/*) continue ;; esac
  set +e
  diags=$("$plait" compile "$proj" 2>&1 >/dev/null)
  code=$?
  tests=$("$plait" check --list-tests "$proj" 2>/dev/null)
  set -e
  declared=$(grep -rhoE '^\s*test\s+(param\s*\([^)]*\)\s*)?(assume\s*\([^)]*\)\s*)?(pairwise\s*|\([0-9]+\s+wise\)\s*)?[A-Za-z_][A-Za-z0-9_]*' \
               "$(dirname "$proj")" --include='*.p' | awk '{print $NF}' | sort -u | tr '\n' ' ' || true)
  echo "== $rel: exit $code, $(printf '%s' "$tests" | grep -c . || true) tests"
  echo "   declared: $declared"
  if [ -n "$tests" ]; then printf '   %s\n' $tests; fi
  if [ -n "$diags" ]; then printf '%s\n' "$diags" | sed 's/^/   | /' | head -40; fi
  [ "$code" = 0 ] || failures=$((failures + 1))
done < <(find "$tutorials" -name '*.pproj' | sort)
echo "projects that did not compile: $failures"

#!/usr/bin/env bash
# Compiles every P tutorial project of a local copy of p-org/P with `plait compile` and lists its tests.
#   scripts/p-tutorials.sh PATH_TO_P_REPO [--check]
# Prints, per project: the exit code, the diagnostics (if any) and the test names `plait check --list-tests`
# gives, next to the test declarations found in the sources, for comparison by eye or by diff.
# With --check, checks as P's CI does (tutorials/check.sh): every test of a top-level project whose name has
# no underscore, 25,000 schedules (Raft 1,000); P expects exactly tcAbstractServer, tcMultipleClientsNoFailure
# and tcMultipleClientsWithFailure to find bugs. Then the parametric tests (1,000 schedules), reported only.
set -euo pipefail
root=${1:?usage: scripts/p-tutorials.sh PATH_TO_P_REPO [--check]}
mode=${2:-}
tutorials="$root/Tutorial"
[ -d "$tutorials" ] || { echo "no $tutorials" >&2; exit 3; }
cd "$(dirname "$0")/.."
CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-target} cargo build -q --release -p plait
plait=${CARGO_TARGET_DIR:-$PWD/target}/release/plait
if [ "$mode" = --check ]; then
  buggy=()
  for proj in "$tutorials"/[0-9]_*/*.pproj; do
    name=$(basename "$(dirname "$proj")")
    schedules=25000
    case $name in 6_Raft) schedules=1000 ;; esac
    for t in $("$plait" check --list-tests "$proj"); do
      case $t in *_*) extra=1000 ;; *) extra=0 ;; esac
      n=$schedules
      [ $extra = 0 ] || n=$extra
      set +e
      line=$("$plait" check "$proj" -t "$t" -s "$n" 2>&1 | grep -E '^(==|error:)' | head -2 | tr '\n' ' ')
      set -e
      echo "$name $t: $line"
      if [ $extra = 0 ] && printf '%s' "$line" | grep -q 'BUG FOUND'; then buggy+=("$t"); fi
    done
  done
  echo "tests without an underscore that found bugs: ${buggy[*]:-none}"
  expected="tcAbstractServer tcMultipleClientsNoFailure tcMultipleClientsWithFailure"
  if [ "${buggy[*]:-}" = "$expected" ]; then echo "as P's CI expects"; else echo "P's CI expects: $expected"; exit 1; fi
  exit 0
fi

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

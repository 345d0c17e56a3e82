#!/usr/bin/env bash
# Runs Plait over P's regression corpus (Tst/RegressionTests of a local copy of p-org/P) and reports agreement.
# A case is a folder whose parent is Correct, DynamicError or StaticError; all its .p files compile together.
#   scripts/p-regression.sh PATH_TO_P_REPO [--check] [--all] [--verbose]
# Front end only (default): StaticError cases must be rejected (exit 2), the others accepted (exit 0).
# With --check, as P's harness runs it (test DefaultImpl, 1000 schedules, 1000 steps, no liveness threshold):
# Correct must exit 0, DynamicError 1, StaticError 2.
# By default only the folders P's own harness runs are used (Feature5ModuleSystem and Liveness aside);
# --all includes them. The corpus is never copied into this repository.
set -euo pipefail
root=${1:?usage: scripts/p-regression.sh PATH_TO_P_REPO [--all] [--verbose]}
shift
all=0 verbose=0 check=0
for arg in "$@"; do
  case $arg in --all) all=1 ;; --verbose) verbose=1 ;; --check) check=1 ;; *) echo "unknown option $arg" >&2; exit 3 ;; esac
done
corpus="$root/Tst/RegressionTests"
[ -d "$corpus" ] || { echo "no $corpus" >&2; exit 3; }
cd "$(dirname "$0")/.."
CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-target} cargo build -q --release -p plait
plait=${CARGO_TARGET_DIR:-$PWD/target}/release/plait

check_args=(--schedules 1000 --max-steps 1000 1000 --liveness-threshold 0)

# Prints what the case printed; returns the exit code to compare with the expected one.
run_case() {
  local dir=$1 expected=$2
  if [ $check = 0 ]; then
    "$plait" compile "$dir"
    return
  fi
  local expected_tests="$dir/ExpectedParametricTests.txt"
  if [ -f "$expected_tests" ]; then
    # As P's harness: every listed name must be a test; a single listed name is also run.
    local listed wanted missing
    listed=$("$plait" check --list-tests "$dir") || return
    wanted=$(grep -v '^#' "$expected_tests" | sed '/^[[:space:]]*$/d')
    missing=$(comm -23 <(printf '%s\n' "$wanted" | sort) <(printf '%s\n' "$listed" | sort))
    if [ -n "$missing" ]; then
      echo "missing parametric tests: $missing"
      return 9
    fi
    if [ "$(printf '%s\n' "$wanted" | wc -l)" = 1 ]; then
      timeout 120 "$plait" check "$dir" -t "$wanted" "${check_args[@]}"
      return
    fi
    [ "$expected" = DynamicError ] && return 1
    return 0
  fi
  local test_args=(-t DefaultImpl)
  "$plait" check --list-tests "$dir" 2>/dev/null | grep -qx DefaultImpl || test_args=()
  timeout 120 "$plait" check "$dir" "${test_args[@]}" "${check_args[@]}"
}

total=0 agree=0
disagreements=()
while IFS= read -r case_dir; do
  expected=$(basename "$(dirname "$case_dir")")
  top=$(realpath --relative-to="$corpus" "$case_dir" | cut -d/ -f1)
  if [ $all = 0 ] && { [ "$top" = Feature5ModuleSystem ] || [ "$top" = Liveness ]; }; then continue; fi
  compgen -G "$case_dir/*.p" >/dev/null || continue
  set +e
  out=$(run_case "$case_dir" "$expected" 2>&1)
  code=$?
  set -e
  want=0
  [ "$expected" = StaticError ] && want=2
  [ $check = 1 ] && [ "$expected" = DynamicError ] && want=1
  total=$((total + 1))
  rel=$(realpath --relative-to="$corpus" "$case_dir")
  if [ "$code" = "$want" ]; then
    agree=$((agree + 1))
  else
    disagreements+=("$rel: expected exit $want, got $code")
    if [ $verbose = 1 ]; then printf '%s\n' "---- $rel (expected $want, got $code)" "$out" | head -30; fi
  fi
done < <(find "$corpus" -mindepth 2 -type d \( -path '*/Correct/*' -o -path '*/DynamicError/*' -o -path '*/StaticError/*' \) \
          -not -path '*/Correct/*/*' -not -path '*/DynamicError/*/*' -not -path '*/StaticError/*/*' | sort)

for d in "${disagreements[@]}"; do echo "DISAGREE $d"; done
awk -v a="$agree" -v t="$total" 'BEGIN { printf "agreement: %d of %d cases (%.1f%%)\n", a, t, t ? 100 * a / t : 0 }'

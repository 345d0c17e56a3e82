#!/usr/bin/env bash
# Runs Plait's front end over P's regression corpus (Tst/RegressionTests of a local copy of p-org/P) and reports
# agreement: StaticError cases must be rejected (exit 2), Correct and DynamicError cases accepted (exit 0).
# A case is a folder whose parent is Correct, DynamicError or StaticError; all its .p files compile together.
#   scripts/p-regression.sh PATH_TO_P_REPO [--all] [--verbose]
# By default only the folders P's own harness runs are used (Feature5ModuleSystem and Liveness aside);
# --all includes them. The corpus is never copied into this repository.
set -euo pipefail
root=${1:?usage: scripts/p-regression.sh PATH_TO_P_REPO [--all] [--verbose]}
shift
all=0 verbose=0
for arg in "$@"; do
  case $arg in --all) all=1 ;; --verbose) verbose=1 ;; *) echo "unknown option $arg" >&2; exit 3 ;; esac
done
corpus="$root/Tst/RegressionTests"
[ -d "$corpus" ] || { echo "no $corpus" >&2; exit 3; }
cd "$(dirname "$0")/.."
cargo build -q --release -p plait
plait=$PWD/target/release/plait

total=0 agree=0
disagreements=()
while IFS= read -r case_dir; do
  expected=$(basename "$(dirname "$case_dir")")
  top=$(realpath --relative-to="$corpus" "$case_dir" | cut -d/ -f1)
  if [ $all = 0 ] && { [ "$top" = Feature5ModuleSystem ] || [ "$top" = Liveness ]; }; then continue; fi
  compgen -G "$case_dir/*.p" >/dev/null || continue
  set +e
  out=$("$plait" compile "$case_dir" 2>&1)
  code=$?
  set -e
  want=0
  [ "$expected" = StaticError ] && want=2
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

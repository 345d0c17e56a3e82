#!/usr/bin/env bash
# Server benchmarks for BENCHMARKS.md (loopback only, bounded): requests/s and latency of a lab page's data
# and of a stored share link (wrk), and grading throughput with 1 and 2 workers (submissions of the
# reference solution, graded by `plait-server worker`). Uses a fresh SQLite database, or DATABASE_URL.
#   scripts/bench-server.sh            (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build -q --release -p plait-server
server=./target/release/plait-server
work=$(mktemp -d)
database=${DATABASE_URL:-"sqlite://$work/plait.db?mode=rwc"}
cleanup() { kill "${pid:-0}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
PLAIT_PASSWORD=benchpassword "$server" --database-url "$database" create-instructor --email bench@example.org --name Bench >/dev/null
"$server" --port 0 --workers 0 --database-url "$database" > "$work/log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do url=$(sed -n 's/^Plait is running at \(http[^ ]*\)$/\1/p' "$work/log"); [ -n "$url" ] && break; sleep 0.1; done
url=${url%/}
jar="$work/cookies"
login=$(curl -s -c "$jar" -H 'content-type: application/json' -d '{"email":"bench@example.org","password":"benchpassword"}' "$url/api/auth/login")
csrf=$(printf '%s' "$login" | python3 -c 'import json,sys; print(json.load(sys.stdin)["csrf_token"])')
cookie=$(awk '$6 == "plait_session" { print "plait_session=" $7 }' "$jar")
post() { curl -s -b "$jar" -H 'content-type: application/json' -H "x-csrf-token: $csrf" -d "$2" "$url$1"; }
course=$(post /api/courses '{"title":"Bench"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
post "/api/courses/$course/labs" '{"lab_id":"exactly-once","max_per_hour":1000}' >/dev/null
share=$( { ./target/release/plait check examples/bank --schedules 100 --share 2>&1 || true; } | sed -n 's|.*#/t/\([A-Za-z0-9_-]*\).*|\1|p' | head -1)
share_id=$(post /api/share "{\"data\":\"$share\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')

echo "== GET /api/labs/exactly-once (the lab page's data, signed in): wrk -t2 -c16 -d10s"
wrk -t2 -c16 -d10s --latency -H "Cookie: $cookie" "$url/api/labs/exactly-once" | grep -E 'Requests/sec|Latency|99%'
echo "== GET /api/share/$share_id (a stored share link): wrk -t2 -c16 -d10s"
wrk -t2 -c16 -d10s --latency "$url/api/share/$share_id" | grep -E 'Requests/sec|Latency|99%'

files=$(python3 -c 'import json; print(json.dumps({f: open("labs/exactly-once/solution/"+f).read() for f in ["Client.p","Counter.p"]}))')
for workers in 1 2; do
  for _ in $(seq 1 20); do post /api/labs/exactly-once/submissions "{\"course_id\":\"$course\",\"files\":$files}" >/dev/null; done
  start=$(date +%s.%N)
  "$server" --database-url "$database" --workers "$workers" worker > "$work/worker.log" 2>&1 &
  wpid=$!
  while [ "$(curl -s -b "$jar" "$url/api/labs/exactly-once/submissions?course_id=$course" | python3 -c 'import json,sys; print(sum(1 for s in json.load(sys.stdin)["submissions"] if s["status"] in ("queued","grading")))')" != 0 ]; do sleep 0.2; done
  end=$(date +%s.%N)
  kill $wpid; wait $wpid 2>/dev/null || true
  python3 -c "d=$end-$start; print(f'== grading, {$workers} worker(s): 20 submissions x 3 tests in {d:.1f} s = {20/d*60:.0f} submissions/min')"
done

#!/usr/bin/env bash
# The console under load: 100,000 referrals in the embedded H2 file database (bench/report-data.sql, as
# bench/report.sh), the demo build, 8 coordinators signed in through the sign-in form, each on its own
# connection with its own session cookie (wrk -t8 -c8). Measures p50/p95/p99 of
#   GET /console                          the worklist (new referrals by first-contact due date, awaiting a place,
#                                         waiting list and free places per programme)
#   GET /console/referrals/{id}           one referral (a different one per request, each an audited read)
#   GET /console/referrals?status=...     the list with filters
# and times the report pages over the 100,000 referrals (one analyst, one request at a time):
#   GET /console/reports/tidlig-forebyggelse?from=&to=      (target: under 1 s)
# Target for the worklist and the referral page: p95 under 100 ms. Not part of .ci/run.
#   bench/console.sh            builds the demo jar first
#   SKIP_BUILD=1 bench/console.sh
#   REPORT_ONLY=1 REPORT_RUNS=20 bench/console.sh    the report page alone, without the coordinators' load
# With each report time goes the service's garbage-collection time during it (jstat), since a report reads
# every page of the programme's referrals through the H2 page cache, which lives in the same heap.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-20s}
REPORT_RUNS=${REPORT_RUNS:-10}
export HENVIS_H2_CACHE_KB=${HENVIS_H2_CACHE_KB:-131072}
PORT=${BENCH_PORT:-18086}
BASE=http://127.0.0.1:$PORT
DATA_DIR=$(mktemp -d /tmp/henvis-bench-console.XXXXXX)
H2_JAR=$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | sort -V | tail -1)
URL="jdbc:h2:file:$DATA_DIR/henvis;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
# A 512 MB heap for a 128 MB page cache: in 256 MB the cache, once full, took half the old generation, and each
# report spent up to a second collecting (RESULTS.md, 2026-12-02).
JAVA_OPTS=${JAVA_OPTS:--Xms512m -Xmx512m}
APP=${APP:-target/quarkus-app}   # another build to compare: APP=bench/out/h2-app SKIP_BUILD=1
APP_PID=
command -v wrk >/dev/null || { echo "needs wrk (apt-get install -y wrk)"; exit 1; }

stop() { if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; APP_PID=; fi; }
trap 'stop; [ -n "${BENCH_KEEP:-}" ] || rm -rf "$DATA_DIR"' EXIT

start() {
  # The demo data set stays out: the figures are the 100,000 bench referrals'.
  HENVIS_DATA_DIR=$DATA_DIR PORT=$PORT HENVIS_DEMO_DATA=false java $JAVA_OPTS -jar "$APP/quarkus-run.jar" \
    > "$DATA_DIR/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 120); do
    curl -sf "$BASE/q/health/ready" > /dev/null 2>&1 && return 0
    sleep 1
  done
  echo "the service did not start; see $DATA_DIR/app.log" >&2; tail -40 "$DATA_DIR/app.log" >&2; exit 1
}

if [ "${SKIP_BUILD:-}" != "1" ]; then
  ./mvnw -B -q -o package -Dquarkus.profile=demo -DskipTests
fi

echo "== migrating an empty H2 file database in $DATA_DIR"
start; stop
echo "== inserting 100,000 referrals"
java -cp "$H2_JAR" org.h2.tools.RunScript -url "$URL" -user henvis -password henvis -script bench/report-data.sql
start

sign_in() { # user -> the sign-in cookie's "name=value"
  local jar="$DATA_DIR/cookies-$1-$2"
  curl -sf -o /dev/null -c "$jar" -d "j_username=$1&j_password=$1" "$BASE/j_security_check" || true
  awk '$6 == "quarkus-credential" {print $6 "=" $7}' "$jar"
}

COOKIES=()
for i in $(seq 1 8); do
  COOKIES+=("$(sign_in coordinator "$i")")
  [ -n "${COOKIES[-1]}" ] || { echo "sign-in failed"; exit 1; }
done
IDS=$(curl -sf -u coordinator:coordinator "$BASE/api/v1/referrals?programme=tidlig-forebyggelse&size=100" \
  | python3 -c 'import json,sys; print(" ".join(i["id"] for i in json.load(sys.stdin)["items"]))')

# One cookie per wrk thread (8 threads, one connection each); p95 from the latency histogram.
cat > "$DATA_DIR/console.lua" <<LUA
local cookies = { $(printf '"%s",' "${COOKIES[@]}") }
local ids = {}
for id in string.gmatch("$IDS", "%S+") do table.insert(ids, id) end
local threads = {}
function setup(thread) thread:set("n", #threads + 1); table.insert(threads, thread) end
function init(args) cookie = cookies[n]; mode = args[1]; counter = 0 end
function request()
  counter = counter + 1
  local path = wrk.path
  if mode == "referral" then path = "/console/referrals/" .. ids[(counter + n * 13) % #ids + 1] end
  return wrk.format("GET", path, { ["Cookie"] = cookie, ["Accept"] = "text/html" })
end
function done(summary, latency, requests)
  io.write(string.format("SUMMARY %.0f %.2f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status))
end
LUA

round() { # label path mode
  wrk -t8 -c8 -d"$WARMUP" -s "$DATA_DIR/console.lua" "$BASE$2" -- "$3" > /dev/null
  local line
  line=$(wrk -t8 -c8 -d"$DURATION" -s "$DATA_DIR/console.lua" "$BASE$2" -- "$3" | grep '^SUMMARY')
  read -r _ rps p50 p95 p99 bad <<< "$line"
  printf '| %-44s | %8s | %7s | %7s | %7s | %5s |\n' "$1" "$rps" "$p50" "$p95" "$p99" "$bad"
}

echo
echo "$(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| 8 signed-in coordinators, 100,000 referrals | req/s | p50 ms | p95 ms | p99 ms | non-2xx |"
echo "|---|---|---|---|---|---|"
if [ -z "${REPORT_ONLY:-}" ]; then
  round "GET /console (worklist)" /console plain
  round "GET /console/referrals/{id}" /console/referrals referral
  round "GET /console/referrals?status=WAITLISTED" "/console/referrals?status=WAITLISTED" plain
fi

REPORT="$BASE/console/reports/tidlig-forebyggelse?from=01.01.2026&to=31.12.2026"
ANALYST=$(sign_in analyst 1)
if [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $ANALYST" "$REPORT")" = "200" ]; then
  gc_seconds() { jstat -gc "$APP_PID" | awk 'NR == 2 {print $NF}'; }   # the JVM's total GC time so far
  times=() gcs=()
  for _ in $(seq 1 "$REPORT_RUNS"); do
    gc_before=$(gc_seconds)
    times+=("$(curl -sf -o /dev/null -w '%{time_total}' -H "Cookie: $ANALYST" "$REPORT")")
    gcs+=("$(python3 -c "print(f'{$(gc_seconds) - $gc_before:.3f}')")")
  done
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  echo
  echo "Report page over 100,000 referrals, $REPORT_RUNS runs one after another, in order (s): ${times[*]}"
  echo "garbage collection during each (s): ${gcs[*]}"
  echo "sorted (s): $(echo "$sorted" | tr '\n' ' ')"
  echo "median $(echo "$sorted" | sed -n "$(( (REPORT_RUNS + 1) / 2 ))p") s, max $(echo "$sorted" | tail -1) s"
else
  echo "the report page did not answer 200: $REPORT" >&2; exit 1
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

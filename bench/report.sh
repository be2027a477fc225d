#!/usr/bin/env bash
# Times GET /api/v1/reports/programmes/tidlig-forebyggelse over 100,000 referrals on the embedded H2
# (demo build, file database). Target: under 1 s. Usage: bench/report.sh [runs]   (default 10)
# The service runs with a 128 MB H2 page cache (HENVIS_H2_CACHE_KB=131072; the default is 16 MB), so
# the referral table's pages stay deserialised in memory between reports. With the default cache each
# report reads and decodes every page again: about 0.9-1.3 s instead of about 0.55 s.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-10}
export HENVIS_H2_CACHE_KB=${HENVIS_H2_CACHE_KB:-131072}
PORT=${BENCH_PORT:-18085}
DATA_DIR=$(mktemp -d /tmp/henvis-bench-report.XXXXXX)
H2_JAR=$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | sort -V | tail -1)
URL="jdbc:h2:file:$DATA_DIR/henvis;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
APP_PID=

stop() { if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; APP_PID=; fi; }
trap 'stop; [ -n "${BENCH_KEEP:-}" ] || rm -rf "$DATA_DIR"' EXIT

start() {
  HENVIS_DATA_DIR=$DATA_DIR PORT=$PORT HENVIS_DEMO_DATA=false java -jar target/quarkus-app/quarkus-run.jar \
    > "$DATA_DIR/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$PORT/q/health/ready" > /dev/null 2>&1 && return 0
    curl -sf -u analyst:analyst "http://127.0.0.1:$PORT/api/v1/programmes" > /dev/null 2>&1 && return 0
    sleep 1
  done
  echo "the service did not start; see $DATA_DIR/app.log" >&2; cat "$DATA_DIR/app.log" >&2; exit 1
}

if [ "${SKIP_BUILD:-}" != "1" ]; then
  ./mvnw -B -q -o package -Dquarkus.profile=demo -DskipTests
fi

echo "== migrating an empty H2 file database in $DATA_DIR"
start; stop
echo "== inserting 100,000 referrals"
t0=$(date +%s.%N)
java -cp "$H2_JAR" org.h2.tools.RunScript -url "$URL" -user henvis -password henvis -script bench/report-data.sql
echo "   inserted in $(echo "$(date +%s.%N) - $t0" | bc) s"
start

REPORT="http://127.0.0.1:$PORT/api/v1/reports/programmes/tidlig-forebyggelse?from=2026-01-01&to=2026-12-31"
echo "== warm-up"
curl -sf -u analyst:analyst "$REPORT" | head -c 1200; echo
cpu() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }   # utime + stime of the service, in clock ticks
TICKS=$(getconf CLK_TCK)
cpu_before=$(cpu)
times=()
for _ in $(seq 1 "$RUNS"); do
  times+=("$(curl -sf -o /dev/null -w '%{time_total}' -u analyst:analyst "$REPORT")")
done
cpu_after=$(cpu)
csv=$(curl -sf -o /dev/null -w '%{time_total}' -u coordinator:coordinator -H 'Accept: text/csv' "$REPORT")
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
echo "== report over 100,000 referrals, H2 page cache ${HENVIS_H2_CACHE_KB} KB, $RUNS runs (s): $(echo "$sorted" | tr '\n' ' ')"
echo "   service CPU time per report: $(echo "scale=3; ($cpu_after - $cpu_before) / $TICKS / $RUNS" | bc) s"
echo "   load average while measuring: $(cut -d' ' -f1-3 /proc/loadavg) (the machine's 2 cores are shared)"
echo "   median $(echo "$sorted" | sed -n "$(( (RUNS + 1) / 2 ))p") s, max $(echo "$sorted" | tail -1) s, CSV $csv s"

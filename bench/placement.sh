#!/usr/bin/env bash
# Placements under contention on PostgreSQL: many referrals racing for few places while
# withdrawals free places that auto-promotion refills from the waiting list.
#
#   bench/placement.sh            (needs the packaged service: ./mvnw -B package -DskipTests)
#
# Starts target/quarkus-app/quarkus-run.jar (the prod build: PostgreSQL, OIDC bearer tokens verified with
# a key pair made for this run) on its own database, sets each round up with bench/PlacementSetup.java,
# races places and frees with wrk (bench/placement-race.lua), prints placement operations per second and
# latency percentiles, then checks capacity in SQL.
# Settings (environment): BENCH_DB (henvis_bench_placement), BENCH_PORT (18084), BENCH_SECONDS (20),
# BENCH_CONCURRENCY (32), BENCH_GROUPS (4), BENCH_CAPACITY (10), BENCH_WAITING (3000),
# BENCH_CONTENDERS (400), BENCH_PLACE_SHARE (0.7), BENCH_PACE_MS (45), PGHOST/PGUSER. The service keeps its own
# pool and worker sizes unless HENVIS_DB_POOL_SIZE / HENVIS_WORKER_THREADS are set.
#
# Two measured rounds: one saturated (each connection sends again as soon as it has its answer: the
# throughput, and the latency of a queue 32 deep), and one paced (each connection waits a random time of
# mean BENCH_PACE_MS first: at 32 connections about 600 operations a second are offered, above the
# target of 500, and the p99 is the latency a coordinator sees at that rate).
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${BENCH_DB:-henvis_bench_placement}
PORT=${BENCH_PORT:-18084}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
JAR=target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests

psql -q -d postgres -c "drop database if exists $DB" -c "create database $DB"

WORK=$(mktemp -d)
SERVICE=""
cleanup() {
  if [ -n "$SERVICE" ]; then kill "$SERVICE" 2>/dev/null || true; wait "$SERVICE" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/key.pem" 2>/dev/null
openssl rsa -in "$WORK/key.pem" -pubout -out "$WORK/pub.pem" 2>/dev/null
PUBLIC_KEY=$(grep -v -- '-----' "$WORK/pub.pem" | tr -d '\n')
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
token() { # name role
  local now header payload signature
  now=$(date +%s)
  header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
  payload=$(printf '{"upn":"%s","roles":["%s"],"iss":"henvis-bench","iat":%d,"exp":%d}' "$1" "$2" "$now" $((now + 3600)) | b64url)
  signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$WORK/key.pem" | b64url)
  printf '%s.%s.%s' "$header" "$payload" "$signature"
}
ADMIN=$(token bench-admin ADMIN)
COORDINATOR=$(token bench-coordinator COORDINATOR)

PORT=$PORT HENVIS_DB_URL="jdbc:postgresql://$PGHOST:5432/$DB" HENVIS_DB_USER=$PGUSER HENVIS_DB_PASSWORD= \
HENVIS_CPR_KEY=$(openssl rand -base64 32) \
  java -Xmx512m -Dquarkus.oidc.public-key="$PUBLIC_KEY" -Dquarkus.oidc.roles.role-claim-path=roles \
  -Dquarkus.oidc.token.issuer=any -jar "$JAR" > "$WORK/service.log" 2>&1 &
SERVICE=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/q/health/ready" > /dev/null 2>&1 && break
  kill -0 "$SERVICE" 2>/dev/null || { tail -40 "$WORK/service.log"; exit 1; }
  sleep 0.5
done
echo "service up on port $PORT, database $DB"

# One round: a fresh set-up (bench/PlacementSetup.java), then wrk races places and frees on it
# (bench/placement-race.lua) at BENCH_CONCURRENCY connections for BENCH_SECONDS.
command -v wrk > /dev/null || { echo "needs wrk (apt-get install -y wrk)"; exit 1; }
round() { # name [pace in ms]
  local dir=$WORK/$1
  java bench/PlacementSetup.java "http://127.0.0.1:$PORT" "$ADMIN" "$COORDINATOR" "$dir" > "$dir.setup.txt"
  { echo "ROUND_DIR=\"$dir\""; echo "THREADS=2"; echo "PLACE_SHARE=${BENCH_PLACE_SHARE:-0.7}"; echo "PACE_MS=${2:-0}"
    echo "TOKEN=\"$COORDINATOR\""; cat bench/placement-race.lua; } > "$dir.lua"
  wrk -t2 -c"${BENCH_CONCURRENCY:-32}" -d"${BENCH_SECONDS:-20}s" --timeout 10s -s "$dir.lua" \
    "http://127.0.0.1:$PORT" > "$dir.txt"
}
# Warm-up: the JIT needs a minute or two of this load on 2 cores before the service runs at its
# steady rate, so BENCH_WARMUP_ROUNDS (3) rounds go first; their rates are printed as well.
for n in $(seq 1 "${BENCH_WARMUP_ROUNDS:-3}"); do
  round "warmup-$n"
  echo "warm-up round $n: $(grep -o '= [0-9]* ops/s' "$WORK/warmup-$n.txt"), $(grep -o 'p99 [0-9.]*' "$WORK/warmup-$n.txt") ms"
done
echo "--- measured run, saturated"
round run
cat "$WORK/run.setup.txt"
grep -E "^outcomes|^placement operations" "$WORK/run.txt"
echo "(wrk -t2 -c${BENCH_CONCURRENCY:-32} -d${BENCH_SECONDS:-20}s; load average $(cut -d' ' -f1-3 /proc/loadavg))"
echo "--- measured run, paced (mean ${BENCH_PACE_MS:-45} ms between a connection's answer and its next request)"
round paced "${BENCH_PACE_MS:-45}"
grep -E "^outcomes|^placement operations" "$WORK/paced.txt"

echo "--- capacity in the database"
psql -d "$DB" -At -c "select count(*) filter (where g.occupied_places > g.capacity) as over_capacity,
    count(*) filter (where g.occupied_places <> (select count(*) from referral r where r.group_id = g.id
                                                 and r.status in ('PLACED','IN_PROGRESS'))) as out_of_step,
    count(*) as groups from programme_group g" | awk -F'|' '{print "groups over capacity: "$1", counter out of step: "$2", groups: "$3}' \
  | tee "$WORK/capacity.txt"
if grep -q "ERROR\|Unexpected failure" "$WORK/service.log"; then
  echo "service log has errors:"; grep -m5 "ERROR" "$WORK/service.log"
fi
grep -q "over capacity: 0, counter out of step: 0" "$WORK/capacity.txt" && grep -q " 0 errors/5xx" "$WORK/run.txt" \
  && grep -q " 0 errors/5xx" "$WORK/paced.txt"

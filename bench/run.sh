#!/usr/bin/env bash
# Benchmark: builds the service twice (embedded H2 = the demo build, and PostgreSQL = the benchpg
# build: prod settings with HTTP Basic bench users instead of OIDC), starts each packaged jar, loads
# it with wrk at 32 connections and prints requests/s, p50 and p99 for
#   GET /api/v1/programmes, POST /api/v1/referrals, POST /api/v1/referrals/{id}/placement
# plus startup time and resident memory after the load. Figures go to bench/out/results-*.txt;
# copy them to bench/RESULTS.md. Not part of .ci/run. Takes about 15 minutes on 2 cores.
#
# Referral creation is measured at steady state: the JIT needs about two minutes of this load on
# 2 cores (C2 shares the cores with the load), so it is warmed for REFERRAL_WARMUP first and the
# warm-up rates are printed too. Startup is the median of five fresh starts, once plain and once
# with the dynamic AppCDS archive of a training run (tools/cds-training-run.sh, as the demo build makes).
#
#   bench/run.sh            both databases
#   bench/run.sh h2|pg      one of them
#   SKIP_BUILD=1 bench/run.sh   reuse bench/out/*-app from an earlier run
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT=$ROOT/bench/out
mkdir -p "$OUT"
TARGETS=${1:-h2 pg}
PORT=${BENCH_PORT:-18080}
CONNECTIONS=32
THREADS=2
WARMUP=${WARMUP:-10s}
REFERRAL_WARMUP_ROUNDS=${REFERRAL_WARMUP_ROUNDS:-4} # of 30 s each
DURATION=${DURATION:-20s}
PG_URL=${BENCH_PG_URL:-jdbc:postgresql://127.0.0.1:5432/henvis_bench}
PG_DB=${PG_URL##*/}
# A fixed 88 MB heap, 32 MB of it young (short-lived request garbage dies young instead of filling
# the old generation), and the C heap handed back to the OS every 5 s. A 64 MB code cache is one heap
# instead of three segments (below 240 MB the JVM does not segment it), so space freed by profiled C1
# code is reused by C2 code: 35 MB touched at most instead of 45. C2 waits for methods four times as
# hot as by default: at start it otherwise takes as much CPU as the start itself (k8s/configmap.yaml).
JAVA_OPTS=${JAVA_OPTS:--Xms88m -Xmx88m -Xmn32m -XX:SurvivorRatio=3 -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=5000 -XX:Tier4InvocationThreshold=20000 -XX:Tier4CompileThreshold=40000 -XX:Tier4BackEdgeThreshold=120000}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
AUTH="Basic $(printf 'coordinator:coordinator' | base64)"
BASE=http://127.0.0.1:$PORT

need() { command -v "$1" >/dev/null || { echo "needs $1 (apt-get install -y $2)"; exit 1; }; }
need wrk wrk
need curl curl
need python3 python3

build() {
  local name=$1; shift
  if [ -n "${SKIP_BUILD:-}" ] && [ -d "$OUT/$name-app" ]; then return; fi
  echo "== build $name ($*)"
  ./mvnw -B -q -o package -DskipTests -Dexec.skip "$@" || ./mvnw -B -q package -DskipTests -Dexec.skip "$@"
  rm -rf "$OUT/$name-app"
  cp -r target/quarkus-app "$OUT/$name-app"
  # The archive holds the jar's absolute path, so the training runs where the bench starts it.
  tools/cds-training-run.sh "$OUT/$name-app" "$OUT/$name-app/henvis.jsa"
}

start() { # name [extra JVM options]; runs from the app folder, where an AppCDS archive must be used from
  local name=$1 extra=${2:-}
  rm -rf "$OUT/data-$name"
  local t0 t1
  t0=$(date +%s%N)
  (cd "$OUT/$name-app" && HENVIS_DATA_DIR="$OUT/data-$name" PORT=$PORT exec java $JAVA_OPTS $extra -jar quarkus-run.jar \
    > "$OUT/$name.log" 2>&1) &
  PID=$!
  until curl -fs "$BASE/q/health/ready" >/dev/null 2>&1; do
    kill -0 $PID 2>/dev/null || { echo "$name did not start:"; tail -30 "$OUT/$name.log"; exit 1; }
    sleep 0.05
  done
  t1=$(date +%s%N)
  STARTUP_WALL=$(( (t1 - t0) / 1000000 ))
  STARTUP_QUARKUS=$(grep -o 'started in [0-9.]*s' "$OUT/$name.log" | head -1 | grep -o '[0-9.]*' || echo "?")
}

# "name requests/s p50 p99 non2xx" from a wrk --latency report
summarise() {
  local label=$1 file=$2
  python3 - "$label" "$file" <<'PY'
import re, sys
label, text = sys.argv[1], open(sys.argv[2]).read()
def ms(v):
    n, unit = float(re.match(r'[\d.]+', v).group()), re.search(r'[a-z]+', v).group()
    return n * {'us': 0.001, 'ms': 1, 's': 1000, 'm': 60000}[unit]
rps = float(re.search(r'Requests/sec:\s+([\d.]+)', text).group(1))
p50 = ms(re.search(r'^\s+50%\s+(\S+)', text, re.M).group(1))
p99 = ms(re.search(r'^\s+99%\s+(\S+)', text, re.M).group(1))
bad = re.search(r'Non-2xx or 3xx responses: (\d+)', text)
errors = re.search(r'Socket errors: (.*)', text)
print(f"| {label:<32} | {rps:>10.0f} | {p50:>8.2f} | {p99:>8.2f} | {bad.group(1) if bad else 0:>7} |"
      + (f" socket errors: {errors.group(1)}" if errors else ""))
PY
}

load() { # label duration script-or-empty path
  local label=$1 duration=$2 script=$3 path=$4 file=$OUT/wrk-$NAME-$5.txt
  local args=(-t$THREADS -c$CONNECTIONS -d"$duration" --latency -H "Authorization: $AUTH")
  [ -n "$script" ] && args+=(-s "$script")
  wrk "${args[@]}" "$BASE$path" > "$file"
  [ "$label" = "-" ] || summarise "$label" "$file" >> "$RESULT"
}

lua_with() { # copy a script with its constants in front
  local src=$1 dst=$2; shift 2
  : > "$dst"
  for kv in "$@"; do printf '%s\n' "$kv" >> "$dst"; done
  cat "$src" >> "$dst"
}

placement_pairs() { # up to 20,000 ACCEPTED tidlig-forebyggelse referrals paired round-robin with fresh groups of 500 places
  python3 - "$BASE" "$AUTH" "$OUT/pairs-$NAME.txt" <<'PY'
import json, sys, urllib.request
base, auth, out = sys.argv[1:4]
def call(method, path, body=None):
    req = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                 headers={"Authorization": auth, "Content-Type": "application/json", "Accept": "application/json"})
    with urllib.request.urlopen(req) as r:
        return json.loads(r.read() or b"null")
ids, page = [], 0
while True:
    p = call("GET", f"/api/v1/referrals?programme=tidlig-forebyggelse&status=ACCEPTED&size=100&page={page}")
    ids += [i["id"] for i in p["items"]]
    page += 1
    if page * 100 >= min(p["totalItems"], 20000) or not p["items"]:
        break
groups = [call("POST", "/api/v1/programmes/tidlig-forebyggelse/groups",
               {"name": f"Bench team {g}", "capacity": 500})["id"] for g in range(max(1, len(ids) // 500 + 1))]
with open(out, "w") as f:
    for n, i in enumerate(ids):
        f.write(f"{i} {groups[n % len(groups)]}\n")
print(len(ids))
PY
}

settle() { # startup is timed on a quiet machine: waits (up to 2 minutes) for 5 s in a row of >= 90 % idle CPU
  local quiet=0 a b
  for _ in $(seq 1 120); do
    a=$(awk '/^cpu /{print $2+$3+$4+$5+$6+$7+$8, $5}' /proc/stat); sleep 1
    b=$(awk '/^cpu /{print $2+$3+$4+$5+$6+$7+$8, $5}' /proc/stat)
    if awk -v a="$a" -v b="$b" 'BEGIN {split(a, x, " "); split(b, y, " "); exit !((y[2]-x[2]) >= 0.9 * (y[1]-x[1]))}'; then
      quiet=$((quiet + 1)); [ $quiet -ge 5 ] && return
    else
      quiet=0
    fi
  done
}

bench() {
  NAME=$1
  RESULT=$OUT/results-$NAME.txt
  local starts=() cds_starts=()
  settle
  local load_at_start
  load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)
  for _ in 1 2 3 4 5; do
    start "$NAME" -XX:SharedArchiveFile=henvis.jsa; cds_starts+=("$STARTUP_WALL"); kill $PID; wait $PID 2>/dev/null || true
  done
  for _ in 1 2 3 4; do
    start "$NAME"; starts+=("$STARTUP_WALL"); kill $PID; wait $PID 2>/dev/null || true
  done
  start "$NAME"; starts+=("$STARTUP_WALL")
  local median cds_median
  median=$(printf '%s\n' "${starts[@]}" | sort -n | sed -n 3p)
  cds_median=$(printf '%s\n' "${cds_starts[@]}" | sort -n | sed -n 3p)
  {
    echo "### $NAME ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, wrk -t$THREADS -c$CONNECTIONS -d$DURATION after a $WARMUP warm-up)"
    echo
    echo "Startup: median ${median} ms from launch to ready over five fresh starts (${starts[*]} ms; Quarkus says ${STARTUP_QUARKUS} s for the last); with the AppCDS archive (-XX:SharedArchiveFile=henvis.jsa): median ${cds_median} ms (${cds_starts[*]} ms); load average before the starts: $load_at_start"
    echo
    echo "| endpoint                         | requests/s | p50 (ms) | p99 (ms) | non-2xx |"
    echo "|----------------------------------|-----------:|---------:|---------:|--------:|"
  } > "$RESULT"
  local today birth consent
  today=$(date -u +%F)
  birth=$(date -u -d "$today -10 years" +%F)
  consent=$(date -u -d "$today -1 day" +%F)
  lua_with bench/referral.lua "$OUT/referral.lua" "BIRTH_DATE=\"$birth\"" "CONSENT_DATE=\"$consent\"" "AUTH=\"$AUTH\""

  load - "$WARMUP" "" /api/v1/programmes warm-programmes
  load "GET /api/v1/programmes" "$DURATION" "" /api/v1/programmes programmes
  local rates=()
  for round in $(seq 1 "$REFERRAL_WARMUP_ROUNDS"); do
    load - 30s "$OUT/referral.lua" /api/v1/referrals "warm-referrals-$round"
    rates+=("$(grep -o 'Requests/sec: *[0-9]*' "$OUT/wrk-$NAME-warm-referrals-$round.txt" | grep -o '[0-9]*$')")
  done
  load "POST /api/v1/referrals" "$DURATION" "$OUT/referral.lua" /api/v1/referrals referrals
  local n
  n=$(placement_pairs)
  lua_with bench/placement.lua "$OUT/placement.lua" "PAIRS_FILE=\"$OUT/pairs-$NAME.txt\"" "THREADS=$THREADS" "AUTH=\"$AUTH\""
  load "POST /api/v1/referrals/{id}/placement" 10s "$OUT/placement.lua" /api/v1/referrals placement
  local rss
  rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$PID/status)
  {
    echo
    echo "Referral creation warm-up, requests/s per 30 s round: ${rates[*]}."
    echo "Placement: $n ACCEPTED referrals spread over groups of 500 places; each placed once (a repeat would be non-2xx)."
    echo "Resident memory after the load: ${rss} MB (JAVA_OPTS: $JAVA_OPTS, MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX${HENVIS_H2_CACHE_KB:+, HENVIS_H2_CACHE_KB=$HENVIS_H2_CACHE_KB}); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
  } >> "$RESULT"
  kill $PID; wait $PID 2>/dev/null || true
  cat "$RESULT"
}

for target in $TARGETS; do
  case $target in
    h2)
      # A 4 MB H2 page cache instead of 16: in a heap of about 100 MB the larger cache's pages filled the old
      # generation and cost a full collection of 120-170 ms every 3-4 s under creation load (RESULTS.md, session 5).
      export HENVIS_H2_CACHE_KB=${HENVIS_H2_CACHE_KB:-4096}
      build h2 -Dquarkus.profile=demo
      bench h2
      ;;
    pg)
      unset HENVIS_H2_CACHE_KB
      psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $PG_DB" -c "create database $PG_DB"
      export HENVIS_DB_URL=$PG_URL HENVIS_DB_USER=postgres HENVIS_DB_PASSWORD=
      export HENVIS_CPR_KEY=${HENVIS_CPR_KEY:-YmVuY2gtb25seS1rZXktbm90LWZvci1wcm9kLXVzZSE=}
      build pg -Dquarkus.profile=benchpg
      bench pg
      ;;
    *) echo "unknown target $target (h2 or pg)"; exit 1 ;;
  esac
done

#!/usr/bin/env bash
# Benchmark: builds the service twice (embedded H2 = the demo build, and PostgreSQL = the benchpg
# build: prod settings with HTTP Basic bench users instead of OIDC), starts each packaged jar, loads
# it with wrk at 32 connections and prints requests/s, p50 and p99 for
#   GET /api/v1/programmes, POST /api/v1/referrals (saturated, then paced at half that rate),
#   POST /api/v1/referrals/{id}/placement
# plus startup time and resident memory after the load. Right before henvis, on the same database, it
# measures the yardstick (bench/yardstick: a bare Quarkus service with one entity) with the same JVM
# options and the same load: GET /items against the programme list, POST /items against referral
# creation, and POST /items/five (five rows in one transaction) as the floor under creation's five
# writes. Each figure is then also given as a share of the yardstick's (henvis / yardstick), which says
# more on a shared or drifting machine than the absolute figure. Figures go to bench/out/results-*.txt;
# copy them to bench/RESULTS.md. Not part of .ci/run. Takes about 25 minutes
# on 2 cores.
#
# Creation (and the yardstick's insert) is measured at steady state: the JIT needs about two minutes
# of this load on 2 cores (C2 shares the cores with the load), so it is warmed for
# REFERRAL_WARMUP_ROUNDS x WARMUP_ROUND first and the warm-up rates are printed too. Startup is the
# median of STARTS fresh starts, once plain and once with the dynamic AppCDS archive of a training run
# (tools/cds-training-run.sh, as the demo build makes); the yardstick starts plain.
#
#   bench/run.sh            both databases
#   bench/run.sh h2 pg      the databases named, in that order (h2 or pg alone: one of them)
#   SKIP_BUILD=1 bench/run.sh   reuse bench/out/*-app from an earlier run
#   REVISIONS="be17e3e 7e73e10" bench/run.sh   measure those commits one after the other in this run,
#       each built from a detached worktree under bench/out/src-<commit> and measured with this script,
#       after one yardstick per database: a before-and-after comparison in one sitting
# A quick check that the script works end to end (figures meaningless):
#   WARMUP=5s DURATION=5s WARMUP_ROUND=5s REFERRAL_WARMUP_ROUNDS=1 STARTS=1 SETTLE_MAX=0 PLACEMENT_DURATION=5s bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT=$ROOT/bench/out
mkdir -p "$OUT"
TARGETS=${*:-h2 pg}
PORT=${BENCH_PORT:-18080}
CONNECTIONS=32
THREADS=2
WARMUP=${WARMUP:-10s}
REFERRAL_WARMUP_ROUNDS=${REFERRAL_WARMUP_ROUNDS:-4}
WARMUP_ROUND=${WARMUP_ROUND:-30s}
DURATION=${DURATION:-20s}
PLACEMENT_DURATION=${PLACEMENT_DURATION:-10s}
STARTS=${STARTS:-5}
SETTLE_MAX=${SETTLE_MAX:-120} # seconds to wait for a quiet machine before the starts; 0: do not wait
# IDEMPOTENCY_KEYS=1: every creation sends an Idempotency-Key (as an integration does), which adds the claim
# and the stored answer to each; off by default, as in every run recorded so far.
PG_URL=${BENCH_PG_URL:-jdbc:postgresql://127.0.0.1:5432/henvis_bench}
PG_DB=${PG_URL##*/}
# A fixed 88 MB heap, 32 MB of it young (short-lived request garbage dies young instead of filling
# the old generation), and the C heap handed back to the OS every 5 s. A 64 MB code cache is one heap
# instead of three segments (below 240 MB the JVM does not segment it), so space freed by profiled C1
# code is reused by C2 code: 35 MB touched at most instead of 45. C2 waits for methods four times as
# hot as by default: at start it otherwise takes as much CPU as the start itself. The first metaspace GC
# threshold sits above what the classes take: at the default 21 MB the start makes three full collections
# (about 140 ms) that free no class (both as in k8s/configmap.yaml).
JAVA_OPTS=${JAVA_OPTS:--Xms88m -Xmx88m -Xmn32m -XX:SurvivorRatio=3 -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=5000 -XX:Tier4InvocationThreshold=20000 -XX:Tier4CompileThreshold=40000 -XX:Tier4BackEdgeThreshold=120000 -XX:MetaspaceSize=128m}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
AUTH="Basic $(printf 'coordinator:coordinator' | base64)"
BASE=http://127.0.0.1:$PORT

need() { command -v "$1" >/dev/null || { echo "needs $1 (apt-get install -y $2)"; exit 1; }; }
need wrk wrk
need curl curl
need python3 python3

build() { # name [maven options]: henvis from this checkout, or from REVISION's worktree when that is set
  local name=$1; shift
  if [ -n "${SKIP_BUILD:-}" ] && [ -d "$OUT/$name-app" ]; then return; fi
  local src=$ROOT
  if [ -n "${REVISION:-}" ]; then
    src=$OUT/src-$REVISION
    [ -d "$src" ] || git worktree add -q --detach "$src" "$REVISION"
  fi
  echo "== build $name ($*)"
  (cd "$src" && { ./mvnw -B -q -o package -DskipTests -Dexec.skip "$@" || ./mvnw -B -q package -DskipTests -Dexec.skip "$@"; })
  rm -rf "$OUT/$name-app"
  cp -r "$src/target/quarkus-app" "$OUT/$name-app"
  # The archive holds the jar's absolute path, so the training runs where the bench starts it.
  tools/cds-training-run.sh "$OUT/$name-app" "$OUT/$name-app/henvis.jsa"
}

build_yardstick() { # name [maven options]
  local name=$1; shift
  if [ -n "${SKIP_BUILD:-}" ] && [ -d "$OUT/$name-app" ]; then return; fi
  echo "== build $name ($*)"
  ./mvnw -B -q -o -f bench/yardstick/pom.xml package -DskipTests "$@" \
    || ./mvnw -B -q -f bench/yardstick/pom.xml package -DskipTests "$@"
  rm -rf "$OUT/$name-app"
  cp -r bench/yardstick/target/quarkus-app "$OUT/$name-app"
}

start() { # name ready-path [extra JVM options]; runs from the app folder, where an AppCDS archive must be used from
  local name=$1 ready=$2 extra=${3:-}
  rm -rf "$OUT/data-$name"
  local t0 t1
  t0=$(date +%s%N)
  (cd "$OUT/$name-app" && HENVIS_DATA_DIR="$OUT/data-$name" YARDSTICK_DATA_DIR="$OUT/data-$name" PORT=$PORT \
    exec java $JAVA_OPTS $extra -jar quarkus-run.jar > "$OUT/$name.log" 2>&1) &
  PID=$!
  until curl -fs "$BASE$ready" >/dev/null 2>&1; do
    kill -0 $PID 2>/dev/null || { echo "$name did not start:"; tail -30 "$OUT/$name.log"; exit 1; }
    sleep 0.05
  done
  t1=$(date +%s%N)
  STARTUP_WALL=$(( (t1 - t0) / 1000000 ))
  STARTUP_QUARKUS=$(grep -o 'started in [0-9.]*s' "$OUT/$name.log" | head -1 | grep -o '[0-9.]*' || echo "?")
}

stop() { kill $PID; wait $PID 2>/dev/null || true; }

starts() { # name ready-path count [extra JVM options]: the median of that many fresh starts in MEDIAN, all in STARTED; leaves the last running
  local name=$1 ready=$2 count=$3 extra=${4:-} times=() i
  for i in $(seq 1 "$count"); do
    start "$name" "$ready" "$extra"; times+=("$STARTUP_WALL")
    if [ "$i" -lt "$count" ]; then stop; fi
  done
  STARTED="${times[*]}"
  MEDIAN=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (count + 1) / 2 ))p")
}

# "| label | requests/s | p50 | p99 | non2xx |" from a wrk --latency report; "requests/s p50 p99" in <file>.sum
summarise() {
  local label=$1 file=$2
  python3 - "$label" "$file" <<'PY'
import re, sys
label, path = sys.argv[1], sys.argv[2]
text = open(path).read()
def ms(v):
    n, unit = float(re.match(r'[\d.]+', v).group()), re.search(r'[a-z]+', v).group()
    return n * {'us': 0.001, 'ms': 1, 's': 1000, 'm': 60000}[unit]
rps = float(re.search(r'Requests/sec:\s+([\d.]+)', text).group(1))
p50 = ms(re.search(r'^\s+50%\s+(\S+)', text, re.M).group(1))
p99 = ms(re.search(r'^\s+99%\s+(\S+)', text, re.M).group(1))
bad = re.search(r'Non-2xx or 3xx responses: (\d+)', text)
errors = re.search(r'Socket errors: (.*)', text)
open(path + '.sum', 'w').write(f"{rps:.0f} {p50:.2f} {p99:.2f}\n")
print(f"| {label:<40} | {rps:>10.0f} | {p50:>8.2f} | {p99:>8.2f} | {bad.group(1) if bad else 0:>7} |"
      + (f" socket errors: {errors.group(1)}" if errors else ""))
PY
}

load() { # label duration script-or-empty path file-suffix [auth header]
  local label=$1 duration=$2 script=$3 path=$4 file=$OUT/wrk-$NAME-$5.txt auth=${6-$AUTH}
  local args=(-t$THREADS -c$CONNECTIONS -d"$duration" --latency)
  [ -n "$auth" ] && args+=(-H "Authorization: $auth")
  [ -n "$script" ] && args+=(-s "$script")
  wrk "${args[@]}" "$BASE$path" > "$file"
  [ "$label" = "-" ] || summarise "$label" "$file" >> "$RESULT"
}

figure() { # file-suffix field (1 requests/s, 2 p50, 3 p99) of a summarised round
  cut -d' ' -f"$2" "$OUT/wrk-$NAME-$1.txt.sum"
}

lua_with() { # copy scripts with constants in front: lua_with dst "k=v"... -- src...
  local dst=$1; shift
  : > "$dst"
  while [ "$1" != "--" ]; do printf '%s\n' "$1" >> "$dst"; shift; done
  shift
  cat "$@" >> "$dst"
}

pace_ms() { # mean pause per connection for half of a saturated rate: 32 connections offer rate / 2
  python3 -c "print(round(1000 * $CONNECTIONS / ($1 / 2), 2))"
}

warm_rounds() { # script path: REFERRAL_WARMUP_ROUNDS rounds; their rates in RATES
  local script=$1 path=$2 round
  RATES=()
  for round in $(seq 1 "$REFERRAL_WARMUP_ROUNDS"); do
    load - "$WARMUP_ROUND" "$script" "$path" "warm-writes-$round" "${3-$AUTH}"
    RATES+=("$(grep -o 'Requests/sec: *[0-9]*' "$OUT/wrk-$NAME-warm-writes-$round.txt" | grep -o '[0-9]*$')")
  done
}

rss() { awk '/VmRSS/ {print int($2/1024)}' /proc/$PID/status; }

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

settle() { # startup is timed on a quiet machine: waits (up to SETTLE_MAX s) for 5 s in a row of >= 90 % idle CPU
  local quiet=0 a b
  for _ in $(seq 1 "$SETTLE_MAX"); do
    a=$(awk '/^cpu /{print $2+$3+$4+$5+$6+$7+$8, $5}' /proc/stat); sleep 1
    b=$(awk '/^cpu /{print $2+$3+$4+$5+$6+$7+$8, $5}' /proc/stat)
    if awk -v a="$a" -v b="$b" 'BEGIN {split(a, x, " "); split(b, y, " "); exit !((y[2]-x[2]) >= 0.9 * (y[1]-x[1]))}'; then
      quiet=$((quiet + 1)); [ $quiet -ge 5 ] && return
    else
      quiet=0
    fi
  done
}

table_head() {
  echo "| endpoint                                 | requests/s | p50 (ms) | p99 (ms) | non-2xx |"
  echo "|------------------------------------------|-----------:|---------:|---------:|--------:|"
}

yardstick() { # db: the bare service, measured like henvis below; its figures in Y_*
  NAME=yardstick-$1
  RESULT=$OUT/results-$NAME.txt
  settle
  local load_at_start
  load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)
  starts "$NAME" /items "$STARTS"
  Y_START=$MEDIAN
  {
    echo "#### yardstick on $1 ($(date -u +%Y-%m-%dT%H:%MZ), wrk -t$THREADS -c$CONNECTIONS -d$DURATION, no authentication)"
    echo
    echo "Startup: median ${MEDIAN} ms from launch to the first 200 from GET /items over $STARTS fresh starts ($STARTED ms; Quarkus says ${STARTUP_QUARKUS} s for the last); load average before the starts: $load_at_start"
    echo
    table_head
  } > "$RESULT"
  lua_with "$OUT/yardstick-insert.lua" -- bench/yardstick/insert.lua
  load - "$WARMUP" "" /items warm-list ""
  load "GET /items (six rows)" "$DURATION" "" /items list ""
  warm_rounds "$OUT/yardstick-insert.lua" /items ""
  load "POST /items" "$DURATION" "$OUT/yardstick-insert.lua" /items insert ""
  local pace
  pace=$(pace_ms "$(figure insert 1)")
  lua_with "$OUT/yardstick-insert-paced.lua" "PACE_MS=$pace" -- bench/yardstick/insert.lua bench/pace.lua
  load "POST /items, paced (mean pause $pace ms)" "$DURATION" "$OUT/yardstick-insert-paced.lua" /items insert-paced ""
  Y_RSS=$(rss) # after the same load as henvis's, before the five-row round henvis does not get
  # Five rows in one transaction: the floor under the five writes a creation keeps (RESULTS.md).
  lua_with "$OUT/yardstick-five.lua" 'ITEMS_PATH="/items/five"' -- bench/yardstick/insert.lua
  load - "$WARMUP" "$OUT/yardstick-five.lua" /items/five warm-five ""
  load "POST /items/five (five rows, one transaction)" "$DURATION" "$OUT/yardstick-five.lua" /items/five five ""
  Y_LIST=$(figure list 1) Y_LIST_P99=$(figure list 3)
  Y_INSERT=$(figure insert 1) Y_INSERT_P99=$(figure insert 3) Y_PACED=$(figure insert-paced 1) Y_PACED_P99=$(figure insert-paced 3)
  Y_FIVE=$(figure five 1)
  {
    echo
    echo "Insert warm-up, requests/s per $WARMUP_ROUND round: ${RATES[*]}."
    echo "Resident memory after the load: ${Y_RSS} MB."
    echo
  } >> "$RESULT"
  stop
}

share() { python3 -c "print(f'{100 * $1 / $2:.0f} %')"; }

bench() { # name db commit
  NAME=$1 DB=$2 COMMIT=$3
  RESULT=$OUT/results-$NAME.txt
  settle
  local load_at_start
  load_at_start=$(cut -d' ' -f1-3 /proc/loadavg)
  starts "$NAME" /q/health/ready "$STARTS" -XX:SharedArchiveFile=henvis.jsa; stop
  local cds_median=$MEDIAN cds_starts=$STARTED
  starts "$NAME" /q/health/ready "$STARTS"
  local median=$MEDIAN
  {
    echo "#### henvis on $NAME ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, wrk -t$THREADS -c$CONNECTIONS -d$DURATION after a $WARMUP warm-up)"
    echo
    echo "Startup: median ${median} ms from launch to ready over $STARTS fresh starts ($STARTED ms; Quarkus says ${STARTUP_QUARKUS} s for the last); with the AppCDS archive (-XX:SharedArchiveFile=henvis.jsa): median ${cds_median} ms (${cds_starts} ms); load average before the starts: $load_at_start"
    echo
    table_head
  } > "$RESULT"
  local today birth consent
  today=$(date -u +%F)
  birth=$(date -u -d "$today -10 years" +%F)
  consent=$(date -u -d "$today -1 day" +%F)
  local constants=("BIRTH_DATE=\"$birth\"" "CONSENT_DATE=\"$consent\"" "AUTH=\"$AUTH\"" "IDEMPOTENCY_KEYS=\"${IDEMPOTENCY_KEYS:-0}\"")
  lua_with "$OUT/referral.lua" "${constants[@]}" -- bench/referral.lua

  load - "$WARMUP" "" /api/v1/programmes warm-programmes
  load "GET /api/v1/programmes" "$DURATION" "" /api/v1/programmes programmes
  warm_rounds "$OUT/referral.lua" /api/v1/referrals
  load "POST /api/v1/referrals" "$DURATION" "$OUT/referral.lua" /api/v1/referrals referrals
  # What one health visitor feels: the same creation at half the saturated rate, offered steadily.
  local pace
  pace=$(pace_ms "$(figure referrals 1)")
  lua_with "$OUT/referral-paced.lua" "${constants[@]}" "PACE_MS=$pace" -- bench/referral.lua bench/pace.lua
  load "POST /api/v1/referrals, paced (mean pause $pace ms)" "$DURATION" "$OUT/referral-paced.lua" /api/v1/referrals referrals-paced
  local n
  n=$(placement_pairs)
  lua_with "$OUT/placement.lua" "PAIRS_FILE=\"$OUT/pairs-$NAME.txt\"" "THREADS=$THREADS" "AUTH=\"$AUTH\"" -- bench/placement.lua
  load "POST /api/v1/referrals/{id}/placement" "$PLACEMENT_DURATION" "$OUT/placement.lua" /api/v1/referrals placement
  local rss_mb
  rss_mb=$(rss)
  {
    echo
    echo "Referral creation warm-up, requests/s per $WARMUP_ROUND round: ${RATES[*]}."
    echo "Placement ($PLACEMENT_DURATION): $n ACCEPTED referrals spread over groups of 500 places; each placed once (a repeat would be non-2xx)."
    echo "Resident memory after the load: ${rss_mb} MB (JAVA_OPTS: $JAVA_OPTS, MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX${HENVIS_H2_CACHE_KB:+, HENVIS_H2_CACHE_KB=$HENVIS_H2_CACHE_KB}); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
  } >> "$RESULT"
  stop
  local create create_p99 paced paced_p99 list list_p99 place
  create=$(figure referrals 1) create_p99=$(figure referrals 3) paced=$(figure referrals-paced 1)
  paced_p99=$(figure referrals-paced 3) list=$(figure programmes 1) list_p99=$(figure programmes 3)
  place=$(figure placement 1)
  # The share table goes first: henvis / yardstick, both measured in this run on this machine.
  {
    echo "### $NAME, $(date -u +%F), commit $COMMIT: henvis against the yardstick"
    echo
    echo "| figure | henvis | yardstick | henvis / yardstick |"
    echo "|---|---:|---:|---:|"
    echo "| creation (POST /api/v1/referrals / POST /items), requests/s | $create | $Y_INSERT | $(share "$create" "$Y_INSERT") |"
    echo "| creation / five rows in one transaction (POST /items/five), requests/s | $create | $Y_FIVE | $(share "$create" "$Y_FIVE") |"
    echo "| creation p99, ms | $create_p99 | $Y_INSERT_P99 | $(share "$create_p99" "$Y_INSERT_P99") |"
    echo "| paced at half the saturated rate: requests/s | $paced | $Y_PACED | $(share "$paced" "$Y_PACED") |"
    echo "| paced p99, ms (what a health visitor feels) | $paced_p99 | $Y_PACED_P99 | $(share "$paced_p99" "$Y_PACED_P99") |"
    echo "| list (GET /api/v1/programmes / GET /items), requests/s | $list | $Y_LIST | $(share "$list" "$Y_LIST") |"
    echo "| list p99, ms | $list_p99 | $Y_LIST_P99 | $(share "$list_p99" "$Y_LIST_P99") |"
    echo "| placement / insert, requests/s | $place | $Y_INSERT | $(share "$place" "$Y_INSERT") |"
    echo "| start-up, plain, ms | $median | $Y_START | $(share "$median" "$Y_START") |"
    echo "| start-up with henvis's AppCDS archive, ms | $cds_median | $Y_START (plain) | $(share "$cds_median" "$Y_START") |"
    echo "| resident memory after the load, MB | $rss_mb | $Y_RSS | $(share "$rss_mb" "$Y_RSS") |"
    echo
    cat "$OUT/results-yardstick-${DB}.txt" "$RESULT"
  } > "$RESULT.tmp"
  mv "$RESULT.tmp" "$RESULT"
  cat "$RESULT"
}

fresh_pg_database() {
  psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $PG_DB" -c "create database $PG_DB"
  # The yardstick has a schema of its own in the same database: henvis's migrations see an empty public schema.
  psql -h 127.0.0.1 -U postgres -q -d "$PG_DB" -c "create schema yardstick"
}

# for_each_revision build|bench <name> [...]: once for this checkout, or once per commit of REVISIONS
# (names <name>-<commit>). On PostgreSQL each build's training run and each henvis measured gets a
# fresh database, so that no revision meets another's schema or rows.
for_each_revision() {
  local step=$1 name=$2; shift 2
  local revision label
  for revision in ${REVISIONS:-.}; do
    if [ "$revision" = . ]; then
      label=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo ' (with uncommitted changes)')
    else
      label=$(git rev-parse --short "$revision")
    fi
    local named=$name${REVISIONS:+-$revision}
    if [ "$name" = pg ]; then fresh_pg_database; fi
    if [ "$step" = build ]; then
      REVISION=${REVISIONS:+$revision} build "$named" "$@"
    else
      bench "$named" "$1" "$label"
    fi
  done
}

for target in $TARGETS; do
  case $target in
    h2)
      # A 4 MB H2 page cache instead of 16: in a heap of about 100 MB the larger cache's pages filled the old
      # generation and cost a full collection of 120-170 ms every 3-4 s under creation load (RESULTS.md, 2026-11-27).
      # The yardstick's H2 gets the same.
      export HENVIS_H2_CACHE_KB=${HENVIS_H2_CACHE_KB:-4096}
      build_yardstick yardstick-h2
      for_each_revision build h2 -Dquarkus.profile=demo
      yardstick h2
      for_each_revision bench h2 h2
      ;;
    pg)
      unset HENVIS_H2_CACHE_KB
      export YARDSTICK_DB_URL="$PG_URL?currentSchema=yardstick" YARDSTICK_DB_USER=postgres YARDSTICK_DB_PASSWORD=
      export HENVIS_DB_URL=$PG_URL HENVIS_DB_USER=postgres HENVIS_DB_PASSWORD=
      export HENVIS_CPR_KEY=${HENVIS_CPR_KEY:-YmVuY2gtb25seS1rZXktbm90LWZvci1wcm9kLXVzZSE=}
      build_yardstick yardstick-pg -Dquarkus.profile=pg
      for_each_revision build pg -Dquarkus.profile=benchpg
      yardstick pg
      for_each_revision bench pg pg
      ;;
    *) echo "unknown target $target (h2 or pg)"; exit 1 ;;
  esac
done

#!/usr/bin/env bash
# CPU and allocation profile of referral creation under load (JFR), on the jar bench/run.sh built:
# starts bench/out/<h2|pg>-app with run.sh's JVM options, warms creation with wrk at 32 connections,
# records PROFILE_DURATION of the same load with JFR's "profile" settings, and prints the top frames:
# CPU samples by the method on top of the stack (self) and by henvis or library method anywhere on it
# (total), and sampled allocation weight by the allocating frame. The recording stays in
# bench/out/creation-<target>.jfr for `jfr print` / JDK Mission Control.
#
#   bench/run.sh h2 && bench/profile.sh h2      (pg: HENVIS_DB_URL etc. as run.sh sets them)
#   PROFILE_WARMUP=60s PROFILE_DURATION=30s bench/profile.sh h2
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT=$ROOT/bench/out
TARGET=${1:-h2}
PORT=${BENCH_PORT:-18080}
WARMUP=${PROFILE_WARMUP:-90s}
DURATION=${PROFILE_DURATION:-30s}
# JFR records 64 frames and jfr print shows 5 by default: too few for the totals of callers high on the stack
STACK_DEPTH=256
JAVA_OPTS=${JAVA_OPTS:--Xms88m -Xmx88m -Xmn32m -XX:SurvivorRatio=3 -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=5000 -XX:Tier4InvocationThreshold=20000 -XX:Tier4CompileThreshold=40000 -XX:Tier4BackEdgeThreshold=120000 -XX:MetaspaceSize=128m}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
[ "$TARGET" = h2 ] && export HENVIS_H2_CACHE_KB=${HENVIS_H2_CACHE_KB:-4096}
AUTH="Basic $(printf 'coordinator:coordinator' | base64)"
BASE=http://127.0.0.1:$PORT
APP=$OUT/$TARGET-app
[ -d "$APP" ] || { echo "no $APP: run bench/run.sh $TARGET first"; exit 1; }

rm -rf "$OUT/data-profile"
(cd "$APP" && HENVIS_DATA_DIR="$OUT/data-profile" PORT=$PORT exec java $JAVA_OPTS -XX:+FlightRecorder -XX:FlightRecorderOptions=stackdepth=$STACK_DEPTH \
  -XX:SharedArchiveFile=henvis.jsa -jar quarkus-run.jar > "$OUT/profile-$TARGET.log" 2>&1) &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
until curl -fs "$BASE/q/health/ready" >/dev/null 2>&1; do
  kill -0 $PID 2>/dev/null || { tail -30 "$OUT/profile-$TARGET.log"; exit 1; }
  sleep 0.1
done

today=$(date -u +%F)
{ echo "BIRTH_DATE=\"$(date -u -d "$today -10 years" +%F)\""; echo "CONSENT_DATE=\"$(date -u -d "$today -1 day" +%F)\""
  echo "AUTH=\"$AUTH\""; cat bench/referral.lua; } > "$OUT/profile-referral.lua"
wrk -t2 -c32 -d"$WARMUP" -s "$OUT/profile-referral.lua" "$BASE/api/v1/referrals" | grep 'Requests/sec'
JFR=$OUT/creation-$TARGET.jfr
rm -f "$JFR"
jcmd $PID JFR.start name=creation settings=profile filename="$JFR" > /dev/null
wrk -t2 -c32 -d"$DURATION" --latency -s "$OUT/profile-referral.lua" "$BASE/api/v1/referrals" | grep -E 'Requests/sec|99%'
jcmd $PID JFR.stop name=creation > /dev/null
jfr summary "$JFR" | grep -E 'jdk.ExecutionSample|jdk.ObjectAllocationSample|jdk.GarbageCollection ' || true

jfr print --json --stack-depth $STACK_DEPTH --events jdk.ExecutionSample "$JFR" > "$OUT/creation-$TARGET-cpu.json"
jfr print --json --stack-depth $STACK_DEPTH --events jdk.ObjectAllocationSample "$JFR" > "$OUT/creation-$TARGET-alloc.json"
python3 - "$OUT/creation-$TARGET-cpu.json" "$OUT/creation-$TARGET-alloc.json" <<'PY'
import collections, json, sys
def frames(event):
    for f in (event["values"].get("stackTrace") or {}).get("frames") or []:
        m = f["method"]
        yield m["type"]["name"].rsplit("/", 1)[-1] + "." + m["name"], m["type"]["name"].replace("/", ".")
def top(counter, total, n, title):
    print(f"\n{title}")
    for name, count in counter.most_common(n):
        print(f"{100 * count / total:6.1f} %  {name}")
cpu = json.load(open(sys.argv[1]))["recording"]["events"]
self_, total_, henvis, pkg = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
for e in cpu:
    fs = list(frames(e))
    if not fs:
        continue
    self_[fs[0][0]] += 1
    for name in {f[0] for f in fs}:
        total_[name] += 1
    for name in {f[0] for f in fs if f[1].startswith("dk.henvis")}:
        henvis[name] += 1
    pkg[".".join(fs[0][1].split(".")[:3])] += 1
n = len(cpu)
print(f"{n} CPU samples")
top(self_, n, 25, "CPU, self (method on top of the stack)")
top(total_, n, 60, "CPU, total (method anywhere on the stack)")
top(henvis, n, 30, "CPU, total, henvis's own methods")
top(pkg, n, 20, "CPU, self by package")
alloc = json.load(open(sys.argv[2]))["recording"]["events"]
weight, by_type = collections.Counter(), collections.Counter()
for e in alloc:
    w = e["values"]["weight"]
    fs = list(frames(e))
    if fs:
        weight[fs[0][0]] += w
    by_type[e["values"]["objectClass"]["name"]] += w
tw = sum(by_type.values()) or 1
print(f"\n{tw / 1e9:.2f} GB allocation sampled")
top(weight, tw, 20, "Allocation, by allocating frame")
top(by_type, tw, 15, "Allocation, by class")
PY

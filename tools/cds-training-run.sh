#!/usr/bin/env bash
# Training run for a dynamic AppCDS archive: starts the packaged service with
# -XX:ArchiveClassesAtExit, waits until it is ready, sends it a few typical requests, and stops it.
# The JVM then writes every class it loaded (about 14,000) into the archive, so a later start with
# -XX:SharedArchiveFile maps them instead of reading, verifying and linking them again.
#
# Quarkus's own AppCDS option (quarkus.package.jar.appcds.enabled) stops after static init and so
# misses Hibernate, Flyway, Agroal and Vert.x at run time; this run covers the whole start.
#
# The archive is only used for the jar at the same absolute path on the same JDK; elsewhere the JVM
# ignores it silently and starts as usual.
#
#   tools/cds-training-run.sh <quarkus-app folder> <archive>
# Settings the service needs (HENVIS_DB_URL for a PostgreSQL build, ...) come from the environment;
# the demo build needs none (it trains on a throw-away H2 file).
set -euo pipefail
app=$(cd "$1" && pwd)
archive=$2
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
rm -f "$archive"

HENVIS_DATA_DIR=$work/data HENVIS_DEMO_DATA=false PORT=0 \
  java -XX:ArchiveClassesAtExit="$archive" -Xlog:cds=error,cds+dynamic=error \
  -jar "$app/quarkus-run.jar" > "$work/service.log" 2>&1 &
pid=$!

port=
for _ in $(seq 1 600); do
  port=$(grep -o 'Listening on: http://[^ ]*:[0-9]*' "$work/service.log" | grep -o '[0-9]*$' || true)
  [ -n "$port" ] && break
  kill -0 "$pid" 2>/dev/null || { echo "the training run did not start:"; tail -40 "$work/service.log"; exit 1; }
  sleep 0.1
done
[ -n "$port" ] || { echo "the training run did not start within 60 s"; exit 1; }

base=http://127.0.0.1:$port
call() { curl -s -o /dev/null -u coordinator:coordinator "$@" || true; }
call "$base/q/health/ready"
call "$base/q/health/live"
for _ in 1 2 3; do
  call "$base/api/v1/programmes"
  call -H 'Content-Type: application/json' "$base/api/v1/referrals" -d '{
    "programmeCode": "tidlig-forebyggelse",
    "referrer": {"role": "SCHOOL", "organisation": "Træningsskolen"},
    "subject": {"type": "CHILD", "name": "Træning Eksempel", "birthDate": "2016-03-14"},
    "reason": {"category": "WELLBEING", "description": "training run"},
    "consent": {"given": true, "givenBy": "Træning", "date": "2026-01-01"}}'
  call "$base/api/v1/referrals?size=5"
  call "$base/api/v1/programmes/fonix/waiting-list"
  call "$base/api/v1/programmes/fonix/groups"
  call "$base/q/metrics"
done

kill -TERM "$pid"
wait "$pid" || true
[ -s "$archive" ] || { echo "no archive was written:"; tail -40 "$work/service.log"; exit 1; }
echo "AppCDS archive: $archive ($(du -h "$archive" | cut -f1))"

#!/usr/bin/env bash
# Nothing acknowledged may be lost: starts the packaged app, lets CLIENTS concurrent curl loops submit petitions
# (POST /api/v1/petitions, a fresh Idempotency-Key each), records the tracking number and query code of every 201,
# kills the app with SIGKILL after KILL_AFTER seconds of load, restarts it on the same database, then checks that
# every acknowledged number is trackable (GET /api/v1/track/{number}?code=…) and that AFTER new submissions reuse
# none of them. Prints acknowledged / lost / reused. Public tools only: bash, curl, java (and psql for PostgreSQL).
#
#   bench/kill9/run.sh h2                       H2 file database in a fresh temp dir (the embedded default)
#   DB=test_durability bench/kill9/run.sh postgres   PostgreSQL database DB on 127.0.0.1:5432 — its public schema
#                                                    is DROPPED and recreated first
#   JAR=/path/to/other/fazhi.jar bench/kill9/run.sh h2   another build (e.g. the baseline before a fix)
#
# Settings (environment): CLIENTS (8), KILL_AFTER seconds (8), MAX_PER_CLIENT (5000), AFTER (50), APP_PORT (18099).
# Run from anywhere; builds target/fazhi-*.jar when JAR is not given and none exists.
set -euo pipefail
cd "$(dirname "$0")/../.."
MODE=${1:-h2}
CLIENTS=${CLIENTS:-8}
KILL_AFTER=${KILL_AFTER:-8}
MAX_PER_CLIENT=${MAX_PER_CLIENT:-5000}
AFTER=${AFTER:-50}
APP_PORT=${APP_PORT:-18099}
BASE="http://127.0.0.1:$APP_PORT"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/fazhi-kill9.XXXXXX")

if [ -z "${JAR:-}" ]; then
  ls target/fazhi-*.jar > /dev/null 2>&1 || ./mvnw -B -q -Dmaven.test.skip=true package
  JAR=$(ls target/fazhi-*.jar | grep -v original | head -1)
fi

ARGS=(--server.port="$APP_PORT" --logging.level.root=warn
  --spring.jpa.properties.hibernate.search.backend.directory.root="$WORK/index"
  --fazhi.attachment.root="$WORK/files" --fazhi.secret.file="$WORK/secret.key"
  --fazhi.api.rate-limit.submissions-per-minute=1000000 --fazhi.api.rate-limit.reads-per-minute=1000000)
case "$MODE" in
  h2)
    ARGS+=(--spring.profiles.active=demo
      "--spring.datasource.url=jdbc:h2:file:$WORK/db/fazhi;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH")
    ;;
  postgres)
    : "${DB:?set DB to a PostgreSQL database that may be wiped}"
    PGOPTIONS='--client-min-messages=warning' psql -h 127.0.0.1 -U postgres -d "$DB" -v ON_ERROR_STOP=1 -qc \
      'drop schema public cascade; create schema public'
    ARGS+=(--spring.profiles.active=demo,postgres
      "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$DB")
    ;;
  *) echo "usage: $0 h2|postgres" >&2; exit 2 ;;
esac

APP_PID=
start_app() {
  java -Xmx512m -jar "$JAR" "${ARGS[@]}" >> "$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 300); do
    curl -sf "$BASE/actuator/health/readiness" > /dev/null && return 0
    kill -0 "$APP_PID" 2>/dev/null || { echo "app died, see $WORK/app.log"; tail -30 "$WORK/app.log"; exit 1; }
    sleep 1
  done
  echo "app not ready after 300 s"; exit 1
}
trap '[ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null; wait 2>/dev/null || true' EXIT

# one submission; prints "number code" on a 201, nothing otherwise
submit() {
  local out
  out=$(curl -s -m 20 -w '\n%{http_code}' -H 'Content-Type: application/json' -H "Idempotency-Key: k9-$1" \
    -d "{\"petitioners\":[{\"name\":\"断电测试\"}],\"subject\":\"kill9 $1\",\"content\":\"突然断电后的信访件\",\"demand\":\"不得丢失\"}" \
    "$BASE/api/v1/petitions" 2>/dev/null) || return 0
  [ "${out##*$'\n'}" = 201 ] || return 0
  local number code
  number=$(grep -o '"trackingNumber":"[^"]*"' <<< "$out" | cut -d'"' -f4)
  code=$(grep -o '"queryCode":"[^"]*"' <<< "$out" | cut -d'"' -f4)
  echo "$number $code"
}

client() {
  local i=0
  while [ -f "$WORK/running" ] && [ $i -lt "$MAX_PER_CLIENT" ]; do
    submit "$1-$i-$RANDOM$RANDOM" >> "$WORK/acked-$1.txt"
    i=$((i + 1))
  done
}

echo "== $MODE, jar $JAR, work $WORK"
start_app
touch "$WORK/running"
for c in $(seq 1 "$CLIENTS"); do client "$c" & done
sleep "$KILL_AFTER"
kill -9 "$APP_PID"
rm -f "$WORK/running"
wait "$APP_PID" 2>/dev/null || true
APP_PID=
wait # the clients: requests in flight fail and are not acknowledged
cat "$WORK"/acked-*.txt | sort -u > "$WORK/acked.txt"
ACKED=$(wc -l < "$WORK/acked.txt")
echo "== killed with SIGKILL after ${KILL_AFTER}s of load, $ACKED acknowledged; restarting"

start_app
LOST=0
while read -r number code; do
  status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/track/$number?code=$code")
  [ "$status" = 200 ] || { LOST=$((LOST + 1)); echo "$number" >> "$WORK/lost.txt"; }
done < "$WORK/acked.txt"
: > "$WORK/after.txt"
for i in $(seq 1 "$AFTER"); do submit "after-$i-$RANDOM$RANDOM" >> "$WORK/after.txt"; done
REUSED=$(cut -d' ' -f1 "$WORK/after.txt" | sort -u | comm -12 - <(cut -d' ' -f1 "$WORK/acked.txt") | wc -l)
if [ "$MODE" = postgres ]; then
  echo "rows in petition_petition marked kill9: $(psql -h 127.0.0.1 -U postgres -d "$DB" -Atqc \
    "select count(*) from petition_petition where subject like 'kill9 %'")"
fi

printf '\n| database | clients | acknowledged | lost | reused (of %d new) |\n|---|---|---|---|---|\n| %s | %d | %d | %d | %d |\n' \
  "$AFTER" "$MODE" "$CLIENTS" "$ACKED" "$LOST" "$REUSED"
[ "$LOST" = 0 ] && [ "$REUSED" = 0 ]

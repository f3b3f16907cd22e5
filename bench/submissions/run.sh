#!/usr/bin/env bash
# Public submission API benchmark (architecture.md "Performance targets": ≥ 500 accepted submissions/s on
# PostgreSQL with nothing lost). Starts the demo on its own PostgreSQL database with the per-address rate limit
# raised, drives POST /api/v1/petitions, /api/v1/info-requests and /api/v1/consultations in turn with wrk
# (submit.lua), then checks that PostgreSQL holds exactly as many marked rows as wrk counted 201 answers, all
# distinct. Heap before/after with jcmd. Run from the repository root: bench/submissions/run.sh
# APP_ARGS adds arguments to the app's command line (e.g. another Hibernate Search synchronization strategy).
# KEEP_DB=1 leaves the database (bench/statistics/run.sh can reuse it); KEEP_APP=1 leaves the app running.
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=target/bench-submissions
APP_PORT=${APP_PORT:-18090}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-32}
DB=${DB:-fazhi_bench}
PSQL="psql -h 127.0.0.1 -U postgres -d $DB -Atq"
rm -rf "$WORK" && mkdir -p "$WORK"

[ -f target/fazhi-*.jar ] || ./mvnw -B -q -DskipTests package
JAR=$(ls target/fazhi-*.jar | grep -v original | head -1)
dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"
createdb -h 127.0.0.1 -U postgres "$DB"

SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB java -Xmx512m -jar "$JAR" \
  --spring.profiles.active=demo,postgres --server.port=$APP_PORT \
  --spring.jpa.properties.hibernate.search.backend.directory.root="$WORK/index" \
  --fazhi.attachment.root="$WORK/files" --fazhi.api.rate-limit.submissions-per-minute=1000000 \
  --logging.level.root=warn --logging.level.org.fazhi=info ${APP_ARGS:-} > "$WORK/app.log" 2>&1 &
APP_PID=$!
trap '[ "${KEEP_APP:-0}" = 1 ] || { kill $APP_PID 2>/dev/null; wait $APP_PID 2>/dev/null || true; }; [ "${KEEP_DB:-0}" = 1 ] || dropdb -h 127.0.0.1 -U postgres --if-exists --force "$DB"' EXIT
for i in $(seq 1 600); do
  curl -sf "http://127.0.0.1:$APP_PORT/actuator/health/readiness" > /dev/null && break
  kill -0 $APP_PID 2>/dev/null || { echo "app died"; tail -50 "$WORK/app.log"; exit 1; }
  sleep 1
done
echo "app pid $APP_PID"

count() {
  $PSQL -c "select (select count(*) from petition_petition where subject like 'bench-%')
    + (select count(*) from inforequest_request where description like 'bench-%')
    + (select count(*) from legalservice_consultation where question like 'bench-%')"
}
distinct() {
  $PSQL -c "select count(distinct m) from (
    select split_part(subject, ' ', 1) m from petition_petition where subject like 'bench-%'
    union all select split_part(description, ' ', 1) from inforequest_request where description like 'bench-%'
    union all select split_part(question, ' ', 1) from legalservice_consultation where question like 'bench-%') x"
}

echo "== warm-up 10s (bodies marked warm-…, not counted)"
wrk -t2 -c"$CONNECTIONS" -d10s -s bench/submissions/submit.lua "http://127.0.0.1:$APP_PORT" -- warm | grep -E "ACCEPTED|status"
BEFORE=$(count)
echo "== heap before"; jcmd $APP_PID GC.heap_info | head -3

echo "== load: wrk -t2 -c$CONNECTIONS -d$DURATION, load average $(cut -d' ' -f1-3 /proc/loadavg)"
[ -n "${THREAD_DUMPS:-}" ] && ( sleep 8; for i in 1 2 3 4 5 6; do jstack $APP_PID > "$WORK/jstack-$i.txt"; sleep 1; done ) &
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/submissions/submit.lua "http://127.0.0.1:$APP_PORT" | tee "$WORK/wrk.txt"
sleep 2
ACCEPTED=$(grep '^ACCEPTED ' "$WORK/wrk.txt" | cut -d' ' -f2)
ROWS=$(( $(count) - BEFORE ))
DISTINCT=$(distinct)
echo "== heap after"; jcmd $APP_PID GC.heap_info | head -3
echo "accepted (201) by wrk: $ACCEPTED; new rows in PostgreSQL: $ROWS; distinct marks overall: $DISTINCT (all rows: $(count))"
# wrk stops with one request in flight per connection: those may be stored without their 201 being counted, so
# up to $CONNECTIONS more rows than counted answers is expected; fewer rows would be a lost submission.
if [ "$ROWS" -ge "$ACCEPTED" ] && [ $((ROWS - ACCEPTED)) -le "$CONNECTIONS" ] && [ "$DISTINCT" = "$(count)" ]; then
  echo "NOTHING LOST, NO DUPLICATES ($((ROWS - ACCEPTED)) rows from requests still in flight when wrk stopped)"
else echo "MISMATCH"; fi

#!/usr/bin/env bash
# Annual statistics benchmark (architecture.md "Performance targets": statistics for one town in a database of
# 1,000 towns × 10 years < 1 s). Starts the demo once on its own PostgreSQL database (schema + demo rows), fills
# 1,000 towns × 10 years with generate.sql, restarts, and times the console statistics pages of 含谷镇 for 2025
# (time-pages.sh) plus EXPLAIN ANALYZE of the statistics queries (explain.sql). Heap with jcmd. The database is
# dropped at the end (KEEP_DB=1 keeps it). Run from the repository root: bench/statistics/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=target/bench-statistics
APP_PORT=${APP_PORT:-18092}
DB=${DB:-fazhi_stats}
rm -rf "$WORK" && mkdir -p "$WORK"
[ -f target/fazhi-*.jar ] || ./mvnw -B -q -DskipTests package
JAR=$(ls target/fazhi-*.jar | grep -v original | head -1)
dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"
createdb -h 127.0.0.1 -U postgres "$DB"
APP_PID=
start_app() {
  SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB java -Xmx512m -jar "$JAR" \
    --spring.profiles.active=demo,postgres --server.port=$APP_PORT \
    --spring.jpa.properties.hibernate.search.backend.directory.root="$WORK/index" \
    --fazhi.attachment.root="$WORK/files" --logging.level.root=warn > "$WORK/app.log" 2>&1 &
  APP_PID=$!
  for i in $(seq 1 600); do
    curl -sf "http://127.0.0.1:$APP_PORT/actuator/health/readiness" > /dev/null && return 0
    kill -0 $APP_PID 2>/dev/null || { echo "app died"; tail -50 "$WORK/app.log"; exit 1; }
    sleep 1
  done
  echo "app did not start"; exit 1
}
stop_app() { kill $APP_PID 2>/dev/null || true; wait $APP_PID 2>/dev/null || true; APP_PID=; }
trap 'stop_app; [ "${KEEP_DB:-0}" = 1 ] || dropdb -h 127.0.0.1 -U postgres --if-exists --force "$DB"' EXIT

echo "== 1. demo start (schema + demo data)"; start_app; stop_app
TOWN=$(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "select id from organization_org where name = '含谷镇'")
echo "== 2. generate 1,000 towns × 10 years (含谷镇 = org $TOWN)"
time psql -h 127.0.0.1 -U postgres -d "$DB" -q -v town="$TOWN" -f bench/statistics/generate.sql
psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "select 'petitions ' || count(*) from petition_petition
  union all select 'disputes ' || count(*) from mediation_dispute union all select 'info requests ' || count(*) from inforequest_request
  union all select 'consultations ' || count(*) from legalservice_consultation union all select 'database ' || pg_size_pretty(pg_database_size(current_database()))"
echo "== 3. restart, time the statistics pages of one town for 2025 (load average $(cut -d' ' -f1-3 /proc/loadavg))"
start_app
echo "heap before: $(jcmd $APP_PID GC.heap_info | sed -n 2p)"
bench/statistics/time-pages.sh "http://127.0.0.1:$APP_PORT" "$TOWN" 2025
echo "heap after: $(jcmd $APP_PID GC.heap_info | sed -n 2p)"
echo "== 4. query plans"
psql -h 127.0.0.1 -U postgres -d "$DB" -v town="$TOWN" -f bench/statistics/explain.sql | grep -E "Scan|Cond|Execution|CREATE INDEX" | sed 's/ *CREATE/CREATE/'

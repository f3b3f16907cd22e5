#!/usr/bin/env bash
# Disclosure portal benchmark (architecture.md "Performance targets"): with 100,000 documents, document and column
# page throughput and latency under wrk on loopback side by side with nginx serving the same HTML bytes, and search
# p95 for ten typical queries. Run from the repository root: bench/disclosure/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=target/bench-disclosure
APP_PORT=${APP_PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
DURATION=${DURATION:-15s}
H2_JAR=$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | sort -V | tail -1)
rm -rf "$WORK" && mkdir -p "$WORK/html"
DB="jdbc:h2:file:$PWD/$WORK/fazhi;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH"

[ -f target/fazhi-*.jar ] || ./mvnw -B -q -DskipTests package
JAR=$(ls target/fazhi-*.jar | grep -v original | head -1)
start_app() {
  java -Xmx512m -jar "$JAR" --spring.profiles.active=demo --server.port=$APP_PORT \
    --spring.datasource.url="$DB" \
    --spring.jpa.properties.hibernate.search.backend.directory.root="$WORK/index" \
    --fazhi.attachment.root="$WORK/files" --logging.level.root=warn --logging.level.org.fazhi=info "$@" \
    > "$WORK/app.log" 2>&1 &
  APP_PID=$!
  for i in $(seq 1 600); do
    curl -sf "http://127.0.0.1:$APP_PORT/actuator/health/readiness" > /dev/null && return 0
    sleep 1
  done
  echo "app did not start"; exit 1
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; }

echo "== 1. demo start (schema + demo data)"; start_app; stop_app
echo "== 2. load 100,000 documents"; java -cp "$H2_JAR" org.h2.tools.RunScript -url "$DB" -user sa -script bench/disclosure/load-100k.sql
echo "== 3. start with index rebuild"; start_app --fazhi.disclosure.reindex-on-start=true
grep "Search index rebuilt" "$WORK/app.log" || true

DOC_ID=$(curl -s "http://127.0.0.1:$APP_PORT/api/v1/disclosure/search?q=%E4%BF%A1%E8%AE%BF&year=2010" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
curl -s "http://127.0.0.1:$APP_PORT/disclosure/doc/$DOC_ID" > "$WORK/html/doc.html"
curl -s "http://127.0.0.1:$APP_PORT/disclosure/zwdt" > "$WORK/html/column.html"
cat > "$WORK/nginx.conf" <<NGINX
worker_processes 1;
pid $PWD/$WORK/nginx.pid;
error_log $PWD/$WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $PWD/$WORK/tmp; proxy_temp_path $PWD/$WORK/tmp; fastcgi_temp_path $PWD/$WORK/tmp;
  uwsgi_temp_path $PWD/$WORK/tmp; scgi_temp_path $PWD/$WORK/tmp;
  server { listen 127.0.0.1:$NGINX_PORT; root $PWD/$WORK/html; default_type text/html; }
}
NGINX
mkdir -p "$WORK/tmp"; nginx -c "$PWD/$WORK/nginx.conf"

bench() { echo "-- $1"; wrk -t2 -c32 -d"$DURATION" --latency "$2" | grep -E "Requests/sec|50%|90%|99%"; }
for i in 1 2; do curl -s -o /dev/null "http://127.0.0.1:$APP_PORT/disclosure/doc/$DOC_ID"; done
wrk -t2 -c32 -d5s "http://127.0.0.1:$APP_PORT/disclosure/doc/$DOC_ID" > /dev/null   # warm-up
bench "app document page" "http://127.0.0.1:$APP_PORT/disclosure/doc/$DOC_ID"
bench "nginx document page" "http://127.0.0.1:$NGINX_PORT/doc.html"
echo "-- app document page, gzip (as browsers ask)"
wrk -t2 -c32 -d"$DURATION" --latency -H "Accept-Encoding: gzip" "http://127.0.0.1:$APP_PORT/disclosure/doc/$DOC_ID" | grep -E "Requests/sec|50%|90%|99%"
bench "app column page" "http://127.0.0.1:$APP_PORT/disclosure/zwdt"
bench "nginx column page" "http://127.0.0.1:$NGINX_PORT/column.html"
kill "$(cat "$WORK/nginx.pid")"

echo "-- search p95 (10 warm-up rounds, then 30 runs per query after 5 warm-up runs, sequential)"
python3 bench/disclosure/search_p95.py "http://127.0.0.1:$APP_PORT"
stop_app

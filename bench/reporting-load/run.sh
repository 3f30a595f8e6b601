#!/usr/bin/env bash
# Reporting load benchmark (bench/README.md, "Concurrent submissions"): Debian's PostgreSQL 15, two PhoiHop instances
# on loopback ports against one database, 3,355 expected reporters (34 provinces + 3,321 communes) with accounts and
# API tokens, then 50 concurrent clients post one submission each (Idempotency-Key on every request, half the clients
# alternating between the instances, some requests retried or double-clicked) within 60 s; SQL then checks that every
# submission is stored exactly once. Prints throughput and p95 latency. Everything it starts is stopped at the end
# (PostgreSQL only if this script started it); bounded waits throughout; loopback only.
# Usage: bench/reporting-load/run.sh [clients] [port1] [port2]   (default 50 18081 18082)
set -euo pipefail
cd "$(dirname "$0")/../.."
clients=${1:-50}
port1=${2:-18081}
port2=${3:-18082}
here=bench/reporting-load
db=phoihop_load
dbuser=phoihop_load
dbpass="load-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
work=$(mktemp -d /tmp/phoihop-load.XXXXXX)
pids=()
started_pg=no

psql_admin() { runuser -u postgres -- psql -X -q -p "$pgport" -v ON_ERROR_STOP=1 "$@"; }
psql_bench() { PGPASSWORD="$dbpass" psql -X -q -h 127.0.0.1 -p "$pgport" -U "$dbuser" -d "$db" -v ON_ERROR_STOP=1 "$@"; }

cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  if [ "$started_pg" = yes ]; then pg_ctlcluster --skip-systemctl-redirect 15 main stop || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "== 1. PostgreSQL 15"
if ! pg_lsclusters --no-header | awk '$1 == "15" && $2 == "main" { print $4 }' | grep -q online; then
  pg_ctlcluster --skip-systemctl-redirect 15 main start
  started_pg=yes
fi
pgport=$(pg_lsclusters --no-header | awk '$1 == "15" && $2 == "main" { print $3 }')
psql_admin -d postgres -c "DROP DATABASE IF EXISTS $db" -c "DROP ROLE IF EXISTS $dbuser" \
  -c "CREATE ROLE $dbuser LOGIN PASSWORD '$dbpass'" -c "CREATE DATABASE $db OWNER $dbuser TEMPLATE template0 ENCODING 'UTF8'"
missing=$(psql_admin -d "$db" -tA -c "SELECT string_agg(n, ', ') FROM unnest(ARRAY['unaccent', 'pg_trgm', 'btree_gist']) n
  WHERE n NOT IN (SELECT name FROM pg_available_extensions)")
icu=$(psql_admin -d "$db" -tA -c "SELECT count(*) FROM pg_collation WHERE collname = 'vi-VN-x-icu'")
if [ -n "$missing" ] || [ "$icu" != 1 ]; then
  echo "PostgreSQL 15 lacks what the migrations need: extensions [$missing], collation vi-VN-x-icu: $icu" >&2
  exit 1
fi
echo "unaccent, pg_trgm, btree_gist and the collation vi-VN-x-icu are there (port $pgport)"

echo "== 2. Build the jar once"
./mvnw -q -DskipTests package
jar=$(ls target/phoihop-*.jar | grep -v original | head -1)

start_instance() {
  local port=$1 name=$2
  PHOIHOP_DB_URL="jdbc:postgresql://127.0.0.1:$pgport/$db" PHOIHOP_DB_USER="$dbuser" PHOIHOP_DB_PASSWORD="$dbpass" \
    PHOIHOP_DATA_DIR="$work/$name" PHOIHOP_DEMO_DOCUMENTS=0 \
    java -Xmx768m -jar "$jar" --server.address=127.0.0.1 --server.port="$port" > "$work/$name.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 300); do
    if curl -sf "http://127.0.0.1:$port/actuator/health" > /dev/null; then echo "$name healthy on $port"; return 0; fi
    kill -0 "${pids[-1]}" 2>/dev/null || break
    sleep 1
  done
  echo "$name did not start; last lines of its log:" >&2
  tail -40 "$work/$name.log" >&2
  exit 1
}

echo "== 3. Two instances (the first migrates and creates the demo data, then the second starts)"
start_instance "$port1" instance1
start_instance "$port2" instance2

echo "== 4. 3,355 reporters with accounts and tokens, the template LOAD_BENCH and its period"
psql_bench -v tokens="$work/tokens.csv" -f "$here/setup.sql"
period=$(psql_bench -tA -c "SELECT p.code FROM report_period p JOIN report_template t ON t.id = p.template_id
  WHERE t.code = 'LOAD_BENCH'")
echo "$(wc -l < "$work/tokens.csv") tokens, period $period"

echo "== 5. $clients concurrent clients"
status=0
java bench/java/vn/phoihop/reporting/load/LoadClient.java --targets "http://127.0.0.1:$port1,http://127.0.0.1:$port2" \
  --tokens "$work/tokens.csv" --template LOAD_BENCH --period "$period" --clients "$clients" --limit-seconds 60 \
  --out "$work/stored.csv" || status=$?

echo "== 6. Stored exactly once, none lost"
psql_bench -f "$here/verify.sql" || status=1
exit "$status"

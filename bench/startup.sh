#!/usr/bin/env bash
# Measures PhoiHop's cold start (first start: initdb of the embedded PostgreSQL, Flyway, demo data) and warm
# start (data directory already there), and the resident memory of the JVM and of PostgreSQL after start.
# Usage: bench/startup.sh [runs]   (builds the jar first; uses a scratch data directory under target/)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
[ -f target/phoihop-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -DskipTests package
port=18080
measure() {
  local dir=$1 label=$2
  local start_ns end_ns pid
  start_ns=$(date +%s%N)
  PHOIHOP_DATA_DIR="$dir" PORT=$port java -jar target/phoihop-0.1.0-SNAPSHOT.jar > "$dir.log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://localhost:$port/actuator/health"; do
    kill -0 $pid 2>/dev/null || { echo "PhoiHop died; see $dir.log"; exit 1; }
    sleep 0.1
  done
  end_ns=$(date +%s%N)
  sleep 2
  local jvm_kb pg_kb=0
  jvm_kb=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  local postmaster
  postmaster=$(pgrep -f "postgres -D $(realpath "$dir")/postgres" | head -1 || true)
  for p in $postmaster $(pgrep -P "${postmaster:-0}" || true); do
    pg_kb=$((pg_kb + $(awk '/VmRSS/ {print $2}' /proc/$p/status 2>/dev/null || echo 0)))
  done
  printf '%-5s start-to-healthy %6.2f s   JVM RSS %4d MiB   PostgreSQL RSS (all processes) %4d MiB\n' \
    "$label" "$(echo "($end_ns - $start_ns)/1000000000" | bc -l)" $((jvm_kb / 1024)) $((pg_kb / 1024))
  kill $pid; wait $pid 2>/dev/null || true
}
for i in $(seq 1 "$runs"); do
  dir=$(mktemp -d -p target bench-startup-XXXX)
  measure "$dir" cold
  measure "$dir" warm
  rm -rf "$dir" "$dir.log"
done

#!/usr/bin/env bash
# Imports 1,000,000 touchpoints (with the accounts, contacts and campaigns they refer to) into an
# empty database, with the JVM heap capped at 512 MB, and prints the time of each import.
# Usage: bench/import-bench.sh [jdbc-url]   (default: a fresh H2 file under target/import-bench)
#   PostgreSQL: bench/import-bench.sh jdbc:postgresql://127.0.0.1:5432/accountable_bench
#   (an empty database owned by accountable/accountable; the jar is built with the pg profile)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8092}
URL=${1:-jdbc:h2:file:./target/import-bench/db}
WORK=target/import-bench
rm -rf "$WORK" && mkdir -p "$WORK"
JAR=target/quarkus-app/quarkus-run.jar
if [[ "$URL" == jdbc:postgresql:* ]]; then
  ./mvnw -B -q package -DskipTests -Dquarkus.profile=pg
  export QUARKUS_PROFILE=pg QUARKUS_DATASOURCE_USERNAME=${QUARKUS_DATASOURCE_USERNAME:-accountable} \
    QUARKUS_DATASOURCE_PASSWORD=${QUARKUS_DATASOURCE_PASSWORD:-accountable}
else
  ./mvnw -B -q package -DskipTests
fi

# 1. The sample files: the large demo company, written by the generator (no database needed).
ACCOUNTABLE_DEMO_SCALE=none ACCOUNTABLE_ADMIN_PASSWORD=bench-secret QUARKUS_HTTP_PORT=$PORT \
  QUARKUS_DATASOURCE_JDBC_URL="$URL" java -Xmx512m -jar "$JAR" > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
until curl -sf "http://localhost:$PORT/q/health/ready" >/dev/null; do sleep 1; done
for kind in accounts contacts campaigns touchpoints; do
  curl -sf -u admin:bench-secret "http://localhost:$PORT/api/demo/$kind.csv?scale=large" -o "$WORK/$kind.csv"
done
head -n 1000001 "$WORK/touchpoints.csv" > "$WORK/touchpoints-1m.csv"
wc -l "$WORK"/*.csv

# 2. The imports, timed.
for kind in accounts contacts campaigns touchpoints-1m; do
  file="$WORK/$kind.csv"
  start=$(date +%s.%N)
  curl -s -u admin:bench-secret -H "Content-Type: text/csv" --data-binary "@$file" \
    "http://localhost:$PORT/api/import/${kind%-1m}?fileName=$kind.csv" -o "$WORK/answer.json"
  answer=$(cut -c1-200 "$WORK/answer.json")
  end=$(date +%s.%N)
  printf "%-16s %6.1f s  %s\n" "$kind" "$(echo "$end - $start" | bc)" "$answer"
done
# 3. The same touchpoints again: every row unchanged.
start=$(date +%s.%N)
curl -s -u admin:bench-secret -H "Content-Type: text/csv" --data-binary "@$WORK/touchpoints-1m.csv" \
  "http://localhost:$PORT/api/import/touchpoints" -o "$WORK/answer.json"
answer=$(cut -c1-200 "$WORK/answer.json")
end=$(date +%s.%N)
printf "%-16s %6.1f s  %s\n" "re-import" "$(echo "$end - $start" | bc)" "$answer"

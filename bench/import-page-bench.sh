#!/usr/bin/env bash
# A 1,000,000-row touchpoints file through the Import page (not the API), JVM heap capped at
# 512 MB: the time until the preview answers with the first rows, until the background check
# reaches 100 %, until the import ends, and of a cancel in the middle of an import; the peak heap
# in use (sampled every 0.5 s with jstat). Build first: ./mvnw package -DskipTests
# Usage: bench/import-page-bench.sh   (a fresh H2 file under target/import-page-bench)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8093}
WORK=target/import-page-bench
rm -rf "$WORK" && mkdir -p "$WORK"
JAR=target/quarkus-app/quarkus-run.jar
BASE="http://localhost:$PORT"
ACCOUNTABLE_DEMO_SCALE=none ACCOUNTABLE_ADMIN_PASSWORD=bench-secret QUARKUS_HTTP_PORT=$PORT \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:./$WORK/db" java -Xmx512m -jar "$JAR" > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; kill $SAMPLER 2>/dev/null || true' EXIT
SAMPLER=0
until curl -sf "$BASE/q/health/ready" >/dev/null; do sleep 1; done

# The referenced accounts, contacts and campaigns through the API; the touchpoints file cut to 1,000,000 rows.
for kind in accounts contacts campaigns touchpoints; do
  curl -sf -u admin:bench-secret "$BASE/api/demo/$kind.csv?scale=large" -o "$WORK/$kind.csv"
done
head -n 1000001 "$WORK/touchpoints.csv" > "$WORK/touchpoints-1m.csv"
for kind in accounts contacts campaigns; do
  curl -sf -u admin:bench-secret -H "Content-Type: text/csv" --data-binary "@$WORK/$kind.csv" \
    "$BASE/api/import/$kind" -o /dev/null
done
ls -l "$WORK/touchpoints-1m.csv"

# The peak heap in use (young + old) and the peak old generation, sampled with jstat.
( peak=0; old=0; while true; do
    read -r used o < <(jstat -gc "$APP" | awk 'NR==2 {printf "%d %d", $3+$4+$6+$8, $8}') || true
    if [ "${used:-0}" -gt "$peak" ]; then peak=$used; fi
    if [ "${o:-0}" -gt "$old" ]; then old=$o; fi
    echo "$peak $old" > "$WORK/peak"
    sleep 0.5
  done ) &
SAMPLER=$!

JAR_COOKIES="$WORK/cookies"
curl -s -c "$JAR_COOKIES" -b "accountable-csrf=bench" -d "csrf-token=bench&username=admin&password=bench-secret" \
  "$BASE/login" -o /dev/null
now() { date +%s.%N; }
since() { echo "$(now) - $1" | bc; }
# one page pass: upload, then poll the status until the check ends
upload() {
  start=$(now)
  curl -s -b "$JAR_COOKIES" -b "accountable-csrf=bench" -H "X-CSRF-Token: bench" -F kind=touchpoints \
    -F mode=all-or-nothing -F "file=@$WORK/touchpoints-1m.csv;type=text/csv" "$BASE/import/preview" -o "$WORK/preview.html"
  printf "preview answered (first rows)   %6.1f s\n" "$(since "$start")"
  TOKEN=$(grep -o '/import/[0-9a-f]\{32\}/status' "$WORK/preview.html" | head -1 | cut -d/ -f3)
  until curl -s -D - -b "$JAR_COOKIES" "$BASE/import/$TOKEN/status" -o "$WORK/status.html" | grep -qi '^hx-redirect'; do
    sleep 0.5
  done
  printf "check at 100 %%                  %6.1f s  %s\n" "$(since "$start")" "$(grep -o '[0-9]* rows read, [0-9]* %' "$WORK/status.html")"
}
upload
start=$(now)
curl -s -b "$JAR_COOKIES" -b "accountable-csrf=bench" -H "X-CSRF-Token: bench" -X POST "$BASE/import/$TOKEN/confirm" -o /dev/null
until curl -s -D - -b "$JAR_COOKIES" "$BASE/import/$TOKEN/status" -o /dev/null | grep -qi '^hx-redirect'; do sleep 0.5; done
printf "import ended                    %6.1f s  %s\n" "$(since "$start")" \
  "$(curl -s -b "$JAR_COOKIES" "$BASE/import/$TOKEN" | grep -o 'Imported: [^<]*' | head -1)"

# The same file again, its import cancelled after 5 s.
upload
start=$(now)
curl -s -b "$JAR_COOKIES" -b "accountable-csrf=bench" -H "X-CSRF-Token: bench" -X POST "$BASE/import/$TOKEN/confirm" -o /dev/null
sleep 5
cancel=$(now)
curl -s -b "$JAR_COOKIES" -b "accountable-csrf=bench" -H "X-CSRF-Token: bench" -X POST "$BASE/import/$TOKEN/cancel" \
  -o "$WORK/cancel.html"
printf "cancel answered                 %6.2f s after the cancel  %s\n" "$(since "$cancel")" \
  "$(grep -o 'Cancelled: [^<]*' "$WORK/cancel.html" | head -1)"
curl -s -u admin:bench-secret "$BASE/import" >/dev/null || true
sleep 1
read -r peak old < "$WORK/peak"
printf "peak heap in use                %6d MB (of -Xmx512m); peak old generation %d MB\n" $(( peak / 1024 )) $(( old / 1024 ))

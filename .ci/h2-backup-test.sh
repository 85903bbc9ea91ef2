#!/usr/bin/env bash
# Backs up the packaged app's H2 database with ops/h2-backup.sh, restores it into a new
# directory with ops/h2-restore.sh and checks that every export is identical afterwards.
# Needs target/quarkus-app (./mvnw package).
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=$(mktemp -d)
PASSWORD=backup-test-secret-1
PORT=8193
cp -r target/quarkus-app "$WORK/app"
run() {
  (cd "$WORK/$1" && ACCOUNTABLE_ADMIN_PASSWORD=$PASSWORD ACCOUNTABLE_DEMO_SCALE=small QUARKUS_HTTP_PORT=$PORT \
    exec java -Xmx512m -jar "$WORK/app/quarkus-run.jar" > "$WORK/$1.log" 2>&1) &
  echo $! > "$WORK/pid"
  for _ in $(seq 1 90); do curl -sf -o /dev/null "http://localhost:$PORT/q/health/ready" && return 0; sleep 1; done
  echo "the app did not become ready"; tail -40 "$WORK/$1.log"; exit 1
}
stop() {
  local pid; pid=$(cat "$WORK/pid" 2>/dev/null) || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || return 0; sleep 1; done
}
exports() {
  for kind in accounts contacts campaigns costs touchpoints opportunities stage_changes nps; do
    curl -sf -u "admin:$PASSWORD" "http://localhost:$PORT/api/export/$kind" | sha256sum
  done > "$WORK/$1.sums"
}
trap stop EXIT
mkdir -p "$WORK/before" "$WORK/after"
run before
exports before
stop
H2_JAR=$(ls "$WORK"/app/lib/main/com.h2database.h2-*.jar) ops/h2-backup.sh "$WORK/before/data/accountable" "$WORK/backup.zip"
H2_JAR=$(ls "$WORK"/app/lib/main/com.h2database.h2-*.jar) ops/h2-restore.sh "$WORK/backup.zip" "$WORK/after/data/accountable"
run after
exports after
diff "$WORK/before.sums" "$WORK/after.sums" || { echo "FAIL: the restored database exports differently"; exit 1; }
grep -q "Created user 'admin'" "$WORK/after.log" && { echo "FAIL: the restored database had no users"; exit 1; }
echo "H2 backup and restore: all $(wc -l < "$WORK/after.sums") exports identical"

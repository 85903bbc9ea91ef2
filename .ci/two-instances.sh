#!/usr/bin/env bash
# Two packaged instances on one PostgreSQL: an import through the first must show on the second
# within 5 s, a session cookie of the first must work on the second, and a token made on one
# must work on the other. Needs a fresh, empty database accountable/accountable on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=$(mktemp -d)
PASSWORD=two-instances-secret-1
./mvnw -B -q package -DskipTests -Dquarkus.profile=pg
cp -r target/quarkus-app "$WORK/app"
start() {
  ACCOUNTABLE_ADMIN_PASSWORD=$PASSWORD ACCOUNTABLE_DEMO_SCALE=small QUARKUS_HTTP_PORT=$1 \
    java -Xmx512m -jar "$WORK/app/quarkus-run.jar" > "$WORK/$1.log" 2>&1 &
  echo $! > "$WORK/$1.pid"
  for _ in $(seq 1 120); do
    curl -sf -o /dev/null "http://localhost:$1/q/health/ready" && return 0
    sleep 1
  done
  echo "instance on port $1 did not become ready"; tail -50 "$WORK/$1.log"; return 1
}
cleanup() { kill "$(cat "$WORK/8191.pid")" "$(cat "$WORK/8192.pid")" 2>/dev/null || true; }
trap cleanup EXIT
start 8191
start 8192
A=http://localhost:8191
B=http://localhost:8192
fail() { echo "FAIL: $1"; tail -30 "$WORK/8191.log"; tail -30 "$WORK/8192.log"; exit 1; }

code=$(curl -s -o /dev/null -w '%{http_code}' -u "admin:$PASSWORD" "$B/api/accounts/TWOINST1")
[ "$code" = 404 ] || fail "the new account exists before the import ($code)"
printf 'id,name,tier,target\nTWOINST1,Two Instances Ltd,one_to_one,true\n' > "$WORK/accounts.csv"
curl -sf -u "admin:$PASSWORD" -H 'Content-Type: text/csv' --data-binary @"$WORK/accounts.csv" \
  "$A/api/import/accounts" > /dev/null || fail "the import through the first instance"
started=$(date +%s%N)
for _ in $(seq 1 50); do
  code=$(curl -s -o /dev/null -w '%{http_code}' -u "admin:$PASSWORD" "$B/api/accounts/TWOINST1")
  [ "$code" = 200 ] && break
  sleep 0.1
done
elapsed=$(( ($(date +%s%N) - started) / 1000000 ))
[ "$code" = 200 ] || fail "the second instance does not show the import after 5 s ($code)"
echo "the second instance served the imported account ${elapsed} ms after the import"

# A session made on one instance works on the other (the key is shared through the database).
JAR="$WORK/cookies"
curl -s -c "$JAR" -o /dev/null "$A/login"
CSRF=$(awk '$6 == "accountable-csrf" {print $7}' "$JAR")
curl -s -b "$JAR" -c "$JAR" -o /dev/null -d "csrf-token=$CSRF&username=admin&password=$PASSWORD" "$A/login"
code=$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR" "$B/")
[ "$code" = 200 ] || fail "a session of the first instance on the second ($code)"
TOKEN=$(curl -s -u "admin:$PASSWORD" -H 'Content-Type: application/json' -d '{"name":"two"}' "$A/api/tokens" \
  | sed -E 's/.*"token":"([^"]+)".*/\1/')
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$B/api/kpis")
[ "$code" = 200 ] || fail "a token of the first instance on the second ($code)"
echo "two instances: same numbers, shared sessions and tokens"

#!/usr/bin/env bash
# What authentication costs per API call: HTTP Basic (bcrypt every call) against a personal
# access token (a SHA-256 lookup), on a cheap cached answer, with an anonymous health call as
# the floor. Start the app first; usage: bench/auth-bench.sh [base-url] [user:password]
set -euo pipefail
BASE=${1:-http://localhost:8080}
AUTH=${2:-admin:change-me}
TOKEN=$(curl -s -u "$AUTH" -H 'Content-Type: application/json' -d '{"name": "auth-bench"}' "$BASE/api/tokens" \
  | sed -E 's/.*"token":"([^"]+)".*/\1/')
ID=$(curl -s -u "$AUTH" "$BASE/api/tokens" | sed -E 's/.*"id":([0-9]+),"name":"auth-bench".*/\1/')
percentiles() {
  tail -50 | sort -n | awk -v what="$1" '{a[NR]=$1} END {printf "%-34s p50 %6.1f ms  p95 %6.1f ms\n", what, a[int(NR*0.5)]*1000, a[int(NR*0.95)]*1000}'
}
URL="$BASE/api/kpis?period=last_12_months"
curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" "$URL"   # warm the cache
for _ in $(seq 60); do curl -s -o /dev/null -w "%{time_starttransfer}\n" "$BASE/q/health/live"; done | percentiles "anonymous /q/health/live"
for _ in $(seq 60); do curl -s -o /dev/null -w "%{time_starttransfer}\n" -H "Authorization: Bearer $TOKEN" "$URL"; done | percentiles "Bearer token /api/kpis (cached)"
for _ in $(seq 60); do curl -s -o /dev/null -w "%{time_starttransfer}\n" -u "$AUTH" "$URL"; done | percentiles "HTTP Basic /api/kpis (cached)"
curl -s -o /dev/null -u "$AUTH" -X DELETE "$BASE/api/tokens/$ID" || true

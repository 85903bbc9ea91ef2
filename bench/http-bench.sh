#!/usr/bin/env bash
# Times the API and the dashboard against a running Accountable (server time as seen by curl).
# Usage: bench/http-bench.sh [base-url] [user:password]
# Start the app on the large demo data first:
#   ACCOUNTABLE_DEMO_SCALE=large ACCOUNTABLE_ADMIN_PASSWORD=admin-secret java -Xmx1g -jar target/quarkus-app/quarkus-run.jar
set -euo pipefail
BASE=${1:-http://localhost:8080}
AUTH=${2:-admin:admin-secret}
ROUNDS=${ROUNDS:-20}

# Server time from the Server-Timing header (computing and rendering, after sign-in), in seconds.
time_it() {
  curl -s -o /dev/null -D - -u "$AUTH" "$BASE$1" | tr -d '\r' \
    | awk -F'dur=' 'tolower($0) ~ /^server-timing/ {printf "%.4f\n", $2 / 1000}'
}

percentiles() { sort -n | awk '{a[NR]=$1} END {printf "p50 %6.0f ms  p95 %6.0f ms  max %6.0f ms  (n=%d)\n", a[int(NR*0.5+0.5)]*1000, a[int(NR*0.95+0.5)]*1000, a[NR]*1000, NR}'; }

# Distinct filters, so each first request computes (no cache) and repeats show the cached path.
FILTERS=()
for m in 1 2 3 4 5 6 7 8 9 10 11 12; do
  FILTERS+=("from=2026-$(printf %02d $(( (m % 9) + 1 )))-01&to=2026-$(printf %02d $(( (m % 9) + 2 )))-28&target=any")
done

echo "warm-up (builds the in-memory facts)"; time_it "/api/kpis" >/dev/null; time_it "/api/attribution" >/dev/null


run() {
  local label=$1 url=$2
  local sep='?'; [[ "$url" == *\?* ]] && sep='&'
  echo "== $label: uncached (12 distinct filters)"
  i=0; for f in "${FILTERS[@]}"; do i=$((i+1)); time_it "$url${sep}$f&halfLifeDays=$((6 + i))" ; done | percentiles
  echo "== $label: repeated (same filter, $ROUNDS times)"
  for _ in $(seq 1 "$ROUNDS"); do time_it "$url${sep}period=last_12_months"; done | percentiles
}

run "GET /api/attribution (linear, last 365 days)" "/api/attribution?model=linear"
run "GET /api/attribution/compare (ten models)" "/api/attribution/compare"
run "GET /api/kpis" "/api/kpis"
echo "== GET /api/attribution/compare, last 365 days, computed afresh (a new lookback each time)"
for l in 160 161 162 163 164 165; do time_it "/api/attribution/compare?period=last_12_months&lookbackDays=$l"; done | percentiles
echo "== GET /api/kpis, last 365 days, computed afresh (a new lookback each time)"
for l in 170 171 172 173 174 175; do time_it "/api/kpis?period=last_12_months&lookbackDays=$l"; done | percentiles
# Pages use the session cookie of the sign-in form (with its CSRF token).
JAR=$(mktemp)
curl -s -c "$JAR" -b "accountable-csrf=bench" -o /dev/null \
  -d "csrf-token=bench&username=${AUTH%%:*}&password=${AUTH#*:}" "$BASE/login"
time_it() {
  curl -s -o /dev/null -D - -b "$JAR" "$BASE$1" | tr -d '\r' \
    | awk -F'dur=' 'tolower($0) ~ /^server-timing/ {printf "%.4f\n", $2 / 1000}'
}
run "GET / (full dashboard page)" "/"
htmx_time() {
  curl -s -o /dev/null -D - -b "$JAR" -H "HX-Request: true" "$BASE$1" | tr -d '\r' \
    | awk -F'dur=' 'tolower($0) ~ /^server-timing/ {printf "%.4f\n", $2 / 1000}'
}
echo "== GET / with HX-Request (the fragment a filter change triggers): a new model each time"
for m in first_touch last_touch linear time_decay position_based w_shaped full_path custom markov shapley; do
  htmx_time "/?period=year_to_date&model=$m"
done | percentiles
echo "== GET /accounts sorted by each column"
for s in name tier segment region target engagement penetration open_pipeline won_revenue credit last_touch nps; do
  time_it "/accounts?sort=$s&period=last_12_months"
done | percentiles
time_it "/accounts/ACC00004" >/dev/null; time_it "/accounts/ACC00005" >/dev/null   # warm-up
echo "== GET /accounts/{id}"
for a in ACC00001 ACC00002 ACC00003 ACC00010 ACC00100 ACC01000 ACC05000 ACC10000 ACC15000 ACC19999; do
  time_it "/accounts/$a"
done | percentiles
rm -f "$JAR"

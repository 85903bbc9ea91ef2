#!/usr/bin/env bash
# Peer benchmark: GET /api/attribution (linear and first_touch, groupBy=channel, target=any, a new
# filter each call) against the same question as one SQL query in DuckDB (in-process, 2 threads)
# and, with --pg, PostgreSQL. Prints per-call times, medians, ratios, and whether the SQL credits
# equal the API's (to 0.01). The work is done by bench/PeerBench.java (Java 17 source launcher).
#
# Usage:
#   bench/peer-bench.sh [--base URL] [--auth USER:PASSWORD] [--n 12] [--warmup 3]
#                       [--lookback-base B] [--keep-data]
#                       [--pg JDBC_URL --pg-user U --pg-password P]
#   defaults: --base http://localhost:8080 --auth admin:admin-secret --n 12 --warmup 3
#             --lookback-base 170 (filter i uses lookbackDays 170+i, first_touch 170+N+i: all new
#             filters). The app caches answers per filter: run again against the same app process
#             with another --lookback-base (e.g. 1170), or restart the app, or the calls are cache hits.
#
# Example (app on the large demo data, PostgreSQL database peer_bench owned by accountable):
#   bench/peer-bench.sh --base http://localhost:8097
#   bench/peer-bench.sh --base http://localhost:8097 \
#     --pg jdbc:postgresql://127.0.0.1:5432/peer_bench --pg-user accountable --pg-password accountable
#
# What it does: checks the app answers GET /api/kpis; creates a personal access token with HTTP
# Basic (POST /api/tokens) so the timed calls skip the ~100 ms bcrypt check, and revokes it at the
# end; downloads the accounts, opportunities and touchpoints exports (GET /api/export/{kind}) into a
# temp dir; loads them into DuckDB (read_csv) and PostgreSQL (COPY into schema peer_bench, dropped
# at the end); then for each model runs W untimed and N timed filters, alternating app and SQL.
# App time = the Server-Timing header (after sign-in) and the wall time of the call; SQL time =
# wall time of prepare + execute + reading every row.
#
# Needs: java 17+, curl, the DuckDB JDBC driver in ~/.m2 (fetched with ./mvnw dependency:get when
# missing), and for --pg the PostgreSQL driver in ~/.m2 (the newest version there is used).
# Env: M2_REPO (default ~/.m2/repository), PEER_BENCH_JAVA_OPTS (default -Xmx1g).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
M2=${M2_REPO:-$HOME/.m2/repository}
DUCKDB_VERSION=2.0.0.1

die() { echo "peer-bench: $*" >&2; exit 1; }

BASE=http://localhost:8080
AUTH=admin:admin-secret
PG=
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case ${args[i]} in
    -h|--help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    --base) BASE=${args[i+1]:-}; BASE=${BASE%/} ;;
    --auth) AUTH=${args[i+1]:-} ;;
    --pg) PG=${args[i+1]:-} ;;
  esac
done

command -v java >/dev/null || die "java (17 or later) is not on the PATH"
command -v curl >/dev/null || die "curl is not on the PATH"

DUCKDB_JAR=$M2/org/duckdb/duckdb_jdbc/$DUCKDB_VERSION/duckdb_jdbc-$DUCKDB_VERSION.jar
if [[ ! -s $DUCKDB_JAR ]]; then
  echo "DuckDB JDBC $DUCKDB_VERSION not in $M2; fetching it with ./mvnw dependency:get" >&2
  (cd "$ROOT" && ./mvnw -q dependency:get -Dartifact=org.duckdb:duckdb_jdbc:$DUCKDB_VERSION) \
    || die "could not fetch org.duckdb:duckdb_jdbc:$DUCKDB_VERSION"
  [[ -s $DUCKDB_JAR ]] || die "org.duckdb:duckdb_jdbc:$DUCKDB_VERSION is still missing from $M2"
fi
CP=$DUCKDB_JAR

PG_JAR=$(ls "$M2"/org/postgresql/postgresql/*/postgresql-*.jar 2>/dev/null \
  | grep -Ev -- '-(sources|javadoc)\.jar$' | sort -V | tail -1 || true)
if [[ -n $PG_JAR ]]; then
  CP=$CP:$PG_JAR
elif [[ -n $PG ]]; then
  die "--pg given but no PostgreSQL JDBC driver under $M2/org/postgresql/postgresql/"
fi

code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 15 -u "$AUTH" "$BASE/api/kpis" || true)
case $code in
  200) ;;
  000) die "the app at $BASE is unreachable (start it first, or give --base)" ;;
  401|403) die "the app at $BASE refused the credentials (HTTP $code); give --auth USER:PASSWORD" ;;
  *) die "GET $BASE/api/kpis answered HTTP $code" ;;
esac

echo "classpath: $CP"
# shellcheck disable=SC2086
exec java ${PEER_BENCH_JAVA_OPTS:--Xmx1g} -cp "$CP" "$HERE/PeerBench.java" "$@"

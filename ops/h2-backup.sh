#!/usr/bin/env bash
# Backs up the embedded H2 database to a compressed SQL script, while Accountable is stopped.
# usage: ops/h2-backup.sh [database-path] [backup-file]
#   database-path  the JDBC file path without .mv.db (default ./data/accountable)
#   backup-file    where to write (default accountable-backup-<date>.zip)
# The H2 jar is taken from the packaged app (target/quarkus-app/lib) unless H2_JAR is set.
set -euo pipefail
DB=${1:-./data/accountable}
OUT=${2:-accountable-backup-$(date +%Y%m%d-%H%M%S).zip}
H2_JAR=${H2_JAR:-$(ls "$(dirname "$0")"/../target/quarkus-app/lib/main/com.h2database.h2-*.jar 2>/dev/null | head -1)}
[ -n "$H2_JAR" ] || { echo "Set H2_JAR to the H2 jar (com.h2database:h2)"; exit 2; }
[ -f "$DB.mv.db" ] || { echo "No database at $DB.mv.db"; exit 2; }
java -cp "$H2_JAR" org.h2.tools.Script -url "jdbc:h2:file:$DB" -user "${DB_USER:-accountable}" \
  -password "${DB_PASSWORD:-accountable}" -script "$OUT" -options compression zip
echo "Backed up $DB to $OUT"

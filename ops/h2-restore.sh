#!/usr/bin/env bash
# Restores a backup made by ops/h2-backup.sh into a new, empty H2 database, while Accountable
# is stopped. Refuses to overwrite an existing database: move it away first.
# usage: ops/h2-restore.sh backup-file [database-path]
set -euo pipefail
IN=${1:?usage: ops/h2-restore.sh backup-file [database-path]}
DB=${2:-./data/accountable}
H2_JAR=${H2_JAR:-$(ls "$(dirname "$0")"/../target/quarkus-app/lib/main/com.h2database.h2-*.jar 2>/dev/null | head -1)}
[ -n "$H2_JAR" ] || { echo "Set H2_JAR to the H2 jar (com.h2database:h2)"; exit 2; }
[ ! -e "$DB.mv.db" ] || { echo "$DB.mv.db exists; move it away before restoring"; exit 2; }
mkdir -p "$(dirname "$DB")"
java -cp "$H2_JAR" org.h2.tools.RunScript -url "jdbc:h2:file:$DB" -user "${DB_USER:-accountable}" \
  -password "${DB_PASSWORD:-accountable}" -script "$IN" -options compression zip
echo "Restored $IN into $DB"

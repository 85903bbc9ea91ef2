#!/usr/bin/env bash
# The load test: 50 signed-in users for 60 s against a running Accountable (see LoadTest.java
# for the mix). Start the app on the large demo data first:
#   ACCOUNTABLE_DEMO_SCALE=large ACCOUNTABLE_ADMIN_PASSWORD=admin-secret java -Xmx1g -jar target/quarkus-app/quarkus-run.jar
# Usage: bench/load-test.sh [base-url] [user:password] [users] [seconds] [accounts]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" io.accountable.bench.LoadTest \
  "${1:-http://localhost:8080}" "${2:-admin:admin-secret}" "${3:-50}" "${4:-60}" "${5:-20000}"

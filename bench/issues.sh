#!/usr/bin/env bash
# Issues benchmark: seeds N issues (default 100000) and prints one JSON line per measure: the
# grid's first page (count + 50 rows) for several filters and sorts, a deep page, the public
# counts recomputed after each change, and the full CSV and XLSX exports.
# Usage: bench/issues.sh [issues] [rounds] [postgres]
#   postgres: uses DESK_TEST_POSTGRES_URL / _USERNAME / _PASSWORD (its issues are deleted first!)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
"$JAVA_HOME/bin/java" -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  id.go.jakarta.deskpilkada.issues.IssueBenchmark "${1:-100000}" "${2:-20}" "${3:-}"

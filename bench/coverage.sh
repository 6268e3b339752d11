#!/usr/bin/env bash
# Coverage benchmark: one recomputation of every post's duty coverage for a day, for 7 posts /
# 3 shifts / 60 officers and for 50 posts / 3 shifts / 300 officers. Prints one JSON line each.
# With "db" it also times the live path's recomputation from the demo H2 database (7 posts).
# Usage: bench/coverage.sh [rounds] [db]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
"$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  id.go.jakarta.deskpilkada.duty.coverage.CoverageBenchmark "${1:-2000}" "${2:-}"

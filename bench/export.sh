#!/usr/bin/env bash
# Issue export benchmark: seeds the in-memory H2 test database with [rows] issues (default
# 100000), then times the CSV and the XLSX export of all of them (twice each, the second warm).
# Prints one JSON line per run: rows, seconds, rows per second, file size, heap before and the old
# generation's peak during the export (the JVM also holds the in-memory database).
# Usage: bench/export.sh [rows]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
"$JAVA_HOME/bin/java" -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  id.go.jakarta.deskpilkada.issues.IssueExportBenchmark "${1:-100000}"

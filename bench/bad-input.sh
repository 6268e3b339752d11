#!/usr/bin/env bash
# Bad-input campaign: starts the app (H2 in memory, demo data) and sends N generated malformed
# requests (default 10000) to every form-backed service and every API endpoint, checking every
# table after each; prints cases per category, answers by status, 500s, rows changed by refused
# requests, refusals without a clear message and the duration. Exits 1 if it found any of those.
# Usage: bench/bad-input.sh [cases] [seed]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
"$JAVA_HOME/bin/java" -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  id.go.jakarta.deskpilkada.badinput.BadInputCampaign "${1:-10000}" "${2:-20170215}"

#!/usr/bin/env bash
# Wall benchmark: live heap per open wall screen and pictures per second under an event burst.
# Needs the production jar (./mvnw -Pproduction package -DskipTests), Chromium and playwright-core
# (npm ci in src/test/browser). Prints one JSON line.   Usage: bench/wall.sh [walls] [seconds]
# JAR=<path> runs another build of the jar; HISTOGRAM=1 adds the class histogram growth per wall;
# HEAPDUMP=<absolute dir> writes heap dumps of the live objects before and after opening the walls
# (walls-0.hprof, walls-N.hprof) to find what each screen keeps.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
work=$(mktemp -d)
port=${PORT:-18480}
jar=${JAR:-$(ls target/desk-pilkada-*.jar)}
"$JAVA_HOME/bin/java" -Xmx1g -jar "$jar" --server.port="$port" --server.address=127.0.0.1 \
  --spring.datasource.url="jdbc:h2:file:$work/db;AUTO_SERVER=FALSE" --desk.cluster.members= \
  --desk.cluster.port=$((port + 1)) --logging.level.root=WARN >"$work/node.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null; do sleep 0.5; done
# One camera to report on (through the UI's service would need a person; the API is for scripts).
cd src/test/browser
BASE="http://127.0.0.1:$port" node bench-camera.mjs
BASE="http://127.0.0.1:$port" PID=$pid JCMD="$JAVA_HOME/bin/jcmd" WALLS=${1:-50} SECONDS=${2:-10} \
  HISTOGRAM=${HISTOGRAM:-} HEAPDUMP=${HEAPDUMP:-} node wall-bench.mjs

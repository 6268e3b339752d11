#!/usr/bin/env bash
# First-paint benchmark (prints numbers; not a test): Largest Contentful Paint of the wall (/layar,
# a paired screen, 1920x1080) and of the overview (/, signed in as PIMPINAN), measured by
# Lighthouse's Node API (bench/lighthouse, its own npm install) in Debian's Chromium against the
# production jar on one node: desktop, no throttling, cold HTTP cache, a warm-up run then RUNS runs
# per page. Prints a table per page (LCP median/min/max, FCP, TBT, the LCP element, the
# diagnostics of the median run) and a final `RESULT {json}` line.
# Needs the production jar (./mvnw -Pproduction package -DskipTests) and /usr/bin/chromium; runs
# `npm ci` in bench/lighthouse when its node_modules is missing. Nothing is built here.
#   Usage: [RUNS=5] [PAGES=wall,overview] [PORT=18540] [JAR=...] [WARM=1] [REPORTS=<dir>] bench/lcp.sh
# PAGES may also name `situasi` (the wall picture embedded for leadership). WARM=1 keeps the HTTP
# cache between runs (a reload) instead of clearing it. REPORTS=<absolute dir> writes each run's
# Lighthouse JSON report there. DESK_USER (sekda) / DESK_PASSWORD sign the overview in. NODE_OPTS
# adds JVM options, APP_ARGS application arguments (an A/B: APP_ARGS=--vaadin.eagerServerLoad=false).
# The machine's load average and core count are printed with the numbers.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
jar=${JAR:-$(ls target/desk-pilkada-*.jar)}
work=$(mktemp -d)
port=${PORT:-18540}
pid=
cleanup() { [ -n "$pid" ] && { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }; rm -rf "$work"; }
trap cleanup EXIT

if [ ! -d bench/lighthouse/node_modules/lighthouse ]; then
  (cd bench/lighthouse && npm ci --no-audit --no-fund >&2)
fi

# One node, H2 file database in the temp dir, a cluster of its own; the bench profile pairs a wall
# screen and writes its device token to the credentials file.
# shellcheck disable=SC2086
"$JAVA_HOME/bin/java" -Xmx1g ${NODE_OPTS:-} -jar "$jar" --server.port="$port" --server.address=127.0.0.1 \
  --spring.datasource.url="jdbc:h2:file:$work/db;AUTO_SERVER=FALSE" --spring.profiles.active=bench \
  --desk.bench.credentials-file="$work/credentials.properties" --desk.cluster.name=desk-lcp-$port \
  --desk.cluster.port=$((port + 1)) --desk.cluster.members= --logging.level.root=WARN ${APP_ARGS:-} >"$work/node.log" 2>&1 &
pid=$!
echo "node: http $port, hazelcast $((port + 1)), pid $pid, jar $jar" >&2
for i in $(seq 1 360); do
  curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null && break
  kill -0 "$pid" 2>/dev/null || { tail -50 "$work/node.log" >&2; exit 1; }
  [ "$i" = 360 ] && { echo "node not ready" >&2; tail -50 "$work/node.log" >&2; exit 1; }
  sleep 0.5
done
until [ -s "$work/credentials.properties" ]; do sleep 0.2; done

BASE="http://127.0.0.1:$port" CREDENTIALS="$work/credentials.properties" JAR_NAME="$(basename "$jar")" \
  COMMIT="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)" node bench/lighthouse/lcp.mjs
grep -E "ERROR|Exception" "$work/node.log" | grep -v -E "^\s+at " | sort | uniq -c | sort -rn | head -10 >&2 || true

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
# adds JVM options, APP_ARGS application arguments. An A/B: JAR_B=<other jar> and/or APP_ARGS_B
# start a second node (PORT+2) whose runs take turns with the first's, so that the machine's load
# (shared, 2 cores) hits both alike; each is printed as its own table. The machine's load average
# and core count are printed with the numbers.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
jar=${JAR:-$(ls target/desk-pilkada-*.jar)}
work=$(mktemp -d)
port=${PORT:-18540}

if [ ! -d bench/lighthouse/node_modules/lighthouse ]; then
  (cd bench/lighthouse && npm ci --no-audit --no-fund >&2)
fi

# One node (two for an A/B), H2 file database in the temp dir, a cluster of its own; the bench
# profile pairs a wall screen and writes its device token to the credentials file.
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
start_node() { # name http-port jar app-args
  mkdir -p "$work/$1"
  # shellcheck disable=SC2086
  "$JAVA_HOME/bin/java" -Xmx1g ${NODE_OPTS:-} -jar "$3" --server.port="$2" --server.address=127.0.0.1 \
    --spring.datasource.url="jdbc:h2:file:$work/$1/db;AUTO_SERVER=FALSE" --spring.profiles.active=bench \
    --desk.bench.credentials-file="$work/$1/credentials.properties" --desk.cluster.name=desk-lcp-$2 \
    --desk.cluster.port=$(($2 + 1)) --desk.cluster.members= --logging.level.root=WARN $4 >"$work/$1/node.log" 2>&1 &
  pids+=($!)
  echo "node $1: http $2, hazelcast $(($2 + 1)), pid $!, $(basename "$3") $4" >&2
}
ready() { # name http-port
  for i in $(seq 1 360); do
    curl -sf "http://127.0.0.1:$2/actuator/health/readiness" >/dev/null && break
    [ "$i" = 360 ] && { echo "node $1 not ready" >&2; tail -50 "$work/$1/node.log" >&2; exit 1; }
    sleep 0.5
  done
  until [ -s "$work/$1/credentials.properties" ]; do sleep 0.2; done
}
start_node a "$port" "$jar" "${APP_ARGS:-}"
export BASE="http://127.0.0.1:$port" CREDENTIALS="$work/a/credentials.properties"
if [ -n "${JAR_B:-}${APP_ARGS_B:-}" ]; then
  # An A/B: a second node, the runs of both taking turns (the machine's load hits both alike).
  start_node b $((port + 2)) "${JAR_B:-$jar}" "${APP_ARGS_B:-}"
  export BASE_B="http://127.0.0.1:$((port + 2))" CREDENTIALS_B="$work/b/credentials.properties"
  export LABEL_A="A: $(basename "$jar")${APP_ARGS:+ $APP_ARGS}" LABEL_B="B: $(basename "${JAR_B:-$jar}")${APP_ARGS_B:+ $APP_ARGS_B}"
  ready b $((port + 2))
fi
ready a "$port"

JAR_NAME="$(basename "$jar")" COMMIT="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)" node bench/lighthouse/lcp.mjs
grep -h -E "ERROR|Exception" "$work"/*/node.log | grep -v -E "^\s+at " | sort | uniq -c | sort -rn | head -10 >&2 || true

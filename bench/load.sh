#!/usr/bin/env bash
# Protocol-level load benchmark (prints numbers; not a test). Starts two nodes of the production
# jar in one cluster on loopback (A: the API, B: the walls, each -Xmx1g -Xms1g -XX:MaxGCPauseMillis=20:
# the heap sized at start and G1 aiming at 20 ms pauses; README recommends -Xmx1g alone), both in the `bench` profile
# (pairs a wall screen, issues an integration token, registers a camera, writes them to a file)
# with JMX on loopback, then runs the Java load client (src/test/java/.../load/LoadClient.java):
#   floor  - a bare Hazelcast topic hop between two members in the client, a bare WebSocket echo
#   walls  - UIS wall UIs on node B over HTTP + push WebSocket, RATE camera status reports per
#            second through node A's API for DURATION s; commit(A) -> push received latency per UI,
#            live heap of B before/after opening the UIs (full GC through JMX), CPU
#   intake - INTAKE_RATE issue creations per second through node A's API, measured for INTAKE_SECONDS once
#            the node's JIT is quiet (a warm-up at the same rate first, 30-300 s)
# Needs the production jar (./mvnw -Pproduction package -DskipTests).
#   Usage: [UIS=1000] [RATE=10] [DURATION=30] [PHASES=floor,walls,intake] [INTAKE_RATE=500]
#          [INTAKE_SECONDS=30] [DB=h2|postgres] [ONE_NODE=1] bench/load.sh [extra key=value for the client]
# DB=postgres uses the schema desk_load of PGDATABASE (default desk_ci) on 127.0.0.1:5432 as
# SPRING_DATASOURCE_USERNAME/PASSWORD (default desk_ci/desk_ci) and empties that schema first. ONE_NODE=1 puts the walls and the API on the same node. NODE_OPTS adds JVM
# options to the nodes (e.g. -XX:StartFlightRecording=filename=/tmp/node.jfr to profile).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/load-lib.sh
. bench/load-lib.sh
work=$(mktemp -d)
base=${PORT:-18600}
pa=$base; pb=$((base + 1)); ha=$((base + 10)); hb=$((base + 11)); ja=$((base + 20)); jb=$((base + 21))
flags="--add-modules java.se --add-exports java.base/jdk.internal.ref=ALL-UNNAMED --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/sun.nio.ch=ALL-UNNAMED --add-opens java.management/sun.management=ALL-UNNAMED --add-opens jdk.management/com.sun.management.internal=ALL-UNNAMED"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

db_args=(--spring.datasource.url="jdbc:h2:file:$work/db;AUTO_SERVER=TRUE")
profiles=bench
if [ "${DB:-h2}" = postgres ]; then
  # its own schema (desk_load), emptied first: other users of the database are left alone
  db=${PGDATABASE:-desk_ci}; user=${SPRING_DATASOURCE_USERNAME:-desk_ci}; pass=${SPRING_DATASOURCE_PASSWORD:-desk_ci}
  url="jdbc:postgresql://127.0.0.1:5432/$db?currentSchema=desk_load"
  PGPASSWORD=$pass psql -q -h 127.0.0.1 -U "$user" -d "$db" -c 'drop schema if exists desk_load cascade; create schema desk_load;'
  db_args=(--spring.datasource.url="$url" --spring.datasource.username="$user" --spring.datasource.password="$pass"
           --desk.accounts.initial-admin-password=BenchAdmin2017!)
  profiles=postgres,bench
fi
members="127.0.0.1:$ha,127.0.0.1:$hb"
[ -n "${ONE_NODE:-}" ] && members="127.0.0.1:$ha"

node() { # name http-port hz-port jmx-port heap
  local jmx="-Dcom.sun.management.jmxremote.port=$4 -Dcom.sun.management.jmxremote.rmi.port=$4 -Dcom.sun.management.jmxremote.host=127.0.0.1 -Djava.rmi.server.hostname=127.0.0.1 -Dcom.sun.management.jmxremote.authenticate=false -Dcom.sun.management.jmxremote.ssl=false -Dcom.sun.management.jmxremote.local.only=true"
  # shellcheck disable=SC2086
  "$java" $5 $flags $jmx ${NODE_OPTS:-} -jar "$jar" --server.port="$2" --server.address=127.0.0.1 "${db_args[@]}" \
    --spring.profiles.active=$profiles --desk.bench.credentials-file="$work/credentials-$1.properties" \
    --desk.cluster.name=desk-load-$base --desk.cluster.port="$3" --desk.cluster.members="$members" \
    --logging.level.root=WARN >"$work/node-$1.log" 2>&1 &
  pids+=($!)
  echo "node $1: http $2, hazelcast $3, jmx $4, pid $!, log $work/node-$1.log" >&2
}

# The client: compiled here with javac (Hazelcast from the jar), outside the Maven test run.
compile_load_client

heap="-Xmx1g -Xms1g -XX:MaxGCPauseMillis=20"
node a "$pa" "$ha" "$ja" "${XMX_API:-$heap}"
ready "$pa"
walls=http://127.0.0.1:$pb; jmxwalls=$jb
if [ -n "${ONE_NODE:-}" ]; then
  walls=http://127.0.0.1:$pa; jmxwalls=$ja
else
  node b "$pb" "$hb" "$jb" "${XMX_WALLS:-$heap}"
  ready "$pb"
fi
until [ -s "$work/credentials-a.properties" ]; do sleep 0.2; done
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)" >&2
# shellcheck disable=SC2086
"$java" -Xmx${CLIENT_HEAP:-2g} $flags -cp "$work/classes:$work/lib/*" id.go.jakarta.deskpilkada.load.LoadClient \
  phases="${PHASES:-floor,walls}" walls="$walls" api="http://127.0.0.1:$pa" jmxWalls="$jmxwalls" jmxApi="$ja" \
  credentials="$work/credentials-a.properties" uis="${UIS:-1000}" rate="${RATE:-10}" seconds="${DURATION:-30}" \
  intakeRate="${INTAKE_RATE:-500}" intakeSeconds="${INTAKE_SECONDS:-30}" "$@"
grep -h -E "ERROR|Exception" "$work"/node-*.log | grep -v -E "^\s+at " | sort | uniq -c | sort -rn | head -10 >&2 || true

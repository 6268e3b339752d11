#!/usr/bin/env bash
# Pilkada serentak scale benchmark (issue 18; prints numbers, not a test), on PostgreSQL:
#  1. seeds the 2024 set in the schema desk_serentak of PGDATABASE (default desk_ci; emptied first):
#     (KEEP_SCHEMA=1 keeps it and adds only what is missing)
#     545 desks with their elections (services), ~4,000 posts, ~30,000 officers on today's roster and
#     100,000 issues (set-based SQL), a wall screen token, an integration token and a camera per desk
#     (bench profile, desk.bench.serentak-file; BenchSerentak), on a seeding node that then stops;
#  2. starts NODES (5) nodes of the production jar in one cluster on loopback (HEAP each, default
#     -Xmx3g), with JMX and Hazelcast's JMX on loopback;
#  3. runs the load client's serentak phase (src/test/java/.../load/SerentakPhase.java): UIS (10,000)
#     protocol-level wall UIs over the desks and nodes (SPREAD=desk: a desk's screens on one node;
#     round: on every node), RATE (50) camera status reports per second over the desks for DURATION
#     (60) s after a 30 s warm-up, then asks for a sixth node, started here, and times its joining.
# Needs the production jar (./mvnw -Pproduction package -DskipTests) and PostgreSQL on 127.0.0.1:5432.
#   Usage: [UIS=10000] [RATE=50] [DURATION=60] [NODES=5] [HEAP="-Xmx3g"] [SPREAD=desk|round] [LOGS=dir]
#          bench/serentak.sh [extra key=value for the client]   (LOGS keeps the nodes' logs)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/load-lib.sh
. bench/load-lib.sh
work=$(mktemp -d)
base=${PORT:-18700}
nodes=${NODES:-5}
heap=${HEAP:--Xmx3g -XX:MaxGCPauseMillis=20}
flags="--add-modules java.se --add-exports java.base/jdk.internal.ref=ALL-UNNAMED --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/sun.nio.ch=ALL-UNNAMED --add-opens java.management/sun.management=ALL-UNNAMED --add-opens jdk.management/com.sun.management.internal=ALL-UNNAMED"
pids=()
cleanup() {
  set +e
  if [ -s "$work/join.pid" ]; then pids+=("$(cat "$work/join.pid")"); fi
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || tail --pid="$p" -f /dev/null; done
  if [ -n "${LOGS:-}" ]; then mkdir -p "$LOGS"; cp "$work"/node-*.log "$LOGS"/; fi
  rm -rf "$work"
}
trap cleanup EXIT
trap "exit 143" INT TERM

db=${PGDATABASE:-desk_ci}; user=${SPRING_DATASOURCE_USERNAME:-desk_ci}; pass=${SPRING_DATASOURCE_PASSWORD:-desk_ci}
url="jdbc:postgresql://127.0.0.1:5432/$db?currentSchema=desk_serentak"
psql_() { PGPASSWORD=$pass PGOPTIONS="-c search_path=desk_serentak" psql -q -h 127.0.0.1 -U "$user" -d "$db" "$@"; }
[ -z "${KEEP_SCHEMA:-}" ] && psql_ -c 'drop schema if exists desk_serentak cascade; create schema desk_serentak;'
# Each node's pool (POOL, 15) times the nodes (six with the joining one) must stay under
# PostgreSQL's max_connections (100 by default): the postgres profile's 20 would leave the sixth
# node without a connection.
db_args=(--spring.datasource.url="$url" --spring.datasource.username="$user" --spring.datasource.password="$pass"
         --spring.datasource.hikari.maximum-pool-size="${POOL:-15}" --desk.accounts.initial-admin-password=BenchAdmin2017!)

members=""
for i in $(seq 1 $((nodes + 1))); do members="$members${members:+,}127.0.0.1:$((base + 10 + i))"; done

node() { # index extra-args...
  local i=$1; shift
  local jmx="-Dcom.sun.management.jmxremote.port=$((base + 20 + i)) -Dcom.sun.management.jmxremote.rmi.port=$((base + 20 + i)) -Dcom.sun.management.jmxremote.host=127.0.0.1 -Djava.rmi.server.hostname=127.0.0.1 -Dcom.sun.management.jmxremote.authenticate=false -Dcom.sun.management.jmxremote.ssl=false -Dcom.sun.management.jmxremote.local.only=true -Dhazelcast.jmx=true"
  # shellcheck disable=SC2086
  "$java" $heap $flags $jmx ${NODE_OPTS:-} -jar "$jar" --server.port=$((base + i)) --server.address=127.0.0.1 "${db_args[@]}" \
    --desk.cluster.name=desk-serentak-$base --desk.cluster.port=$((base + 10 + i)) --desk.cluster.members="$members" \
    --logging.level.root=WARN "$@" >"$work/node-$i.log" 2>&1 &
  pids+=($!)
  echo "node $i: http $((base + i)), hazelcast $((base + 10 + i)), jmx $((base + 20 + i)), pid $!" >&2
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"
# 1. The seed, on node 0 (its own cluster), which stops when done.
t0=$(date +%s)
members_seed=$members; members="127.0.0.1:$((base + 10))"
node 0 --spring.profiles.active=postgres,bench --desk.bench.serentak-file="$work/serentak.properties" \
  --desk.bench.credentials-file="$work/credentials-0.properties"
members=$members_seed
until [ -s "$work/serentak.properties" ]; do
  kill -0 "${pids[0]}" 2>/dev/null || { tail -40 "$work/node-0.log"; exit 1; }
  sleep 1
done
kill "${pids[0]}"; wait "${pids[0]}" 2>/dev/null || true
echo "seed: $(grep -E '^(desks|rows\.|seedSeconds)' "$work/serentak.properties" | tr '\n' ' ')(node start to tokens written: $(( $(date +%s) - t0 )) s)"
psql_ -At -c "select 'database: desks ' || (select count(*) from desk) || ', elections ' || (select count(*) from election where active)
  || ', posts ' || (select count(*) from posko) || ', officers ' || (select count(*) from officer)
  || ', roster (yesterday and today) ' || (select count(*) from duty_assignment) || ', issues ' || (select count(*) from issue)
  || ' (open ' || (select count(*) from issue where status not in ('SELESAI', 'DITOLAK')) || ')'
  || ', size ' || pg_size_pretty(pg_database_size(current_database()))"

# 2. The cluster.
compile_load_client
urls=""; jmxs=""
for i in $(seq 1 "$nodes"); do
  node "$i" --spring.profiles.active=postgres
  ready $((base + i))
  urls="$urls${urls:+,}http://127.0.0.1:$((base + i))"; jmxs="$jmxs${jmxs:+,}$((base + 20 + i))"
done
echo "cluster of $nodes up $(( $(date +%s) - t0 )) s after the start; load average $(cut -d' ' -f1-3 /proc/loadavg)"

# 3. The load, and the sixth node when the client asks for it.
j=$((nodes + 1))
(
  until [ -e "$work/join-now" ]; do sleep 0.2; done
  date +%s%3N >"$work/join-started.tmp"
  node "$j" --spring.profiles.active=postgres
  echo "${pids[-1]}" >"$work/join.pid"
  mv "$work/join-started.tmp" "$work/join-started"
) &
pids+=($!)
# shellcheck disable=SC2086
"$java" -Xmx${CLIENT_HEAP:-3g} $flags -cp "$work/classes:$work/lib/*" id.go.jakarta.deskpilkada.load.LoadClient \
  phases=serentak credentials="$work/serentak.properties" nodes="$urls" jmx="$jmxs" uis="${UIS:-10000}" \
  rate="${RATE:-50}" seconds="${DURATION:-60}" spread="${SPREAD:-desk}" joinNode="http://127.0.0.1:$((base + j))" \
  joinSignal="$work/join-now" joinStarted="$work/join-started" "$@"
echo "machine load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
grep -h -E "ERROR|Exception" "$work"/node-*.log | grep -v -E "^\s+at " | sort | uniq -c | sort -rn | head -10 >&2 || true

#!/usr/bin/env bash
# Node-kill campaign (prints numbers; not a test). Two nodes of the production jar on PostgreSQL
# (schema desk_kill of PGDATABASE, emptied first) in one Hazelcast cluster on 127.0.0.1, behind
# nginx configured by docs/nginx-desk-pilkada.conf (ports replaced), sticky by the route in the
# session id. The load client (phase kill, src/test/java/.../load/NodeKillCampaign.java) opens UIS
# wall UIs through nginx, files RATE issues per second through nginx for DURATION s and sends
# SIGKILL to node a after KILL_AFTER s; BROWSER_WALLS real wall pages in headless Chromium watch
# too. Then: rows in the database against acknowledged writes, the survivor's log (lost events,
# resynchronisation), node a restarted and checked (rejoins, serves current data).
# Needs: the production jar (./mvnw -Pproduction package -DskipTests), nginx and psql (Debian
# packages nginx, postgresql-client), PostgreSQL on 127.0.0.1:5432, Chromium + npm ci in
# src/test/browser for the browser walls (BROWSER_WALLS=0 skips them).
#   Usage: [UIS=200] [RATE=100] [DURATION=60] [KILL_AFTER=20] [BROWSER_WALLS=4] [KEEP_LOGS=<dir>] bench/node-kill.sh
#          [extra key=value for the client, e.g. maxInFlight=400]; NODE_OPTS adds JVM options to the nodes
#          (e.g. -Ddesk.api.max-concurrent=8)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/load-lib.sh
. bench/load-lib.sh
nginx=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$nginx" ] || { echo "nginx is missing: apt-get install nginx" >&2; exit 1; }
work=$(mktemp -d)
chmod 755 "$work"
base=${PORT:-18700}
front=$base; pa=$((base + 1)); pb=$((base + 2)); ha=$((base + 11)); hb=$((base + 12))
db=${PGDATABASE:-desk_ci}; user=${SPRING_DATASOURCE_USERNAME:-desk_ci}; pass=${SPRING_DATASOURCE_PASSWORD:-desk_ci}
export PGPASSWORD=$pass
sql() { psql -qtA -h 127.0.0.1 -U "$user" -d "$db" -c "$1"; }
sql 'drop schema if exists desk_kill cascade; create schema desk_kill;'
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  if [ -n "${KEEP_LOGS:-}" ]; then mkdir -p "$KEEP_LOGS"; cp "$work"/node-*.log "$work"/chromium.* "$work/nginx/logs/error.log" "$KEEP_LOGS"/ 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

declare -A pid
start_node() { # route http-port hazelcast-port
  # shellcheck disable=SC2086
  "$java" -Xmx1g ${NODE_OPTS:-} -jar "$jar" --server.port="$2" --server.address=127.0.0.1 \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$db?currentSchema=desk_kill" \
    --spring.datasource.username="$user" --spring.datasource.password="$pass" \
    --desk.accounts.initial-admin-password=BenchAdmin2017! --spring.profiles.active=postgres,bench \
    --desk.bench.credentials-file="$work/credentials-$1.properties" --desk.cluster.route="$1" \
    --desk.cluster.name=desk-kill-$base --desk.cluster.port="$3" --desk.cluster.members="127.0.0.1:$ha,127.0.0.1:$hb" \
    --logging.level.root=WARN --logging.level.id.go.jakarta.deskpilkada.base.cluster=INFO >>"$work/node-$1.log" 2>&1 &
  pid[$1]=$!
  pids+=($!)
  echo "node $1: http $2, hazelcast $3, pid $!, log $work/node-$1.log" >&2
}

start_node a "$pa" "$ha"; ready "$pa"
start_node b "$pb" "$hb"; ready "$pb"
until [ -s "$work/credentials-a.properties" ]; do sleep 0.2; done

# nginx: the documented configuration with this run's ports, in a prefix of its own.
mkdir -p "$work/nginx/logs"
sed -e "s/127.0.0.1:8081/127.0.0.1:$pa/g" -e "s/127.0.0.1:8082/127.0.0.1:$pb/g" \
    -e "s/listen 8080;/listen 127.0.0.1:$front;/" docs/nginx-desk-pilkada.conf >"$work/nginx/desk.conf"
cat >"$work/nginx/nginx.conf" <<CONF
daemon off;
worker_processes 1;
user root;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    include $work/nginx/desk.conf;
}
CONF
"$nginx" -p "$work/nginx" -c "$work/nginx/nginx.conf" &
pids+=($!)
for _ in $(seq 1 50); do curl -s -o /dev/null "http://127.0.0.1:$front/login" && break; sleep 0.2; done

compile_load_client

if [ "${BROWSER_WALLS:-4}" -gt 0 ]; then
  (cd src/test/browser && BASE="http://127.0.0.1:$front" WALLS=${BROWSER_WALLS:-4} KILLED_FILE="$work/killed-at" \
     TOKEN="$(sed -n 's/^screenToken=//p' "$work/credentials-a.properties")" node node-kill-walls.mjs \
     >"$work/chromium.out" 2>"$work/chromium.err") &
  browser=$!
  for _ in $(seq 1 600); do grep -q "chromium walls open" "$work/chromium.err" 2>/dev/null && break; sleep 0.2; done
  grep "chromium walls open" "$work/chromium.err" >&2 || true
fi

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)" >&2
"$java" -Xmx1g -cp "$work/classes:$work/lib/*" id.go.jakarta.deskpilkada.load.LoadClient phases=kill \
  front="http://127.0.0.1:$front" nodeA="http://127.0.0.1:$pa" nodeB="http://127.0.0.1:$pb" killRoute=a \
  killPid="${pid[a]}" credentials="$work/credentials-a.properties" signals="$work" uis="${UIS:-200}" \
  rate="${RATE:-100}" seconds="${DURATION:-60}" killAfter="${KILL_AFTER:-20}" "$@" &
client=$!

until [ -e "$work/phase1-done" ]; do kill -0 $client 2>/dev/null || { wait $client; exit 1; }; sleep 0.5; done
read -r run acknowledged <"$work/acknowledged"
rows=$(sql "select count(*) from desk_kill.issue where title like 'Simpul $run %'")
keys=$(sql "select count(distinct title) from desk_kill.issue where title like 'Simpul $run %'")
echo "database: $rows rows for this run ($keys distinct titles); acknowledged by the API $acknowledged" \
     "-> lost $((acknowledged - keys)), duplicated $((rows - keys))"
echo "survivor's log: gaps in a node's event sequence $(grep -c 'Live events lost' "$work/node-b.log" || true)," \
     "snapshot repairs (something was missing or stale, after the member left or later) $(grep -c 'Live snapshot: snapshot repaired' "$work/node-b.log" || true)"
grep -h -E "Live events lost|Live snapshot:|has left the cluster|Members \{" "$work/node-b.log" | cut -c1-200 | tail -8 || true

# Restart the killed node: it must rejoin and serve current data.
wait "${pid[a]}" 2>/dev/null || true
restart=$(date +%s%N)
start_node a "$pa" "$ha"; ready "$pa"
echo "node a restarted, ready after $(( ($(date +%s%N) - restart) / 1000000 )) ms"
touch "$work/restarted"
wait $client
if [ -n "${browser:-}" ]; then wait $browser || true; cat "$work/chromium.out"; fi
grep -h -E "ERROR" "$work"/node-b.log | grep -v -E "^\s+at " | sort | uniq -c | sort -rn | head -10 >&2 || true

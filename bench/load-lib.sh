# Shared by bench/load.sh, bench/node-kill.sh and bench/serentak.sh (sourced from the repository root):
# the JDK (JAVA_HOME, default Temurin 25), the production jar (JAR, default target/), the helpers below
# (they expect $work).
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
java=$JAVA_HOME/bin/java
jar=${JAR:-$(ls target/desk-pilkada-*.jar)}

# Waits until the node on 127.0.0.1:<port> is ready (3 min at most), else shows the logs and stops.
ready() {
  for _ in $(seq 1 360); do
    curl -sf "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null && return 0
    sleep 0.5
  done
  echo "node on $1 not ready" >&2
  tail -50 "$work"/node-*.log >&2
  exit 1
}

# The load client, compiled with javac against the jar's Hazelcast and Jackson, outside the Maven test run:
# classes in $work/classes, libraries in $work/lib.
compile_load_client() {
  mkdir -p "$work/lib" "$work/classes"
  unzip -q -j -o "$jar" 'BOOT-INF/lib/hazelcast-*.jar' 'BOOT-INF/lib/jackson-*.jar' -d "$work/lib"
  "$JAVA_HOME/bin/javac" -nowarn -d "$work/classes" -cp "$work/lib/*" src/test/java/id/go/jakarta/deskpilkada/load/*.java \
    src/test/java/id/go/jakarta/deskpilkada/situation/WallReplica.java
}

# Desk Pilkada: build with JDK 25 + Node 24, run on a JRE 25 as a non-root user.
#   docker build -t desk-pilkada .
#   docker run -p 8080:8080 desk-pilkada            (H2 in /app/data, one node, demo data)
# Two containers as a cluster on PostgreSQL: see docs/operations.md, "Docker".

FROM node:24-bookworm-slim AS node

FROM eclipse-temurin:25-jdk AS build
# Vaadin 25 builds the frontend bundle with Node 24 (only if the committed bundle is stale).
COPY --from=node /usr/local/bin/node /usr/local/bin/node
COPY --from=node /usr/local/lib/node_modules /usr/local/lib/node_modules
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
 && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -ntp dependency:go-offline -Pproduction || true
COPY src src
RUN ./mvnw -B -ntp -Pproduction package -DskipTests \
 && cp target/desk-pilkada-*.jar /src/app.jar

FROM eclipse-temurin:25-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app desk \
 && mkdir -p /app/data \
 && chown -R desk /app
WORKDIR /app
COPY --from=build /src/app.jar /app/app.jar
USER desk
# In a container the cluster binds to the container's address, not loopback; alone unless
# DESK_CLUSTER_MEMBERS lists the members.
ENV DESK_CLUSTER_BIND_INTERFACE="" \
    DESK_CLUSTER_MEMBERS="" \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
# The H2 default keeps its file here; with the postgres profile nothing is written.
VOLUME /app/data
# 5701: Hazelcast members only. Open it to the other members, never to the world: Hazelcast
# Community has no authentication (no client endpoint is configured, so clients cannot connect).
EXPOSE 8080 5701
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
  CMD curl -fsS "http://127.0.0.1:${SERVER_PORT:-${PORT:-8080}}/actuator/health/readiness" || exit 1
ENTRYPOINT ["java", "-jar", "/app/app.jar"]

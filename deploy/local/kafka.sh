#!/usr/bin/env bash
# Apache Kafka in KRaft mode (one combined broker+controller) on loopback, from Maven Central.
# Usage: kafka.sh fetch|start|stop|status
source "$(dirname "$0")/common.sh"

KAFKA_HOME="$PRESSWATCH_STATE_DIR/kafka-$KAFKA_VERSION"
KAFKA_RUN="$RUN_DIR/kafka"

fetch() {
  [ -f "$KAFKA_HOME/.complete" ] && return 0
  need mvn "install Maven: apt-get install -y maven"
  log "downloading Kafka $KAFKA_VERSION and its runtime classpath (first run only)"
  mkdir -p "$KAFKA_HOME"
  # A throwaway POM: the broker artifact does not pull a logging binding, so log4j is added here.
  cat > "$KAFKA_HOME/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>presswatch.local</groupId><artifactId>kafka-runtime</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>org.apache.kafka</groupId><artifactId>kafka_2.13</artifactId><version>$KAFKA_VERSION</version></dependency>
    <dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-api</artifactId><version>$LOG4J_VERSION</version></dependency>
    <dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-core</artifactId><version>$LOG4J_VERSION</version></dependency>
    <dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-slf4j-impl</artifactId><version>$LOG4J_VERSION</version></dependency>
  </dependencies>
</project>
POM
  rm -rf "$KAFKA_HOME/libs"
  mvn -B -q -f "$KAFKA_HOME/pom.xml" dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$KAFKA_HOME/libs" >&2
  cat > "$KAFKA_HOME/log4j2.xml" <<'XML'
<Configuration status="WARN">
  <Appenders><Console name="out" target="SYSTEM_OUT"><PatternLayout pattern="[%d] %p %m (%c)%n"/></Console></Appenders>
  <Loggers>
    <Logger name="kafka" level="INFO"/><Logger name="org.apache.kafka" level="WARN"/>
    <Root level="WARN"><AppenderRef ref="out"/></Root>
  </Loggers>
</Configuration>
XML
  touch "$KAFKA_HOME/.complete"
}

start() {
  if pid_alive "$KAFKA_RUN/pid"; then log "Kafka already running on 127.0.0.1:$KAFKA_PORT"; return 0; fi
  port_open "$KAFKA_PORT" && die "port $KAFKA_PORT is taken by another process (set KAFKA_PORT)"
  fetch
  local jhome; jhome="$(find_java 17)" || die "Kafka $KAFKA_VERSION needs Java 17 or newer"
  mkdir -p "$KAFKA_RUN/data"
  cat > "$KAFKA_RUN/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$KAFKA_RUN/data
num.partitions=1
auto.create.topics.enable=false
offsets.topic.replication.factor=1
offsets.topic.num.partitions=3
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
PROPS
  local cp="$KAFKA_HOME/libs/*"
  local java=("$jhome/bin/java" -Xms256m -Xmx512m -Dlog4j2.configurationFile="$KAFKA_HOME/log4j2.xml")
  if [ ! -f "$KAFKA_RUN/data/meta.properties" ]; then
    local cluster_id; cluster_id="$("${java[@]}" -cp "$cp" kafka.tools.StorageTool random-uuid | tail -n1)"
    "${java[@]}" -cp "$cp" kafka.tools.StorageTool format -t "$cluster_id" -c "$KAFKA_RUN/server.properties" >"$KAFKA_RUN/format.log" 2>&1 \
      || { cat "$KAFKA_RUN/format.log" >&2; die "could not format Kafka storage"; }
  fi
  log "starting Kafka $KAFKA_VERSION on 127.0.0.1:$KAFKA_PORT (log: $KAFKA_RUN/kafka.log)"
  nohup "${java[@]}" -cp "$cp" kafka.Kafka "$KAFKA_RUN/server.properties" >"$KAFKA_RUN/kafka.log" 2>&1 &
  echo $! >"$KAFKA_RUN/pid"
  local i
  for i in $(seq 1 240); do
    pid_alive "$KAFKA_RUN/pid" || { tail -n 30 "$KAFKA_RUN/kafka.log" >&2; die "Kafka exited during start-up"; }
    if grep -q "Kafka Server started" "$KAFKA_RUN/kafka.log" 2>/dev/null && port_open "$KAFKA_PORT"; then
      log "Kafka ready on 127.0.0.1:$KAFKA_PORT"; return 0
    fi
    sleep 0.5
  done
  tail -n 30 "$KAFKA_RUN/kafka.log" >&2; die "Kafka did not become ready in 120 s"
}

case "${1:-}" in
  fetch) fetch ;;
  start) start ;;
  stop) stop_pidfile "$KAFKA_RUN/pid" Kafka ;;
  status) pid_alive "$KAFKA_RUN/pid" && echo "kafka: running on 127.0.0.1:$KAFKA_PORT" || { echo "kafka: stopped"; exit 3; } ;;
  *) echo "usage: $0 fetch|start|stop|status" >&2; exit 2 ;;
esac

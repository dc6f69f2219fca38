#!/usr/bin/env bash
# Apache Kafka in KRaft mode (one combined broker+controller) on loopback, from Maven Central.
# Usage: kafka.sh fetch|start|stop|status|credentials
# KAFKA_SASL_SSL=1 adds a SASL_SSL listener (TLS + SCRAM-SHA-512, ACLs enforced) on KAFKA_SASL_SSL_PORT.
source "$(dirname "$0")/common.sh"

KAFKA_HOME="$PRESSWATCH_STATE_DIR/kafka-$KAFKA_VERSION"
KAFKA_RUN="$RUN_DIR/kafka"
# Opt-in: a second listener with TLS and SCRAM-SHA-512, and an authorizer (deny unless an ACL allows).
KAFKA_SASL_SSL="${KAFKA_SASL_SSL:-0}"
KAFKA_SASL_SSL_PORT="${KAFKA_SASL_SSL_PORT:-$((KAFKA_PORT + 2))}"
SECURITY_DIR="$KAFKA_RUN/security"
# The broker's JVM flags (heap, collector, compiler), for the local 2-core box:
# - G1 regions of 8 MiB: with the 1 MiB a 512 MB heap gets, every produce request over 512 KiB (a publish
#   batch, a stage's chunk: 1-3 MiB) was a humongous object, allocated in the old generation, and they kept
#   starting concurrent cycles while the young broker's G1 had not yet adapted (222 cycles and 160 young
#   collections against 20 and 25 over the same traffic). From 8 MiB, requests under 4 MiB (the topics'
#   record limit) are ordinary young objects.
# - C1 only (TieredStopAtLevel=1): C2 compiled for minutes after each start (7.5 s of CPU over 130,000
#   releases, still going), more than the broker's own work; C1's code does this I/O-bound work as cheaply.
#   Not for a long-lived production broker, where C2's compile time is paid once (see README).
KAFKA_JVM_OPTS="${KAFKA_JVM_OPTS:--Xms256m -Xmx512m -XX:G1HeapRegionSize=8m -XX:TieredStopAtLevel=1}"
# SCRAM users created with the storage (one per service, the CLI, KEDA; the admin is a super user).
KAFKA_SCRAM_USERS="${KAFKA_SCRAM_USERS:-presswatch-admin presswatch-fetcher presswatch-cleaner presswatch-enricher presswatch-indexer presswatch-cli presswatch-keda presswatch-lag-exporter}"

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

random_secret() { od -An -tx1 -N18 /dev/urandom | tr -d ' \n'; }

# A local CA and a broker certificate for 127.0.0.1/localhost, with the JDK's keytool; random passwords for
# the keystore and the SCRAM users, in credentials.json (mode 600) for the tests and for you.
make_security() {
  local keytool="$1/bin/keytool" pass; pass="$(random_secret)"
  rm -rf "$SECURITY_DIR"; mkdir -p "$SECURITY_DIR"; chmod 700 "$SECURITY_DIR"
  local ks=(-storetype PKCS12 -storepass "$pass" -keypass "$pass")
  "$keytool" -genkeypair -alias ca -dname "CN=presswatch local CA $INFRA_NAME" -keyalg RSA -keysize 2048 -validity 3650 \
    -ext bc:c -ext KU=keyCertSign,cRLSign -keystore "$SECURITY_DIR/ca.p12" "${ks[@]}" 2>/dev/null
  "$keytool" -exportcert -rfc -alias ca -keystore "$SECURITY_DIR/ca.p12" "${ks[@]}" >"$SECURITY_DIR/ca.pem" 2>/dev/null
  "$keytool" -genkeypair -alias broker -dname "CN=localhost" -keyalg RSA -keysize 2048 -validity 3650 \
    -keystore "$SECURITY_DIR/broker.p12" "${ks[@]}" 2>/dev/null
  "$keytool" -certreq -alias broker -keystore "$SECURITY_DIR/broker.p12" "${ks[@]}" 2>/dev/null \
    | "$keytool" -gencert -alias ca -keystore "$SECURITY_DIR/ca.p12" "${ks[@]}" -rfc -validity 3650 \
        -ext SAN=dns:localhost,ip:127.0.0.1 -ext KU=digitalSignature,keyEncipherment -ext EKU=serverAuth >"$SECURITY_DIR/broker.pem" 2>/dev/null
  "$keytool" -importcert -noprompt -alias ca -file "$SECURITY_DIR/ca.pem" -keystore "$SECURITY_DIR/broker.p12" "${ks[@]}" >/dev/null 2>&1
  "$keytool" -importcert -noprompt -alias broker -file "$SECURITY_DIR/broker.pem" -keystore "$SECURITY_DIR/broker.p12" "${ks[@]}" >/dev/null 2>&1 \
    || die "could not build the broker keystore with keytool"
  printf '%s' "$pass" >"$SECURITY_DIR/keystore.password"
  local user first=true
  {
    printf '{\n  "brokers": "127.0.0.1:%s",\n  "caFile": "%s",\n  "mechanism": "scram-sha-512",\n  "users": {' "$KAFKA_SASL_SSL_PORT" "$SECURITY_DIR/ca.pem"
    for user in $KAFKA_SCRAM_USERS; do
      $first || printf ','; first=false
      printf '\n    "%s": "%s"' "$user" "$(random_secret)"
    done
    printf '\n  }\n}\n'
  } >"$SECURITY_DIR/credentials.json"
  chmod 600 "$SECURITY_DIR"/*
}

# `--add-scram` arguments of the storage format for every user of credentials.json.
scram_arguments() {
  sed -n 's/^ *"\(presswatch-[a-z-]*\)": "\([0-9a-f]*\)",\{0,1\}$/\1 \2/p' "$SECURITY_DIR/credentials.json" \
    | while read -r name password; do printf -- '--add-scram\nSCRAM-SHA-512=[name=%s,password=%s]\n' "$name" "$password"; done
}

start() {
  if pid_alive "$KAFKA_RUN/pid"; then log "Kafka already running on 127.0.0.1:$KAFKA_PORT"; return 0; fi
  port_open "$KAFKA_PORT" && die "port $KAFKA_PORT is taken by another process (set KAFKA_PORT)"
  fetch
  local jhome; jhome="$(find_java 17)" || die "Kafka $KAFKA_VERSION needs Java 17 or newer"
  mkdir -p "$KAFKA_RUN/data"
  local listeners="PLAINTEXT://127.0.0.1:$KAFKA_PORT" protocols="PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT" secure=""
  if [ "$KAFKA_SASL_SSL" = 1 ]; then
    port_open "$KAFKA_SASL_SSL_PORT" && die "port $KAFKA_SASL_SSL_PORT is taken by another process (set KAFKA_SASL_SSL_PORT)"
    if [ ! -f "$SECURITY_DIR/credentials.json" ]; then
      [ -f "$KAFKA_RUN/data/meta.properties" ] && die "this instance was formatted without SCRAM users: run infra.sh reset first (SCRAM users are created with the storage)"
      log "creating a local CA, the broker certificate and SCRAM users (keytool)"
      make_security "$jhome"
    fi
    listeners="$listeners,SASL_SSL://127.0.0.1:$KAFKA_SASL_SSL_PORT"
    protocols="$protocols,SASL_SSL:SASL_SSL"
    # The PLAINTEXT listener stays for local tools (loopback only); its ANONYMOUS principal, and the
    # controller's, are super users. On SASL_SSL nothing is allowed unless an ACL says so.
    secure="sasl.enabled.mechanisms=SCRAM-SHA-512
listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;
ssl.keystore.type=PKCS12
ssl.keystore.location=$SECURITY_DIR/broker.p12
ssl.keystore.password=$(cat "$SECURITY_DIR/keystore.password")
ssl.key.password=$(cat "$SECURITY_DIR/keystore.password")
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:ANONYMOUS;User:presswatch-admin
allow.everyone.if.no.acl.found=false"
  fi
  cat > "$KAFKA_RUN/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=$listeners,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=$listeners
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=$protocols
$secure
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
# The controller's no-op records (a liveness mark in the metadata log) every 5 s instead of 0.5 s: each is an
# append, a flush and a metadata update: the raft and controller threads of an idle broker took 0.5 % of a core, 0.1 % now.
metadata.max.idle.interval.ms=5000
PROPS
  local cp="$KAFKA_HOME/libs/*"
  local jvm_options; read -ra jvm_options <<<"$KAFKA_JVM_OPTS"
  local java=("$jhome/bin/java" "${jvm_options[@]}" -Dlog4j2.configurationFile="$KAFKA_HOME/log4j2.xml")
  if [ ! -f "$KAFKA_RUN/data/meta.properties" ]; then
    local cluster_id; cluster_id="$("${java[@]}" -cp "$cp" kafka.tools.StorageTool random-uuid | tail -n1)"
    local scram=()
    [ "$KAFKA_SASL_SSL" = 1 ] && mapfile -t scram < <(scram_arguments)
    "${java[@]}" -cp "$cp" kafka.tools.StorageTool format -t "$cluster_id" -c "$KAFKA_RUN/server.properties" "${scram[@]}" >"$KAFKA_RUN/format.log" 2>&1 \
      || { cat "$KAFKA_RUN/format.log" >&2; die "could not format Kafka storage"; }
  fi
  local also=""; [ "$KAFKA_SASL_SSL" = 1 ] && also=", SASL_SSL on 127.0.0.1:$KAFKA_SASL_SSL_PORT (users: $SECURITY_DIR/credentials.json)"
  log "starting Kafka $KAFKA_VERSION on 127.0.0.1:$KAFKA_PORT$also (log: $KAFKA_RUN/kafka.log)"
  nohup "${java[@]}" -cp "$cp" kafka.Kafka "$KAFKA_RUN/server.properties" >"$KAFKA_RUN/kafka.log" 2>&1 &
  echo $! >"$KAFKA_RUN/pid"
  local i
  # A deadline, not a count of tries: a loaded machine slows the JVM's start, not the clock.
  local deadline=$((SECONDS + ${KAFKA_START_TIMEOUT:-300}))
  while [ "$SECONDS" -lt "$deadline" ]; do
    pid_alive "$KAFKA_RUN/pid" || { tail -n 30 "$KAFKA_RUN/kafka.log" >&2; die "Kafka exited during start-up"; }
    if grep -q "Kafka Server started" "$KAFKA_RUN/kafka.log" 2>/dev/null && port_open "$KAFKA_PORT"; then
      log "Kafka ready on 127.0.0.1:$KAFKA_PORT"; return 0
    fi
    sleep 0.5
  done
  tail -n 30 "$KAFKA_RUN/kafka.log" >&2; die "Kafka did not become ready within ${KAFKA_START_TIMEOUT:-300} s (KAFKA_START_TIMEOUT)"
}

case "${1:-}" in
  fetch) fetch ;;
  start) start ;;
  stop) stop_pidfile "$KAFKA_RUN/pid" Kafka ;;
  status) pid_alive "$KAFKA_RUN/pid" && echo "kafka: running on 127.0.0.1:$KAFKA_PORT" || { echo "kafka: stopped"; exit 3; } ;;
  # Where the SASL_SSL listener's CA, port and SCRAM users are written (KAFKA_SASL_SSL=1).
  credentials) echo "$SECURITY_DIR/credentials.json" ;;
  *) echo "usage: $0 fetch|start|stop|status|credentials" >&2; exit 2 ;;
esac

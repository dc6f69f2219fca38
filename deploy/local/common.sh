#!/usr/bin/env bash
# Shared settings for the local (Docker-free) Kafka and OpenSearch scripts.
# Downloads come from Maven Central through `mvn` and stay in its cache (~/.m2);
# unpacked distributions and data live under PRESSWATCH_STATE_DIR.
set -euo pipefail

KAFKA_VERSION="${KAFKA_VERSION:-4.1.1}"
LOG4J_VERSION="${LOG4J_VERSION:-2.24.3}"
OPENSEARCH_VERSION="${OPENSEARCH_VERSION:-3.8.0}"

# OpenSearch refuses to run as root and must not live under /root: as root, state goes to /var/lib.
if [ "$(id -u)" = 0 ]; then
  PRESSWATCH_STATE_DIR="${PRESSWATCH_STATE_DIR:-/var/lib/presswatch}"
else
  PRESSWATCH_STATE_DIR="${PRESSWATCH_STATE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/presswatch}"
fi
# One "instance" per set of ports, so tests and `npm start` can run side by side.
INFRA_NAME="${INFRA_NAME:-default}"
RUN_DIR="$PRESSWATCH_STATE_DIR/run/$INFRA_NAME"

KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-$((KAFKA_PORT + 1))}"
OPENSEARCH_PORT="${OPENSEARCH_PORT:-9200}"
# The node-to-node port, unused by a single node but bound all the same. HTTP + 1 (as Kafka's controller
# port): instances are laid out 100 or 1000 ports apart (9200, 19200, 23200, 26200, 26300), so HTTP + 100
# was the next instance's HTTP port.
OPENSEARCH_TRANSPORT_PORT="${OPENSEARCH_TRANSPORT_PORT:-$((OPENSEARCH_PORT + 1))}"
OPENSEARCH_USER="${OPENSEARCH_USER:-presswatch-os}"

log() { printf '[infra] %s\n' "$*" >&2; }
die() { printf '[infra] error: %s\n' "$*" >&2; exit 1; }

need() { command -v "$1" >/dev/null 2>&1 || die "$1 is required ($2)"; }

java_major() { "$1" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print v[1]; exit}'; }

# Kafka 4 needs Java 17+, OpenSearch 3 needs Java 21+: find a JDK at least $1.
find_java() {
  local min="$1" candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    if [ "$(java_major "$candidate/bin/java")" -ge "$min" ] 2>/dev/null; then echo "$candidate"; return 0; fi
  done
  return 1
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

stop_pidfile() {
  local pidfile="$1" name="$2" pid i
  if ! pid_alive "$pidfile"; then rm -f "$pidfile"; return 0; fi
  pid="$(cat "$pidfile")"
  log "stopping $name (pid $pid)"
  kill "$pid" 2>/dev/null || true
  for i in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$pidfile"
}

#!/usr/bin/env bash
# A single OpenSearch node on loopback, from the minimal distribution on Maven Central
# (from 3.5 it ships the modules we need: analysis-common for the language analyzers, reindex, painless).
# Usage: opensearch.sh fetch|start|stop|status
source "$(dirname "$0")/common.sh"

OS_HOME="$PRESSWATCH_STATE_DIR/opensearch-$OPENSEARCH_VERSION"
OS_RUN="$RUN_DIR/opensearch"
OS_ARTIFACT="org.opensearch.distribution.integ-test-zip:opensearch:$OPENSEARCH_VERSION:zip"
OS_HEAP="${OPENSEARCH_HEAP:-512m}"
# Further JVM flags, after the heap (a later flag wins): for experiments, e.g. OPENSEARCH_JVM_OPTS="-XX:TieredStopAtLevel=1".
OS_JVM_OPTS="${OPENSEARCH_JVM_OPTS:-}"

fetch() {
  [ -f "$OS_HOME/.complete" ] && return 0
  need mvn "install Maven: apt-get install -y maven"
  need unzip "install unzip: apt-get install -y unzip"
  log "downloading OpenSearch $OPENSEARCH_VERSION (first run only)"
  local tmp; tmp="$(mktemp -d)"
  mvn -B -q dependency:copy -Dartifact="$OS_ARTIFACT" -DoutputDirectory="$tmp" >&2
  unzip -q "$tmp"/opensearch-*.zip -d "$tmp"
  [ -d "$tmp/opensearch-$OPENSEARCH_VERSION/modules/analysis-common" ] \
    || die "OpenSearch $OPENSEARCH_VERSION zip has no analysis-common module (need 3.5 or newer)"
  rm -rf "$OS_HOME"; mkdir -p "$(dirname "$OS_HOME")"
  mv "$tmp/opensearch-$OPENSEARCH_VERSION" "$OS_HOME"; rm -rf "$tmp"
  touch "$OS_HOME/.complete"
}

# OpenSearch will not run as root: as root, run it as a dedicated system user.
as_runner() {
  if [ "$(id -u)" = 0 ]; then
    id -u "$OPENSEARCH_USER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$OPENSEARCH_USER"
    chown -R "$OPENSEARCH_USER" "$OS_HOME" "$OS_RUN"
    runuser -u "$OPENSEARCH_USER" -- "$@"
  else
    "$@"
  fi
}

start() {
  if pid_alive "$OS_RUN/pid"; then log "OpenSearch already running on 127.0.0.1:$OPENSEARCH_PORT"; return 0; fi
  port_open "$OPENSEARCH_PORT" && die "port $OPENSEARCH_PORT is taken by another process (set OPENSEARCH_PORT)"
  port_open "$OPENSEARCH_TRANSPORT_PORT" \
    && die "transport port $OPENSEARCH_TRANSPORT_PORT is taken by another process (set OPENSEARCH_TRANSPORT_PORT)"
  fetch
  local jhome; jhome="$(find_java 21)" || die "OpenSearch 3 needs Java 21 or newer (set JAVA_HOME)"
  mkdir -p "$OS_RUN/data" "$OS_RUN/logs" "$OS_RUN/config"
  # A pid file left by a node that died: the wait below would take it for the new node having exited.
  rm -f "$OS_RUN/pid"
  # A config dir per instance, so two instances (tests, npm start) never share state.
  cp -r "$OS_HOME/config/." "$OS_RUN/config/"
  # jvm.options puts the GC log and crash files under the working directory (the shared distribution): per instance instead.
  sed -i "s#file=logs/gc.log#file=$OS_RUN/logs/gc.log#; s#-XX:ErrorFile=logs/#-XX:ErrorFile=$OS_RUN/logs/#" "$OS_RUN/config/jvm.options"
  log "starting OpenSearch $OPENSEARCH_VERSION on 127.0.0.1:$OPENSEARCH_PORT (log: $OS_RUN/opensearch.log)"
  as_runner env OPENSEARCH_JAVA_HOME="$jhome" OPENSEARCH_PATH_CONF="$OS_RUN/config" \
    OPENSEARCH_JAVA_OPTS="-Xms$OS_HEAP -Xmx$OS_HEAP${OS_JVM_OPTS:+ $OS_JVM_OPTS}" \
    "$OS_HOME/bin/opensearch" -d -p "$OS_RUN/pid" \
    -Ecluster.name="presswatch-$INFRA_NAME" -Enode.name=local \
    -Ediscovery.type=single-node -Enetwork.host=127.0.0.1 \
    -Ehttp.port="$OPENSEARCH_PORT" -Etransport.port="$OPENSEARCH_TRANSPORT_PORT" \
    -Epath.data="$OS_RUN/data" -Epath.logs="$OS_RUN/logs" \
    -Ecluster.routing.allocation.disk.threshold_enabled=false \
    >"$OS_RUN/opensearch.log" 2>&1 || { tail -n 30 "$OS_RUN/opensearch.log" >&2; die "OpenSearch failed to start"; }
  # A deadline, not a count of tries: a loaded machine slows the JVM's start, not the clock.
  local deadline=$((SECONDS + ${OPENSEARCH_START_TIMEOUT:-300}))
  while [ "$SECONDS" -lt "$deadline" ]; do
    if curl -fsS "http://127.0.0.1:$OPENSEARCH_PORT/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1; then
      log "OpenSearch ready on http://127.0.0.1:$OPENSEARCH_PORT"; return 0
    fi
    [ -f "$OS_RUN/pid" ] && ! pid_alive "$OS_RUN/pid" && break
    sleep 0.5
  done
  tail -n 30 "$OS_RUN/logs/presswatch-$INFRA_NAME.log" >&2 2>/dev/null || tail -n 30 "$OS_RUN/opensearch.log" >&2
  die "OpenSearch did not become ready within ${OPENSEARCH_START_TIMEOUT:-300} s (OPENSEARCH_START_TIMEOUT)"
}

case "${1:-}" in
  fetch) fetch ;;
  start) start ;;
  stop) stop_pidfile "$OS_RUN/pid" OpenSearch ;;
  status) pid_alive "$OS_RUN/pid" && echo "opensearch: running on http://127.0.0.1:$OPENSEARCH_PORT" || { echo "opensearch: stopped"; exit 3; } ;;
  *) echo "usage: $0 fetch|start|stop|status" >&2; exit 2 ;;
esac

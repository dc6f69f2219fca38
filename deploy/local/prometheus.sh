#!/usr/bin/env bash
# A private Prometheus on loopback (Debian's `prometheus` package, which ships promtool too), scraping the
# services and the lag exporter (`cli monitor --serve`) of one local stack and evaluating the shipped alert
# rules (deploy/observability/prometheus-rules.yaml).
# Usage: prometheus.sh start|stop|status|url|install|promtool [promtool args...]
#   start: PROMETHEUS_PORT (9090), PROMETHEUS_TARGETS ("name=host:port,..."; the name becomes the `job`),
#          PROMETHEUS_SCRAPE_INTERVAL (15s), PROMETHEUS_RULES (a Prometheus rule file; optional),
#          PROMETHEUS_DATA_DIR (the instance's run folder by default; a test passes a fresh one)
source "$(dirname "$0")/common.sh"

PROMETHEUS_PORT="${PROMETHEUS_PORT:-9090}"
PROMETHEUS_SCRAPE_INTERVAL="${PROMETHEUS_SCRAPE_INTERVAL:-15s}"
PROM_RUN="$RUN_DIR/prometheus"
PROMETHEUS_DATA_DIR="${PROMETHEUS_DATA_DIR:-$PROM_RUN/data}"

# Installs the package on first use, as postgres.sh does for PostgreSQL. Debian's postinst would start a
# system-wide daemon on :9090 unless policy-rc.d forbids it (it does on these machines); this script never
# uses that daemon, only the binaries.
install() {
  command -v prometheus >/dev/null && command -v promtool >/dev/null && return 0
  [ "$(id -u)" = 0 ] || die "Prometheus not found: apt-get install -y --no-install-recommends prometheus"
  log "installing Prometheus from Debian's packages (first use only)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends prometheus >/dev/null 2>&1 \
    || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends prometheus >/dev/null; } \
    || die "could not install prometheus"
  command -v promtool >/dev/null || die "the prometheus package installed no promtool"
}

# The scrape configuration: one job per target, each target labelled with the `service` it is (the
# services set `service` on their own series too; honor_labels keeps theirs, as the ServiceMonitor does).
write_config() {
  local targets="${PROMETHEUS_TARGETS:-}" entry name address
  [ -n "$targets" ] || die "PROMETHEUS_TARGETS is empty (name=host:port,...)"
  {
    echo "global:"
    echo "  scrape_interval: $PROMETHEUS_SCRAPE_INTERVAL"
    echo "  evaluation_interval: $PROMETHEUS_SCRAPE_INTERVAL"
    echo "  scrape_timeout: $PROMETHEUS_SCRAPE_INTERVAL"
    if [ -n "${PROMETHEUS_RULES:-}" ]; then
      echo "rule_files:"
      echo "  - $PROMETHEUS_RULES"
    fi
    echo "scrape_configs:"
    IFS=',' read -ra entries <<<"$targets"
    for entry in "${entries[@]}"; do
      name="${entry%%=*}"; address="${entry#*=}"
      echo "  - job_name: $name"
      echo "    honor_labels: true"
      echo "    static_configs:"
      echo "      - targets: ['$address']"
    done
  } >"$PROM_RUN/prometheus.yml"
  promtool check config "$PROM_RUN/prometheus.yml" >"$PROM_RUN/check.log" 2>&1 || { cat "$PROM_RUN/check.log" >&2; die "invalid Prometheus configuration"; }
}

start() {
  install
  if pid_alive "$PROM_RUN/pid"; then log "Prometheus already running on 127.0.0.1:$PROMETHEUS_PORT"; return 0; fi
  port_open "$PROMETHEUS_PORT" && die "port $PROMETHEUS_PORT is taken by another process (set PROMETHEUS_PORT)"
  mkdir -p "$PROM_RUN" "$PROMETHEUS_DATA_DIR"
  write_config
  log "starting Prometheus $(prometheus --version 2>&1 | awk 'NR==1 {print $3}') on 127.0.0.1:$PROMETHEUS_PORT, scraping every $PROMETHEUS_SCRAPE_INTERVAL (log: $PROM_RUN/prometheus.log)"
  nohup prometheus --config.file="$PROM_RUN/prometheus.yml" --storage.tsdb.path="$PROMETHEUS_DATA_DIR" \
    --storage.tsdb.retention.time=2d --web.listen-address="127.0.0.1:$PROMETHEUS_PORT" \
    --web.enable-lifecycle >"$PROM_RUN/prometheus.log" 2>&1 &
  echo $! >"$PROM_RUN/pid"
  local i
  for i in $(seq 1 120); do
    pid_alive "$PROM_RUN/pid" || { tail -n 20 "$PROM_RUN/prometheus.log" >&2; die "Prometheus exited during start-up"; }
    if curl -fsS "$(url)/-/ready" >/dev/null 2>&1; then log "Prometheus ready: $(url)"; return 0; fi
    sleep 0.5
  done
  tail -n 20 "$PROM_RUN/prometheus.log" >&2; die "Prometheus did not become ready in 60 s"
}

url() { echo "http://127.0.0.1:$PROMETHEUS_PORT"; }

case "${1:-}" in
  install) install ;;
  start) start ;;
  stop) stop_pidfile "$PROM_RUN/pid" Prometheus ;;
  url) url ;;
  promtool) shift; install; exec promtool "$@" ;;
  status) pid_alive "$PROM_RUN/pid" && echo "prometheus: running on 127.0.0.1:$PROMETHEUS_PORT" || { echo "prometheus: stopped"; exit 3; } ;;
  *) echo "usage: $0 start|stop|status|url|install|promtool [args...]" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# Starts or stops the local infrastructure (Kafka and OpenSearch; PostgreSQL with --with-postgres).
# Prometheus is started by whoever knows the targets (npm start --with-prometheus, the end-to-end tests);
# down and reset stop it too.
# Usage: infra.sh up|down|reset|status [--with-postgres]
# Instances are named by INFRA_NAME (default "default"); ports by KAFKA_PORT, OPENSEARCH_PORT, PG_PORT.
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/common.sh"

with_pg=false
[ "${2:-}" = "--with-postgres" ] && with_pg=true

case "${1:-}" in
  up)
    # Download both first (sequential Maven runs share its cache safely), then start the JVMs in parallel.
    "$here/kafka.sh" fetch && "$here/opensearch.sh" fetch || exit 1
    "$here/kafka.sh" start & kafka=$!
    "$here/opensearch.sh" start & search=$!
    status=0
    wait $kafka || status=1
    wait $search || status=1
    if $with_pg; then "$here/postgres.sh" start || status=1; fi
    exit $status
    ;;
  down)
    "$here/kafka.sh" stop; "$here/opensearch.sh" stop; "$here/postgres.sh" stop; "$here/prometheus.sh" stop
    ;;
  reset)
    # Stop the instance and delete its data (tests start from an empty broker and index).
    "$here/kafka.sh" stop; "$here/opensearch.sh" stop; "$here/postgres.sh" stop; "$here/prometheus.sh" stop
    rm -rf "$RUN_DIR"
    ;;
  status)
    "$here/kafka.sh" status; "$here/opensearch.sh" status; "$here/postgres.sh" status; "$here/prometheus.sh" status
    true
    ;;
  *) echo "usage: $0 up|down|reset|status [--with-postgres]" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# A private PostgreSQL instance on loopback (Debian's packages), for the tests of the PostgreSQL path.
# Usage: postgres.sh start|stop|status|url
source "$(dirname "$0")/common.sh"

PG_PORT="${PG_PORT:-5432}"
PG_RUN="$RUN_DIR/postgres"
PG_USER_OS="${PG_USER_OS:-postgres}"

pg_bin() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)"
  if [ -z "$dir" ]; then
    [ "$(id -u)" = 0 ] || die "PostgreSQL server binaries not found: apt-get install -y postgresql"
    log "installing PostgreSQL from Debian's packages"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null 2>&1 \
      || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null; } \
      || die "could not install postgresql"
    dir="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)"
  fi
  echo "$dir"
}

# PostgreSQL refuses to run as root, like OpenSearch.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u "$PG_USER_OS" -- "$@"; else "$@"; fi; }

start() {
  local bin; bin="$(pg_bin)"
  if [ -f "$PG_RUN/data/postmaster.pid" ] && as_pg "$bin/pg_ctl" -D "$PG_RUN/data" status >/dev/null 2>&1; then
    log "PostgreSQL already running on 127.0.0.1:$PG_PORT"; return 0
  fi
  port_open "$PG_PORT" && die "port $PG_PORT is taken by another process (set PG_PORT)"
  mkdir -p "$PG_RUN"
  [ "$(id -u)" = 0 ] && chown "$PG_USER_OS" "$PG_RUN"
  if [ ! -f "$PG_RUN/data/PG_VERSION" ]; then
    as_pg "$bin/initdb" -D "$PG_RUN/data" -U presswatch --auth=trust -E UTF8 >"$PG_RUN/initdb.log" 2>&1 \
      || { cat "$PG_RUN/initdb.log" >&2; die "initdb failed"; }
  fi
  log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
  as_pg "$bin/pg_ctl" -D "$PG_RUN/data" -l "$PG_RUN/postgres.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_RUN" start >/dev/null \
    || { tail -n 20 "$PG_RUN/postgres.log" >&2; die "PostgreSQL failed to start"; }
  as_pg "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U presswatch presswatch 2>/dev/null || true
  log "PostgreSQL ready: $(url)"
}

stop() {
  local bin; bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)"
  [ -n "$bin" ] && [ -f "$PG_RUN/data/postmaster.pid" ] || return 0
  log "stopping PostgreSQL"
  as_pg "$bin/pg_ctl" -D "$PG_RUN/data" -m fast -w stop >/dev/null 2>&1 || true
}

url() { echo "postgres://presswatch@127.0.0.1:$PG_PORT/presswatch"; }

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) url ;;
  status) [ -f "$PG_RUN/data/postmaster.pid" ] && echo "postgres: running on 127.0.0.1:$PG_PORT" || { echo "postgres: stopped"; exit 3; } ;;
  *) echo "usage: $0 start|stop|status|url" >&2; exit 2 ;;
esac

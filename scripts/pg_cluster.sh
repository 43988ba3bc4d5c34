#!/usr/bin/env bash
# Start or stop a private PostgreSQL 15 + PostGIS cluster (never the machine's system cluster).
# Usage: scripts/pg_cluster.sh start|stop|status DATA_DIR PORT
# initdb refuses to run as root: as root the cluster belongs to the 'postgres' user.
set -euo pipefail
action=$1; data=$2; port=$3
bin=/usr/lib/postgresql/15/bin
run() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$action" in
  start)
    if [ ! -f "$data/PG_VERSION" ]; then
      mkdir -p "$data"
      [ "$(id -u)" = 0 ] && chown postgres:postgres "$data"
      run "$bin/initdb" -D "$data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    if run "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
      echo "PostgreSQL already running on port $port ($data)"
    else
      run "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
        -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
      echo "PostgreSQL started on 127.0.0.1:$port ($data)"
    fi
    ;;
  stop)
    if [ -f "$data/PG_VERSION" ] && run "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
      run "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null
      echo "PostgreSQL stopped ($data)"
    fi
    ;;
  status)
    run "$bin/pg_ctl" -D "$data" status
    ;;
  *) echo "usage: $0 start|stop|status DATA_DIR PORT" >&2; exit 2 ;;
esac

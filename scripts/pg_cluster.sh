#!/usr/bin/env bash
# Start or stop a private PostgreSQL 15 + PostGIS cluster (never the machine's system cluster).
# Usage: scripts/pg_cluster.sh start|stop|status DATA_DIR PORT
# initdb refuses to run as root: as root the cluster belongs to the 'postgres' user, so its data
# folder must be one that 'postgres' can reach (not under /root or another folder of mode 700).
set -euo pipefail
action=$1; data=$(realpath -m "$2"); port=$3
bin=/usr/lib/postgresql/15/bin
run() {  # as postgres from /, as the current folder may be closed to it
  if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}
case "$action" in
  start)
    if [ ! -f "$data/PG_VERSION" ]; then
      (umask 022; mkdir -p "$data")
      [ "$(id -u)" = 0 ] && chown postgres:postgres "$data"
      if ! run test -w "$data" -a -x "$data"; then
        echo "The PostgreSQL server runs as user $(run id -un), which cannot reach $data" \
             "(a parent folder is closed to it). Choose a data folder it can reach." >&2
        exit 1
      fi
      run "$bin/initdb" -D "$data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    if run "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
      echo "PostgreSQL already running on port $port ($data)"
    elif run "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
        -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null; then
      echo "PostgreSQL started on 127.0.0.1:$port ($data)"
    else
      echo "PostgreSQL did not start on port $port; end of $data/server.log:" >&2
      run tail -n 5 "$data/server.log" >&2
      exit 1
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

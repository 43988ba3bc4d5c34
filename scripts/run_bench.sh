#!/usr/bin/env bash
# Every benchmark of bench/ on a throw-away PostGIS cluster; prints figures, asserts nothing.
set -uo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
PGPORT=${GUP_BENCH_PGPORT:-54332}
PGDATA_DIR=$(mktemp -d /tmp/gup_bench_pg.XXXXXX)
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
export GUP_BENCH_PG="host=127.0.0.1 port=$PGPORT user=postgres dbname=postgres"
cleanup() { scripts/pg_cluster.sh stop "$PGDATA_DIR" "$PGPORT"; rm -rf "$PGDATA_DIR"; }
trap cleanup EXIT
chmod 755 "$PGDATA_DIR"; [ "$(id -u)" = 0 ] && chown postgres:postgres "$PGDATA_DIR"
scripts/pg_cluster.sh start "$PGDATA_DIR" "$PGPORT" || exit 1
echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB"
status=0
for bench in bench/bench_*.py; do
  echo "=== $bench"
  "$PY" "$bench" || status=1
done
exit $status

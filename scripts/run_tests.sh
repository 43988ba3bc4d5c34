#!/usr/bin/env bash
# Every test layer against a real throw-away PostgreSQL + PostGIS cluster, stopped at the end.
# Prints passed/failed/errors/skipped per layer; fails if any test fails or is skipped
# (a skipped test is never counted as passing).
set -uo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
PGPORT=${GUP_TEST_PGPORT:-54329}
# the demo check (tests/demo) runs `make demo` on a cluster of its own, on this port
export GUP_TEST_DEMO_PGPORT=${GUP_TEST_DEMO_PGPORT:-$((PGPORT + 2))}
PGDATA_DIR=$(mktemp -d /tmp/gup_test_pg.XXXXXX)
REPORTS=build/test-reports
mkdir -p "$REPORTS"; rm -f "$REPORTS"/*.xml
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
export GUP_TEST_PG="host=127.0.0.1 port=$PGPORT user=postgres dbname=postgres"

cleanup() {
  scripts/pg_cluster.sh stop "$PGDATA_DIR" "$PGPORT"
  rm -rf "$PGDATA_DIR"
}
trap cleanup EXIT
chmod 755 "$PGDATA_DIR"
[ "$(id -u)" = 0 ] && chown postgres:postgres "$PGDATA_DIR"
scripts/pg_cluster.sh start "$PGDATA_DIR" "$PGPORT" || exit 1

status=0
run_layer() {  # name, pytest args...
  local name=$1; shift
  echo "=== test layer: $name"
  "$PY" -m pytest "$@" --junitxml="$REPORTS/$name.xml"
  local rc=$?
  # pytest-qgis may abort in exitQgis() after every test passed (docs/DEVELOPER_GUIDE.md T5): judge the report.
  if [ $rc -ne 0 ] && [ $rc -ne 1 ] && [ -f "$REPORTS/$name.xml" ] && [ $rc -gt 5 ]; then
    echo "pytest exited with $rc after writing its report; judging the report"
    rc=0
  fi
  [ $rc -ne 0 ] && status=1
}
run_layer unit -p no:qgis tests/unit
run_layer postgis -p no:qgis tests/postgis
run_layer qgis tests/qgis
run_layer qgis_process tests/qgis_process
run_layer demo -p no:qgis tests/demo

"$PY" scripts/test_summary.py "$REPORTS"/{unit,postgis,qgis,qgis_process,demo}.xml || status=1
exit $status

"""Triage dock benchmark: the dock's own code (gui/triage_dock.py: counts per filter value, the
total, the first page of the list model; then a filter change) on 100,000 reports built by
bench_triage.py's data builder, against a plain psycopg2 reference in the same run
(``SELECT … ORDER BY … LIMIT 200`` and ``count(*)``). Prints the figures; asserts nothing.

    GUP_BENCH_PG="host=127.0.0.1 port=54331 user=postgres dbname=postgres" \
        QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_triage_dock.py --reports 100000
"""

import argparse
import datetime as dt
import os
import sys
import time
import uuid
from pathlib import Path

import numpy as np
import psycopg2

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_routing import admin, build_database, random_reports, timed  # noqa: E402
from bench_triage import answer_a_third, insert_reports  # noqa: E402

REPEAT = 5


def best(function, *args):
    times = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        function(*args)
        times.append(time.perf_counter() - start)
    return min(times)


def reference(dsn):
    """A plain first page and count through psycopg2, without the dock."""
    conn = psycopg2.connect(dsn)
    try:
        with conn.cursor() as cur:
            cur.execute(
                "SELECT id, source, categorie_code, code_insee, service_id, "
                "statut_traitement, date_signalement, date_prevue, version "
                "FROM gup_signalement.signalement "
                "ORDER BY date_signalement DESC, id DESC LIMIT 200"
            )
            cur.fetchall()
            cur.execute("SELECT count(*) FROM gup_signalement.signalement")
            cur.fetchall()
    finally:
        conn.close()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=100000)
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args()
    from qgis.core import QgsApplication
    from qgis.PyQt.QtWidgets import QApplication  # noqa: F401  (widgets need the GUI app)

    app = QgsApplication([], True)
    app.initQgis()
    from gup_signalement_plugin.db.database import Database
    from gup_signalement_plugin.gui.triage_dock import TriageDock
    from gup_signalement_plugin.usecases import catalogue, routing, triage

    admin_dsn = os.environ.get(
        "GUP_BENCH_PG", "host=127.0.0.1 port=54331 user=postgres dbname=postgres"
    )
    name = "gup_bench_dock_" + uuid.uuid4().hex[:8]
    admin(admin_dsn, "CREATE DATABASE " + name)
    dsn = " ".join(
        [p for p in admin_dsn.split() if not p.startswith("dbname=")] + ["dbname=" + name]
    )
    rng = np.random.default_rng(args.seed)
    try:
        db, bbox = build_database(dsn, rng, 500)
        columns = random_reports(db, rng, bbox, args.reports)
        print("{} reports".format(args.reports))
        timed("insert (routing, assignments, due days on arrival)", insert_reports, db, *columns)
        timed("accept / close a third (SQL), analyze", answer_a_third, db)
        dock = TriageDock(None, today=dt.date(2024, 12, 31))

        def open_dock():
            """What load_connection does after connecting: who I am, the choices, the counts
            per filter value, the total and the first page (reminders apart)."""
            dock.db = Database(dsn, author="bench")
            dock.my_service = triage.current_service(dock.db)
            dock.labels = {
                "commune": {c["code_insee"]: c["nom"] for c in catalogue.list_communes(dock.db)},
                "service": {s.id: s.name for s in routing.list_services(dock.db)},
                "category": {c.code: c.internal_label for c in catalogue.list_categories(dock.db)},
            }
            dock.apply_filters()
            dock.close_database()

        def change_filter(dimension, value):
            combo = dock.filter_combos[dimension]
            combo.setCurrentIndex(combo.findData(value))
            dock.apply_filters()

        reference_time = best(reference, dsn)
        print(
            "  reference: psycopg2 first page (200) + count(*)      {:8.3f} s".format(
                reference_time
            )
        )
        opened = best(open_dock)
        print(
            "  dock opens (choices, 5 x counts, total, first page)  {:8.3f} s  "
            "(x{:.1f} the reference)".format(opened, opened / reference_time)
        )
        dock.db = Database(dsn, author="bench")
        dock.my_service = None
        dock.apply_filters()
        fetched = best(dock.model.fetchMore)
        print("  next page, no filter (fetchMore, 200 rows)            {:8.3f} s".format(fetched))
        service = max(dock.counts["service"], key=dock.counts["service"].get)
        commune = max(dock.counts["commune"], key=dock.counts["commune"].get)
        for label, dimension, value in (
            ("status new", "status", "new"),
            ("+ busiest service", "service", service),
            ("+ busiest commune", "commune", commune),
            ("+ category voirie", "category", "voirie"),
        ):
            changed = best(change_filter, dimension, value)
            print(
                "  filter change: {:<38} {:8.3f} s  (x{:.1f})".format(
                    label, changed, changed / reference_time
                )
            )
        dock.overdue_box.blockSignals(True)
        dock.overdue_box.setChecked(True)
        dock.overdue_box.blockSignals(False)
        overdue = best(dock.apply_filters)
        print(
            "  filter change: + overdue                              {:8.3f} s  (x{:.1f})".format(
                overdue, overdue / reference_time
            )
        )
        reminders = best(dock.show_reminders)
        print("  reminders tab (3 lists over every report)             {:8.3f} s".format(reminders))
        dock.close_database()
        dock.deleteLater()
        db.close()
    finally:
        admin(admin_dsn, "DROP DATABASE IF EXISTS {} WITH (FORCE)".format(name))
    app.exitQgis()


if __name__ == "__main__":
    main()

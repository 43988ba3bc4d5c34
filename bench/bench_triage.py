"""Triage benchmark: the dock's list page and counts (usecases/triage.py) on 100,000 reports
routed on arrival (assignments, statuses, due days set by the database), a third of them
answered. Prints the figures; asserts nothing.

    GUP_BENCH_PG="host=127.0.0.1 port=54331 user=postgres dbname=postgres" \
        .venv/bin/python bench/bench_triage.py --reports 100000
"""

import argparse
import datetime as dt
import os
import sys
import time
import uuid
from pathlib import Path

import numpy as np
import psycopg2.extras

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_routing import admin, build_database, random_reports, timed  # noqa: E402

from gup_signalement_plugin.usecases import triage as uc  # noqa: E402
from gup_signalement_plugin.usecases.triage import ReportFilter  # noqa: E402

REPEAT = 5


def insert_reports(db, x, y, categories, audiences, days, page=5000):
    """The reports in statements of ``page`` rows, as a synchronisation writes them."""
    moments = [
        dt.datetime.combine(d.astype(dt.date), dt.time(10), tzinfo=dt.timezone.utc) for d in days
    ]
    for start in range(0, len(x), page):
        rows = [
            (float(x[i]), float(y[i]), categories[i], audiences[i], moments[i])
            for i in range(start, min(start + page, len(x)))
        ]
        with db.transaction() as cur:
            psycopg2.extras.execute_values(
                cur,
                """
                INSERT INTO gup_signalement.signalement (categorie_code, audience,
                                                         date_signalement, geom)
                SELECT v.c, v.a, v.m, ST_SetSRID(ST_MakePoint(v.x, v.y), 2154)
                FROM (VALUES %s) AS v (x, y, c, a, m)""",
                rows,
                page_size=page,
            )


def answer_a_third(db):
    """A third of the pending main parts accepted, a third of those closed (plain SQL)."""
    with db.transaction() as cur:
        cur.execute("""
            UPDATE gup_signalement.affectation SET statut = 'accepted'
            WHERE role = 'main' AND statut = 'pending' AND signalement_id % 3 = 0;
            UPDATE gup_signalement.affectation SET statut = 'closed'
            WHERE role = 'main' AND statut = 'accepted' AND signalement_id % 9 = 0;
            SELECT gup_signalement.refresh_report_status(
                ARRAY(SELECT signalement_id FROM gup_signalement.affectation
                      WHERE statut <> 'pending'));
            ANALYZE gup_signalement.signalement;
            ANALYZE gup_signalement.affectation;""")


def best_of(label, function, *args, **kwargs):
    """The best of REPEAT runs (a warm cache, as in the dock after the first page)."""
    times = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        function(*args, **kwargs)
        times.append(time.perf_counter() - start)
    print("  {:<58} {:8.3f} s (best of {})".format(label, min(times), REPEAT), flush=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=100000)
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args()
    admin_dsn = os.environ.get(
        "GUP_BENCH_PG", "host=127.0.0.1 port=54331 user=postgres dbname=postgres"
    )
    name = "gup_bench_triage_" + uuid.uuid4().hex[:8]
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
        service = db.scalar(
            "SELECT service_id FROM gup_signalement.affectation "
            "GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
        )
        commune = db.scalar(
            "SELECT code_insee FROM gup_signalement.signalement "
            "WHERE code_insee IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC "
            "LIMIT 1"
        )
        filters = {
            "none": ReportFilter(),
            "status new": ReportFilter(statuses=["new"]),
            "commune": ReportFilter(insee_codes=[commune]),
            "service": ReportFilter(service_ids=[service]),
            "waiting for my answer": ReportFilter(waiting_for_service=service),
            "category": ReportFilter(categories=["voirie"]),
            "period (one month)": ReportFilter(
                received_from=dt.date(2024, 3, 1), received_to=dt.date(2024, 3, 31)
            ),
            "overdue": ReportFilter(overdue=True, today=dt.date(2024, 12, 31)),
            "service + overdue + category": ReportFilter(
                service_ids=[service],
                overdue=True,
                categories=["voirie"],
                today=dt.date(2024, 12, 31),
            ),
        }
        for label, report_filter in filters.items():
            best_of("list page 1 (200), {}".format(label), uc.list_reports, db, report_filter)
            best_of("count by status, {}".format(label), uc.count_by, db, report_filter)
        best_of(
            "list page 200 (offset 39,800), no filter",
            uc.list_reports,
            db,
            ReportFilter(),
            offset=39800,
        )
        best_of("list ordered by due day, overdue", uc.list_reports, db, filters["overdue"], "due")
        for by in ("commune", "service", "category", "source"):
            best_of("count by {}, no filter".format(by), uc.count_by, db, ReportFilter(), by)
        db.close()
    finally:
        admin(admin_dsn, "DROP DATABASE IF EXISTS {} WITH (FORCE)".format(name))


if __name__ == "__main__":
    main()

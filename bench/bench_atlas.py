"""Benchmark: the 24-commune atlas, headless, on 5,000 reports (seeded) in a throw-away database;
and, in the same run, the same layout exported without the charts (reference). Prints seconds in
total and per page, and the ratio. Target: <= 20 s for the 24 pages.

    GUP_BENCH_PG="host=127.0.0.1 port=54332 user=postgres dbname=postgres" \\
        .venv/bin/python bench/bench_atlas.py [--reports 5000]
"""

import argparse
import datetime as dt
import os
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import psycopg2  # noqa: E402
import psycopg2.extras  # noqa: E402

CATEGORIES = [
    "depots_sauvages",
    "proprete",
    "graffitis",
    "eclairage",
    "voirie",
    "mobilier",
    "signalisation",
    "eau",
]
WEIGHTS = [30, 20, 12, 10, 10, 4, 4, 2]


def admin(dsn: str, sql: str) -> None:
    conn = psycopg2.connect(dsn)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(sql)
    conn.close()


def fill(db, count: int) -> None:
    """Reports spread over 22 months, half of them closed after an exponential delay."""
    rng = random.Random(13)
    start = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)
    with db.transaction() as cur:
        cur.execute(
            "SELECT ST_XMin(e) x0, ST_YMin(e) y0, ST_XMax(e) x1, ST_YMax(e) y1 "
            "FROM (SELECT ST_Extent(geom) e FROM gup_signalement.commune) t"
        )
        box = cur.fetchone()
        rows = []
        for index in range(count):
            received = start + dt.timedelta(hours=rng.randrange(0, 24 * 660))
            closed = rng.random() < 0.5
            rows.append(
                (
                    str(index),
                    rng.choices(CATEGORIES, WEIGHTS)[0],
                    received,
                    rng.uniform(box["x0"], box["x1"]),
                    rng.uniform(box["y0"], box["y1"]),
                    "closed" if closed else "open",
                    received + dt.timedelta(hours=rng.expovariate(1 / 100)) if closed else None,
                )
            )
        psycopg2.extras.execute_values(
            cur,
            """
            INSERT INTO gup_signalement.signalement (source, id_externe, categorie_code,
                audience, date_signalement, geom, statut, date_maj)
            SELECT 'bench', v.id, v.cat, 'agents', v.t, ST_SetSRID(ST_MakePoint(v.x, v.y), 2154),
                   v.s, v.u
            FROM (VALUES %s) AS v (id, cat, t, x, y, s, u)""",
            rows,
            template="(%s, %s, %s::timestamptz, %s, %s, %s, %s::timestamptz)",
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=5000)
    args = parser.parse_args()
    admin_dsn = os.environ.get(
        "GUP_BENCH_PG", "host=127.0.0.1 port=54332 user=postgres dbname=postgres"
    )
    name = "gup_bench_atlas_" + uuid.uuid4().hex[:8]
    dsn = " ".join(
        [p for p in admin_dsn.split() if not p.startswith("dbname=")] + ["dbname=" + name]
    )

    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from gup_signalement_plugin.db import migrations
    from gup_signalement_plugin.db.database import Database
    from gup_signalement_plugin.toolbelt import atlas_layout
    from gup_signalement_plugin.usecases import catalogue as catalogue_uc
    from tests.helpers import DEFAULT_CATALOGUE, commune_records

    admin(admin_dsn, "CREATE DATABASE {}".format(name))
    try:
        with Database(dsn) as db, tempfile.TemporaryDirectory() as folder:
            migrations.ensure_postgis(db)
            migrations.create_structure(db)
            catalogue_uc.import_communes(db, commune_records(), 4326)
            catalogue_uc.import_catalogue(
                db, DEFAULT_CATALOGUE.read_bytes(), DEFAULT_CATALOGUE.name
            )
            fill(db, args.reports)
            atlas_layout.export_atlas(
                db,
                Path(folder) / "warm.pdf",
                pages=atlas_layout.atlas_repository.commune_pages(db)[:1],
            )  # fonts, caches
            timings = {}
            for label, with_charts in (
                ("atlas (figures + charts)", True),
                ("same layout without charts", False),
            ):
                started = time.perf_counter()
                result = atlas_layout.export_atlas(
                    db, Path(folder) / "atlas.pdf", with_charts=with_charts
                )
                timings[label] = seconds = time.perf_counter() - started
                print(
                    "{:<28} {:>2} pages, {} reports: {:6.2f} s, {:.3f} s per page "
                    "(target <= 20 s)".format(
                        label, result.pages, result.reports, seconds, seconds / result.pages
                    )
                )
            full, bare = timings.values()
            print("ratio atlas / reference: {:.2f}".format(full / bare))
    finally:
        admin(admin_dsn, "DROP DATABASE IF EXISTS {} WITH (FORCE)".format(name))
    app.exitQgis()


if __name__ == "__main__":
    main()

"""Routing benchmark: core executor vs QGIS native:joinattributesbylocation on the same points,
and the database re-routing of reports stored unrouted vs a bare UPDATE ... FROM ...
ST_Intersects, over the 24 real communes and ~500 perimeters. Prints the figures and the rows
each database side writes; a ratio of times only when both sides wrote about as many rows.
Asserts nothing.

    GUP_BENCH_PG="host=127.0.0.1 port=54331 user=postgres dbname=postgres" \
        QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_routing.py --reports 1000000
"""

import argparse
import os
import sys
import time
import uuid
from pathlib import Path

import numpy as np
import shapely

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gup_signalement_plugin.core.catalogue import CommuneSetting, Stage  # noqa: E402
from gup_signalement_plugin.core.routing import Reports, Service  # noqa: E402
from gup_signalement_plugin.db.database import Database  # noqa: E402
from gup_signalement_plugin.usecases import catalogue as catalogue_uc  # noqa: E402
from gup_signalement_plugin.usecases import routing as rr  # noqa: E402
from tests.helpers import DEFAULT_CATALOGUE, commune_records  # noqa: E402

ROWS_TOLERANCE = 0.8  # no ratio of times when one side writes less than 80 % of the other's rows
TOPS = [
    "proprete",
    "depots_sauvages",
    "graffitis",
    "voirie",
    "signalisation",
    "vehicules",
    "eclairage",
    "mobilier",
    "eau",
]


def timed(label, function, *args, **kwargs):
    start = time.perf_counter()
    value = function(*args, **kwargs)
    elapsed = time.perf_counter() - start
    print("  {:<58} {:8.2f} s".format(label, elapsed), flush=True)
    return value, elapsed


def admin(dsn, sql):
    import psycopg2

    conn = psycopg2.connect(dsn)
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(sql)
    conn.close()


def build_database(dsn, rng, n_perimeters):
    """Structure, communes, catalogue, every cell open, services and perimeters."""
    db = Database(dsn)
    catalogue_uc.create_structure(db)
    catalogue_uc.import_communes(db, commune_records(), 4326)
    catalogue_uc.import_catalogue(db, DEFAULT_CATALOGUE.read_bytes(), DEFAULT_CATALOGUE.name)
    communes = [c["code_insee"] for c in catalogue_uc.list_communes(db)]
    catalogue_uc.save_settings(
        db, [CommuneSetting(c, t, Stage.PUBLIC) for c in communes for t in TOPS]
    )
    ids = rr.upsert_services_on_name(
        db,
        [Service(0, "Commune {}".format(c), "commune", c) for c in communes]
        + [Service(0, "EPT {}".format(k), "ept") for k in range(20)],
    )
    ept = [v for k, v in ids.items() if k.startswith("EPT")]
    with db.transaction() as cur:
        cur.execute("""
            INSERT INTO gup_signalement.perimetre_competence
                (service_id, nom, geom, priorite, categories)
            SELECT s.id, 'Commune ' || c.nom, c.geom, 1, '{proprete,voirie,mobilier}'
            FROM gup_signalement.commune c
                JOIN gup_signalement.service s ON s.code_insee = c.code_insee""")
        cur.execute(
            "SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM "
            "(SELECT ST_Extent(geom) e FROM gup_signalement.commune) x"
        )
        bbox = [float(v) for v in cur.fetchone().values()]
        for k in range(n_perimeters - len(communes)):
            x, y = rng.uniform(bbox[0], bbox[2]), rng.uniform(bbox[1], bbox[3])
            radius = float(rng.uniform(150, 900))
            cats = sorted(set(rng.choice(TOPS, size=int(rng.integers(1, 4))).tolist()))
            cur.execute(
                """INSERT INTO gup_signalement.perimetre_competence
                    (service_id, nom, geom, priorite, categories, destinataire_supplementaire)
                    VALUES (%s, %s,
                            ST_Multi(ST_Buffer(ST_SetSRID(ST_MakePoint(%s, %s), 2154), %s, 4)),
                            %s, %s, %s)""",
                (
                    ept[k % len(ept)],
                    "Secteur {}".format(k),
                    x,
                    y,
                    radius,
                    int(rng.integers(0, 4)),
                    cats,
                    bool(rng.random() < 0.05),
                ),
            )
    return db, bbox


def random_reports(db, rng, bbox, n):
    """Points inside the territory (95 %) or anywhere in its bounding box (5 %)."""
    territory = shapely.union_all([c.geometry for c in rr.list_commune_areas(db)])
    shapely.prepare(territory)
    x = rng.uniform(bbox[0], bbox[2], 3 * n)
    y = rng.uniform(bbox[1], bbox[3], 3 * n)
    inside = shapely.contains_xy(territory, x, y)
    keep = np.flatnonzero(inside)[: n - n // 20]
    keep = np.sort(np.r_[keep, np.flatnonzero(~inside)[: n - len(keep)]])
    x, y = x[keep], y[keep]
    order = rng.permutation(n)
    x, y = x[order], y[order]
    categories = np.array(TOPS, dtype=object)[rng.integers(0, len(TOPS), n)]
    audiences = np.array(["agents", "public"], dtype=object)[rng.integers(0, 2, n)]
    days = np.datetime64("2024-01-01") + rng.integers(0, 365, n).astype("timedelta64[D]")
    return x, y, categories, audiences, days


def bench_core(db, x, y, categories, audiences, days):
    router, _t = timed("core: load rules and build spatial indexes", rr.load_router, db)
    reports, t_points = timed(
        "core: {:,} reports as columns (no shapely point)".format(len(x)),
        Reports.from_xy,
        x,
        y,
        categories,
        audiences,
        days,
    )
    result, t_route = timed("core: route {:,} reports".format(len(x)), router.route, reports)
    sample = min(100000, len(x))
    _s, t_sentences = timed(
        "core: French sentences for {:,} reports".format(sample),
        lambda: [result.sentence(i) for i in range(sample)],
    )
    statuses, counts = np.unique(result.status, return_counts=True)
    print("  statuses:", dict(zip(statuses.tolist(), counts.tolist())))
    return t_route, t_points, t_sentences * len(x) / sample


def bench_qgis(db, x, y, categories):
    """native:joinattributesbylocation (intersects, one-to-many) of the points on the perimeters."""
    from qgis.core import (
        QgsApplication,
        QgsFeature,
        QgsField,
        QgsGeometry,
        QgsPointXY,
        QgsVectorLayer,
    )
    from qgis.PyQt.QtCore import QVariant

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    import processing
    from processing.core.Processing import Processing

    Processing.initialize()
    perimeters = QgsVectorLayer(
        "MultiPolygon?crs=EPSG:2154&field=id:integer&field=service_id:integer",
        "perimeters",
        "memory",
    )
    features = []
    for p in rr.list_perimeters(db):
        feature = QgsFeature(perimeters.fields())
        geometry = QgsGeometry()
        geometry.fromWkb(p.geometry.wkb)
        feature.setGeometry(geometry)
        feature.setAttributes([p.id, p.service_id])
        features.append(feature)
    perimeters.dataProvider().addFeatures(features)
    points = QgsVectorLayer("Point?crs=EPSG:2154&field=categorie:string", "reports", "memory")
    points.dataProvider().addAttributes([QgsField("n", QVariant.Int)])
    points.updateFields()
    for start in range(0, len(x), 100000):  # in chunks: a million QgsFeatures at once is heavy
        features = []
        for i in range(start, min(start + 100000, len(x))):
            feature = QgsFeature(points.fields())
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x[i]), float(y[i]))))
            feature.setAttributes([categories[i], i])
            features.append(feature)
        points.dataProvider().addFeatures(features)
    result, elapsed = timed(
        "QGIS: joinattributesbylocation, {:,} points".format(len(x)),
        processing.run,
        "native:joinattributesbylocation",
        {
            "INPUT": points,
            "JOIN": perimeters,
            "PREDICATE": [0],
            "METHOD": 0,
            "DISCARD_NONMATCHING": False,
            "OUTPUT": "memory:",
        },
    )
    print("  QGIS output features: {:,}".format(result["OUTPUT"].featureCount()))
    return elapsed


def vacuum(db):
    db.connection.autocommit = True
    db.connection.cursor().execute("VACUUM ANALYZE gup_signalement.signalement")
    db.connection.autocommit = False


def bench_database(db, n, seed):
    """Reports stored unrouted (every trigger of the table disabled while they are inserted),
    then reroute() vs a bare UPDATE ... FROM ... ST_Intersects on the same table. Returns the
    times and the rows each side wrote."""
    cats = "ARRAY[{}]".format(",".join("'{}'".format(t) for t in TOPS))
    with db.transaction() as cur:
        cur.execute("SELECT setseed(%s)", (seed / 2**31,))
        cur.execute("ALTER TABLE gup_signalement.signalement DISABLE TRIGGER USER")
        cur.execute(
            """
            INSERT INTO gup_signalement.signalement
                (categorie_code, audience, date_signalement, geom)
            SELECT ({cats})[1 + floor(random() * {k})::int],
                   CASE WHEN random() < 0.5 THEN 'agents' ELSE 'public' END,
                   timestamptz '2024-01-01' + random() * interval '365 days',
                   ST_SetSRID(ST_MakePoint(e.x0 + random() * (e.x1 - e.x0),
                                           e.y0 + random() * (e.y1 - e.y0)), 2154)
            FROM generate_series(1, %s),
                 (SELECT ST_XMin(x) x0, ST_XMax(x) x1, ST_YMin(x) y0, ST_YMax(x) y1
                  FROM (SELECT ST_Extent(geom) x FROM gup_signalement.commune) z) e
            """.format(cats=cats, k=len(TOPS)),
            (n,),
        )
        cur.execute("ALTER TABLE gup_signalement.signalement ENABLE TRIGGER USER")
    unrouted = db.scalar(
        "SELECT count(*) FROM gup_signalement.signalement WHERE statut_routage IS NULL"
    )
    print("  reports stored unrouted: {:,} of {:,}".format(unrouted, n))
    if unrouted != n:
        sys.exit(
            "The reports were routed as they were inserted: reroute() would have nothing "
            "to write, the comparison would be meaningless."
        )
    vacuum(db)
    rerouted, t_reroute = timed(
        "database: reroute() of {:,} stored reports".format(n), rr.reroute, db
    )
    print("  rows written by reroute(): {:,}".format(rerouted))
    vacuum(db)

    def bare():
        with db.transaction() as cur:
            cur.execute("""UPDATE gup_signalement.signalement s SET service_id = p.service_id
                           FROM gup_signalement.perimetre_competence p
                           WHERE ST_Intersects(p.geom, s.geom)""")
            return cur.rowcount

    bare_rows, t_bare = timed("database: bare UPDATE ... FROM ... ST_Intersects", bare)
    print("  rows written by the bare UPDATE: {:,}".format(bare_rows))
    return t_reroute, rerouted, t_bare, bare_rows


def comparable(rows_a, rows_b):
    """Whether two sides wrote about as many rows (the smaller at least ROWS_TOLERANCE of the
    larger) for their times to be compared."""
    return min(rows_a, rows_b) >= ROWS_TOLERANCE * max(rows_a, rows_b) > 0


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reports", type=int, default=1000000)
    parser.add_argument("--perimeters", type=int, default=500)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--skip-database", action="store_true")
    args = parser.parse_args()
    admin_dsn = os.environ.get("GUP_BENCH_PG") or os.environ.get("GUP_TEST_PG")
    if not admin_dsn:
        sys.exit("Set GUP_BENCH_PG to an admin DSN of a PostGIS server.")
    name = "gup_bench_" + uuid.uuid4().hex[:8]
    admin(admin_dsn, "CREATE DATABASE {}".format(name))
    dsn = " ".join(
        [p for p in admin_dsn.split() if not p.startswith("dbname=")] + ["dbname=" + name]
    )
    rng = np.random.default_rng(args.seed)
    try:
        print("Setting up database {} ...".format(name), flush=True)
        db, bbox = build_database(dsn, rng, args.perimeters)
        print(
            "  perimeters: {}".format(
                db.scalar("SELECT count(*) FROM gup_signalement.perimetre_competence")
            )
        )
        x, y, categories, audiences, days = random_reports(db, rng, bbox, args.reports)
        print("Core executor ({:,} reports)".format(args.reports), flush=True)
        t_core, t_points, t_sentences = bench_core(db, x, y, categories, audiences, days)
        print("QGIS (the same {:,} reports)".format(args.reports), flush=True)
        t_qgis = bench_qgis(db, x, y, categories)
        print(
            "RATIO QGIS / core routing: {:.1f}x (QGIS {:.1f} s, core {:.2f} s; with building the "
            "reports {:.1f}x)".format(t_qgis / t_core, t_qgis, t_core, t_qgis / (t_core + t_points))
        )
        print(
            "  core with French sentences for every report: {:.2f} s -> {:.1f}x".format(
                t_core + t_sentences, t_qgis / (t_core + t_sentences)
            )
        )
        if not args.skip_database:
            print("Database executor ({:,} stored reports)".format(args.reports), flush=True)
            t_reroute, rerouted, t_bare, bare_rows = bench_database(db, args.reports, args.seed)
            if comparable(rerouted, bare_rows):
                print(
                    "RATIO reroute() / bare UPDATE: {:.2f}x ({:,} and {:,} rows written)".format(
                        t_reroute / t_bare, rerouted, bare_rows
                    )
                )
            else:
                print(
                    "NO RATIO reroute() / bare UPDATE: they wrote {:,} and {:,} rows, not the "
                    "same work".format(rerouted, bare_rows)
                )
        db.close()
    finally:
        admin(admin_dsn, "DROP DATABASE IF EXISTS {} WITH (FORCE)".format(name))


if __name__ == "__main__":
    main()

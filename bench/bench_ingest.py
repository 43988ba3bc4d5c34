"""Benchmark: ingest N Open311 requests served in pages by the loopback server into PostGIS,
checked by the quality guard, stored once and routed on arrival (demo services, perimeters and
category matrix), end to end; then the same sync again with nothing changed. For reference, in
the same run: the fetch and parse alone (no database), and a bare INSERT of the same rows
(no guard, no fingerprints, no routing trigger). Prints the figures; asserts nothing.

    GUP_BENCH_PG="host=127.0.0.1 port=54332 user=postgres dbname=postgres" \\
        .venv/bin/python bench/bench_ingest.py [--count 100000] [--page-size 1000]
"""

import argparse
import contextlib
import datetime as dt
import multiprocessing
import os
import sys
import uuid
from pathlib import Path

import psycopg2.extras

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from bench_open311_fetch import machine  # noqa: E402
from bench_routing import admin, timed  # noqa: E402
from demo_routing import create_services_and_perimeters  # noqa: E402

from gup_signalement_plugin.connectors.open311_client import Open311Client  # noqa: E402
from gup_signalement_plugin.db.database import Database  # noqa: E402
from gup_signalement_plugin.usecases import catalogue as catalogue_uc  # noqa: E402
from gup_signalement_plugin.usecases import ingest as ingest_uc  # noqa: E402
from tests.helpers import DEFAULT_CATALOGUE, DEMO_SETTINGS, commune_records  # noqa: E402
from tests.open311_server import PARIS_WINTER, Open311TestServer, synthetic_requests  # noqa: E402

# a year of requests from February 2025, when the demo category matrix is in force
FIRST_REQUEST = dt.datetime(2025, 2, 1, tzinfo=PARIS_WINTER)
SINCE = dt.datetime(2025, 1, 15, tzinfo=dt.timezone.utc)
UNTIL = dt.datetime(2026, 2, 15, tzinfo=dt.timezone.utc)


def _serve(count, urls, stop):
    """Child process: the loopback server, until told to stop."""
    with Open311TestServer(
        items=synthetic_requests(count, seed=1, start=FIRST_REQUEST),
        lifetime=1800,
        max_calls=100000,
    ) as server:
        urls.put(server.url)
        stop.wait(1800)


@contextlib.contextmanager
def server_process(count):
    """The Open311 server in a process of its own, as a real server is: its JSON encoding does
    not compete with the client for the interpreter."""
    context = multiprocessing.get_context("spawn")
    urls, stop = context.Queue(), context.Event()
    child = context.Process(target=_serve, args=(count, urls, stop), daemon=True)
    child.start()
    try:
        yield urls.get(timeout=300)
    finally:
        stop.set()
        child.join(10)


def fetch_only(url, page_size):
    client = Open311Client(url, "bench", page_size=page_size)
    return sum(len(page.reports) for page in client.requests_window(SINCE, UNTIL))


def bare_insert(db, url, page_size):
    """The same requests fetched and inserted as they come, into a table without checks;
    returns the rows written."""
    with db.transaction() as cur:
        cur.execute(
            "CREATE TABLE bare (id_externe text, categorie text, moment timestamptz, "
            "description text, geom geometry(Point, 2154))"
        )
    client = Open311Client(url, "bench", page_size=page_size)
    for page in client.requests_window(SINCE, UNTIL):
        with db.transaction() as cur:
            psycopg2.extras.execute_values(
                cur,
                "INSERT INTO bare VALUES %s",
                [
                    (r.external_id, r.service_code, r.requested_at, r.description, r.lon, r.lat)
                    for r in page.reports
                    if r.lon is not None
                ],
                template=(
                    "(%s, %s, %s, %s, ST_Transform(ST_SetSRID(ST_MakePoint(%s, %s), 4326), 2154))"
                ),
                page_size=1000,
            )
    return db.scalar("SELECT count(*) FROM bare")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100000)
    parser.add_argument("--page-size", type=int, default=1000)
    parser.add_argument("--keep", action="store_true", help="keep the database (to look into it)")
    args = parser.parse_args()
    admin_dsn = os.environ.get(
        "GUP_BENCH_PG", "host=127.0.0.1 port=54332 user=postgres dbname=postgres"
    )
    name = "gup_bench_ingest_" + uuid.uuid4().hex[:6]
    admin(admin_dsn, "CREATE DATABASE " + name)
    dsn = " ".join(
        [p for p in admin_dsn.split() if not p.startswith("dbname=")] + ["dbname=" + name]
    )
    print("Machine:", machine())
    print(
        "Ingest of {} Open311 requests in pages of {} (loopback server, JSON)".format(
            args.count, args.page_size
        )
    )
    try:
        with Database(dsn, author="bench") as db, server_process(args.count) as url:
            catalogue_uc.create_structure(db)
            catalogue_uc.import_communes(db, commune_records(), 4326)
            catalogue_uc.import_catalogue(
                db, DEFAULT_CATALOGUE.read_bytes(), DEFAULT_CATALOGUE.name
            )
            catalogue_uc.import_settings(db, DEMO_SETTINGS.read_bytes(), DEMO_SETTINGS.name)
            create_services_and_perimeters(db)
            ingest_uc.save_source(
                db,
                ingest_uc.Source(
                    nom="bench",
                    type="open311",
                    url=url,
                    taille_page=args.page_size,
                    synchro_depuis=SINCE,
                    mapping={"0042": "graffitis"},
                ),
            )
            fetched, t_fetch = timed(
                "reference: fetch + parse only (no database)", fetch_only, url, args.page_size
            )
            bare_rows, t_bare = timed(
                "reference: fetch + bare INSERT (no guard, no routing)",
                bare_insert,
                db,
                url,
                args.page_size,
            )
            first, t_first = timed(
                "sync: fetch, guard, store once, route (first run)",
                ingest_uc.sync_open311,
                db,
                "bench",
                until=UNTIL,
            )
            again, t_again = timed(
                "sync again, nothing changed",
                ingest_uc.sync_open311,
                db,
                "bench",
                until=UNTIL,
                full=True,
            )
    finally:
        if args.keep:
            print("Database kept:", dsn)
        else:
            admin(admin_dsn, "DROP DATABASE IF EXISTS {} WITH (FORCE)".format(name))
    print("  first run : {}".format(first.counts.describe()))
    print("  second run: {}".format(again.counts.describe()))
    print(
        "  rows written: first sync {:,} ({:,} stored, {:,} quarantined), bare INSERT {:,}".format(
            first.counts.new,
            first.counts.new - first.counts.quarantined,
            first.counts.quarantined,
            bare_rows,
        )
    )
    print(
        "Figures: {} requests; first sync {:.1f} s ({:.0f}/s, target <= 20 s); unchanged re-sync "
        "{:.1f} s (target <= 5 s); first sync = {:.1f}x fetch-only, {:.1f}x bare INSERT; "
        "re-sync = {:.1f}x fetch-only".format(
            fetched,
            t_first,
            fetched / t_first,
            t_again,
            t_first / t_fetch,
            t_first / t_bare,
            t_again / t_fetch,
        )
    )


if __name__ == "__main__":
    main()

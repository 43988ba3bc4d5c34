"""Incoming reports stored once, on a real PostGIS, fed by a real Open311 server on loopback:
idempotency, updates, resume after a server killed mid-sync or a database connection lost
mid-import, the quarantine and its release, the phone channel."""

import datetime as dt

import psycopg2
import pytest
import shapely

from gup_signalement_plugin.core.errors import GupError
from gup_signalement_plugin.core.incoming import IncomingReport
from gup_signalement_plugin.core.open311_parse import Open311Error, report_from_record
from gup_signalement_plugin.db import ingest_repository as ingest
from gup_signalement_plugin.db.database import Database, DatabaseError
from gup_signalement_plugin.usecases import ingest as ingest_uc
from tests.open311_server import Faults, Open311TestServer, synthetic_requests

pytestmark = pytest.mark.postgis
SINCE = dt.datetime(
    2023, 12, 1, tzinfo=dt.timezone.utc
)  # the first 90-day window holds 60 days of requests
UNTIL = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)
MAPPING = {"0042": "graffitis"}  # the other codes of the test server are our own codes
VITRY = (2.3920, 48.7872)  # lon, lat inside Vitry-sur-Seine


def report(external_id, **fields):
    """A file-channel report in Vitry-sur-Seine."""
    values = dict(
        source="lot",
        external_id=external_id,
        service_code="voirie",
        description="ligne {}".format(external_id),
        requested_at=dt.datetime(2024, 5, 1, 8, tzinfo=dt.timezone.utc),
        lon=VITRY[0],
        lat=VITRY[1],
    )
    values.update(fields)
    return IncomingReport(**values)


def add_source(db, url, name="appli", page_size=100):
    ingest.save_source(
        db,
        ingest.Source(
            nom=name,
            type="open311",
            url=url,
            taille_page=page_size,
            synchro_depuis=SINCE,
            mapping=dict(MAPPING),
        ),
    )


def sync(db, name="appli", **kwargs):
    return ingest_uc.sync_open311(db, name, until=UNTIL, **kwargs)


def stored_ids(db, table="signalement"):
    return db.query(
        "SELECT id_externe, count(*) AS n FROM gup_signalement.{} GROUP BY 1".format(table)
    )


def totals(db):
    """(reports stored, quarantine rows, any id stored twice)."""
    stored, quarantined = stored_ids(db), stored_ids(db, "quarantaine")
    twice = any(r["n"] > 1 for r in stored + quarantined)
    both = {r["id_externe"] for r in stored} & {
        r["id_externe"]
        for r in db.query(
            "SELECT id_externe FROM gup_signalement.quarantaine WHERE etat = 'pending'"
        )
    }
    return len(stored), len(quarantined), twice or bool(both)


def test_sync_stores_every_request_once_and_a_rerun_changes_nothing(gup_db):
    items = synthetic_requests(1200, seed=3)
    with Open311TestServer(items=items) as server:
        add_source(gup_db, server.url)
        first = sync(gup_db)
        c = first.counts
        assert c.read == 1200 and c.new == 1200 and c.updated == 0 and c.unchanged == 0
        assert c.pages >= 12  # at least one page per 100 requests (and one a 90-day window)
        n_stored, n_quarantined, duplicated = totals(gup_db)
        assert not duplicated and n_stored + n_quarantined == 1200
        assert c.quarantined == n_quarantined and sum(c.by_routing.values()) == n_stored
        assert set(c.by_reason) <= {"outside_territory", "swapped_coordinates"}  # bbox corners
        assert c.routed == gup_db.scalar(
            "SELECT count(*) FROM gup_signalement.signalement WHERE statut_routage = 'routed'"
        )
        assert (
            gup_db.scalar(
                "SELECT count(*) FROM gup_signalement.signalement "
                "WHERE categorie_code = 'graffitis'"
            )
            > 0
        )  # mapped external code
        second = sync(gup_db, full=True)
    assert second.counts.read == 1200 and second.counts.unchanged == 1200
    assert (second.counts.new, second.counts.updated, second.counts.quarantined) == (0, 0, 0)
    assert totals(gup_db)[:2] == (n_stored, n_quarantined)
    runs = ingest.recent_runs(gup_db)
    assert [r["etat"] for r in runs] == ["done", "done"]
    assert (runs[1]["lus"], runs[1]["nouveaux"], runs[1]["quarantaine"]) == (
        1200,
        1200,
        n_quarantined,
    )
    assert runs[0]["inchanges"] == 1200 and runs[1]["pages"] == c.pages
    source = ingest.get_source(gup_db, "appli")
    assert source.derniere_synchro == UNTIL and source.curseur is None


def test_changed_requests_are_updated_and_nothing_else_is_written(gup_db):
    items = synthetic_requests(300, seed=4)
    with Open311TestServer(items=items) as server:
        add_source(gup_db, server.url)
        sync(gup_db)
        inside = [
            r["id_externe"]
            for r in gup_db.query(
                "SELECT id_externe FROM gup_signalement.signalement ORDER BY id_externe LIMIT 3"
            )
        ]
        before = {
            r["id_externe"]: r["saisi_le"]
            for r in gup_db.query("SELECT id_externe, saisi_le FROM gup_signalement.signalement")
        }
        for item in items:
            if item["service_request_id"] in inside:
                item["status"] = "closed"
                item["description"] += " — traité"
                item["updated_datetime"] = "2024-12-30T10:00:00+01:00"
        again = sync(gup_db, full=True)
    assert (again.counts.updated, again.counts.new, again.counts.unchanged) == (3, 0, 297)
    rows = gup_db.query(
        "SELECT id_externe, statut, description, date_maj FROM "
        "gup_signalement.signalement WHERE id_externe = ANY(%s)",
        (inside,),
    )
    assert all(r["statut"] == "closed" and r["description"].endswith("traité") for r in rows)
    assert all(r["date_maj"] == dt.datetime(2024, 12, 30, 9, tzinfo=dt.timezone.utc) for r in rows)
    assert len(before) == gup_db.scalar("SELECT count(*) FROM gup_signalement.signalement")


def test_server_killed_mid_sync_keeps_the_pages_and_the_next_run_resumes(gup_db):
    items = synthetic_requests(1000, seed=5, span_days=60)
    with Open311TestServer(items=items, faults=Faults(die_after_page=3)) as dying:
        add_source(gup_db, dying.url)
        with pytest.raises(Open311Error) as error:
            sync(gup_db, full=True)
    assert "Kept so far: 3 page(s), 300 request(s)" in str(error.value)
    assert sum(totals(gup_db)[:2]) == 300
    source = ingest.get_source(gup_db, "appli")
    assert source.curseur["page"] == 3
    assert ingest.recent_runs(gup_db)[0]["etat"] == "failed"
    with Open311TestServer(items=items) as server:  # the server is back (on another port)
        add_source(gup_db, server.url)
        resumed = sync(gup_db)
        pages = [int(params["page"]) for _path, params in server.calls]
    assert resumed.resumed_from and pages[0] == 4
    assert resumed.counts.new == 700 and resumed.counts.unchanged == 0
    n_stored, n_quarantined, duplicated = totals(gup_db)
    assert n_stored + n_quarantined == 1000 and not duplicated
    assert ingest.get_source(gup_db, "appli").curseur is None


def test_database_connection_lost_mid_import_then_rerun_completes(gup_dsn, admin_dsn_for):
    items = synthetic_requests(800, seed=6, span_days=60)
    db = Database(gup_dsn, author="pytest")
    pages_seen = []

    def kill_my_session_at_page_3():
        pages_seen.append(1)
        if len(pages_seen) == 4:  # pages 1-3 are committed, the 4th batch is about to be written
            admin = psycopg2.connect(admin_dsn_for("postgres"))
            admin.autocommit = True
            with admin.cursor() as cur:
                cur.execute("SELECT pg_terminate_backend(%s)", (db.connection.get_backend_pid(),))
            admin.close()
        return False

    with Open311TestServer(items=items) as server:
        add_source(db, server.url)
        with pytest.raises(DatabaseError, match="connection to the database was lost"):
            sync(db, full=True, is_canceled=kill_my_session_at_page_3)
        db.close()
        fresh = Database(gup_dsn, author="pytest")
        assert sum(totals(fresh)[:2]) == 300
        again = sync(fresh)
    assert again.resumed_from and again.counts.new == 500
    n_stored, n_quarantined, duplicated = totals(fresh)
    assert n_stored + n_quarantined == 800 and not duplicated
    states = [r["etat"] for r in ingest.recent_runs(fresh)]
    assert states == ["done", "failed"]  # the interrupted run was closed by the next one
    fresh.close()


def test_open311_error_document_shown_and_run_logged_failed(gup_db):
    with Open311TestServer(count=10, api_key="right") as server:
        add_source(gup_db, server.url)
        with pytest.raises(Open311Error, match="Invalid api_key"):
            ingest_uc.sync_open311(gup_db, "appli", api_key="wrong", until=UNTIL)
        assert ingest.recent_runs(gup_db)[0]["etat"] == "failed"
        assert sync(gup_db, api_key="right").counts.read == 10


def test_a_source_is_synchronised_by_one_session_at_a_time(gup_db, gup_dsn):
    add_source(gup_db, "http://127.0.0.1:9/none")
    other = Database(gup_dsn)
    assert ingest.try_lock_source(other, "appli")
    try:
        with pytest.raises(GupError, match="another session"):
            sync(gup_db)
    finally:
        other.close()


def odd_requests():
    """One request per quality rule, plus a good one."""
    base = {
        "status": "open",
        "service_code": "voirie",
        "description": "Nid de poule",
        "requested_datetime": "2024-03-01T10:00:00+01:00",
        "updated_datetime": "",
        "long": VITRY[0],
        "lat": VITRY[1],
        "address": "1 avenue de l'Abbé Roger Derry",
    }
    changes = {
        "good": {},
        "nocoords": {"long": None, "lat": None},
        "zero": {"long": 0, "lat": 0},
        "swapped": {"long": VITRY[1], "lat": VITRY[0]},
        "unknown": {"service_code": "999"},
        "future": {"requested_datetime": "2031-01-01T10:00:00+01:00"},
        "old": {"requested_datetime": "1999-06-01T10:00:00"},
        "mojibake": {"description": "DÃ©pÃ´t prÃ¨s de l'Ã©cole"},
        "outside": {"long": 2.35, "lat": 48.86},
    }
    return [dict(base, service_request_id=key, **change) for key, change in changes.items()]


def odd_reports():
    return [
        report_from_record(item, "lot", "item {}".format(i))
        for i, item in enumerate(odd_requests())
    ]


def test_quarantine_reasons_release_with_fixes_and_rejection(gup_db):
    result = ingest_uc.import_reports(gup_db, "lot", odd_reports())
    assert result.counts.new == 9 and result.counts.quarantined == 8
    rows = {r["id_externe"]: r for r in ingest.quarantined(gup_db)}
    assert {k: r["raisons"] for k, r in rows.items()} == {
        "nocoords": ["missing_coordinates"],
        "zero": ["missing_coordinates"],
        "swapped": ["swapped_coordinates"],
        "unknown": ["unknown_category"],
        "future": ["date_in_future"],
        "old": ["date_before_2000"],
        "mojibake": ["mojibake"],
        "outside": ["outside_territory"],
    }
    placed = gup_db.query(
        "SELECT id_externe FROM gup_signalement.quarantaine WHERE geom IS NOT NULL ORDER BY 1"
    )
    assert [r["id_externe"] for r in placed] == [
        "future",
        "mojibake",
        "old",
        "outside",
        "swapped",
        "unknown",
    ]

    # the guard's proposals fix the swapped coordinates and the double-encoded text
    released = ingest_uc.release_quarantined(gup_db, use_proposals=True)
    assert released.released == 2 and released.still_quarantined == 6
    text = gup_db.scalar(
        "SELECT description FROM gup_signalement.signalement WHERE id_externe = 'mojibake'"
    )
    assert text == "Dépôt près de l'école"

    # a person picks the category of the unknown code and places the point of 'nocoords'
    with gup_db.transaction() as cur:
        cur.execute(
            "UPDATE gup_signalement.quarantaine SET categorie_code = 'voirie' "
            "WHERE id_externe = 'unknown'"
        )
        cur.execute(
            "UPDATE gup_signalement.quarantaine SET geom = ST_Transform(ST_SetSRID("
            "ST_MakePoint(%s, %s), 4326), 2154) WHERE id_externe = 'nocoords'",
            VITRY,
        )
    moved = gup_db.query(
        "SELECT longitude, latitude FROM gup_signalement.quarantaine WHERE id_externe = 'nocoords'"
    )[0]
    assert moved["longitude"] == pytest.approx(VITRY[0]) and moved["latitude"] == pytest.approx(
        VITRY[1]
    )
    ids = [rows["unknown"]["id"], rows["nocoords"]["id"]]
    assert ingest_uc.release_quarantined(gup_db, ids).released == 2
    routed = gup_db.query(
        "SELECT id_externe, categorie_code, statut_routage FROM gup_signalement.signalement "
        "ORDER BY id_externe"
    )
    assert [r["id_externe"] for r in routed] == [
        "good",
        "mojibake",
        "nocoords",
        "swapped",
        "unknown",
    ]
    assert all(r["statut_routage"] is not None for r in routed)
    who = gup_db.scalar(
        "SELECT traite_par FROM gup_signalement.quarantaine WHERE id_externe = 'unknown'"
    )
    assert who == "pytest"
    assert (
        ingest_uc.reject_quarantined(
            gup_db, [rows["outside"]["id"]], "hors territoire, transmis à Paris"
        )
        == 1
    )

    # reading the same records again: nothing is written, the rejected one stays rejected
    again = ingest_uc.import_reports(gup_db, "lot", odd_reports())
    assert again.counts.unchanged == 9 and again.counts.quarantined == 0
    states = {
        r["id_externe"]: r["etat"]
        for r in gup_db.query("SELECT id_externe, etat FROM gup_signalement.quarantaine")
    }
    assert states["outside"] == "rejected" and states["unknown"] == "released"
    assert totals(gup_db)[2] is False


def test_phone_entry_is_checked_stored_and_routed(gup_db):
    done = ingest_uc.enter_phone_report(
        gup_db, "proprete", VITRY[0], VITRY[1], "Sacs poubelle devant le n°3", "3 rue Jean Jaurès"
    )
    assert done.stored and done.routing_status in ("routed", "triage", "not_open")
    assert "Vitry-sur-Seine" in done.sentence
    outside = ingest_uc.enter_phone_report(gup_db, "proprete", 2.35, 48.86, "Paris")
    assert not outside.stored and "outside the communes" in outside.reasons[0]
    assert (
        gup_db.scalar("SELECT count(*) FROM gup_signalement.signalement WHERE source = 'telephone'")
        == 1
    )


def test_text_with_tabs_newlines_backslashes_and_nul_is_stored_as_received(gup_db):
    text = "Ligne 1\tcolonne\nLigne 2 \\N c:\\temp\r\x00fin"
    report = IncomingReport(
        source="lot",
        external_id="t1",
        service_code="voirie",
        description=text,
        requested_at=dt.datetime(2024, 5, 1, 8, tzinfo=dt.timezone.utc),
        lon=VITRY[0],
        lat=VITRY[1],
        raw={"description": text},
    )
    assert ingest_uc.import_reports(gup_db, "lot", [report]).counts.new == 1
    row = gup_db.query(
        "SELECT description, donnees_source ->> 'description' AS raw "
        "FROM gup_signalement.signalement WHERE id_externe = 't1'"
    )[0]
    assert row["description"] == row["raw"] == text.replace("\x00", "\ufffd")


def test_file_reports_imported_in_batches_and_again_without_duplicates(gup_db):
    reports = [
        IncomingReport(
            source="fichier-test",
            external_id=str(i),
            service_code="voirie",
            description="ligne {}".format(i),
            requested_at=dt.datetime(2024, 5, 1, 8, tzinfo=dt.timezone.utc),
            lon=VITRY[0] + i * 1e-4,
            lat=VITRY[1],
            where="line {}".format(i + 2),
        )
        for i in range(250)
    ]
    first = ingest_uc.import_reports(gup_db, "fichier-test", reports, batch_size=100)
    assert (first.counts.new, first.counts.pages) == (250, 3)
    again = ingest_uc.import_reports(gup_db, "fichier-test", reports, batch_size=100)
    assert (again.counts.new, again.counts.unchanged) == (0, 250)
    assert ingest.get_source(gup_db, "fichier-test").type == "fichier"


def test_cancel_keeps_the_pages_stored_and_logs_the_run(gup_db):
    with Open311TestServer(items=synthetic_requests(500, seed=7, span_days=60)) as server:
        add_source(gup_db, server.url)
        calls = []
        with pytest.raises(ingest_uc.Canceled, match="after 2 page"):
            sync(gup_db, full=True, is_canceled=lambda: calls.append(1) or len(calls) > 2)
    assert sum(totals(gup_db)[:2]) == 200
    run = ingest.recent_runs(gup_db)[0]
    assert run["etat"] == "canceled" and run["lus"] == 200


@pytest.mark.parametrize("newest_first", [False, True])
def test_resume_finishes_the_interrupted_window_even_when_the_end_moved(gup_db, newest_first):
    items = synthetic_requests(1000, seed=9, span_days=60)
    first_end = dt.datetime(2024, 2, 1, tzinfo=dt.timezone.utc)
    with Open311TestServer(
        items=items, faults=Faults(die_after_page=2), newest_first=newest_first
    ) as dying:
        add_source(gup_db, dying.url)
        with pytest.raises(Open311Error):
            ingest_uc.sync_open311(gup_db, "appli", until=first_end, full=True)
    with Open311TestServer(items=items, newest_first=newest_first) as server:
        add_source(gup_db, server.url)
        # a later end than the first run
        resumed = ingest_uc.sync_open311(gup_db, "appli", until=UNTIL)
    assert resumed.resumed_from
    n_stored, n_quarantined, duplicated = totals(gup_db)
    assert n_stored + n_quarantined == 1000 and not duplicated


def test_resume_with_another_page_size_restarts_the_window(gup_db):
    items = synthetic_requests(1000, seed=10, span_days=60)
    with Open311TestServer(items=items, faults=Faults(die_after_page=3)) as dying:
        add_source(gup_db, dying.url, page_size=100)
        with pytest.raises(Open311Error):
            sync(gup_db, full=True)
    with Open311TestServer(items=items) as server:
        add_source(gup_db, server.url, page_size=500)
        again = sync(gup_db)
    assert again.counts.unchanged == 300 and again.counts.new == 700
    assert sum(totals(gup_db)[:2]) == 1000


def test_a_rejected_record_read_again_elsewhere_stays_rejected(gup_db):
    record = dict(odd_requests()[0], service_request_id="r1", status="in progress")  # malformed
    first = report_from_record(record, "lot", "file a.csv line 2")
    assert ingest_uc.import_reports(gup_db, "lot", [first]).counts.quarantined == 1
    row = ingest.quarantined(gup_db)[0]
    assert row["raisons"] == ["malformed"]
    ingest_uc.reject_quarantined(gup_db, [row["id"]], "doublon")
    moved = report_from_record(record, "lot", "file b.csv line 9")  # same record, other place
    assert ingest_uc.import_reports(gup_db, "lot", [moved]).counts.unchanged == 1
    assert gup_db.scalar("SELECT etat FROM gup_signalement.quarantaine") == "rejected"


def test_release_keeps_unstorable_rows_and_releases_the_others(gup_db):
    malformed = report_from_record(
        dict(odd_requests()[0], service_request_id="m1", status="in progress"), "lot", "item 1"
    )
    unknown = report_from_record(
        dict(odd_requests()[0], service_request_id="u1", service_code="999"), "lot", "item 2"
    )
    ingest_uc.import_reports(gup_db, "lot", [malformed, unknown])
    with gup_db.transaction() as cur:
        cur.execute("UPDATE gup_signalement.quarantaine SET categorie_code = 'voirie'")
    released = ingest_uc.release_quarantined(gup_db)
    assert (released.released, released.still_quarantined) == (1, 1)
    assert released.by_reason == {"malformed": 1}


def test_a_category_chosen_at_release_is_kept_when_the_record_changes(gup_db):
    record = dict(odd_requests()[0], service_request_id="c1", service_code="XYZ")
    ingest_uc.import_reports(gup_db, "lot", [report_from_record(record, "lot", "item 1")])
    with gup_db.transaction() as cur:
        cur.execute("UPDATE gup_signalement.quarantaine SET categorie_code = 'depots_sauvages'")
    assert ingest_uc.release_quarantined(gup_db).released == 1
    closed = dict(record, status="closed", updated_datetime="2024-03-05T10:00:00+01:00")
    again = ingest_uc.import_reports(gup_db, "lot", [report_from_record(closed, "lot", "item 1")])
    assert (again.counts.updated, again.counts.quarantined) == (1, 0)
    row = gup_db.query(
        "SELECT statut, categorie_code, code_service_externe "
        "FROM gup_signalement.signalement WHERE id_externe = 'c1'"
    )[0]
    assert row == {
        "statut": "closed",
        "categorie_code": "depots_sauvages",
        "code_service_externe": "XYZ",
    }


def test_nan_in_a_raw_record_does_not_fail_the_page(gup_db):
    good = report_from_record(dict(odd_requests()[0], service_request_id="n1"), "lot", "item 1")
    odd = report_from_record(dict(odd_requests()[0], service_request_id="n2"), "lot", "item 2")
    odd.raw["extra"] = float("nan")
    odd.raw["nested"] = {"inf": float("inf"), "text": "a\\u0000b"}
    assert ingest_uc.import_reports(gup_db, "lot", [good, odd]).counts.new == 2
    raw = gup_db.scalar(
        "SELECT donnees_source FROM gup_signalement.signalement WHERE id_externe = 'n2'"
    )
    assert raw["extra"] is None and raw["nested"] == {"inf": None, "text": "a\\u0000b"}


def test_copies_of_an_id_in_a_file_land_in_one_batch(gup_db):
    rows = [report(str(i)) for i in range(5)] + [report("0", description="seconde copie")]
    first = ingest_uc.import_reports(gup_db, "lot", rows, batch_size=2)
    again = ingest_uc.import_reports(gup_db, "lot", rows, batch_size=2)
    assert first.counts.read == again.counts.read == 6
    assert (again.counts.new, again.counts.updated, again.counts.unchanged) == (0, 0, 6)


def test_an_unexpected_error_closes_the_run_as_failed(gup_db, monkeypatch):
    def broken(*_args, **_kwargs):
        raise KeyError("boom")

    monkeypatch.setattr(ingest_uc, "plan_batch", broken)
    with pytest.raises(KeyError):
        ingest_uc.import_reports(gup_db, "lot", [report("1")])
    run = ingest.recent_runs(gup_db)[0]
    assert run["etat"] == "failed" and run["message"].startswith("KeyError")


def test_release_waits_for_no_sync_of_the_same_source(gup_db, gup_dsn):
    ingest_uc.import_reports(gup_db, "lot", [report("q1", lon=None, lat=None)])
    other = Database(gup_dsn)
    assert ingest.try_lock_source(other, "lot")
    try:
        with pytest.raises(GupError, match="another session"):
            ingest_uc.release_quarantined(gup_db)
    finally:
        other.close()


# --- updates of stored and quarantined reports --------------------------------------------------


def quarantine_row(db, external_id):
    return db.query(
        "SELECT id, etat, raisons, details, categorie_code, longitude, latitude, "
        "description, motif_rejet, traite_par, ST_AsText(ST_Transform(geom, 4326)) "
        "AS point FROM gup_signalement.quarantaine WHERE id_externe = %s",
        (external_id,),
    )[0]


def stored_row(db, external_id):
    return db.query(
        "SELECT statut, categorie_code, code_service_externe, code_insee, description, "
        "ST_X(ST_Transform(geom, 4326)) AS lon, ST_Y(ST_Transform(geom, 4326)) AS lat "
        "FROM gup_signalement.signalement WHERE id_externe = %s",
        (external_id,),
    )[0]


def receive(db, record):
    """One Open311-like record read from a file of source 'lot'."""
    return ingest_uc.import_reports(db, "lot", [report_from_record(record, "lot", "item 1")]).counts


def choose_category(db, external_id, category):
    """What a person does in the quarantine layer."""
    with db.transaction() as cur:
        cur.execute(
            "UPDATE gup_signalement.quarantaine SET categorie_code = %s WHERE id_externe = %s",
            (category, external_id),
        )


def released_by_hand(db, record, category="depots_sauvages"):
    """A record with an unmapped code, given a category by a person and released."""
    assert receive(db, record).by_reason == {"unknown_category": 1}
    choose_category(db, record["service_request_id"], category)
    assert ingest_uc.release_quarantined(db).released == 1


def test_release_with_fixes_keeps_them_when_another_reason_remains(gup_db):
    damaged = dict(
        odd_requests()[0],
        service_request_id="sw",
        service_code="XYZ",
        long=VITRY[1],
        lat=VITRY[0],
        description="DÃ©pÃ´t prÃ¨s de l'Ã©cole",
    )
    receive(gup_db, damaged)
    assert quarantine_row(gup_db, "sw")["raisons"] == [
        "swapped_coordinates",
        "unknown_category",
        "mojibake",
    ]

    # fixes not accepted stay proposed, the row as received
    kept = ingest_uc.release_quarantined(gup_db)
    assert (kept.released, kept.still_quarantined) == (0, 1)
    row = quarantine_row(gup_db, "sw")
    assert row["raisons"] == ["swapped_coordinates", "unknown_category", "mojibake"]
    assert [d["proposal"] is not None for d in row["details"]] == [True, False, True]
    assert (row["longitude"], row["latitude"]) == (VITRY[1], VITRY[0])

    # accepted fixes are applied to the quarantined row although the category is still unknown
    fixed = ingest_uc.release_quarantined(gup_db, use_proposals=True)
    assert (fixed.released, fixed.still_quarantined) == (0, 1)
    assert fixed.by_reason == {"unknown_category": 1}
    row = quarantine_row(gup_db, "sw")
    assert row["raisons"] == ["unknown_category"] and len(row["details"]) == 1
    assert (row["longitude"], row["latitude"]) == VITRY
    assert row["point"] == "POINT({} {})".format(*VITRY)  # the point moved with the coordinates
    assert row["description"] == "Dépôt près de l'école"

    # the person chooses the category: the report is stored as fixed
    choose_category(gup_db, "sw", "proprete")
    assert ingest_uc.release_quarantined(gup_db).released == 1
    stored = stored_row(gup_db, "sw")
    assert (stored["lon"], stored["lat"]) == pytest.approx(VITRY, abs=1e-9)
    assert stored["description"] == "Dépôt près de l'école" and stored["code_insee"] == "94081"


def test_release_with_fixes_does_not_undo_a_point_a_person_moved(gup_db):
    receive(gup_db, dict(odd_requests()[0], service_request_id="mv", long=VITRY[1], lat=VITRY[0]))
    assert quarantine_row(gup_db, "mv")["raisons"] == ["swapped_coordinates"]
    placed = (VITRY[0] + 0.002, VITRY[1] - 0.001)  # the person knows the exact place
    with gup_db.transaction() as cur:
        cur.execute(
            "UPDATE gup_signalement.quarantaine SET longitude = %s, latitude = %s "
            "WHERE id_externe = 'mv'",
            placed,
        )
    assert ingest_uc.release_quarantined(gup_db, use_proposals=True).released == 1
    stored = stored_row(gup_db, "mv")
    assert (stored["lon"], stored["lat"]) == pytest.approx(placed, abs=1e-9)


def test_a_category_chosen_by_hand_survives_a_bad_update_then_a_good_one(gup_db):
    record = dict(odd_requests()[0], service_request_id="h1", service_code="XYZ")
    released_by_hand(gup_db, record)
    bad = dict(record, long=None, lat=None, updated_datetime="2024-03-05T10:00:00+01:00")
    assert receive(gup_db, bad).by_reason == {"missing_coordinates": 1}
    row = quarantine_row(gup_db, "h1")
    assert (row["etat"], row["categorie_code"]) == ("pending", "depots_sauvages")
    good = dict(record, status="closed", updated_datetime="2024-03-06T10:00:00+01:00")
    counts = receive(gup_db, good)
    assert (counts.updated, counts.quarantined, counts.released) == (1, 0, 1)
    assert stored_row(gup_db, "h1")["categorie_code"] == "depots_sauvages"
    assert stored_row(gup_db, "h1")["statut"] == "closed"
    assert quarantine_row(gup_db, "h1")["etat"] == "released"


def test_a_category_chosen_in_the_quarantine_is_kept_when_the_record_changes(gup_db):
    record = dict(odd_requests()[0], service_request_id="h2", service_code="XYZ")
    receive(gup_db, record)
    choose_category(gup_db, "h2", "depots_sauvages")  # not released yet
    counts = receive(gup_db, dict(record, description="Toujours là"))
    assert (counts.updated, counts.quarantined, counts.released) == (1, 0, 1)
    assert stored_row(gup_db, "h2")["categorie_code"] == "depots_sauvages"


def test_a_new_external_code_applies_its_mapping_instead_of_the_old_choice(gup_db):
    ingest.save_source(gup_db, ingest.Source(nom="lot", type="fichier", mapping=dict(MAPPING)))
    record = dict(odd_requests()[0], service_request_id="h3", service_code="XYZ")
    released_by_hand(gup_db, record)
    counts = receive(gup_db, dict(record, service_code="0042"))  # mapped to graffitis
    assert (counts.updated, counts.quarantined) == (1, 0)
    row = stored_row(gup_db, "h3")
    assert (row["categorie_code"], row["code_service_externe"]) == ("graffitis", "0042")


def test_a_rejected_report_that_comes_back_changed_is_pending_again(gup_db):
    record = dict(odd_requests()[0], service_request_id="rj", long=2.35, lat=48.86)  # in Paris
    receive(gup_db, record)
    rejected = quarantine_row(gup_db, "rj")["id"]
    assert ingest_uc.reject_quarantined(gup_db, [rejected], "doublon") == 1
    counts = receive(gup_db, dict(record, description="Nid de poule, toujours là"))
    assert (counts.updated, counts.quarantined) == (1, 1)
    row = quarantine_row(gup_db, "rj")
    assert (row["etat"], row["raisons"]) == ("pending", ["outside_territory"])
    assert (row["motif_rejet"], row["traite_par"]) == (None, None)
    assert row["description"] == "Nid de poule, toujours là"


def test_a_released_report_given_a_bad_update_is_pending_again(gup_db):
    record = dict(odd_requests()[0], service_request_id="rl", service_code="XYZ")
    released_by_hand(gup_db, record)
    counts = receive(gup_db, dict(record, requested_datetime="2031-01-01T10:00:00+01:00"))
    assert (counts.updated, counts.quarantined, counts.released) == (1, 1, 0)
    row = quarantine_row(gup_db, "rl")
    assert (row["etat"], row["raisons"], row["traite_par"]) == ("pending", ["date_in_future"], None)
    assert ingest.find_report(gup_db, "lot", "rl")["place"] == "pending"
    assert stored_row(gup_db, "rl")["categorie_code"] == "depots_sauvages"  # the last good one


@pytest.mark.parametrize("first", [{}, {"long": None, "lat": None}], ids=["stored", "quarantined"])
def test_an_update_stores_its_fingerprint_so_a_second_read_is_unchanged(gup_db, first):
    record = dict(odd_requests()[0], service_request_id="fp", **first)
    assert receive(gup_db, record).new == 1
    changed = dict(record, status="closed", updated_datetime="2024-03-05T10:00:00+01:00")
    assert receive(gup_db, changed).updated == 1
    again = receive(gup_db, changed)
    assert (again.unchanged, again.updated, again.quarantined) == (1, 0, 0)


# --- a point exactly on a shared commune border -------------------------------------------------

BORDER_VERTEX = (2.33893, 48.77445)  # shared by Chevilly-Larue (94021) and L'Haÿ-les-Roses
BORDER_MIDPOINT = (2.33481, 48.77049)  # of their edge (2.33584 48.77024, 2.33378 48.77074)


def test_a_point_on_a_shared_commune_border_is_stored_not_quarantined(gup_db):
    guard = ingest.guard_for(gup_db, ingest.ensure_source(gup_db, "lot", "fichier"))
    communes = dict(zip(guard.insee_codes, guard.tree.geometries))
    for point in (BORDER_VERTEX, BORDER_MIDPOINT):  # on the border of the communes as stored
        assert all(communes[code].touches(shapely.Point(point)) for code in ("94021", "94038"))
    counts = ingest_uc.import_reports(
        gup_db,
        "lot",
        [
            report("v", lon=BORDER_VERTEX[0], lat=BORDER_VERTEX[1]),
            report("m", lon=BORDER_MIDPOINT[0], lat=BORDER_MIDPOINT[1]),
        ],
    ).counts
    assert (counts.new, counts.quarantined) == (2, 0)
    assert {stored_row(gup_db, key)["code_insee"] for key in "vm"} <= {"94021", "94038"}

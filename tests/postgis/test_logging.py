"""What the use cases log (docs/DEVELOPER_GUIDE.md, "Logging"): each run's summary, and the
errors they swallow, with their traceback."""

import datetime as dt
import logging

import pytest

from gup_signalement_plugin.core.incoming import IncomingReport
from gup_signalement_plugin.db import ingest_repository as ingest
from gup_signalement_plugin.db.database import Database, DatabaseError
from gup_signalement_plugin.usecases import ingest as ingest_uc
from tests.open311_server import Open311TestServer, synthetic_requests

pytestmark = pytest.mark.postgis
LOGGER = "gup_signalement_plugin.usecases.ingest"
VITRY = (2.3920, 48.7872)


def logged(caplog):
    return [record for record in caplog.records if record.name == LOGGER]


def test_each_run_logs_its_summary(gup_db, caplog):
    caplog.set_level(logging.INFO, logger="gup_signalement_plugin")
    reports = [
        IncomingReport(
            source="lot",
            external_id=str(n),
            service_code="voirie",
            description="ligne {}".format(n),
            lon=VITRY[0],
            lat=VITRY[1],
            requested_at=dt.datetime(2024, 5, 1, 8, tzinfo=dt.timezone.utc),
        )
        for n in (1, 2)
    ]
    result = ingest_uc.import_reports(gup_db, "lot", reports)
    assert [(r.levelno, r.getMessage()) for r in logged(caplog)] == [
        (
            logging.INFO,
            "Run {} of source 'lot' done: 2 read, 2 new, 0 updated, 0 unchanged, 0 "
            "quarantined, 0 released from quarantine, 0 routed; routing: 2 not_open".format(
                result.run_id
            ),
        )
    ]


def test_errors_swallowed_when_the_database_is_gone_are_logged_with_their_traceback(
    gup_dsn, admin_dsn_for, admin_execute, caplog
):
    """The session is killed and the database refuses new ones: the run fails with its own
    error; closing the run and unlocking the source, on the way out, fail too and are logged."""
    db = Database(gup_dsn, author="pytest")
    name = gup_dsn.split("dbname=")[1]

    def lose_the_database():
        admin_execute("ALTER DATABASE {} ALLOW_CONNECTIONS false".format(name))
        admin_execute("SELECT pg_terminate_backend({})".format(db.connection.get_backend_pid()))
        return False

    try:
        with Open311TestServer(items=synthetic_requests(20, seed=6, span_days=60)) as server:
            ingest.save_source(
                db,
                ingest.Source(
                    nom="appli",
                    type="open311",
                    url=server.url,
                    synchro_depuis=dt.datetime(2023, 12, 1, tzinfo=dt.timezone.utc),
                ),
            )
            with pytest.raises(DatabaseError):
                ingest_uc.sync_open311(db, "appli", is_canceled=lose_the_database)
    finally:
        admin_execute("ALTER DATABASE {} ALLOW_CONNECTIONS true".format(name))
        db.close()
    failed, not_closed, not_unlocked = logged(caplog)
    assert failed.levelno == logging.WARNING and failed.getMessage().startswith(
        "Run 1 of source 'appli' failed: "
    )
    assert (not_closed.levelno, not_closed.getMessage()) == (
        logging.WARNING,
        "Run 1 could not be closed as failed; the next run of its source will "
        "close it as interrupted",
    )
    assert (not_unlocked.levelno, not_unlocked.getMessage()) == (
        logging.WARNING,
        "Source 'appli' could not be unlocked (a lost session releases its lock)",
    )
    for record in (not_closed, not_unlocked):
        assert record.exc_info and issubclass(record.exc_info[0], DatabaseError)
        assert "Traceback" in caplog.text

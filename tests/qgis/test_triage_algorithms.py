"""The scheduled triage operations as Processing runs them, on a real PostGIS: delivery settings,
the weekly digest through a loopback SMTP server, the Open311 feedback against the schema,
the reminders table."""

import datetime as dt
import json
import logging
from xml.etree import ElementTree

import pytest

from tests.open311_server import Open311TestServer
from tests.postgis.triage_helpers import add_reports, set_up_services, version
from tests.smtp_server import SmtpTestServer, closed_port, silent_port


def first_day_with(working_days, start):
    """The first day after ``start`` that is ``working_days`` working days after it."""
    from gup_signalement_plugin.core.workdays import working_days_between

    day = start
    while working_days_between(start, day) < working_days:
        day += dt.timedelta(days=1)
    return day


@pytest.fixture
def triage_db(gup_connection, gup_provider):
    """Services A..D (A and C with an address), two roads reports received and assigned today
    (``db.today``, Paris) for A, C in copy: the first accepted by A with a public and an
    internal follow-up, the second still pending."""
    from gup_signalement_plugin.core.routing import Service
    from gup_signalement_plugin.db import services_repository
    from gup_signalement_plugin.toolbelt.connections import database_for_connection
    from gup_signalement_plugin.usecases import triage

    db = database_for_connection(gup_connection)
    set_up_services(db)
    services_repository.upsert_services_on_name(
        db,
        [
            Service(0, "A", "ept", emails=("a@ept.test",)),
            Service(0, "C", "ept", emails=("c@ept.test",)),
        ],
    )
    db.reports = add_reports(db, 2, moment=dt.datetime.now(dt.timezone.utc))
    from gup_signalement_plugin.usecases.triage_ops import last_complete_week, paris_today

    db.today = paris_today()
    db.monday = db.today - dt.timedelta(days=db.today.weekday())
    db.week = "{}-W{:02d}".format(*db.monday.isocalendar()[:2])
    assert last_complete_week(db.today + dt.timedelta(days=7))[0] == db.monday
    first = db.reports[0]
    triage.accept(db, first, version(db, first), db.ids["A"])
    triage.follow_up(db, first, version(db, first), "Passage prévu lundi", "public", db.ids["A"])
    triage.follow_up(
        db, first, version(db, first), "Riverain M. Dupont 0612345678", "internal", db.ids["A"]
    )
    yield db
    db.close()


def run(algorithm, connection, **parameters):
    import processing

    return processing.run(
        "gup_signalement:" + algorithm, dict(parameters, CONNECTION_NAME=connection)
    )


def smtp_on(connection, port, timeout=5.0):
    run(
        "set_delivery_settings",
        connection,
        SMTP_HOST="127.0.0.1",
        SMTP_PORT=port,
        SMTP_SECURITY=0,
        SMTP_SENDER="gup@ept.test",
        SMTP_TIMEOUT=timeout,
    )


def test_delivery_settings_round_trip_and_refusals(triage_db, gup_connection):
    from qgis.core import QgsProcessingException

    from gup_signalement_plugin.usecases.triage_ops import DeliverySettings, delivery_settings

    assert delivery_settings(triage_db) == DeliverySettings()
    run(
        "set_delivery_settings",
        gup_connection,
        SMTP_HOST="smtp.ept.test",
        SMTP_PORT=465,
        SMTP_SECURITY=2,
        SMTP_SENDER="gup@ept.test",
        SMTP_TIMEOUT=12.5,
        SMTP_AUTHCFG="abc1234",
        OPEN311_ENDPOINT="https://open311.ept.test/requests",
        OPEN311_JURISDICTION="gosb.fr",
        OPEN311_AUTHCFG="key7777",
    )
    saved = DeliverySettings(
        "smtp.ept.test",
        465,
        "ssl",
        "gup@ept.test",
        12.5,
        "abc1234",
        "https://open311.ept.test/requests",
        "gosb.fr",
        "key7777",
    )
    assert delivery_settings(triage_db) == saved
    with pytest.raises(QgsProcessingException, match="Invalid SMTP setting: sender"):
        run("set_delivery_settings", gup_connection, SMTP_HOST="smtp.ept.test")
    with pytest.raises(QgsProcessingException, match="http:// or https://"):
        run("set_delivery_settings", gup_connection, OPEN311_ENDPOINT="ftp://x")
    assert delivery_settings(triage_db) == saved  # nothing written by a refusal
    run("set_delivery_settings", gup_connection)
    assert delivery_settings(triage_db) == DeliverySettings()


def test_weekly_digest_sent_through_the_loopback_smtp_server(triage_db, gup_connection, tmp_path):
    with SmtpTestServer() as server:
        smtp_on(gup_connection, server.port)
        result = run(
            "send_weekly_digest",
            gup_connection,
            START_DATE=triage_db.monday.isoformat(),
            OUTPUT_FOLDER=str(tmp_path),
        )
    # A and C have an address; B and D have none: written, not sent
    assert (result["DIGESTS"], result["SENT"], result["NOT_SENT"]) == (4, 2, 2)
    received = {tuple(m.rcpt_tos): m.message for m in server.messages}
    assert sorted(received) == [("a@ept.test",), ("c@ept.test",)]
    message = received[("a@ept.test",)]
    assert message["Subject"] == "Weekly digest of A, {:%d/%m/%Y} to {:%d/%m/%Y}".format(
        triage_db.monday, triage_db.monday + dt.timedelta(days=6)
    )
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "digest_{}_a_{}.csv".format(
        triage_db.ids["A"], triage_db.week
    )
    csv_text = attachment.get_content()
    if isinstance(csv_text, bytes):
        csv_text = csv_text.decode("utf-8-sig")
    for report_id in triage_db.reports:
        assert str(report_id) in csv_text
    assert "Passage prévu lundi" in csv_text and "Dupont" in csv_text  # internal: service only
    assert (tmp_path / attachment.get_filename()).exists()


def test_one_service_and_files_only_without_smtp(triage_db, gup_connection, tmp_path):
    from qgis.core import QgsProcessingException

    today = triage_db.today.isoformat()
    result = run(
        "send_weekly_digest",
        gup_connection,
        START_DATE=today,
        END_DATE=today,
        SERVICES=str(triage_db.ids["C"]),
        OUTPUT_FOLDER=str(tmp_path),
    )
    assert (result["DIGESTS"], result["SENT"], result["NOT_SENT"]) == (1, 0, 0)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "digest_{}_c_{}_{}.{}".format(triage_db.ids["C"], today, today, ext)
        for ext in ("csv", "html")
    ]
    with pytest.raises(QgsProcessingException, match="Unknown service id"):
        run("send_weekly_digest", gup_connection, SERVICES="99999", OUTPUT_FOLDER=str(tmp_path))
    with pytest.raises(QgsProcessingException, match="before the first day"):
        run(
            "send_weekly_digest",
            gup_connection,
            START_DATE="2024-06-03",
            END_DATE="2024-06-02",
            OUTPUT_FOLDER=str(tmp_path),
        )


@pytest.mark.parametrize("server", ["refusing", "silent"])
def test_smtp_refusing_or_silent_keeps_the_files_and_logs(
    triage_db, gup_connection, tmp_path, caplog, server
):
    caplog.set_level(logging.INFO)
    parameters = dict(
        START_DATE=triage_db.monday.isoformat(),
        SERVICES=str(triage_db.ids["A"]),
        OUTPUT_FOLDER=str(tmp_path),
    )
    if server == "refusing":
        smtp_on(gup_connection, closed_port())
        result = run("send_weekly_digest", gup_connection, **parameters)
        code = "smtp_connection_refused"
    else:
        with silent_port() as port:
            smtp_on(gup_connection, port, timeout=0.5)
            result = run("send_weekly_digest", gup_connection, **parameters)
        code = "smtp_timeout"
    assert (result["DIGESTS"], result["SENT"], result["NOT_SENT"]) == (1, 0, 1)
    assert len(list(tmp_path.glob("digest_*_a_{}.*".format(triage_db.week)))) == 2
    errors = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert any("NOT sent: " + code in e and "files kept" in e for e in errors), errors


def test_open311_feedback_is_valid_public_and_pushed(
    triage_db, gup_connection, tmp_path, requests_validator
):
    from qgis.core import QgsProcessingException

    result = run("export_open311_requests", gup_connection, OUTPUT_FOLDER=str(tmp_path))
    assert (result["REQUESTS"], result["PUSHED"]) == (2, 0)
    document = json.loads((tmp_path / "requests.json").read_text("utf-8"))
    requests_validator.validate(document)
    notes = {r["service_request_id"]: r.get("status_notes") for r in document}
    assert notes[str(triage_db.reports[0])] == "Passage prévu lundi"
    for name in ("requests.json", "requests.xml"):
        text = (tmp_path / name).read_text("utf-8")
        assert "Dupont" not in text and "0612345678" not in text
    xml = ElementTree.parse(tmp_path / "requests.xml").getroot()
    assert len(xml) == 2
    with pytest.raises(QgsProcessingException, match="No Open311 endpoint"):
        run("export_open311_requests", gup_connection, PUSH=True, OUTPUT_FOLDER=str(tmp_path))
    with Open311TestServer() as server:
        run(
            "set_delivery_settings",
            gup_connection,
            OPEN311_ENDPOINT=server.url + "/status",
            OPEN311_JURISDICTION="gosb.fr",
        )
        pushed = run(
            "export_open311_requests",
            gup_connection,
            PUSH=True,
            SOURCE="no-such-source",
            OUTPUT_FOLDER=str(tmp_path / "pushed"),
        )
    assert (pushed["REQUESTS"], pushed["PUSHED"]) == (0, 1)
    [(path, params, body)] = server.posted
    assert params == {"jurisdiction_id": "gosb.fr"} and json.loads(body) == []


def _reminders(connection, day):
    from qgis.core import QgsProcessingContext, QgsProcessingUtils

    result = run("list_reminders", connection, DATE=day.isoformat(), OUTPUT="memory:")
    layer = result["OUTPUT"]
    if isinstance(layer, str):
        layer = QgsProcessingUtils.mapLayerFromString(layer, QgsProcessingContext())
    rows = [
        (f["report_id"], f["service_id"], f["kind"], f["since"].toPyDate())
        for f in layer.getFeatures()
    ]
    assert result["REMINDERS"] == len(rows)
    return sorted(rows)


def test_reminders_start_on_their_exact_day(triage_db, gup_connection):
    first, second = triage_db.reports
    a, c = triage_db.ids["A"], triage_db.ids["C"]
    today = triage_db.today
    # assigned today: reminded from the 3rd working day on, not the day before
    third = first_day_with(3, today)
    assert _reminders(gup_connection, third - dt.timedelta(days=1)) == []
    assert _reminders(gup_connection, third) == [
        (first, c, "unanswered", today),
        (second, a, "unanswered", today),
        (second, c, "unanswered", today),
    ]

    # without follow-up: 20 calendar days after the latest one (or the arrival), not 19
    def without_follow_up(day):
        return [r for r in _reminders(gup_connection, day) if r[2] == "without_follow_up"]

    assert without_follow_up(today + dt.timedelta(days=19)) == []
    assert without_follow_up(today + dt.timedelta(days=20)) == [
        (first, a, "without_follow_up", today),
        (second, a, "without_follow_up", today),
    ]

"""Delivery of the weekly digests (a real SMTP server on loopback) and of the reporters'
feedback (a real Open311 server on loopback): what arrives, and what is kept when it fails."""

import datetime as dt
import json
import logging
from xml.etree import ElementTree

import pandas as pd
import pytest

from gup_signalement_plugin.connectors import smtp_sender
from gup_signalement_plugin.connectors.smtp_sender import SmtpSettings, build_message
from gup_signalement_plugin.core.digest import digest_to_text
from gup_signalement_plugin.usecases import delivery
from gup_signalement_plugin.usecases.delivery import (
    DigestService,
    DigestTexts,
    PushTarget,
    build_service_digests,
    deliver_digests,
    deliver_feedback,
    period_name,
)
from tests.open311_server import Faults, Open311TestServer
from tests.smtp_server import (
    SmtpTestServer,
    closed_port,
    self_signed_certificate,
    server_context,
    silent_port,
)
from tests.unit.test_open311_requests import record

D = dt.date
START, END = D(2026, 5, 11), D(2026, 5, 17)  # ISO week 20 of 2026
REPORTS = pd.DataFrame(
    [
        (1, "new", "dépôt sauvage", "94081", D(2026, 5, 12), D(2026, 5, 19), None),
        (2, "in_progress", "éclairage", "94041", D(2026, 4, 1), D(2026, 4, 8), D(2026, 4, 20)),
        (3, "new", "voirie", "94041", D(2026, 5, 12), D(2026, 5, 19), None),
    ],
    columns=[
        "report_id",
        "status",
        "category",
        "insee_code",
        "received_day",
        "due_date",
        "last_follow_up_day",
    ],
)
ASSIGNMENTS = pd.DataFrame(
    [
        (1, 1, "pending", D(2026, 5, 12), None),
        (2, 1, "accepted", D(2026, 4, 1), None),
        (3, 2, "pending", D(2026, 5, 12), None),
        (3, 3, "pending", D(2026, 5, 12), None),
    ],
    columns=["report_id", "service_id", "status", "assigned_day", "closed_day"],
)
FOLLOW_UPS = pd.DataFrame(
    [
        (1, D(2026, 5, 13), "public", "Passage prévu vendredi, merci"),
    ],
    columns=["report_id", "day", "visibility", "text"],
)
TEXTS = DigestTexts(
    labels={
        "new": "Nouveaux signalements",
        "follow_ups": "Suivis",
        "public": "Public",
        "section": "Rubrique",
        "category": "Catégorie",
        "detail": "Détail",
        "nothing": "Rien à signaler",
    },
    title="Synthèse hebdomadaire — {service} — du {start:%d/%m/%Y} au {end:%d/%m/%Y}",
)
PROPRETE = DigestService(
    1, "Propreté — Vitry-sur-Seine", ("chef.proprete@vitry.test", "agent@vitry.test")
)
VOIRIE = DigestService(2, "Voirie d'Orly", ("voirie@orly.test",))
ECLAIRAGE = DigestService(3, "Éclairage public", ("eclairage@ept.test",))


def digests(*services):
    return build_service_digests(
        services or (PROPRETE,), START, END, REPORTS, ASSIGNMENTS, FOLLOW_UPS
    )


def plain(server, **changes) -> SmtpSettings:
    options = dict(
        host="127.0.0.1",
        port=server.port if hasattr(server, "port") else server,
        security="none",
        sender="gup@grandorlyseinebievre.test",
        timeout=5.0,
    )
    options.update(changes)
    return SmtpSettings(**options)


def delivery_log(caplog):
    return [
        (r.levelno, r.getMessage())
        for r in caplog.records
        if r.name == "gup_signalement_plugin.usecases.delivery"
    ]


def csv_attachment(message):
    [attachment] = list(message.iter_attachments())
    return attachment


def test_digest_is_written_then_sent_with_html_text_and_csv(tmp_path):
    with SmtpTestServer() as server:
        [result] = deliver_digests(digests(), tmp_path / "out", TEXTS, plain(server))
    assert result.status == delivery.SENT and result.problem is None
    assert result.html_path.name == "digest_1_proprete-vitry-sur-seine_2026-W20.html"
    assert result.csv_path.name == "digest_1_proprete-vitry-sur-seine_2026-W20.csv"
    [received] = server.messages
    message = received.message
    assert received.rcpt_tos == ["chef.proprete@vitry.test", "agent@vitry.test"]
    assert received.mail_from == "gup@grandorlyseinebievre.test"
    assert message["Subject"] == (
        "Synthèse hebdomadaire — Propreté — Vitry-sur-Seine — du 11/05/2026 au 17/05/2026"
    )
    html = message.get_body(preferencelist=("html",)).get_content()
    assert html.replace("\r\n", "\n") == result.html_path.read_text("utf-8")  # SMTP: CRLF
    assert "<h2>Nouveaux signalements (1)</h2>" in html and "dépôt sauvage" in html
    text = message.get_body(preferencelist=("plain",)).get_content()
    assert "Public : Passage prévu vendredi, merci" in text
    attachment = csv_attachment(message)
    assert attachment.get_filename() == result.csv_path.name
    assert attachment.get_content_type() == "text/csv"
    data = attachment.get_payload(decode=True)
    assert data == result.csv_path.read_bytes()
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0] == "Rubrique;report_id;Catégorie;insee_code;day;Détail"
    assert any(
        line.startswith("Nouveaux signalements;1;dépôt sauvage;94081;2026-05-12;") for line in lines
    )


def test_without_smtp_server_the_files_are_written_only(tmp_path, caplog):
    caplog.set_level(logging.INFO)
    [result] = deliver_digests(digests(), tmp_path, TEXTS)
    assert result.status == delivery.WRITTEN and result.problem is None
    assert result.html_path.exists() and result.csv_path.exists()
    assert not list(tmp_path.glob("*.part"))
    assert "no SMTP server configured" in delivery_log(caplog)[0][1]


def test_a_service_without_address_is_reported_the_others_sent(tmp_path):
    silent_service = DigestService(2, "Voirie d'Orly", ())
    with SmtpTestServer() as server:
        results = deliver_digests(
            digests(silent_service, ECLAIRAGE), tmp_path, TEXTS, plain(server)
        )
    assert [r.status for r in results] == [delivery.NOT_SENT, delivery.SENT]
    assert results[0].problem == (delivery.NO_RECIPIENT, {"service": "Voirie d'Orly"})
    assert results[0].csv_path.exists()
    assert [m.rcpt_tos for m in server.messages] == [["eclairage@ept.test"]]


def test_text_part_lists_every_section():
    [item] = digests()
    text = digest_to_text(item.digest, TEXTS.labels, "Titre")
    assert text.splitlines()[:4] == [
        "Titre",
        "2026-05-11 – 2026-05-17",
        "",
        "Nouveaux signalements (1)",
    ]
    assert "\n\nSuivis (1)\nreport_id | Catégorie" in text  # a blank line between sections
    assert "\nclosures (0)\n  Rien à signaler\n" in text  # an empty section
    assert "unanswered (0)" in text


def test_refused_recipients_other_services_still_sent(tmp_path, caplog):
    caplog.set_level(logging.INFO)
    refused = {"voirie@orly.test", "agent@vitry.test"}
    with SmtpTestServer(refuse=refused) as server:
        results = deliver_digests(
            digests(PROPRETE, VOIRIE, ECLAIRAGE), tmp_path, TEXTS, plain(server)
        )
    assert [r.status for r in results] == [delivery.PARTLY_SENT, delivery.NOT_SENT, delivery.SENT]
    assert results[0].problem == (
        smtp_sender.RECIPIENT_REFUSED,
        {
            "sent": True,
            "recipients": {"agent@vitry.test": "550 5.1.1 Boîte inconnue: agent@vitry.test"},
        },
    )
    assert results[1].problem.code == smtp_sender.RECIPIENT_REFUSED
    assert results[1].problem.params["sent"] is False
    assert list(results[1].problem.params["recipients"]) == ["voirie@orly.test"]
    assert results[1].html_path.exists() and results[1].csv_path.exists()
    assert [m.rcpt_tos for m in server.messages] == [
        ["chef.proprete@vitry.test"],
        ["eclairage@ept.test"],
    ]
    levels = [level for level, _ in delivery_log(caplog)]
    assert levels == [logging.WARNING, logging.ERROR, logging.INFO]


def test_hung_server_times_out_files_kept_failure_logged(tmp_path, caplog):
    with silent_port() as port:
        results = deliver_digests(
            digests(PROPRETE, VOIRIE), tmp_path, TEXTS, plain(port, timeout=0.5)
        )
    expected = (smtp_sender.TIMEOUT, {"host": "127.0.0.1", "port": port, "seconds": 0.5})
    assert [(r.status, r.problem) for r in results] == [(delivery.NOT_SENT, expected)] * 2
    assert all(r.html_path.exists() and r.csv_path.exists() for r in results)
    log = delivery_log(caplog)
    assert [level for level, _ in log] == [logging.ERROR, logging.ERROR]
    assert "NOT sent: smtp_timeout" in log[0][1] and str(results[0].csv_path) in log[0][1]


def test_connection_refused(tmp_path):
    port = closed_port()
    [result] = deliver_digests(digests(), tmp_path, TEXTS, plain(port))
    assert result.problem == (smtp_sender.CONNECTION_REFUSED, {"host": "127.0.0.1", "port": port})
    assert result.csv_path.exists()


def test_wrong_password_is_an_auth_failure_for_every_service(tmp_path, caplog):
    settings = dict(user="gup", password="mauvais")
    with SmtpTestServer(users={"gup": "bon-mot-de-passe"}) as one:
        deliver_digests(digests(PROPRETE), tmp_path / "one", TEXTS, plain(one, **settings))
    with SmtpTestServer(users={"gup": "bon-mot-de-passe"}) as server:
        results = deliver_digests(
            digests(PROPRETE, VOIRIE), tmp_path, TEXTS, plain(server, **settings)
        )
    # smtplib tries each mechanism it knows (PLAIN, LOGIN); the session is not tried again
    # for the second service
    assert set(server.logins) == {"gup"} and len(server.logins) == len(one.logins)
    assert [r.problem.code for r in results] == [smtp_sender.AUTH_FAILED] * 2
    assert results[0].problem.params["user"] == "gup"
    assert results[0].problem.params["detail"].startswith("535")
    assert not server.messages
    assert "mauvais" not in caplog.text


def test_login_when_the_server_offers_no_auth(tmp_path):
    with SmtpTestServer() as server:
        [result] = deliver_digests(
            digests(), tmp_path, TEXTS, plain(server, user="gup", password="x")
        )
    assert result.problem == (
        smtp_sender.AUTH_UNSUPPORTED,
        {"host": "127.0.0.1", "port": server.port},
    )


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    return self_signed_certificate(tmp_path_factory.mktemp("tls"))


def test_starttls_with_a_self_signed_certificate_and_login(tmp_path, certificate):
    cert, key = certificate
    with SmtpTestServer(users={"gup": "sécret"}, tls_context=server_context(cert, key)) as server:
        [result] = deliver_digests(
            digests(),
            tmp_path,
            TEXTS,
            plain(server, security="starttls", cafile=str(cert), user="gup", password="sécret"),
        )
    assert result.status == delivery.SENT
    assert server.logins == ["gup"] and len(server.messages) == 1


def test_starttls_with_an_untrusted_certificate(tmp_path, certificate):
    cert, key = certificate
    with SmtpTestServer(tls_context=server_context(cert, key)) as server:
        [result] = deliver_digests(digests(), tmp_path, TEXTS, plain(server, security="starttls"))
    assert result.problem.code == smtp_sender.TLS_FAILED
    assert "CERTIFICATE_VERIFY_FAILED" in result.problem.params["detail"]
    assert not server.messages and result.csv_path.exists()


def test_starttls_asked_of_a_server_without_it(tmp_path):
    with SmtpTestServer() as server:
        [result] = deliver_digests(digests(), tmp_path, TEXTS, plain(server, security="starttls"))
    assert result.problem == (
        smtp_sender.STARTTLS_UNSUPPORTED,
        {"host": "127.0.0.1", "port": server.port},
    )


def test_implicit_ssl(tmp_path, certificate):
    cert, key = certificate
    with SmtpTestServer(tls_context=server_context(cert, key), implicit_tls=True) as server:
        [result] = deliver_digests(
            digests(), tmp_path, TEXTS, plain(server, security="ssl", cafile=str(cert))
        )
    assert result.status == delivery.SENT and len(server.messages) == 1


def test_implicit_ssl_with_an_untrusted_certificate(tmp_path, certificate):
    cert, key = certificate
    with SmtpTestServer(tls_context=server_context(cert, key), implicit_tls=True) as server:
        [result] = deliver_digests(digests(), tmp_path, TEXTS, plain(server, security="ssl"))
    assert result.problem.code == smtp_sender.TLS_FAILED
    assert "CERTIFICATE_VERIFY_FAILED" in result.problem.params["detail"]
    assert not server.messages


def test_ssl_against_a_plain_server_is_a_tls_failure(tmp_path):
    with SmtpTestServer() as server:
        [result] = deliver_digests(digests(), tmp_path, TEXTS, plain(server, security="ssl"))
    assert result.problem.code == smtp_sender.TLS_FAILED


@pytest.mark.parametrize(
    "changes, field",
    [
        (dict(host=" "), "host"),
        (dict(port=0), "port"),
        (dict(port=65536), "port"),
        (dict(security="tls"), "security"),
        (dict(sender="gup.test"), "sender"),
        (dict(sender="a@b.fr\nBcc: x@y.fr"), "sender"),
        (dict(timeout=0), "timeout"),
        (dict(cafile="/nonexistent/ca.pem"), "cafile"),
    ],
)
def test_unusable_settings(tmp_path, changes, field):
    [result] = deliver_digests(digests(), tmp_path, TEXTS, plain(25, **changes))
    assert result.problem.code == smtp_sender.SETTINGS_INVALID
    assert result.problem.params["field"] == field and result.csv_path.exists()


def test_port_boundaries_accepted():
    assert plain(1).problems() == () and plain(65535).problems() == ()
    assert SmtpSettings("h", "a@b.fr", security="ssl").effective_port == 465


def test_an_address_with_a_line_break_is_refused_before_sending(tmp_path):
    injected = DigestService(1, "Propreté", ("chef@vitry.test\r\nBcc: espion@evil.test",))
    with SmtpTestServer() as server:
        [result] = deliver_digests(digests(injected), tmp_path, TEXTS, plain(server))
    assert result.problem.code == smtp_sender.RECIPIENT_INVALID
    assert not server.messages


def test_subject_line_breaks_are_flattened():
    message = build_message("a@b.fr", ["c@d.fr"], "Synthèse\r\nBcc: x@y.fr", "texte")
    assert message["Subject"] == "Synthèse  Bcc: x@y.fr" and message["Bcc"] is None


def test_period_names():
    assert period_name(D(2026, 5, 11), D(2026, 5, 17)) == "2026-W20"
    assert period_name(D(2026, 12, 28), D(2027, 1, 3)) == "2026-W53"
    assert period_name(D(2024, 12, 30), D(2025, 1, 5)) == "2025-W01"  # the ISO year
    assert period_name(D(2026, 5, 11), D(2026, 5, 16)) == "2026-05-11_2026-05-16"
    assert period_name(D(2026, 5, 12), D(2026, 5, 18)) == "2026-05-12_2026-05-18"


# --- reporters' feedback ------------------------------------------------------------------


def feedback_records():
    return [
        record(),
        record(
            service_request_id="A-0043",
            status="closed",
            closed_at=dt.datetime(2026, 5, 6, 9, tzinfo=dt.timezone.utc),
        ),
    ]


def target(server, **changes):
    options = dict(
        endpoint=server.root_url + "/gup/requests_status",
        api_key="s3cret",
        jurisdiction_id="gosb.fr",
        retries=2,
        backoff_factor=0,
        timeout=(2.0, 5.0),
    )
    options.update(changes)
    return PushTarget(**options)


def test_feedback_files_are_valid_and_pushed_after_a_503(tmp_path, requests_validator, caplog):
    caplog.set_level(logging.INFO)
    with Open311TestServer(faults=Faults(status_first=1)) as server:
        result = deliver_feedback(feedback_records(), tmp_path, target(server))
    assert result.pushed and result.problem is None and result.count == 2
    document = json.loads(result.json_path.read_text("utf-8"))
    requests_validator.validate(document)
    assert [r["status"] for r in document] == ["open", "closed"]
    xml = ElementTree.parse(result.xml_path).getroot()
    assert [node.findtext("service_request_id") for node in xml] == ["A-0042", "A-0043"]
    assert len(server.calls) == 2
    [(path, params, body)] = server.posted
    assert path == "/gup/requests_status" and body == result.json_path.read_bytes()
    assert params == {"api_key": "s3cret", "jurisdiction_id": "gosb.fr"}
    retries = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert retries == [
        "Open311 POST {}/gup/requests_status?jurisdiction_id=gosb.fr&"
        "api_key=***: HTTP 503; retry 1 (1 left)".format(server.root_url)
    ]
    assert "s3cret" not in caplog.text


def test_a_4xx_gives_the_servers_message_and_keeps_the_files(tmp_path, caplog):
    faults = Faults(error_status=400, error_description="jurisdiction_id inconnu : gosb.fr")
    with Open311TestServer(faults=faults) as server:
        result = deliver_feedback(feedback_records(), tmp_path, target(server))
    assert len(server.calls) == 1  # not retried
    assert not result.pushed
    assert result.problem == (
        delivery.PUSH_REFUSED,
        {
            "endpoint": server.root_url + "/gup/requests_status",
            "status": 400,
            "message": "jurisdiction_id inconnu : gosb.fr (code 400)",
        },
    )
    assert result.json_path.exists() and result.xml_path.exists()
    assert "NOT pushed" in caplog.text and "s3cret" not in caplog.text


def test_a_server_failing_every_retry(tmp_path):
    with Open311TestServer(faults=Faults(status_first=100)) as server:
        result = deliver_feedback(feedback_records(), tmp_path, target(server, retries=1))
    assert len(server.calls) == 2 and not server.posted
    assert result.problem.code == delivery.PUSH_FAILED and result.problem.params["status"] == 503
    assert "HTTP 503 after 1 retries" in result.problem.params["detail"]


def test_an_unreachable_endpoint(tmp_path):
    server = Open311TestServer().start()
    server.stop()
    result = deliver_feedback(feedback_records(), tmp_path, target(server, retries=1))
    assert result.problem.code == delivery.PUSH_FAILED
    assert "refused" in result.problem.params["detail"].lower()
    assert "s3cret" not in result.problem.params["detail"]
    assert result.json_path.exists()


def test_feedback_without_endpoint_writes_files_only(tmp_path, requests_validator):
    result = deliver_feedback([], tmp_path / "new", stem="requests_2026-05-17")
    assert result.json_path.name == "requests_2026-05-17.json" and not result.pushed
    requests_validator.validate(json.loads(result.json_path.read_text("utf-8")))

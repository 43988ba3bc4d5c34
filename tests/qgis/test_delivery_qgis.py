"""Delivery on the QGIS side: the SMTP login read from QGIS's authentication manager (sent to a
real loopback SMTP server), and the delivery problems in French."""

import datetime as dt

import pytest
from qgis.core import QgsApplication, QgsAuthMethodConfig

from tests.qgis.test_plugin import _patch_database_menu
from tests.smtp_server import SmtpTestServer


@pytest.fixture
def smtp_login(qgis_app):
    """A Basic configuration holding an SMTP login (accented password)."""
    manager = QgsApplication.authManager()
    assert manager.setMasterPassword("master-for-tests", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("smtp gup")
    config.setConfig("username", "gup@ept.test")
    config.setConfig("password", "mot-de-passe-à-accent")
    assert manager.storeAuthenticationConfig(config)[0]
    yield config.id()
    manager.removeAuthenticationConfig(config.id())


def _digests():
    import pandas as pd

    from gup_signalement_plugin.usecases.delivery import DigestService, build_service_digests

    day = dt.date(2026, 5, 12)
    reports = pd.DataFrame(
        [(1, "new", "dépôt", "94081", day, day, None)],
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
    assignments = pd.DataFrame(
        [(1, 7, "pending", day, None)],
        columns=["report_id", "service_id", "status", "assigned_day", "closed_day"],
    )
    follow_ups = pd.DataFrame([], columns=["report_id", "day", "visibility", "text"])
    service = DigestService(7, "Propreté", ("proprete@vitry.test",))
    return build_service_digests(
        [service], dt.date(2026, 5, 11), dt.date(2026, 5, 17), reports, assignments, follow_ups
    )


def test_smtp_login_from_the_auth_manager(smtp_login, tmp_path):
    from gup_signalement_plugin.core.errors import GupError
    from gup_signalement_plugin.toolbelt.auth import credentials_for
    from gup_signalement_plugin.toolbelt.delivery_text import digest_texts, smtp_settings
    from gup_signalement_plugin.usecases.delivery import SENT, deliver_digests

    assert credentials_for(smtp_login) == ("gup@ept.test", "mot-de-passe-à-accent")
    assert credentials_for("") is None
    with pytest.raises(GupError, match="no authentication configuration 'zzzz999'"):
        credentials_for("zzzz999")
    users = {"gup@ept.test": "mot-de-passe-à-accent"}
    with SmtpTestServer(users=users) as server:
        settings = smtp_settings(
            "127.0.0.1", "gup@ept.test", server.port, "none", timeout=5.0, authcfg=smtp_login
        )
        assert "mot-de-passe" not in repr(settings)
        [result] = deliver_digests(_digests(), tmp_path, digest_texts(), settings)
    assert result.status == SENT and server.logins
    assert server.messages[0].message["Subject"] == (
        "Weekly digest of Propreté, 11/05/2026 to 17/05/2026"
    )


def test_a_basic_config_without_password_is_refused(qgis_app):
    from gup_signalement_plugin.core.errors import GupError
    from gup_signalement_plugin.toolbelt.auth import credentials_for

    manager = QgsApplication.authManager()
    assert manager.setMasterPassword("master-for-tests", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("user only")
    config.setConfig("username", "gup")
    assert manager.storeAuthenticationConfig(config)[0]
    try:
        with pytest.raises(GupError, match="holds no user name and password"):
            credentials_for(config.id())
    finally:
        manager.removeAuthenticationConfig(config.id())


def test_delivery_problems_in_french(
    french_qgis,
    qgis_iface,
    monkeypatch,
    tmp_path,
):
    import gup_signalement_plugin
    from gup_signalement_plugin.connectors import smtp_sender as smtp
    from gup_signalement_plugin.toolbelt.delivery_text import (
        delivery_summary,
        digest_texts,
        problem_text,
    )
    from gup_signalement_plugin.usecases import delivery

    _patch_database_menu(qgis_iface, monkeypatch)
    plugin = gup_signalement_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        timeout = delivery.DeliveryProblem(
            smtp.TIMEOUT, {"host": "smtp.ept.test", "port": 587, "seconds": 30.0}
        )
        assert (
            problem_text(timeout) == "Le serveur SMTP smtp.ept.test:587 n'a pas répondu en 30.0 s."
        )
        refused = delivery.DeliveryProblem(
            smtp.RECIPIENT_REFUSED, {"sent": True, "recipients": {"x@ept.test": "550 inconnu"}}
        )
        assert problem_text(refused) == "Envoyée, mais refusée pour : x@ept.test (550 inconnu)."
        injected = delivery.DeliveryProblem(
            smtp.RECIPIENT_INVALID, {"address": "a@b.fr\r\nBcc: c@d.fr"}
        )
        assert (
            problem_text(injected)
            == "Adresse de destinataire invalide : « a@b.fr\\r\\nBcc: c@d.fr »."
        )
        invalid = delivery.DeliveryProblem(
            smtp.SETTINGS_INVALID, {"field": "sender", "value": "gup"}
        )
        assert problem_text(invalid) == "Réglage SMTP invalide : expéditeur = « gup »."
        push = delivery.DeliveryProblem(
            delivery.PUSH_REFUSED,
            {"endpoint": "https://app.test/status", "status": 403, "message": ""},
        )
        assert problem_text(push) == (
            "Le serveur https://app.test/status a refusé l'état des "
            "signalements (HTTP 403) : sans message"
        )
        result = delivery.DigestDelivery(
            7,
            "Propreté",
            tmp_path / "d.html",
            tmp_path / "d.csv",
            ("p@ept.test",),
            delivery.NOT_SENT,
            timeout,
        )
        assert delivery_summary(result) == (
            "Propreté : synthèse NON envoyée. Le serveur SMTP smtp.ept.test:587 n'a pas répondu "
            "en 30.0 s. Fichiers conservés : {}, {}.".format(result.html_path, result.csv_path)
        )
        texts = digest_texts()
        assert texts.labels["unanswered"] == "Sans réponse depuis 3 jours ouvrés"
        [item] = _digests()
        assert texts.title_for(item.service, item.digest) == (
            "Synthèse hebdomadaire — Propreté — du 11/05/2026 au 17/05/2026"
        )
    finally:
        plugin.unload()

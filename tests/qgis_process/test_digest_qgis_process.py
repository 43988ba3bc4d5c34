"""The weekly digest as cron runs it: qgis_process, the SMTP login read from the profile's
authentication database unlocked by QGIS_AUTH_PASSWORD_FILE, a loopback SMTP server."""

import datetime as dt
import json
import subprocess

import pytest

from tests.qgis_process.test_qgis_process import make_profile, qgis_process
from tests.smtp_server import SmtpTestServer

pytestmark = pytest.mark.postgis
MASTER = "master-for-cron"
USERS = {"digest@ept.test": "mot-de-passe-à-accent"}

STORE_LOGIN = """
from qgis.core import QgsApplication, QgsAuthMethodConfig
from qgis.PyQt.QtCore import QCoreApplication
QCoreApplication.setOrganizationName('QGIS'); QCoreApplication.setApplicationName('QGIS3')
app = QgsApplication([], False); app.initQgis()
manager = QgsApplication.authManager()
assert manager.setMasterPassword({master!r}, True)
config = QgsAuthMethodConfig('Basic'); config.setName('smtp'); config.setId('smtp001')
config.setConfig('username', {user!r}); config.setConfig('password', {password!r})
assert manager.storeAuthenticationConfig(config)[0]
app.exitQgis()
"""


@pytest.fixture
def cron_profile(tmp_path, gup_dsn):
    """A profile with the plugin, a connection 'gup_qp' and a Basic login 'smtp001' in its
    authentication database; the master password in a file only the job reads."""
    env = make_profile(tmp_path, gup_dsn)
    [(user, password)] = USERS.items()
    subprocess.run(
        ["/usr/bin/python3", "-c", STORE_LOGIN.format(master=MASTER, user=user, password=password)],
        env=env,
        check=True,
        capture_output=True,
    )
    master_file = tmp_path / "master.txt"
    master_file.write_text(MASTER, "utf-8")
    master_file.chmod(0o600)
    return dict(env, QGIS_AUTH_PASSWORD_FILE=str(master_file))


def set_up(db):
    from gup_signalement_plugin.core.routing import Service
    from gup_signalement_plugin.db import services_repository
    from tests.postgis.triage_helpers import add_reports, set_up_services

    set_up_services(db)
    services_repository.upsert_services_on_name(
        db, [Service(0, "A", "ept", emails=("voirie@vitry.test",))]
    )
    return add_reports(db, 1, moment=dt.datetime.now(dt.timezone.utc))


def test_the_weekly_digest_runs_headless_with_an_smtp_login(cron_profile, gup_db, tmp_path):
    from gup_signalement_plugin.usecases.triage_ops import (
        DeliverySettings,
        paris_today,
        save_delivery_settings,
    )

    [report] = set_up(gup_db)
    monday = paris_today() - dt.timedelta(days=paris_today().weekday())
    arguments = [
        "run",
        "gup_signalement:send_weekly_digest",
        "--json",
        "--",
        "CONNECTION_NAME=gup_qp",
        "START_DATE=" + monday.isoformat(),
        "SERVICES={}".format(gup_db.ids["A"]),
        "OUTPUT_FOLDER={}".format(tmp_path / "d"),
    ]
    with SmtpTestServer(users=USERS) as server:
        save_delivery_settings(
            gup_db,
            DeliverySettings("127.0.0.1", server.port, "none", "digest@ept.test", 10.0, "smtp001"),
        )
        done = qgis_process(cron_profile, *arguments)
        locked = dict(cron_profile)
        del locked["QGIS_AUTH_PASSWORD_FILE"]
        refused = qgis_process(locked, *arguments)
    assert done.returncode == 0, done.stdout + done.stderr
    results = json.loads(done.stdout)["results"]
    assert (results["DIGESTS"], results["SENT"], results["NOT_SENT"]) == (1, 1, 0)
    [received] = server.messages
    assert received.rcpt_tos == ["voirie@vitry.test"] and server.logins
    assert str(report) in received.message.get_body(("plain",)).get_content()
    assert (
        "digest of service {} (A) sent to voirie@vitry.test".format(gup_db.ids["A"]) in done.stderr
    )
    # without the master password the login cannot be read: a clear error, nothing sent
    assert refused.returncode != 0
    assert "cannot be read (is the QGIS master password unlocked?)" in (
        refused.stdout + refused.stderr
    )
    assert len(server.messages) == 1

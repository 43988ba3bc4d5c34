"""Reports stored before the triage structure get their due day, assignments and status when
the database is upgraded (install = upgrade is test_upgrade_equivalence.py)."""

import datetime as dt

import pytest

from gup_signalement_plugin.db import migrations
from gup_signalement_plugin.db.database import SCHEMA, Database
from gup_signalement_plugin.usecases import catalogue as catalogue_uc
from tests.helpers import DEFAULT_CATALOGUE, commune_records
from tests.postgis.test_upgrade_equivalence import install_frozen_v0
from tests.postgis.triage_helpers import add_reports, set_up_services, state

pytestmark = pytest.mark.postgis
TRIAGE_VERSION = (0, 5, 0)


def install_before_triage(db: Database) -> None:
    """The released 0.1.0, then every upgrade before the triage one, as upgrades do."""
    install_frozen_v0(db)
    for version, path in migrations.upgrade_files():
        if version < TRIAGE_VERSION:
            with db.transaction() as cur:
                cur.execute(path.read_text(encoding="utf-8"))
                cur.execute(
                    "INSERT INTO {}.metadata (version, status) VALUES (%s, 'upgraded')".format(
                        SCHEMA
                    ),
                    ("{}.{}.{}".format(*version),),
                )


def test_stored_reports_get_assignments_status_and_due_day_at_upgrade(postgis_dsn):
    db = Database(postgis_dsn, author="pytest")
    try:
        install_before_triage(db)
        assert migrations.installed_version(db) < "0.5.0"
        catalogue_uc.import_communes(db, commune_records(), 4326)
        catalogue_uc.import_catalogue(db, DEFAULT_CATALOGUE.read_bytes(), DEFAULT_CATALOGUE.name)
        set_up_services(db)
        routed, nowhere, manual = (
            add_reports(db)[0],
            add_reports(db, xy=(657500, 6854500))[0],
            add_reports(db)[0],
        )
        with db.transaction() as cur:
            cur.execute(
                "UPDATE {}.signalement SET routage_manuel = true, service_id = %s, "
                "services_supplementaires = '{{}}' WHERE id = %s".format(SCHEMA),
                (db.ids["B"], manual),
            )
        migrations.upgrade_structure(db)
        assert migrations.installed_version(db) == migrations.target_version()
        assert state(db, routed)[0] == "new"
        assert state(db, routed)[2] == {"A": ("main", "pending"), "C": ("copy", "pending")}
        assert state(db, nowhere)[:3:2] == ("to_triage", {})
        assert state(db, manual)[2] == {"B": ("main", "pending")}
        assert {
            r["date_prevue"]
            for r in db.query("SELECT date_prevue FROM {}.signalement".format(SCHEMA))
        } == {dt.date(2024, 6, 24)}  # voirie: 15 working days after Monday 3 June 2024
        assert (
            db.scalar(
                "SELECT count(*) FROM {}.historique_signalement WHERE action = 'auto_route'".format(
                    SCHEMA
                )
            )
            == 3
        )
    finally:
        db.close()

"""Install and refuse to overwrite (the upgrade proof is test_upgrade_equivalence.py)."""

import pytest

from gup_signalement_plugin.db import migrations
from gup_signalement_plugin.db.database import Database, DatabaseError

pytestmark = pytest.mark.postgis


def test_create_structure_installs_target_version(postgis_dsn):
    with Database(postgis_dsn) as db:
        assert migrations.installed_version(db) is None
        version = migrations.create_structure(db)
        assert version == migrations.target_version()
        assert migrations.installed_version(db) == version
        srid = db.scalar("SELECT Find_SRID('gup_signalement', 'commune', 'geom')")
        assert srid == 2154


def test_create_structure_refuses_to_overwrite_and_keeps_data(gup_db):
    before = gup_db.scalar("SELECT count(*) FROM gup_signalement.commune")
    with pytest.raises(DatabaseError, match="already has a GUP structure"):
        migrations.create_structure(gup_db)
    assert gup_db.scalar("SELECT count(*) FROM gup_signalement.commune") == before == 24


def test_create_structure_override_drops_data(gup_db):
    migrations.create_structure(gup_db, override=True)
    assert gup_db.scalar("SELECT count(*) FROM gup_signalement.commune") == 0

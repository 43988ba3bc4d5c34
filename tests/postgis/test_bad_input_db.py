"""Bad input gets a clear message and nothing is half written."""

import pytest
import shapely
import shapely.geometry

from gup_signalement_plugin.core.catalogue import CommuneSetting, Stage
from gup_signalement_plugin.core.communes import CommuneRecord
from gup_signalement_plugin.core.errors import InputError
from gup_signalement_plugin.db import migrations
from gup_signalement_plugin.db import repositories as repo
from gup_signalement_plugin.db.database import (
    ALREADY_EXISTS,
    STILL_USED,
    UNKNOWN_CATEGORY,
    UNKNOWN_COMMUNE,
    Database,
    DatabaseError,
)
from gup_signalement_plugin.usecases import catalogue as catalogue_uc
from tests.helpers import commune_records

pytestmark = pytest.mark.postgis
BOWTIE = shapely.to_wkb(
    shapely.geometry.Polygon([(2.30, 48.80), (2.31, 48.81), (2.31, 48.80), (2.30, 48.81)])
)


def count(db, table):
    return db.scalar("SELECT count(*) FROM gup_signalement.{}".format(table))


def test_invalid_and_empty_geometries_are_refused_and_nothing_written(gup_db):
    records = commune_records()
    records[3].wkb = BOWTIE
    records[5].wkb = shapely.to_wkb(shapely.geometry.Polygon())
    records[7].name = " "
    gup_db.query("DELETE FROM gup_signalement.commune RETURNING 1")
    with pytest.raises(InputError) as err:
        catalogue_uc.import_communes(gup_db, records, 4326)
    text = str(err.value)
    assert (
        "feature 3: commune {}: invalid geometry: Self-intersection".format(records[3].insee_code)
        in text
    )
    assert "feature 5: commune {}: empty geometry".format(records[5].insee_code) in text
    assert "feature 7: empty commune name" in text
    assert count(gup_db, "commune") == 0


def test_unknown_insee_format_and_duplicate_code(gup_db):
    records = commune_records()[:2]
    records[1].insee_code = records[0].insee_code
    records.append(CommuneRecord("9408", "Nowhere", records[0].wkb, "feature 9"))
    with pytest.raises(InputError) as err:
        catalogue_uc.import_communes(gup_db, records, 4326)
    assert "already used by feature 0" in str(err.value)
    assert "feature 9: invalid INSEE code '9408'" in str(err.value)


def test_duplicate_category_in_file_writes_nothing(gup_db):
    before = count(gup_db, "categorie")
    data = "code;public_label;group\nzz_new;Nouveau;G\nzz_new;Encore;G\n".encode()
    with pytest.raises(InputError, match="new.csv:3: duplicate category code 'zz_new'"):
        catalogue_uc.import_catalogue(gup_db, data, "new.csv")
    assert count(gup_db, "categorie") == before


def test_settings_with_unknown_commune_or_missing_category_write_nothing(gup_db):
    data = (
        "insee_code;category_code;stage\n94081;voirie;public\n"
        "75056;voirie;public\n94081;teleportation;public\n"
    ).encode("latin-1")
    with pytest.raises(InputError) as err:
        catalogue_uc.import_settings(gup_db, data, "cells.csv")
    assert "cells.csv:3: unknown commune code '75056'" in str(err.value)
    assert "cells.csv:4: unknown category 'teleportation'" in str(err.value)
    assert count(gup_db, "commune_categorie") == 0


def test_database_rules_roll_back_the_whole_batch(gup_db):
    """The DB refuses what the core would have refused: a cell on a sub-category, a cell of a
    missing category; the good cells of the same batch are not written either."""
    good = CommuneSetting("94081", "voirie", Stage.PUBLIC)
    with pytest.raises(DatabaseError, match="sub-category of voirie"):
        repo.save_settings(gup_db, [good, CommuneSetting("94081", "voirie.trottoir", Stage.PUBLIC)])
    with pytest.raises(DatabaseError) as err:
        repo.save_settings(gup_db, [good, CommuneSetting("94081", "missing", Stage.PUBLIC)])
    # what is wrong (the value), what to do, and that nothing was written: no PostgreSQL detail
    assert str(err.value) == (
        "unknown category 'missing': it is not in the catalogue (import or "
        "create it first); nothing was written"
    )
    assert (err.value.code, err.value.params["value"]) == (UNKNOWN_CATEGORY, "missing")
    assert count(gup_db, "commune_categorie") == 0
    assert count(gup_db, "commune_categorie_historique") == 0
    repo.save_settings(gup_db, [good])  # the connection is usable again after the rollbacks
    assert count(gup_db, "commune_categorie") == 1


def test_known_constraint_violations_name_the_value(gup_db):
    """A missing commune, a key used twice, a row still used: the value and what to do."""
    with pytest.raises(DatabaseError) as err:
        repo.save_settings(gup_db, [CommuneSetting("99999", "voirie", Stage.PUBLIC)])
    assert err.value.code == UNKNOWN_COMMUNE and err.value.params["value"] == "99999"
    assert str(err.value).startswith("unknown commune '99999' (INSEE code)")
    with pytest.raises(DatabaseError) as err:
        gup_db.query(
            "INSERT INTO gup_signalement.categorie (code, libelle_public, "
            "libelle_interne, groupe) VALUES ('voirie', 'V', 'V', 'G') RETURNING 1"
        )
    assert (err.value.code, err.value.params) == (
        ALREADY_EXISTS,
        {"column": "code", "value": "voirie", "table": "categorie"},
    )
    with pytest.raises(DatabaseError) as err:  # voirie.trottoir is a sub-category of voirie
        gup_db.query("DELETE FROM gup_signalement.categorie WHERE code = 'voirie' RETURNING 1")
    assert err.value.code == STILL_USED and err.value.params["value"] == "voirie"
    assert str(err.value).startswith(
        "code 'voirie' is still used by the table categorie: change or delete those rows first"
    )


def _role(admin_execute, name):
    admin_execute(
        "DO $$ BEGIN CREATE ROLE {0} LOGIN NOSUPERUSER; "
        "EXCEPTION WHEN duplicate_object THEN NULL; END $$".format(name)
    )


def test_database_without_postgis_and_without_rights(admin_execute, admin_dsn_for):
    import uuid

    name = "gup_nopostgis_" + uuid.uuid4().hex[:8]
    _role(admin_execute, "gup_norights")
    admin_execute("CREATE DATABASE {}".format(name))
    try:
        with Database(admin_dsn_for(name, "gup_norights")) as db:
            with pytest.raises(
                DatabaseError,
                match="PostGIS is not installed in database '{}' and role "
                "'gup_norights' cannot install it".format(name),
            ):
                migrations.create_structure(db)
        admin_execute("REVOKE CREATE ON DATABASE {} FROM PUBLIC".format(name))
        with Database(admin_dsn_for(name)) as db:
            migrations.ensure_postgis(db)
        with Database(admin_dsn_for(name, "gup_norights")) as db:
            with pytest.raises(DatabaseError, match="role 'gup_norights' lacks the rights"):
                migrations.create_structure(db)
            assert migrations.installed_version(db) is None
    finally:
        admin_execute("DROP DATABASE IF EXISTS {} WITH (FORCE)".format(name))


def test_upgrade_without_structure_and_unreachable_server(postgis_dsn):
    with Database(postgis_dsn) as db:
        with pytest.raises(DatabaseError, match="has no GUP structure: create it first"):
            migrations.upgrade_structure(db)
    with pytest.raises(DatabaseError, match="Cannot connect to the database"):
        Database("host=127.0.0.1 port=1 dbname=x user=x").query("SELECT 1")

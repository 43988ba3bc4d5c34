"""Fixtures shared by all test layers.

No plugin import and no QGIS object at module level here (pytest-qgis patches iface and starts
QgsApplication in pytest_configure, after conftest import: see docs/DEVELOPER_GUIDE.md T3)."""

import json
import os
import uuid

import jsonschema
import pytest
import referencing

from tests.helpers import DEFAULT_CATALOGUE, SHARED_DATA, commune_records


def _admin_dsn() -> str:
    dsn = os.environ.get("GUP_TEST_PG")
    if not dsn:
        pytest.fail(
            "GUP_TEST_PG is not set: these tests need a real PostGIS (run `make test`, "
            "which starts a throw-away cluster), e.g. "
            "GUP_TEST_PG='host=127.0.0.1 port=54329 user=postgres dbname=postgres'"
        )
    return dsn


def _dsn_for(admin_dsn: str, dbname: str) -> str:
    parts = [p for p in admin_dsn.split() if not p.startswith("dbname=")]
    return " ".join(parts + ["dbname=" + dbname])


def _admin_execute(sql: str) -> None:
    import psycopg2

    conn = psycopg2.connect(_admin_dsn())
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            cur.execute(sql)
    finally:
        conn.close()


@pytest.fixture(scope="session")
def pg_template():
    """Two template databases: one with PostGIS only, one with the GUP structure, the 24 communes
    and the default catalogue. Dropped at the end of the session."""
    from gup_signalement_plugin.db import migrations
    from gup_signalement_plugin.db.database import Database
    from gup_signalement_plugin.usecases import catalogue as catalogue_uc

    suffix = uuid.uuid4().hex[:8]
    names = {"postgis": "gup_tpl_postgis_" + suffix, "loaded": "gup_tpl_loaded_" + suffix}
    _admin_execute("CREATE DATABASE {}".format(names["postgis"]))
    with Database(_dsn_for(_admin_dsn(), names["postgis"])) as db:
        migrations.ensure_postgis(db)
    _admin_execute("CREATE DATABASE {} TEMPLATE {}".format(names["loaded"], names["postgis"]))
    with Database(_dsn_for(_admin_dsn(), names["loaded"])) as db:
        migrations.create_structure(db)
        catalogue_uc.import_communes(db, commune_records(), 4326)
        catalogue_uc.import_catalogue(db, DEFAULT_CATALOGUE.read_bytes(), DEFAULT_CATALOGUE.name)
    yield names
    for name in names.values():
        _admin_execute("DROP DATABASE IF EXISTS {} WITH (FORCE)".format(name))


def _database_from(template: str):
    name = "gup_test_" + uuid.uuid4().hex[:10]
    _admin_execute("CREATE DATABASE {} TEMPLATE {}".format(name, template))
    return name


@pytest.fixture
def postgis_dsn(pg_template):
    """DSN of a fresh database with PostGIS and nothing else; dropped after the test."""
    name = _database_from(pg_template["postgis"])
    yield _dsn_for(_admin_dsn(), name)
    _admin_execute("DROP DATABASE IF EXISTS {} WITH (FORCE)".format(name))


@pytest.fixture
def gup_dsn(pg_template):
    """DSN of a fresh database with the structure, the 24 communes and the default catalogue."""
    name = _database_from(pg_template["loaded"])
    yield _dsn_for(_admin_dsn(), name)
    _admin_execute("DROP DATABASE IF EXISTS {} WITH (FORCE)".format(name))


@pytest.fixture
def gup_db(gup_dsn):
    """A Database on a fresh loaded database (see gup_dsn)."""
    from gup_signalement_plugin.db.database import Database

    db = Database(gup_dsn, author="pytest")
    yield db
    db.close()


@pytest.fixture
def admin_dsn_for():
    """Build a DSN for another database or role on the test server: admin_dsn_for(dbname, user)."""

    def build(dbname: str, user: str = None) -> str:
        dsn = _dsn_for(_admin_dsn(), dbname)
        if user:
            dsn = " ".join([p for p in dsn.split() if not p.startswith("user=")] + ["user=" + user])
        return dsn

    return build


@pytest.fixture
def admin_execute():
    return _admin_execute


OPEN311_SCHEMA_DIR = SHARED_DATA / "open311" / "schema"


@pytest.fixture(scope="module")
def requests_validator():
    """The Open311 requests.json schema (draft 4, its $refs resolved) as a validator."""
    schemas = {p.name: json.loads(p.read_text("utf-8")) for p in OPEN311_SCHEMA_DIR.glob("*.json")}
    registry = referencing.Registry().with_resources(
        (
            name,
            referencing.Resource.from_contents(
                body, default_specification=referencing.jsonschema.DRAFT4
            ),
        )
        for name, body in schemas.items()
    )
    return jsonschema.Draft4Validator(schemas["requests.json"], registry=registry)

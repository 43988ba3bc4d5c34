"""A database installed by the released 0.1.0 plugin and upgraded equals a fresh install.

A fresh install runs sql/base (0.1.0) and every upgrade file in ONE transaction; an installed
database runs the released 0.1.0 files (tests/data/sql_v0_1_0, never edited), then each pending
upgrade in its own transaction, keeping its data. Each version has one definition, so what this
proves is: the base the plugin installs is still the released 0.1.0 (editing sql/base instead of
adding a version fails here), the upgrades do not depend on running in one transaction or on the
metadata rows, and an upgrade keeps the data. The file invariants (no BEGIN/COMMIT, version
order, step headers, plugin version) are in tests/unit/test_sql_files.py."""

from pathlib import Path

import pytest

from gup_signalement_plugin.db import migrations
from gup_signalement_plugin.db.database import SCHEMA, Database

pytestmark = pytest.mark.postgis
FROZEN_V0 = Path(__file__).resolve().parent.parent / "data" / "sql_v0_1_0"

SNAPSHOT_QUERIES = {
    "columns": """
        SELECT table_name, column_name, ordinal_position, data_type, udt_name, is_nullable,
               column_default, is_identity, is_generated, generation_expression
        FROM information_schema.columns WHERE table_schema = %(s)s""",
    "geometry_columns": """
        SELECT f_table_name, f_geometry_column, type, srid FROM geometry_columns
        WHERE f_table_schema = %(s)s""",
    "indexes": "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = %(s)s",
    "constraints": """
        SELECT c.conrelid::regclass::text AS tbl, c.conname, pg_get_constraintdef(c.oid) AS def
        FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
        WHERE n.nspname = %(s)s""",
    "views": "SELECT viewname, definition FROM pg_views WHERE schemaname = %(s)s",
    "functions": """
        SELECT p.proname, pg_get_function_identity_arguments(p.oid) AS args,
               pg_get_functiondef(p.oid) AS def
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = %(s)s""",
    "triggers": """
        SELECT t.tgrelid::regclass::text AS tbl, t.tgname, pg_get_triggerdef(t.oid) AS def,
               t.tgenabled
        FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = %(s)s AND NOT t.tgisinternal""",
    "types": """
        SELECT t.typname, t.typtype,
               coalesce(string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder), '') AS labels
        FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
        LEFT JOIN pg_enum e ON e.enumtypid = t.oid
        WHERE n.nspname = %(s)s GROUP BY t.typname, t.typtype""",
    "comments": """
        SELECT c.relname, a.attname, d.description FROM pg_description d
        JOIN pg_class c ON c.oid = d.objoid AND d.classoid = 'pg_class'::regclass
        JOIN pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.objsubid AND d.objsubid > 0
        WHERE n.nspname = %(s)s""",
}


def snapshot(db: Database) -> dict:
    """A normalised description of the schema: sorted rows of each catalogue query."""
    return {
        name: sorted(tuple(str(v) for v in row.values()) for row in db.query(sql, {"s": SCHEMA}))
        for name, sql in SNAPSHOT_QUERIES.items()
    }


def install_frozen_v0(db: Database) -> None:
    """What migrations.create_structure did in 0.1.0: every file in one transaction, then the
    metadata row."""
    migrations.ensure_postgis(db)
    with db.transaction() as cur:
        for path in sorted(FROZEN_V0.glob("*.sql")):
            cur.execute(path.read_text(encoding="utf-8"))
        cur.execute(
            "INSERT INTO {}.metadata (version, status) VALUES ('0.1.0', 'installed')".format(SCHEMA)
        )


@pytest.fixture
def upgraded_and_fresh(postgis_dsn, admin_dsn_for, admin_execute):
    fresh_name = postgis_dsn.split("dbname=")[1] + "_fresh"
    admin_execute("CREATE DATABASE {}".format(fresh_name))
    with Database(postgis_dsn) as old, Database(admin_dsn_for(fresh_name)) as fresh:
        install_frozen_v0(old)
        assert migrations.installed_version(old) == "0.1.0"
        assert migrations.upgrade_structure(old) == migrations.target_version()
        migrations.create_structure(fresh)
        yield old, fresh
    admin_execute("DROP DATABASE IF EXISTS {} WITH (FORCE)".format(fresh_name))


def test_upgraded_database_equals_fresh_install(upgraded_and_fresh):
    old, fresh = upgraded_and_fresh
    assert migrations.target_version() != "0.1.0"  # there is an upgrade to prove
    upgraded, installed = snapshot(old), snapshot(fresh)
    for part in SNAPSHOT_QUERIES:
        assert upgraded[part] == installed[part], part
    assert any("signalement" in row[0] for row in installed["columns"])


def test_upgrade_keeps_the_data_of_a_released_database(postgis_dsn):
    with Database(postgis_dsn, author="pytest") as db:
        install_frozen_v0(db)
        with db.transaction() as cur:
            cur.execute("""
                INSERT INTO gup_signalement.commune (code_insee, nom, geom)
                VALUES ('94081', 'Vitry',
                        ST_Multi(ST_MakeEnvelope(652000, 6852000, 654000, 6854000, 2154)));
                INSERT INTO gup_signalement.categorie
                    (code, libelle_public, libelle_interne, groupe)
                VALUES ('depot', 'Dépôt sauvage', 'Dépôt', 'Propreté');
                INSERT INTO gup_signalement.commune_categorie (code_insee, categorie_code, etape)
                VALUES ('94081', 'depot', 'public')""")
        migrations.upgrade_structure(db)
        assert db.query(
            "SELECT code_insee, categorie_code, etape::text AS etape "
            "FROM gup_signalement.commune_categorie"
        ) == [{"code_insee": "94081", "categorie_code": "depot", "etape": "public"}]
        assert db.scalar("SELECT count(*) FROM gup_signalement.commune_categorie_historique") == 1
        assert [
            row["version"]
            for row in db.query("SELECT version FROM gup_signalement.metadata ORDER BY id")
        ] == ["0.1.0"] + ["{}.{}.{}".format(*v) for v, _p in migrations.upgrade_files()]


def test_snapshot_sees_a_difference(upgraded_and_fresh):
    old, fresh = upgraded_and_fresh
    with old.transaction() as cur:
        cur.execute(
            "CREATE OR REPLACE FUNCTION gup_signalement.report_day(moment timestamptz) "
            "RETURNS date LANGUAGE sql IMMUTABLE AS $$ SELECT moment::date $$"
        )
    with fresh.transaction() as cur:
        cur.execute("ALTER TABLE gup_signalement.service ALTER COLUMN actif SET DEFAULT false")
    upgraded, installed = snapshot(old), snapshot(fresh)
    assert upgraded["functions"] != installed["functions"]
    assert upgraded["columns"] != installed["columns"]
    assert upgraded["indexes"] == installed["indexes"]

"""The schema values the Python code needs (core/schema.py) are those of the installed structure:
read back from pg_constraint, information_schema and the functions' definitions."""

import re
from typing import List

import pytest

from gup_signalement_plugin.core import schema

pytestmark = pytest.mark.postgis


def check_clause(db, table: str, column: str) -> str:
    """The definition of the one CHECK constraint on ``table.column`` alone."""
    rows = db.query(
        """
        SELECT pg_get_constraintdef(c.oid) AS definition
        FROM pg_constraint c
        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey)
        WHERE c.contype = 'c' AND c.conrelid = (%s || '.' || %s)::regclass
          AND a.attname = %s AND cardinality(c.conkey) = 1""",
        (schema.SCHEMA, table, column),
    )
    assert len(rows) == 1, rows
    return rows[0]["definition"]


def allowed_values(db, table: str, column: str) -> List[str]:
    """The values of a CHECK (column IN (...)), in the order written."""
    definition = check_clause(db, table, column)
    assert "= ANY (ARRAY[" in definition, definition
    return re.findall(r"'([^']*)'::text", definition)


def regex_of(db, table: str, column: str) -> str:
    """The pattern of a CHECK (column ~ '...')."""
    match = re.search(r"~ '(.*)'::text", check_clause(db, table, column))
    assert match, check_clause(db, table, column)
    return match.group(1)


def test_the_schema_name_is_the_installed_one(gup_db):
    assert (
        gup_db.scalar("SELECT count(*) FROM pg_namespace WHERE nspname = %s", (schema.SCHEMA,)) == 1
    )


def test_service_and_source_types_are_the_check_constraints(gup_db):
    assert tuple(allowed_values(gup_db, "service", "type")) == schema.SERVICE_TYPES
    assert tuple(allowed_values(gup_db, "source", "type")) == schema.SOURCE_KINDS


def test_smtp_securities_are_the_check_constraint(gup_db):
    from gup_signalement_plugin.connectors.smtp_sender import SECURITIES

    assert (
        tuple(allowed_values(gup_db, "parametre_diffusion", "smtp_securite"))
        == schema.SMTP_SECURITIES
        == SECURITIES
    )


def test_name_patterns_are_the_check_constraints(gup_db):
    assert regex_of(gup_db, "categorie", "code") == schema.CATEGORY_CODE_PATTERN.pattern
    assert regex_of(gup_db, "source", "nom") == schema.NAME_PATTERN.pattern


def test_name_patterns_accept_and_refuse_as_the_database_does(gup_db):
    names = ["a", "0", "a" * 63, "a" * 64, "voirie_ept.2-b", "_a", "-a", "A", "é", "a b", ""]
    for pattern, (table, column) in (
        (schema.CATEGORY_CODE_PATTERN, ("categorie", "code")),
        (schema.NAME_PATTERN, ("source", "nom")),
    ):
        in_database = [
            gup_db.scalar("SELECT %s ~ %s", (name, regex_of(gup_db, table, column)))
            for name in names
        ]
        assert [bool(pattern.match(name)) for name in names] == in_database
        assert in_database[:3] == [True, True, True] and not any(in_database[3:4] + in_database[5:])


def test_the_time_zone_is_the_one_of_the_database(gup_db):
    default = gup_db.scalar(
        """
        SELECT column_default FROM information_schema.columns
        WHERE table_schema = %s AND table_name = 'source' AND column_name = 'fuseau'""",
        (schema.SCHEMA,),
    )
    assert default == "'{}'::text".format(schema.TIME_ZONE)
    definitions = [
        row["definition"]
        for row in gup_db.query(
            """
        SELECT pg_get_functiondef(p.oid) AS definition
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = %s AND p.prokind = 'f'""",
            (schema.SCHEMA,),
        )
    ]
    zones = {zone for d in definitions for zone in re.findall(r"AT TIME ZONE '([^']*)'", d)}
    assert zones == {schema.TIME_ZONE}

"""The People and rights algorithms on a real PostGIS: a login role created, grouped, linked to
its service, listed, revoked; injection attempts through the text parameters change nothing."""

import psycopg2
import pytest
from qgis.core import QgsProcessingException

from tests.helpers import run_algorithm as run


@pytest.fixture
def service(gup_dsn):
    conn = psycopg2.connect(gup_dsn)
    with conn, conn.cursor() as cur:
        cur.execute(
            "INSERT INTO gup_signalement.service (nom, type) VALUES ('Voirie Ivry', "
            "'commune') RETURNING id"
        )
        service_id = cur.fetchone()[0]
    conn.close()
    return service_id


def _roles(dsn, pattern):
    conn = psycopg2.connect(dsn)
    with conn.cursor() as cur:
        cur.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE %s ORDER BY 1", (pattern,))
        names = [r[0] for r in cur.fetchall()]
    conn.close()
    return names


def test_create_list_revoke_a_person(gup_connection, gup_dsn, gup_provider, service):
    login = "alg_agent_" + gup_dsn.split("gup_test_")[-1]
    try:
        run(
            "create_person",
            {
                "CONNECTION_NAME": gup_connection,
                "LOGIN": login,
                "ROLE_GROUP": 2,
                "SERVICE": "voirie ivry",
            },
        )
        listed = run("list_people", {"CONNECTION_NAME": gup_connection})["PEOPLE"]
        assert "{}\tgup_agent\tVoirie Ivry\tlogin".format(login) in listed.splitlines()
        with pytest.raises(QgsProcessingException, match="agent must be linked"):
            run(
                "create_person",
                {"CONNECTION_NAME": gup_connection, "LOGIN": login + "2", "ROLE_GROUP": 2},
            )
        run("revoke_person", {"CONNECTION_NAME": gup_connection, "LOGIN": login, "DROP": True})
        assert _roles(gup_dsn, login + "%") == []
    finally:
        conn = psycopg2.connect(gup_dsn)
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute('DROP ROLE IF EXISTS "{}"'.format(login))
        conn.close()


@pytest.mark.parametrize(
    "text",
    ['x"; DROP TABLE gup_signalement.service; --', "x'; DROP TABLE gup_signalement.service; --"],
)
def test_injection_through_the_parameters_changes_nothing(
    gup_connection, gup_dsn, gup_provider, service, text
):
    for params in (
        {"LOGIN": text, "ROLE_GROUP": 3},
        {"LOGIN": "alg_ok_x", "ROLE_GROUP": 2, "SERVICE": text},
    ):
        with pytest.raises(QgsProcessingException):
            run("create_person", dict(params, CONNECTION_NAME=gup_connection))
    with pytest.raises(QgsProcessingException):
        run("revoke_person", {"CONNECTION_NAME": gup_connection, "LOGIN": text})
    assert _roles(gup_dsn, "x%DROP%") == [] and _roles(gup_dsn, "alg_ok_x") == []
    conn = psycopg2.connect(gup_dsn)
    with conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM gup_signalement.service")
        assert cur.fetchone()[0] == 1
    conn.close()

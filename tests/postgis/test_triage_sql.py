"""The triage structure (0.5.0) from SQL, as any client sees it: the transitions table is the
core's, the triggers refuse every other status change, the history is append-only, working
days are the core's, reports get their assignments on arrival and when routing changes, and a
manual routing is kept."""

import datetime as dt
import itertools

import psycopg2
import pytest
from shapely.geometry import box

from gup_signalement_plugin.core import workdays, workflow
from gup_signalement_plugin.db import routing_repository as rr
from tests.postgis.triage_helpers import (
    DAY,
    add_reports,
    perimeter,
    set_up_services,
    state,
    version,
)

pytestmark = pytest.mark.postgis
S = "gup_signalement"


@pytest.fixture
def db(gup_db):
    return set_up_services(gup_db)


def raw(db):
    """A psycopg2 connection of its own (autocommit off), as another client would use."""
    conn = psycopg2.connect(db.dsn)
    return conn


def test_the_transitions_table_is_the_cores(db):
    rows = db.query("SELECT niveau, de, vers FROM {}.transition_statut".format(S))
    assert sorted((r["niveau"], r["de"], r["vers"]) for r in rows) == sorted(workflow.TRANSITIONS)


def _force(cur, sql, params=()):
    """Write without triggers (set-up of a state the workflow would reach another way)."""
    cur.execute("SET LOCAL session_replication_role = replica")
    cur.execute(sql, params)
    cur.execute("SET LOCAL session_replication_role = origin")


REPORT_PAIRS = list(itertools.permutations(workflow.REPORT_STATUSES, 2))
ASSIGNMENT_PAIRS = list(itertools.permutations(workflow.ASSIGNMENT_STATUSES, 2))
SET_REPORT = "UPDATE {}.signalement SET statut_traitement = %s WHERE id = %s".format(S)
SET_MAIN_PART = (
    "UPDATE {}.affectation SET statut = %s, motif_refus_code = 'other' "
    "WHERE signalement_id = %s AND role = 'main'".format(S)
)


def _try_every_change(db, pairs, level, sql):
    """From each status to each other, in a savepoint of one client transaction: which changes
    the trigger let through."""
    report = add_reports(db)[0]
    passed = set()
    conn = raw(db)
    try:
        with conn.cursor() as cur:
            for old, new in pairs:
                cur.execute("SAVEPOINT change")
                _force(cur, sql, (old, report))
                try:
                    cur.execute(sql, (new, report))
                    assert cur.rowcount == 1
                    passed.add((level, old, new))
                except psycopg2.errors.CheckViolation as exc:
                    assert "transition_not_allowed" in str(exc)
                cur.execute("ROLLBACK TO SAVEPOINT change")
    finally:
        conn.close()
    return passed


def test_every_report_status_change_from_sql(db):
    """Of the 20 changes between report statuses, exactly workflow's are let through."""
    passed = _try_every_change(db, REPORT_PAIRS, workflow.REPORT, SET_REPORT)
    assert passed == {t for t in workflow.TRANSITIONS if t[0] == workflow.REPORT}
    assert len(REPORT_PAIRS) - len(passed) == 3  # refused ones


def test_every_assignment_status_change_from_sql(db):
    passed = _try_every_change(db, ASSIGNMENT_PAIRS, workflow.ASSIGNMENT, SET_MAIN_PART)
    assert passed == {t for t in workflow.TRANSITIONS if t[0] == workflow.ASSIGNMENT}
    assert len(ASSIGNMENT_PAIRS) - len(passed) == 12


def test_a_new_assignment_is_pending(db):
    report = add_reports(db)[0]
    for status in workflow.ASSIGNMENT_STATUSES:
        if status == workflow.PENDING:
            continue
        with pytest.raises(Exception, match="transition_not_allowed"):
            with db.transaction() as cur:
                cur.execute(
                    "INSERT INTO {}.affectation (signalement_id, service_id, role, "
                    "statut, motif_refus_code) VALUES (%s, %s, 'copy', %s, 'other')".format(S),
                    (report, db.ids["B"], status),
                )
    with db.transaction() as cur:
        cur.execute(
            "INSERT INTO {}.affectation (signalement_id, service_id, role) "
            "VALUES (%s, %s, 'copy')".format(S),
            (report, db.ids["B"]),
        )


def test_the_history_is_append_only(db):
    add_reports(db)
    before = db.query("SELECT * FROM {}.historique_signalement".format(S))
    assert before
    for statement in (
        "UPDATE {}.historique_signalement SET action = 'x'",
        "DELETE FROM {}.historique_signalement",
        "TRUNCATE {}.historique_signalement",
    ):
        with pytest.raises(Exception, match="append-only"):
            with db.transaction() as cur:
                cur.execute(statement.format(S))
    assert db.query("SELECT * FROM {}.historique_signalement".format(S)) == before


def test_easter_in_sql_is_the_cores(db):
    rows = db.query(
        "SELECT y, {}.easter_sunday(y) AS d FROM generate_series(1900, 2200) y".format(S)
    )
    assert {r["y"]: r["d"] for r in rows} == {
        y: workdays.easter_sunday(y) for y in range(1900, 2201)
    }


def test_working_days_in_sql_are_the_cores_2020_2030(db):
    """Every day of 2020-2030, every delay from 0 to 25 working days: the due day, and
    whether the day is a holiday or a working day."""
    rows = db.query(
        """
        SELECT d::date AS day, {s}.is_public_holiday(d::date) AS holiday,
               {s}.is_working_day(d::date) AS working,
               array_agg({s}.add_working_days(d::date, n) ORDER BY n) AS due
        FROM generate_series('2020-01-01'::date, '2030-12-31'::date, '1 day') d
        CROSS JOIN generate_series(0, 25) n GROUP BY 1 ORDER BY 1""".format(s=S)
    )
    assert len(rows) == 4018
    for row in rows:
        day = row["day"]
        assert row["holiday"] == workdays.is_public_holiday(day), day
        assert row["working"] == workdays.is_working_day(day), day
        assert row["due"] == [workdays.add_working_days(day, n) for n in range(26)], day


def test_a_report_gets_its_expected_day_from_its_category(db):
    """voirie: 15 working days; voirie.nid_de_poule: 5; received on Saturday 2024-05-04 late
    at night in Paris (so Sunday 5 May in Paris: UTC would say Saturday)."""
    moment = dt.datetime(2024, 5, 4, 22, 30, tzinfo=dt.timezone.utc)
    plain, sub = (
        add_reports(db, moment=moment)[0],
        add_reports(db, moment=moment, sub="voirie.nid_de_poule")[0],
    )
    due = {
        r["id"]: r["date_prevue"]
        for r in db.query("SELECT id, date_prevue FROM {}.signalement".format(S))
    }
    assert due[plain] == workdays.expected_date(dt.date(2024, 5, 5), 15) == dt.date(2024, 5, 29)
    assert due[sub] == workdays.expected_date(dt.date(2024, 5, 5), 5) == dt.date(2024, 5, 14)


def test_arrival_gives_main_and_copy_assignments_and_status(db):
    inside, outside = add_reports(db)[0], add_reports(db, xy=(657500, 6854500))[0]
    assert state(db, inside)[0] == "new"
    assert state(db, inside)[2] == {"A": ("main", "pending"), "C": ("copy", "pending")}
    assert state(db, outside)[0] == "to_triage"
    assert state(db, outside)[2] == {}
    history = db.query(
        "SELECT signalement_id, action FROM {}.historique_signalement ORDER BY id".format(S)
    )
    assert history == [
        {"signalement_id": inside, "action": "auto_route"},
        {"signalement_id": outside, "action": "auto_route"},
    ]


def test_a_routing_change_moves_the_assignments(db):
    """A higher-priority perimeter for B: A (accepted) is withdrawn, B gets a pending part,
    C stays in copy; removing it sends the report back to A (pending again)."""
    report = add_reports(db)[0]
    with db.transaction() as cur:
        cur.execute(
            "UPDATE {}.affectation SET statut = 'accepted' WHERE service_id = %s".format(S),
            (db.ids["A"],),
        )
    b = perimeter(db, "B", priority=5)
    assert rr.reroute(db) == 1
    assert state(db, report)[0] == "new"
    assert state(db, report)[2] == {
        "A": ("copy", "withdrawn"),
        "B": ("main", "pending"),
        "C": ("copy", "pending"),
    }
    with db.transaction() as cur:
        cur.execute("DELETE FROM {}.perimetre_competence WHERE id = %s".format(S), (b,))
    rr.reroute(db)
    assert state(db, report)[2] == {
        "A": ("main", "pending"),
        "B": ("copy", "withdrawn"),
        "C": ("copy", "pending"),
    }


def test_a_refusal_stands_against_automatic_routing(db):
    report = add_reports(db)[0]
    with db.transaction() as cur:
        cur.execute(
            "UPDATE {}.affectation SET statut = 'refused', motif_refus_code = "
            "'out_of_perimeter' WHERE service_id = %s".format(S),
            (db.ids["A"],),
        )
        cur.execute("SELECT {}.refresh_report_status(ARRAY[%s]::bigint[])".format(S), (report,))
    b = perimeter(db, "B", priority=5)
    rr.reroute(db)
    with db.transaction() as cur:
        cur.execute("DELETE FROM {}.perimetre_competence WHERE id = %s".format(S), (b,))
    rr.reroute(db)
    assert state(db, report)[2]["A"] == ("main", "refused")


def test_closed_reports_keep_their_assignments_when_routing_changes(db):
    report = add_reports(db)[0]
    with db.transaction() as cur:
        cur.execute(
            "UPDATE {}.signalement SET cloture_par_operateur = true, "
            "statut_traitement = 'closed' WHERE id = %s".format(S),
            (report,),
        )
    perimeter(db, "B", priority=5)
    rr.reroute(db)
    assert state(db, report)[0] == "closed"
    assert state(db, report)[2] == {"A": ("main", "pending"), "C": ("copy", "pending")}


def test_every_write_bumps_the_version(db):
    report = add_reports(db)[0]
    first = version(db, report)
    with db.transaction() as cur:
        cur.execute("UPDATE {}.signalement SET adresse = 'x' WHERE id = %s".format(S), (report,))
    assert version(db, report) == first + 1


def test_current_service_maps_the_role(db):
    assert db.scalar("SELECT {}.current_service()".format(S)) is None
    with db.transaction() as cur:
        cur.execute(
            "INSERT INTO {}.role_service VALUES (current_user, %s)".format(S), (db.ids["B"],)
        )
    assert db.scalar("SELECT {}.current_service()".format(S)) == db.ids["B"]


def test_refusal_reasons_are_seeded_as_the_core_says(db):
    rows = db.query("SELECT code, texte_requis FROM {}.motif_refus".format(S))
    assert {r["code"]: r["texte_requis"] for r in rows} == workflow.SEED_REFUSAL_REASONS


def test_the_sql_status_is_the_cores_for_every_combination(db):
    """derived_report_status against workflow.derive_report_status on every multiset of up to
    three assignment statuses, with and without the operator's closure."""
    combos = [
        c
        for n in range(4)
        for c in itertools.combinations_with_replacement(workflow.ASSIGNMENT_STATUSES, n)
    ]
    ids = add_reports(db, len(combos) * 2, xy=(657500, 6854500))  # no service: no assignment
    services = [db.ids[n] for n in "ABD"]
    cases = []
    with db.transaction() as cur:
        for index, (combo, closed) in enumerate(itertools.product(combos, (False, True))):
            report = ids[index]
            for service, status in zip(services, combo):
                _force(
                    cur,
                    "INSERT INTO {}.affectation (signalement_id, service_id, role, "
                    "statut, motif_refus_code) VALUES (%s, %s, 'copy', %s, 'other')".format(S),
                    (report, service, status),
                )
            cases.append((report, combo, closed))
        cur.execute(
            "SELECT r, {}.derived_report_status(r, c, NULL) AS s "
            "FROM unnest(%s::bigint[], %s::boolean[]) AS u (r, c)".format(S),
            ([c[0] for c in cases], [c[2] for c in cases]),
        )
        got = {row["r"]: row["s"] for row in cur.fetchall()}
    for report, combo, closed in cases:
        assert got[report] == workflow.derive_report_status(list(combo), closed), combo


def test_a_duplicate_is_refused_as_its_own_original_by_sql(db):
    report = add_reports(db)[0]
    with pytest.raises(Exception, match="signalement_doublon_de_soi"):
        with db.transaction() as cur:
            cur.execute(
                "UPDATE {}.signalement SET doublon_de = id, statut_traitement = "
                "'duplicate' WHERE id = %s".format(S),
                (report,),
            )


def test_an_edit_of_the_place_re_routes_and_moves_the_assignments(db):
    perimeter(db, "B", geometry=box(656600, 6854000, 657000, 6855000))
    report = add_reports(db)[0]
    with db.transaction() as cur:
        cur.execute(
            "UPDATE {}.signalement SET geom = ST_SetSRID(ST_MakePoint(656800, 6854500),"
            " 2154) WHERE id = %s".format(S),
            (report,),
        )
    assert state(db, report)[2] == {
        "A": ("copy", "withdrawn"),
        "B": ("main", "pending"),
        "C": ("copy", "withdrawn"),
    }
    assert DAY  # the helper's day is the one the reports use

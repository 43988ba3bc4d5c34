"""Access rights and personal data, with REAL login roles connecting through psycopg2
(docs/RIGHTS.md). The trust authentication of the test cluster lets a test log in as any role."""

import datetime as dt
import re
from pathlib import Path

import psycopg2
import psycopg2.errors
import pytest

from gup_signalement_plugin.core.errors import GupError, InputError
from gup_signalement_plugin.core.personal_data import mask_personal_data
from gup_signalement_plugin.db.database import Database
from gup_signalement_plugin.usecases import rights
from tests.rights_setup import close_report, create_people, drop_people

RIGHTS_DOC = Path(__file__).resolve().parents[2] / "docs" / "RIGHTS.md"
S = "gup_signalement"


@pytest.fixture
def people(gup_dsn):
    made = create_people(gup_dsn)
    yield made
    drop_people(made)


def _rows(conn, statement, params=()):
    with conn.cursor() as cur:
        cur.execute(statement, params)
        return cur.fetchall() if cur.description else cur.rowcount


def _count(people, who):
    conn = people.connect(who)
    try:
        return _rows(conn, "SELECT count(*) FROM gup_signalement.signalement")[0][0]
    finally:
        conn.close()


# --- agents ----------------------------------------------------------------------------------


def test_agent_reads_counts_and_changes_only_its_service_reports(people):
    a_ids, b_ids = people.reports["a"], people.reports["b"]
    conn = people.connect("agent_a")
    try:
        seen = sorted(r[0] for r in _rows(conn, "SELECT id FROM gup_signalement.signalement"))
        assert seen == sorted(a_ids + [b_ids[1]])  # its own, and B's report sent to A in copy
        assert (
            _rows(conn, "SELECT id FROM gup_signalement.signalement WHERE id = %s", (b_ids[0],))
            == []
        )
        assert (
            _rows(
                conn,
                "UPDATE gup_signalement.signalement SET statut = 'closed' WHERE id = %s",
                (b_ids[0],),
            )
            == 0
        )
        assert (
            _rows(
                conn,
                "UPDATE gup_signalement.signalement SET statut = 'closed' WHERE id = %s",
                (a_ids[0],),
            )
            == 1
        )
        conn.commit()
        for statement in (
            "DELETE FROM gup_signalement.signalement WHERE id = {}".format(b_ids[0]),
            "UPDATE gup_signalement.signalement SET description = 'x'",
            "UPDATE gup_signalement.signalement SET service_id = {} WHERE id = {}".format(
                people.services["b"], a_ids[0]
            ),
            "UPDATE gup_signalement.signalement SET doublon_de = {} WHERE id = {}".format(
                a_ids[1], a_ids[0]
            ),
            "INSERT INTO gup_signalement.affectation (signalement_id, service_id) "
            "VALUES ({}, {})".format(b_ids[0], people.services["a"]),
            "SELECT * FROM gup_signalement.contact_signalant",
            "SELECT * FROM gup_signalement.journal_modification",
        ):
            with pytest.raises(psycopg2.errors.InsufficientPrivilege):
                _rows(conn, statement)
            conn.rollback()
    finally:
        conn.close()
    assert _count(people, "agent_b") == 2
    assert _count(people, "operateur") == 5
    check = psycopg2.connect(people.dsn)
    assert _rows(
        check, "SELECT statut FROM gup_signalement.signalement WHERE id = %s", (b_ids[0],)
    ) == [("open",)]
    check.close()


def test_an_agent_without_a_service_sees_nothing(people):
    conn = psycopg2.connect(people.dsn)
    with conn, conn.cursor() as cur:
        cur.execute(
            "DELETE FROM gup_signalement.role_service WHERE role_name = %s",
            (people.roles["agent_a"],),
        )
    conn.close()
    assert _count(people, "agent_a") == 0


def test_transfer_is_the_only_way_out_of_the_agent_scope(people):
    report = people.reports["a"][0]
    conn = people.connect("agent_a")
    try:
        with pytest.raises(psycopg2.errors.InsufficientPrivilege):  # not its report
            _rows(
                conn,
                "SELECT gup_signalement.transferer_signalement(%s, %s, 'pas à nous')",
                (people.reports["b"][0], people.services["a"]),
            )
        conn.rollback()
        with pytest.raises(psycopg2.errors.CheckViolation):  # a reason is required
            _rows(
                conn,
                "SELECT gup_signalement.transferer_signalement(%s, %s, ' ')",
                (report, people.services["b"]),
            )
        conn.rollback()
        _rows(
            conn,
            "SELECT gup_signalement.transferer_signalement(%s, %s, 'réseau du SIAAP')",
            (report, people.services["b"]),
        )
        conn.commit()
        assert (
            _rows(conn, "SELECT id FROM gup_signalement.signalement WHERE id = %s", (report,)) == []
        )
    finally:
        conn.close()
    conn = people.connect("agent_b")
    assert _rows(
        conn,
        "SELECT raison, routage_manuel FROM gup_signalement.signalement WHERE id = %s",
        (report,),
    ) == [("réseau du SIAAP", True)]
    conn.close()


def test_reader_sees_reports_without_personal_data_and_no_contact(people):
    conn = people.connect("lecteur")
    try:
        for statement in (
            "SELECT count(*) FROM gup_signalement.signalement",
            "SELECT count(*) FROM gup_signalement.contact_signalant",
            "SELECT * FROM gup_signalement.lire_contact({}, 'curiosité')".format(
                people.reports["a"][0]
            ),
        ):
            with pytest.raises(psycopg2.errors.InsufficientPrivilege):
                _rows(conn, statement)
            conn.rollback()
        rows = _rows(
            conn,
            "SELECT id, description, donnees_personnelles_masquees "
            "FROM gup_signalement.v_signalement_lecteur ORDER BY id",
        )
        assert len(rows) == 5
        assert rows[1][1:] == ("Appeler le [téléphone masqué]", True)
        with conn.cursor() as cur:
            cur.execute("SELECT * FROM gup_signalement.v_signalement_lecteur LIMIT 0")
            columns = {d.name for d in cur.description}
        assert not columns & {
            "donnees_source",
            "media_url",
            "id_externe",
            "nom",
            "email",
            "telephone",
        }
    finally:
        conn.close()


# --- personal data ---------------------------------------------------------------------------


def test_contacts_are_read_through_a_logged_function_within_the_rights(people):
    open_report, _, closed_report = people.reports["a"]
    operator = Database(people.dsn_of("operateur"))
    try:
        contact = rights.read_contact(operator, open_report, "rappeler le signalant")
        assert (contact["nom"], contact["telephone"]) == ("Jeanne Martin", "0612345678")
        with pytest.raises(Exception, match="not allowed"):
            rights.read_contact(operator, closed_report, "curiosité")
        with pytest.raises(Exception, match="reason is required"):
            rights.read_contact(operator, open_report, "  ")
        direct = operator.query("SELECT signalement_id FROM gup_signalement.contact_signalant")
        assert closed_report not in {r["signalement_id"] for r in direct}
    finally:
        operator.close()
    admin = Database(people.dsn_of("admin"))
    assert rights.read_contact(admin, closed_report, "demande CNIL")["email"] == "jm@example.fr"
    log = admin.query(
        "SELECT signalement_id, lu_par, motif FROM gup_signalement.lecture_contact ORDER BY id"
    )
    admin.close()
    assert [(r["signalement_id"], r["lu_par"], r["motif"]) for r in log] == [
        (open_report, people.roles["operateur"], "rappeler le signalant"),
        (closed_report, people.roles["admin"], "demande CNIL"),
    ]


def _close(dsn, report_id, at):
    conn = psycopg2.connect(dsn)
    with conn, conn.cursor() as cur:
        close_report(cur, report_id, at)
    conn.close()


def test_purge_anonymises_exactly_the_contacts_closed_a_year_ago(people):
    closed_at = dt.datetime(2025, 3, 1, 10, 0, tzinfo=dt.timezone.utc)
    late = people.reports["b"][0]
    _close(people.dsn, people.reports["a"][2], closed_at)
    _close(people.dsn, late, closed_at + dt.timedelta(seconds=1))
    admin = Database(people.dsn_of("admin"))
    try:
        one_year = dt.datetime(2026, 3, 1, 10, 0, tzinfo=dt.timezone.utc)
        assert rights.run_purge(admin, one_year - dt.timedelta(seconds=1))["anonymises"] == 0
        run = rights.run_purge(admin, one_year)
        assert run["anonymises"] == 1 and run["par"] == people.roles["admin"]
        rows = admin.query(
            "SELECT signalement_id, nom, email, telephone, anonymise_le "
            "FROM gup_signalement.contact_signalant ORDER BY signalement_id"
        )
        emptied = [r["signalement_id"] for r in rows if r["nom"] is None]
        assert emptied == [people.reports["a"][2]]
        assert all(r["email"] is None and r["telephone"] is None for r in rows if r["nom"] is None)
        assert sum(1 for r in rows if r["nom"] == "Jeanne Martin") == 3  # open ones and late
        assert admin.scalar("SELECT count(*) FROM gup_signalement.signalement") == 5  # kept
        assert rights.run_purge(admin, one_year + dt.timedelta(seconds=1))["anonymises"] == 1
        assert rights.run_purge(admin, one_year + dt.timedelta(days=1))["anonymises"] == 0
        runs = admin.query(
            "SELECT anonymises FROM gup_signalement.purge_donnees_personnelles ORDER BY id"
        )
        assert [r["anonymises"] for r in runs] == [0, 1, 1, 0]
    finally:
        admin.close()


def test_retention_period_is_configurable(people):
    _close(people.dsn, people.reports["a"][2], dt.datetime(2025, 3, 1, tzinfo=dt.timezone.utc))
    admin = Database(people.dsn_of("admin"))
    try:
        with admin.transaction() as cur:
            cur.execute("UPDATE gup_signalement.parametre_rgpd SET duree_conservation = '30 days'")
        assert (
            rights.run_purge(admin, dt.datetime(2025, 3, 31, tzinfo=dt.timezone.utc))["anonymises"]
            == 1
        )
    finally:
        admin.close()
    operator = psycopg2.connect(people.dsn_of("operateur"))
    with pytest.raises(psycopg2.errors.InsufficientPrivilege):
        _rows(operator, "SELECT gup_signalement.purger_donnees_personnelles()")
    operator.close()


CRAFTED = [
    "06 12 34 56 78",
    "+33 6 12 34 56 78",
    "0612345678",
    "01.23.45.67.89",
    "appelez-moi au 06-12-34-56-78 svp",
    "0033 1 23 45 67 89",
    "jeanne.martin+gup@example.fr",
    "écrire à j_m@mairie-ivry.fr ou au 0612345678.",
    "n° 123456789012",
    "le 12/03/2025 à 10 h",
    "SIRET 41234567890123",
    "rue du 8 mai",
    "0512 34 56",
    "tel:+33612345678",
    None,
    "",
]


def test_sql_and_python_mask_the_same_personal_data(gup_db):
    for text in CRAFTED:
        in_sql = gup_db.scalar("SELECT gup_signalement.masquer_donnees_personnelles(%s)", (text,))
        assert in_sql == mask_personal_data(text), text
    assert mask_personal_data(CRAFTED[0]) == "[téléphone masqué]"
    assert mask_personal_data(CRAFTED[1]) == "[téléphone masqué]"
    assert mask_personal_data(CRAFTED[7]) == "écrire à [courriel masqué] ou au [téléphone masqué]."
    for untouched in CRAFTED[8:13]:
        assert mask_personal_data(untouched) == untouched


# --- audit trail -----------------------------------------------------------------------------


def test_audit_trail_records_each_change_with_who_and_old_new(people):
    report = people.reports["a"][0]
    admin = Database(people.dsn_of("admin"), author="Marie (SIG)")
    try:
        with admin.transaction() as cur:
            cur.execute(
                "UPDATE gup_signalement.service SET emails = '{voirie@ivry.fr}' WHERE id = %s",
                (people.services["a"],),
            )
            cur.execute(
                "UPDATE gup_signalement.signalement SET statut = 'closed' WHERE id = %s", (report,)
            )
            cur.execute(
                "UPDATE gup_signalement.signalement SET statut = statut WHERE id = %s", (report,)
            )  # no change: no row
        trail = rights.audit_trail(admin, "signalement", str(report))
        assert [(r["operation"], r["avant"], r["apres"], r["par"]) for r in trail] == [
            ("INSERT", None, trail[0]["apres"], "postgres"),
            ("UPDATE", {"statut": "open"}, {"statut": "closed"}, "Marie (SIG)"),
        ]
        assert trail[1]["role_connexion"] == people.roles["admin"]
        service = rights.audit_trail(admin, "service", str(people.services["a"]))
        assert service[-1]["apres"] == {"emails": ["voirie@ivry.fr"]}
        with admin.transaction() as cur:
            cur.execute(
                "DELETE FROM gup_signalement.categorie WHERE code = 'voirie.piste_cyclable'"
            )
        assert rights.audit_trail(admin, "categorie", "voirie.piste_cyclable")[-1]["operation"] in (
            "DELETE",
        )
    finally:
        admin.close()
    operator = psycopg2.connect(people.dsn_of("operateur"))
    with pytest.raises(psycopg2.errors.InsufficientPrivilege):
        _rows(operator, "SELECT * FROM gup_signalement.journal_modification")
    operator.close()


# --- people, and SQL injection through every text field ----------------------------------------

INJECTIONS = [
    'x"; DROP TABLE gup_signalement.signalement; --',
    "x'; DROP TABLE gup_signalement.signalement; --",
    "x\"; ALTER ROLE CURRENT_USER SUPERUSER; --",
]


def _intact(dsn):
    conn = psycopg2.connect(dsn)
    try:
        return (
            _rows(conn, "SELECT count(*) FROM gup_signalement.signalement")[0][0],
            _rows(conn, "SELECT count(*) FROM pg_roles WHERE rolsuper")[0][0],
        )
    finally:
        conn.close()


def test_people_are_created_grouped_linked_and_revoked(people):
    admin = Database(people.dsn)
    login = people.roles["admin"] + "_new"
    try:
        rights.create_person(admin, login, "gup_agent", people.services["b"], "mot de passe")
        row = [p for p in rights.list_people(admin) if p["login"] == login]
        assert [(r["groupe"], r["service_id"], r["connexion"]) for r in row] == [
            ("gup_agent", people.services["b"], True)
        ]
        people.roles["new"] = login
        assert _count(people, "new") == 2
        rights.change_person(admin, login, "gup_operateur")
        assert _count(people, "new") == 5
        rights.revoke_person(admin, login)
        with pytest.raises(psycopg2.errors.InsufficientPrivilege):
            _count(people, "new")
        with pytest.raises(InputError, match="agent must be linked"):
            rights.create_person(admin, login + "2", "gup_agent", None)
        with pytest.raises(InputError, match="already exists"):
            rights.create_person(admin, login, "gup_lecteur")
        rights.revoke_person(admin, login, drop=True)
        assert not [p for p in rights.list_people(admin) if p["login"] == login]
    finally:
        admin.close()


def test_sql_injection_through_every_text_field_has_no_effect(people):
    before = _intact(people.dsn)
    admin = Database(people.dsn)
    try:
        for text in INJECTIONS:
            for call in (
                lambda t=text: rights.create_person(admin, t, "gup_lecteur"),
                lambda t=text: rights.create_person(admin, "ok_name", t),
                lambda t=text: rights.change_person(admin, t, "gup_lecteur"),
                lambda t=text: rights.revoke_person(admin, t),
            ):
                with pytest.raises(InputError):
                    call()
        # Quoting, not only the name check: the repository quotes whatever it is given.
        from gup_signalement_plugin.db import rights_repository

        rights_repository.create_login(admin, INJECTIONS[0], "gup_lecteur", None, INJECTIONS[1])
        assert (
            admin.scalar("SELECT count(*) FROM pg_roles WHERE rolname = %s", (INJECTIONS[0],)) == 1
        )
        rights_repository.revoke_login(admin, INJECTIONS[0], drop=True)
        login = people.roles["lecteur"] + "_pw"
        rights.create_person(admin, login, "gup_lecteur", None, INJECTIONS[1])
        assert admin.scalar(
            "SELECT rolpassword IS NOT NULL FROM pg_authid WHERE rolname = %s", (login,)
        )
        rights.revoke_person(admin, login, drop=True)
    finally:
        admin.close()
    agent = Database(people.dsn_of("agent_a"))
    operator = Database(people.dsn_of("operateur"))
    try:
        for text in INJECTIONS:  # what an agent or the operator types: reasons
            rights.transfer_report(operator, people.reports["b"][0], people.services["b"], text)
            rights.read_contact(operator, people.reports["a"][0], text)
            rights.transfer_report(agent, people.reports["a"][1], people.services["a"], text)
        reasons = operator.query(
            "SELECT raison FROM gup_signalement.signalement WHERE id = %s",
            (people.reports["b"][0],),
        )
        assert reasons == [{"raison": INJECTIONS[-1]}]
    finally:
        agent.close()
        operator.close()
    assert _intact(people.dsn) == before


# --- the measured rights table (docs/RIGHTS.md) ------------------------------------------------

WHO = ("admin", "operateur", "agent_a", "lecteur")
GROUP_OF = {
    "admin": "gup_admin",
    "operateur": "gup_operateur",
    "agent_a": "gup_agent",
    "lecteur": "gup_lecteur",
}


def _attempt(conn, statement):
    """Rows touched, None when not allowed, "refused" when allowed but refused by a constraint
    or trigger (a foreign key, an append-only log); always rolled back."""
    try:
        with conn.cursor() as cur:
            cur.execute(statement)
            return cur.fetchone()[0] if statement.startswith("SELECT") else cur.rowcount
    except psycopg2.errors.InsufficientPrivilege:
        return None
    except psycopg2.Error:
        return "refused"
    finally:
        conn.rollback()


def _mark(done, total):
    if done is None or done == "refused":
        return "no" if done is None else done
    if total and done == 0:
        return "none"
    return "all" if done >= total else "part"


def measure_rights(people):
    owner = psycopg2.connect(people.dsn)
    relations = _rows(
        owner,
        """
        SELECT c.relname, (SELECT a.attname FROM pg_attribute a
                           WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                             AND a.attidentity = '' AND a.attgenerated = ''
                           ORDER BY a.attname = 'statut' DESC, a.attnum DESC LIMIT 1)
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'gup_signalement' AND c.relkind IN ('r', 'v') ORDER BY c.relname""",
    )
    totals = {
        name: _attempt(owner, 'SELECT count(*) FROM {}."{}"'.format(S, name))
        for name, _ in relations
    }
    owner.close()
    table = {}
    for who in WHO:
        conn = people.connect(who)
        for name, column in relations:
            target = '{}."{}"'.format(S, name)
            total = totals[name]
            insert = _attempt(
                conn,
                "SELECT count(*) FROM (SELECT 1 WHERE has_table_privilege("
                "'{}', 'INSERT') OR has_any_column_privilege('{}', 'INSERT')) t".format(
                    target, target
                ),
            )
            table[(name, who)] = (
                _mark(_attempt(conn, "SELECT count(*) FROM " + target), total),
                "all" if insert else "no",
                _mark(
                    _attempt(conn, 'UPDATE {} SET "{}" = "{}"'.format(target, column, column)),
                    total,
                ),
                _mark(_attempt(conn, "DELETE FROM " + target), total),
            )
        conn.close()
    return [name for name, _ in relations], table


def rights_markdown(names, table):
    lines = [
        "| table | " + " | ".join(GROUP_OF[w] for w in WHO) + " |",
        "|---" * (len(WHO) + 1) + "|",
    ]
    for name in names:
        lines.append(
            "| {} | {} |".format(name, " | ".join("/".join(table[(name, who)]) for who in WHO))
        )
    return "\n".join(lines)


def test_documented_rights_table_is_the_measured_one(people):
    measured = rights_markdown(*measure_rights(people))
    documented = re.search(
        r"<!-- rights table -->\n(.*?)\n<!-- end -->", RIGHTS_DOC.read_text(encoding="utf-8"), re.S
    )
    assert documented and documented.group(1).strip() == measured, measured


def test_phone_entry_stores_the_caller_contact_apart_from_the_report(gup_db):
    from gup_signalement_plugin.core.personal_data import ReporterContact
    from gup_signalement_plugin.usecases import ingest

    done = ingest.enter_phone_report(
        gup_db,
        "proprete",
        2.4036,
        48.7872,
        "Sacs poubelle",
        contact=ReporterContact(" Jeanne Martin ", "", "06 12 34 56 78"),
    )
    assert done.stored
    rows = gup_db.query("""
        SELECT c.nom, c.email, c.telephone, s.donnees_source::text AS raw
        FROM gup_signalement.contact_signalant c
        JOIN gup_signalement.signalement s ON s.id = c.signalement_id""")
    assert [(r["nom"], r["email"], r["telephone"]) for r in rows] == [
        ("Jeanne Martin", None, "06 12 34 56 78")
    ]
    assert "Jeanne" not in rows[0]["raw"] and "06 12" not in rows[0]["raw"]
    ingest.enter_phone_report(
        gup_db, "proprete", 2.4036, 48.7872, "Sans contact", contact=ReporterContact()
    )
    assert gup_db.scalar("SELECT count(*) FROM gup_signalement.contact_signalant") == 1


# --- triage actions under row-level security ---------------------------------------------------


def test_agent_triage_actions_work_on_its_reports_only(people):
    from gup_signalement_plugin.usecases import triage

    mine, theirs = people.reports["a"][0], people.reports["b"][0]
    agent = Database(people.dsn_of("agent_a"), author="Agent A")
    try:
        version = agent.scalar(
            "SELECT version FROM gup_signalement.signalement WHERE id = %s", (mine,)
        )
        triage.accept(agent, mine, version, people.services["a"])
        triage.follow_up(
            agent, mine, version + 1, "Équipe passée", "internal", people.services["a"]
        )
        assert (
            agent.scalar(
                "SELECT statut FROM gup_signalement.affectation WHERE signalement_id = %s", (mine,)
            )
            == "accepted"
        )
        assert agent.scalar("SELECT count(*) FROM gup_signalement.suivi") == 1
        seen = {
            r["signalement_id"]
            for r in agent.query(
                "SELECT signalement_id FROM gup_signalement.historique_signalement"
            )
        }
        assert theirs not in seen and mine in seen
        assert {
            r["service_id"]
            for r in agent.query("SELECT service_id FROM gup_signalement.affectation")
        } == {people.services["a"]}
        with pytest.raises(GupError):  # the agent cannot see it: unknown report
            triage.accept(agent, theirs, 1, people.services["b"])
        with pytest.raises(GupError):
            triage.follow_up(agent, theirs, 1, "intrusion", "internal", people.services["a"])
        for report, service in ((theirs, people.services["a"]), (mine, people.services["b"])):
            with pytest.raises(Exception, match="row-level security"):  # not through the use case
                with agent.transaction() as cur:
                    cur.execute(
                        "INSERT INTO gup_signalement.suivi (signalement_id, service_id, "
                        "visibilite, texte) VALUES (%s, %s, 'internal', 'x')",
                        (report, service),
                    )
    finally:
        agent.close()
    owner = Database(people.dsn)
    assert (
        owner.scalar(
            "SELECT statut FROM gup_signalement.affectation WHERE signalement_id = %s "
            "AND service_id = %s",
            (theirs, people.services["b"]),
        )
        == "pending"
    )
    assert owner.scalar("SELECT count(*) FROM gup_signalement.suivi") == 1
    owner.close()

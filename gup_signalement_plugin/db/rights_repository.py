"""People (login roles) and their groups and services, reporters' contacts, the retention purge
and the audit trail. Role names are identifiers: always quoted with psycopg2.sql, never
formatted into the text; passwords are literals sent once and never kept."""

import datetime as dt
from typing import Any, Dict, List, Optional

from psycopg2 import sql

from ..core.schema import GROUPS
from .database import SCHEMA, Database

S = SCHEMA


def role_exists(db: Database, login: str) -> bool:
    return bool(db.query("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)))


def reads_full_reports(db: Database) -> bool:
    """Whether the connected role may read the reports table (readers get the masked view)."""
    return bool(
        db.scalar("SELECT has_table_privilege(%s, 'SELECT')", ("{}.signalement".format(S),))
    )


def create_login(
    db: Database, login: str, group: str, service_id: Optional[int], password: Optional[str]
) -> None:
    """Create the login role in one group and link it to its service, in one transaction."""
    statement = sql.SQL("CREATE ROLE {} LOGIN IN ROLE {}").format(
        sql.Identifier(login), sql.Identifier(group)
    )
    if password is not None:
        statement = statement + sql.SQL(" PASSWORD {}").format(sql.Literal(password))
    with db.transaction() as cur:
        cur.execute(statement)
        _link(cur, login, service_id)


def _link(cur, login: str, service_id: Optional[int]) -> None:
    cur.execute("DELETE FROM {}.role_service WHERE role_name = %s".format(S), (login,))
    if service_id is not None:
        cur.execute(
            "INSERT INTO {}.role_service (role_name, service_id) VALUES (%s, %s)".format(S),
            (login, service_id),
        )


def set_group_and_service(db: Database, login: str, group: str, service_id: Optional[int]) -> None:
    """Put an existing role in exactly one GUP group and link it to a service (or none)."""
    with db.transaction() as cur:
        for other in GROUPS:
            cur.execute(
                sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(other), sql.Identifier(login))
            )
        cur.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), sql.Identifier(login)))
        _link(cur, login, service_id)


def revoke_login(db: Database, login: str, drop: bool) -> None:
    """Take a role out of every GUP group and unlink its service; drop it if asked."""
    with db.transaction() as cur:
        for group in GROUPS:
            cur.execute(
                sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(group), sql.Identifier(login))
            )
        _link(cur, login, None)
        if drop:
            cur.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(login)))


def list_people(db: Database) -> List[Dict[str, Any]]:
    """Every role in a GUP group (or linked to a service): login, group, service, can log in."""
    return db.query(
        """
        SELECT r.rolname AS login, g.rolname AS groupe, s.id AS service_id, s.nom AS service,
               r.rolcanlogin AS connexion
        FROM pg_roles r
        LEFT JOIN pg_auth_members m ON m.member = r.oid
             AND m.roleid IN (SELECT oid FROM pg_roles WHERE rolname = ANY(%s))
        LEFT JOIN pg_roles g ON g.oid = m.roleid
        LEFT JOIN {s}.role_service rs ON rs.role_name = r.rolname
        LEFT JOIN {s}.service s ON s.id = rs.service_id
        WHERE (g.oid IS NOT NULL OR rs.role_name IS NOT NULL) AND NOT r.rolname = ANY(%s)
        ORDER BY r.rolname, g.rolname""".format(s=S),
        (list(GROUPS), list(GROUPS)),
    )


def save_contact(cur, report_id: int, name: str, email: str, phone: str) -> None:
    cur.execute(
        "INSERT INTO {}.contact_signalant (signalement_id, nom, email, telephone) "
        "VALUES (%s, %s, %s, %s)".format(S),
        (report_id, name or None, email or None, phone or None),
    )


def read_contact(db: Database, report_id: int, reason: str) -> Optional[Dict[str, Any]]:
    """The contact through lire_contact (the read is logged); None when there is none."""
    with db.transaction() as cur:
        cur.execute("SELECT * FROM {}.lire_contact(%s, %s)".format(S), (report_id, reason))
        return cur.fetchone()


def purge_personal_data(db: Database, at: Optional[dt.datetime] = None) -> Dict[str, Any]:
    """Run the retention purge; returns the logged run (le, par, duree_conservation, anonymises)."""
    with db.transaction() as cur:
        if at is None:
            cur.execute("SELECT * FROM {}.purger_donnees_personnelles()".format(S))
        else:
            cur.execute("SELECT * FROM {}.purger_donnees_personnelles(%s)".format(S), (at,))
        return cur.fetchone()


def transfer_report(db: Database, report_id: int, service_id: int, reason: str) -> None:
    with db.transaction() as cur:
        cur.execute(
            "SELECT 1 FROM {}.transferer_signalement(%s, %s, %s)".format(S),
            (report_id, service_id, reason),
        )


def audit_trail(db: Database, table: str, key: str) -> List[Dict[str, Any]]:
    """The audit rows of one row (e.g. 'signalement', '42'), oldest first."""
    return db.query(
        "SELECT id, table_name, cle, operation, avant, apres, par, role_connexion, le "
        "FROM {}.journal_modification WHERE table_name = %s AND cle = %s ORDER BY id".format(S),
        (table, key),
    )

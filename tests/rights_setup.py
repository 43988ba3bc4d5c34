"""Real PostgreSQL login roles for the rights tests: two services with their reports, an agent
of each, an operator, a reader and an administrator (role names unique per test: roles are
cluster-wide). Used by tests/postgis/test_rights.py and tests/qgis/test_rights_layers.py."""

import uuid
from dataclasses import dataclass, field
from typing import Dict, List

import psycopg2

REPORT_SQL = """
    INSERT INTO gup_signalement.signalement (categorie_code, audience, description, geom,
        routage_manuel, statut_routage, service_id, services_supplementaires)
    VALUES ('voirie', 'public', %s, ST_SetSRID(ST_MakePoint(655000, 6851000), 2154), true,
            'routed', %s, %s) RETURNING id"""


def close_report(cur, report_id, closed_at) -> None:
    """Close a report at a given moment (the triage trigger would stamp now(): bypassed)."""
    cur.execute("SET LOCAL session_replication_role = replica")
    cur.execute(
        "UPDATE gup_signalement.signalement SET statut_traitement = 'closed', "
        "cloture_le = %s WHERE id = %s",
        (closed_at, report_id),
    )
    cur.execute("SET LOCAL session_replication_role = origin")


@dataclass
class People:
    dsn: str
    roles: Dict[str, str]  # admin, operateur, agent_a, agent_b, lecteur -> login
    services: Dict[str, int]  # a, b -> service id
    reports: Dict[str, List[int]] = field(default_factory=dict)  # a, b -> report ids

    def dsn_of(self, who: str) -> str:
        parts = [p for p in self.dsn.split() if not p.startswith("user=")]
        return " ".join(parts + ["user=" + self.roles[who]])

    def connect(self, who: str):
        return psycopg2.connect(self.dsn_of(who))


def create_people(dsn: str) -> People:
    suffix = uuid.uuid4().hex[:6]
    groups = {
        "admin": "gup_admin",
        "operateur": "gup_operateur",
        "agent_a": "gup_agent",
        "agent_b": "gup_agent",
        "lecteur": "gup_lecteur",
    }
    roles = {who: "t{}_{}".format(suffix, who) for who in groups}
    conn = psycopg2.connect(dsn)
    try:
        with conn, conn.cursor() as cur:
            services = {}
            for key in ("a", "b"):
                cur.execute(
                    "INSERT INTO gup_signalement.service (nom, type) VALUES (%s, 'commune') "
                    "RETURNING id",
                    ("Service {} {}".format(key.upper(), suffix),),
                )
                services[key] = cur.fetchone()[0]
            reports = {"a": [], "b": []}
            rows = [
                ("a", "Nid de poule", [], "open", None),
                ("a", "Appeler le 06 12 34 56 78", [], "open", None),
                ("a", "Trottoir", [], "closed", "2025-03-01 10:00+01"),
                ("b", "Lampadaire", [], "open", None),
                ("b", "Banc cassé, en copie à A", ["a"], "open", None),
            ]
            for key, text, extra, _status, closed_at in rows:
                cur.execute(REPORT_SQL, (text, services[key], [services[k] for k in extra]))
                reports[key].append(cur.fetchone()[0])
                if closed_at:
                    close_report(cur, reports[key][-1], closed_at)
            for who, group in groups.items():
                cur.execute('CREATE ROLE "{}" LOGIN IN ROLE {}'.format(roles[who], group))
            for who, key in (("agent_a", "a"), ("agent_b", "b")):
                cur.execute(
                    "INSERT INTO gup_signalement.role_service VALUES (%s, %s)",
                    (roles[who], services[key]),
                )
            for report_id in reports["a"] + reports["b"][:1]:
                cur.execute(
                    "INSERT INTO gup_signalement.contact_signalant (signalement_id, nom, "
                    "email, telephone) VALUES (%s, 'Jeanne Martin', 'jm@example.fr', "
                    "'0612345678')",
                    (report_id,),
                )
    finally:
        conn.close()
    return People(dsn, roles, services, reports)


def drop_people(people: People) -> None:
    conn = psycopg2.connect(people.dsn)
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            for login in people.roles.values():
                cur.execute('DROP ROLE IF EXISTS "{}"'.format(login))
    finally:
        conn.close()

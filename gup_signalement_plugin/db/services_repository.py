"""Services in the database (saved on their name or by id), default commune perimeters and
the rows that explain one report's routing ("Why this service?")."""

from typing import Dict, List, Optional, Sequence

import psycopg2.extras

from ..core.errors import InputError, Problem
from ..core.routing import Service
from ..core.services import check_services
from .database import SCHEMA, Database

S = SCHEMA


def list_services(db: Database) -> List[Service]:
    rows = db.query(
        "SELECT id, nom, type, code_insee, emails, actif FROM {}.service ORDER BY id".format(S)
    )
    return [
        Service(r["id"], r["nom"], r["type"], r["code_insee"], tuple(r["emails"] or ()), r["actif"])
        for r in rows
    ]


def upsert_services_on_name(db: Database, services: Sequence[Service]) -> Dict[str, int]:
    """Insert or update services matched on their name; returns name -> id."""
    with db.transaction() as cur:
        psycopg2.extras.execute_batch(
            cur,
            """
            INSERT INTO {s}.service (nom, type, code_insee, emails, actif)
            VALUES (%s, %s, %s, %s, %s)
            ON CONFLICT (nom) DO UPDATE SET type = EXCLUDED.type, code_insee = EXCLUDED.code_insee,
                emails = EXCLUDED.emails, actif = EXCLUDED.actif""".format(s=S),
            [(x.name.strip(), x.kind, x.insee_code, list(x.emails), x.active) for x in services],
        )
        cur.execute("SELECT nom, id FROM {}.service".format(S))
        return {row["nom"]: row["id"] for row in cur.fetchall()}


def save_services_by_id(db: Database, services: Sequence[Service]) -> List[int]:
    """Update the services with an id (rename included) and insert those without one (id 0 or
    None), in one transaction; returns their ids in the same order. Nothing is written when one
    of them is refused."""
    problems = check_services(services)
    if problems:
        raise InputError(problems, "No service was saved:")
    ids = []
    with db.transaction() as cur:
        # Free the names first so that two services can swap names in one save.
        existing = [s.id for s in services if s.id]
        if existing:
            cur.execute(
                "UPDATE {s}.service SET nom = '~' || id || '~' || nom WHERE id = ANY(%s)".format(
                    s=S
                ),
                (existing,),
            )
        for service in services:
            values = {
                "nom": service.name.strip(),
                "type": service.kind,
                "code_insee": service.insee_code or None,
                "emails": list(service.emails),
                "actif": bool(service.active),
                "id": service.id,
            }
            if service.id:
                cur.execute(
                    """
                    UPDATE {s}.service SET nom = %(nom)s, type = %(type)s,
                        code_insee = %(code_insee)s, emails = %(emails)s, actif = %(actif)s
                    WHERE id = %(id)s RETURNING id""".format(s=S),
                    values,
                )
                row = cur.fetchone()
                if row is None:
                    raise InputError(
                        [
                            Problem(
                                values["nom"],
                                "this service no longer exists in "
                                "the database (deleted meanwhile?)",
                            )
                        ],
                        "No service was saved:",
                    )
            else:
                cur.execute(
                    """
                    INSERT INTO {s}.service (nom, type, code_insee, emails, actif)
                    VALUES (%(nom)s, %(type)s, %(code_insee)s, %(emails)s, %(actif)s)
                    RETURNING id""".format(s=S),
                    values,
                )
                row = cur.fetchone()
            ids.append(row["id"])
    return ids


def deactivate_services(db: Database, service_ids: Sequence[int]) -> int:
    """Mark services inactive (kept, with their perimeters, for history); returns how many
    changed. Routing ignores inactive services; stored reports keep their routing until they
    are re-routed."""
    with db.transaction() as cur:
        cur.execute(
            "UPDATE {s}.service SET actif = false WHERE actif AND id = ANY(%s)".format(s=S),
            (list(service_ids),),
        )
        return cur.rowcount


def create_default_commune_perimeters(
    db: Database, service_ids: Optional[Sequence[int]] = None
) -> Dict[int, int]:
    """Give each commune service (type 'commune' with an INSEE code) that has no perimeter yet
    its commune's geometry as perimeter: every category, priority 1. Only ``service_ids`` when
    given. Returns service id -> new perimeter id."""
    with db.transaction() as cur:
        cur.execute(
            """
            INSERT INTO {s}.perimetre_competence (service_id, nom, geom, categories, priorite)
            SELECT s.id, c.nom || ' (territoire communal)', ST_Multi(c.geom), NULL, 1
            FROM {s}.service s
            JOIN {s}.commune c ON c.code_insee = s.code_insee
            WHERE s.type = 'commune'
              AND (%(ids)s::integer[] IS NULL OR s.id = ANY(%(ids)s::integer[]))
              AND NOT EXISTS (SELECT 1 FROM {s}.perimetre_competence p WHERE p.service_id = s.id)
            ORDER BY s.id
            RETURNING service_id, id""".format(s=S),
            {"ids": list(service_ids) if service_ids is not None else None},
        )
        return {row["service_id"]: row["id"] for row in cur.fetchall()}


def perimeter_geometries(db: Database, perimeter_ids: Sequence[int]) -> Dict[int, bytes]:
    """WKB (Lambert-93) of perimeters, by id, for highlighting them on the map."""
    rows = db.query(
        "SELECT id, ST_AsBinary(geom) AS wkb FROM {s}.perimetre_competence "
        "WHERE id = ANY(%s)".format(s=S),
        (list(perimeter_ids),),
    )
    return {row["id"]: bytes(row["wkb"]) for row in rows}


def perimeter_counts(db: Database) -> Dict[int, int]:
    """Number of competence perimeters per service id."""
    rows = db.query(
        "SELECT service_id, count(*) AS n FROM {s}.perimetre_competence GROUP BY service_id".format(
            s=S
        )
    )
    return {row["service_id"]: row["n"] for row in rows}

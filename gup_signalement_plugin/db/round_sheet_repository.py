"""What a round sheet reads: a service's open reports in an area (Lambert-93)."""

from typing import Dict, List, Optional

import psycopg2

from ..core.workflow import OPEN_REPORT_STATUSES
from .database import SCHEMA, Database

S = SCHEMA


def open_reports_of_service(
    db: Database, service_id: int, area_wkb: Optional[bytes] = None
) -> List[Dict]:
    """Open reports whose part for ``service_id`` is pending or accepted, inside ``area_wkb``
    (a Lambert-93 polygon; a point on its border counts; None: everywhere), ordered by id:
    id, x, y, address, commune, category (label), description, received (timestamp),
    due (day)."""
    return db.query(
        """
        SELECT s.id, ST_X(s.geom) AS x, ST_Y(s.geom) AS y, s.adresse AS address,
               cm.nom AS commune, coalesce(c.libelle_interne, s.categorie_code) AS category,
               s.description, s.date_signalement AS received, s.date_prevue AS due
        FROM {s}.signalement s
        JOIN {s}.affectation a ON a.signalement_id = s.id AND a.service_id = %(service)s
                               AND a.statut IN ('pending', 'accepted')
        LEFT JOIN {s}.categorie c ON c.code = s.categorie_code
        LEFT JOIN {s}.commune cm ON cm.code_insee = s.code_insee
        WHERE s.statut_traitement = ANY(%(open)s) AND s.geom IS NOT NULL
          AND (%(area)s::bytea IS NULL
               OR ST_Intersects(s.geom, ST_GeomFromWKB(%(area)s::bytea, 2154)))
        ORDER BY s.id""".format(s=S),
        {
            "service": service_id,
            "open": list(OPEN_REPORT_STATUSES),
            "area": psycopg2.Binary(area_wkb) if area_wkb is not None else None,
        },
    )


def service_name(db: Database, service_id: int) -> Optional[str]:
    rows = db.query("SELECT nom FROM {}.service WHERE id = %s".format(S), (service_id,))
    return rows[0]["nom"] if rows else None


def find_service(db: Database, name_or_id: str) -> Optional[Dict]:
    """A service by its id or its name (case ignored): id, nom; None when unknown."""
    text = name_or_id.strip()
    rows = db.query(
        "SELECT id, nom FROM {}.service WHERE lower(nom) = lower(%s) "
        "OR id::text = %s ORDER BY (id::text = %s) DESC, id LIMIT 1".format(S),
        (text, text, text),
    )
    return rows[0] if rows else None

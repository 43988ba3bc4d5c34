"""What the atlas reads: the communes as pages, the category groups, and the reports (filtered
by category group and period) as plain records."""

import datetime as dt
from typing import List, Optional

from ..core.atlas_figures import AtlasReport
from .database import SCHEMA, Database

S = SCHEMA
LOCAL_TIME_ZONE = "Europe/Paris"  # months and periods are those of the territory


def commune_pages(db: Database) -> List[dict]:
    """Every commune ordered by name: key (INSEE code), title (name), wkb (Lambert-93)."""
    rows = db.query(
        "SELECT code_insee AS key, nom AS title, ST_AsBinary(geom) AS wkb "
        "FROM {}.commune ORDER BY nom, code_insee".format(S)
    )
    return [dict(row, wkb=bytes(row["wkb"])) for row in rows]


def point_noir_pages(db: Database) -> List[dict]:
    """Every point noir in the order of creation: key (id), title (name), wkb (Lambert-93)."""
    rows = db.query(
        "SELECT id::text AS key, nom AS title, ST_AsBinary(geom) AS wkb "
        "FROM {}.point_noir ORDER BY id".format(S)
    )
    return [dict(row, wkb=bytes(row["wkb"])) for row in rows]


def category_groups(db: Database) -> List[str]:
    return [
        r["groupe"]
        for r in db.query("SELECT DISTINCT groupe FROM {}.categorie ORDER BY groupe".format(S))
    ]


def atlas_reports(
    db: Database,
    group: Optional[str] = None,
    start: Optional[dt.date] = None,
    end: Optional[dt.date] = None,
) -> List[AtlasReport]:
    """Reports of the group (top-level category's group), received from ``start`` to ``end``
    (both included, local dates); datetimes in local time (naive), category = top-level label.
    A report closed by triage is closed, with its closure time (``closed_at``)."""
    rows = db.query(
        """
        SELECT c.libelle_public AS category,
               CASE WHEN s.statut_traitement = 'closed' THEN 'closed' ELSE s.statut END AS status,
               s.date_signalement AT TIME ZONE %(tz)s AS received,
               s.date_maj AT TIME ZONE %(tz)s AS updated,
               ST_X(s.geom) AS x, ST_Y(s.geom) AS y,
               CASE WHEN s.statut_traitement = 'closed'
                    THEN s.cloture_le AT TIME ZONE %(tz)s END AS closed_at,
               s.date_prevue AS due_day
        FROM {s}.signalement s
        JOIN {s}.categorie c ON c.code = s.categorie_code
        WHERE (%(group)s::text IS NULL OR c.groupe = %(group)s)
          AND (%(start)s::date IS NULL OR s.date_signalement >= (%(start)s::date)::timestamp
               AT TIME ZONE %(tz)s)
          AND (%(end)s::date IS NULL OR s.date_signalement < (%(end)s::date + 1)::timestamp
               AT TIME ZONE %(tz)s)
        ORDER BY s.id
        """.format(s=S),
        {"tz": LOCAL_TIME_ZONE, "group": group, "start": start, "end": end},
    )
    return [AtlasReport(**row) for row in rows]

"""Reports for the hotspot analyses (filtered, Lambert-93), the territory, DBSCAN clusters
(ST_ClusterDBSCAN) and the points noirs (saved, linked to their reports by triggers)."""

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Sequence

import numpy as np
import psycopg2
import shapely

from .database import SCHEMA, Database

S = SCHEMA
POINT_NOIR_STATUSES = ("watch", "action_plan", "works_planned", "resolved")


@dataclass
class ReportFilter:
    """Which reports: categories (a code also selects its sub-categories; empty: all), groups
    of the catalogue, days (inclusive, in the territory's time zone), routing statuses and
    sources (empty: all)."""

    categories: Sequence[str] = ()
    groups: Sequence[str] = ()
    first_day: Optional[dt.date] = None
    last_day: Optional[dt.date] = None
    statuses: Sequence[str] = ()
    sources: Sequence[str] = ()

    def sql(self) -> str:
        return """
            (cardinality(%(categories)s::text[]) = 0 OR s.categorie_code = ANY(%(categories)s)
             OR s.sous_categorie_code = ANY(%(categories)s))
            AND (cardinality(%(groups)s::text[]) = 0 OR c.groupe = ANY(%(groups)s))
            AND (%(first_day)s::date IS NULL
                 OR {s}.report_day(s.date_signalement) >= %(first_day)s::date)
            AND (%(last_day)s::date IS NULL
                 OR {s}.report_day(s.date_signalement) <= %(last_day)s::date)
            AND (cardinality(%(statuses)s::text[]) = 0 OR s.statut_routage = ANY(%(statuses)s))
            AND (cardinality(%(sources)s::text[]) = 0 OR s.source = ANY(%(sources)s))
        """.format(s=S)

    def params(self) -> Dict[str, Any]:
        return {
            "categories": list(self.categories),
            "groups": list(self.groups),
            "first_day": self.first_day,
            "last_day": self.last_day,
            "statuses": list(self.statuses),
            "sources": list(self.sources),
        }


@dataclass
class ReportPoints:
    """Reports as columns (Lambert-93 metres, days in the territory's time zone)."""

    ids: np.ndarray
    x: np.ndarray
    y: np.ndarray
    days: np.ndarray  # datetime64[D]
    categories: List[str] = field(default_factory=list)
    addresses: List[Optional[str]] = field(default_factory=list)

    @property
    def size(self) -> int:
        return int(self.ids.size)


def load_reports(db: Database, report_filter: ReportFilter) -> ReportPoints:
    rows = db.query(
        """
        SELECT s.id, ST_X(s.geom) AS x, ST_Y(s.geom) AS y,
               {s}.report_day(s.date_signalement) AS day, s.categorie_code, s.adresse
        FROM {s}.signalement s JOIN {s}.categorie c ON c.code = s.categorie_code
        WHERE {where}
        ORDER BY s.id""".format(s=S, where=report_filter.sql()),
        report_filter.params(),
    )
    return ReportPoints(
        np.array([r["id"] for r in rows], dtype=np.int64),
        np.array([r["x"] for r in rows], dtype=float),
        np.array([r["y"] for r in rows], dtype=float),
        np.array([r["day"] for r in rows], dtype="datetime64[D]"),
        [r["categorie_code"] for r in rows],
        [r["adresse"] for r in rows],
    )


def territory(db: Database) -> shapely.Geometry:
    """The union of the communes (Lambert-93)."""
    wkb = db.scalar("SELECT ST_AsBinary(ST_Union(geom)) FROM {}.commune".format(S))
    if wkb is None:
        return shapely.Polygon()
    return shapely.from_wkb(bytes(wkb))


def dbscan_clusters(
    db: Database,
    report_filter: ReportFilter,
    distance: float,
    min_reports: int,
    days: Optional[int] = None,
) -> List[Dict[str, Any]]:
    """Reports in DBSCAN clusters (ST_ClusterDBSCAN; noise left out): id, x, y, day, cluster.
    With ``days``, space-time: clusters are found within each run of dates where consecutive
    reports of a spatial cluster are at most ``days`` apart (a cluster splits on a longer gap)."""
    rows = db.query(
        """
        WITH r AS (
            SELECT s.id, s.geom, {s}.report_day(s.date_signalement) AS day
            FROM {s}.signalement s JOIN {s}.categorie c ON c.code = s.categorie_code
            WHERE {where}),
        spatial AS (
            SELECT r.*, ST_ClusterDBSCAN(geom, eps => %(eps)s, minpoints => %(minpoints)s)
                        OVER () AS cluster
            FROM r)
        SELECT id, ST_X(geom) AS x, ST_Y(geom) AS y, day, cluster
        FROM spatial WHERE cluster IS NOT NULL
        ORDER BY cluster, day, id""".format(s=S, where=report_filter.sql()),
        dict(report_filter.params(), eps=float(distance), minpoints=int(min_reports)),
    )
    if days is None:
        return rows
    return _split_in_time(rows, days, min_reports)


def _split_in_time(rows: List[Dict[str, Any]], days: int, min_reports: int) -> List[Dict[str, Any]]:
    """Space-time clusters: each spatial cluster cut where two consecutive dates are more than
    ``days`` apart; pieces with fewer than ``min_reports`` reports are noise."""
    pieces: List[List[Dict[str, Any]]] = []
    previous = None
    for row in rows:  # sorted by cluster, then day
        if (
            previous is None
            or row["cluster"] != previous["cluster"]
            or (row["day"] - previous["day"]).days > days
        ):
            pieces.append([])
        pieces[-1].append(row)
        previous = row
    kept = [p for p in pieces if len(p) >= min_reports]
    return [dict(row, cluster=number) for number, piece in enumerate(kept) for row in piece]


# --- points noirs -------------------------------------------------------------------------


def save_point_noir(
    db: Database,
    name: str,
    polygons_wkb: Sequence[bytes],
    categories: Sequence[str] = (),
    status: str = "watch",
    service_id: Optional[int] = None,
    notes: Optional[str] = None,
    works_day: Optional[dt.date] = None,
    origin: Optional[str] = None,
) -> int:
    """Insert a point noir: the Lambert-93 polygons (WKB) dissolved and made valid; its reports
    are linked by the trigger. Returns its id."""
    with db.transaction() as cur:
        cur.execute(
            """
            INSERT INTO {s}.point_noir (nom, geom, categories, statut, service_id, notes,
                                        date_travaux, origine)
            SELECT %s, ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_Union(
                       ST_SetSRID(ST_GeomFromWKB(w), 2154))), 3)),
                   %s, %s, %s, %s, %s, %s
            FROM unnest(%s::bytea[]) AS w
            RETURNING id""".format(s=S),
            (
                name,
                list(categories),
                status,
                service_id,
                notes,
                works_day,
                origin,
                [psycopg2.Binary(bytes(w)) for w in polygons_wkb],
            ),
        )
        return cur.fetchone()["id"]


def point_noir(db: Database, point_noir_id: int) -> Dict[str, Any]:
    rows = db.query(
        "SELECT id, nom, statut, categories, date_travaux, cree_le "
        "FROM {}.point_noir WHERE id = %s".format(S),
        (point_noir_id,),
    )
    return rows[0] if rows else {}


def linked_reports(db: Database, point_noir_id: int) -> List[int]:
    return [
        r["signalement_id"]
        for r in db.query(
            "SELECT signalement_id FROM {}.point_noir_signalement WHERE point_noir_id = %s "
            "ORDER BY signalement_id".format(S),
            (point_noir_id,),
        )
    ]


def linked_days(db: Database, point_noir_id: int) -> np.ndarray:
    """Days of the reports linked to a point noir (territory's time zone), sorted."""
    rows = db.query(
        """
        SELECT {s}.report_day(s.date_signalement) AS day
        FROM {s}.point_noir_signalement l JOIN {s}.signalement s ON s.id = l.signalement_id
        WHERE l.point_noir_id = %s ORDER BY 1""".format(s=S),
        (point_noir_id,),
    )
    return np.array([r["day"] for r in rows], dtype="datetime64[D]")


def point_noir_history(db: Database, point_noir_id: int) -> List[Dict[str, Any]]:
    return db.query(
        "SELECT operation, modifie_par, modifie_le, ancienne_valeur, nouvelle_valeur "
        "FROM {}.point_noir_historique WHERE point_noir_id = %s "
        "ORDER BY id".format(S),
        (point_noir_id,),
    )

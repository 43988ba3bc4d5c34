"""Competence perimeters and reports in the database, the routing rules as the core
executor reads them, re-routing in the database."""

import datetime as dt
from dataclasses import dataclass, replace
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
import psycopg2.extras
import shapely

from ..core.errors import InputError, Problem
from ..core.perimeters import PerimeterRecord
from ..core.routing import CommuneArea, Perimeter, Reports
from .database import SCHEMA, Database

S = SCHEMA


@dataclass
class ReportRecord:
    """A report to insert (the trigger routes it)."""

    category: str
    audience: str
    moment: dt.datetime
    wkb: bytes
    sub_category: Optional[str] = None
    source: str = "qgis"
    external_id: Optional[str] = None
    description: Optional[str] = None


def in_lambert93(
    db: Database, records: Sequence[PerimeterRecord], srid: int
) -> List[PerimeterRecord]:
    """The records with their geometry transformed to Lambert-93 by PostGIS."""
    if int(srid) == 2154:
        return list(records)
    rows = db.query(
        """
        SELECT ST_AsBinary(ST_Transform(ST_SetSRID(ST_GeomFromWKB(w), %s), 2154)) AS wkb
        FROM unnest(%s::bytea[]) WITH ORDINALITY AS u (w, n) ORDER BY n""",
        (int(srid), [psycopg2.Binary(bytes(r.wkb)) if r.wkb else None for r in records]),
    )
    return [
        replace(r, wkb=bytes(row["wkb"]) if row["wkb"] is not None else None)
        for r, row in zip(records, rows)
    ]


def insert_perimeters(
    db: Database,
    records: Sequence[PerimeterRecord],
    perimeters: Sequence[Perimeter],
    replace_services: bool = False,
) -> None:
    """Insert checked perimeters (``perimeters[i]`` made from ``records[i]`` by the core check)
    in one transaction; ``replace_services`` first deletes the existing perimeters of their
    services."""
    with db.transaction() as cur:
        if replace_services:
            cur.execute(
                "DELETE FROM {s}.perimetre_competence WHERE service_id = ANY(%s)".format(s=S),
                (sorted({p.service_id for p in perimeters}),),
            )
        psycopg2.extras.execute_values(
            cur,
            """
            INSERT INTO {s}.perimetre_competence (service_id, nom, geom, categories, priorite,
                                                  destinataire_supplementaire, valide_du, valide_au)
            SELECT v.service_id, v.nom, ST_Multi(ST_GeomFromWKB(v.wkb, 2154)), v.categories,
                   v.priorite, v.extra, v.du, v.au
            FROM (VALUES %s) AS v (service_id, nom, wkb, categories, priorite, extra, du, au)
            """.format(s=S),
            [
                (
                    p.service_id,
                    p.name,
                    psycopg2.Binary(shapely.to_wkb(p.geometry)),
                    list(r.categories) if r.categories else None,
                    p.priority,
                    p.extra_recipient,
                    p.valid_from,
                    p.valid_to,
                )
                for r, p in zip(records, perimeters)
            ],
            template="(%s, %s, %s::bytea, %s::text[], %s, %s, %s::date, %s::date)",
        )


def list_perimeters(db: Database) -> List[Perimeter]:
    rows = db.query(
        """
        SELECT id, service_id, nom, ST_AsBinary(geom) AS wkb, categories, priorite,
               destinataire_supplementaire, valide_du, valide_au, surface
        FROM {}.perimetre_competence ORDER BY id""".format(S)
    )
    geoms = shapely.from_wkb([bytes(r["wkb"]) for r in rows]) if rows else []
    return [
        Perimeter(
            r["id"],
            r["service_id"],
            r["nom"],
            g,
            frozenset(r["categories"]) if r["categories"] is not None else None,
            r["priorite"],
            r["destinataire_supplementaire"],
            r["valide_du"],
            r["valide_au"],
            r["surface"],
        )
        for r, g in zip(rows, geoms)
    ]


def perimeter_table(db: Database) -> List[Dict]:
    """The stored perimeters as flat rows for an export that import_perimeters reads back:
    service (name), nom, categories (codes separated by commas, NULL = all), priorite,
    destinataire_supplementaire, valide_du, valide_au, wkb (Lambert-93)."""
    rows = db.query(
        """
        SELECT s.nom AS service, p.nom, array_to_string(p.categories, ',') AS categories,
               p.priorite, p.destinataire_supplementaire, p.valide_du, p.valide_au,
               ST_AsBinary(p.geom) AS wkb
        FROM {s}.perimetre_competence p JOIN {s}.service s ON s.id = p.service_id
        ORDER BY s.nom, p.id""".format(s=S)
    )
    for row in rows:
        row["wkb"] = bytes(row["wkb"])
    return rows


def list_commune_areas(db: Database) -> List[CommuneArea]:
    rows = db.query(
        "SELECT code_insee, nom, message_fermeture_defaut, ST_AsBinary(geom) AS wkb "
        "FROM {}.commune ORDER BY code_insee".format(S)
    )
    return [
        CommuneArea(
            r["code_insee"],
            r["nom"],
            shapely.from_wkb(bytes(r["wkb"])),
            r["message_fermeture_defaut"],
        )
        for r in rows
    ]


def load_reports(
    db: Database, ids: Optional[Sequence[int]] = None, manual: bool = False
) -> Reports:
    """Reports as columns for the core (days in the territory's time zone); manual routings
    are left out unless ``manual``."""
    rows = db.query(
        """
        SELECT id, ST_X(geom) AS x, ST_Y(geom) AS y, categorie_code, sous_categorie_code,
               audience, {s}.report_day(date_signalement) AS jour
        FROM {s}.signalement
        WHERE (%(ids)s::bigint[] IS NULL OR id = ANY(%(ids)s::bigint[]))
          AND (%(manual)s OR NOT routage_manuel)
        ORDER BY id""".format(s=S),
        {"ids": list(ids) if ids is not None else None, "manual": manual},
    )
    return Reports.from_xy(
        np.array([r["x"] for r in rows], dtype=float),
        np.array([r["y"] for r in rows], dtype=float),
        [r["categorie_code"] for r in rows],
        [r["audience"] for r in rows],
        [r["jour"] for r in rows],
        sub_categories=[r["sous_categorie_code"] for r in rows],
        ids=np.array([r["id"] for r in rows], dtype=np.int64),
    )


def insert_reports(db: Database, reports: Sequence[ReportRecord], srid: int = 2154) -> List[int]:
    """Insert reports (routed by the trigger on arrival); returns their ids."""
    with db.transaction() as cur:
        rows = psycopg2.extras.execute_values(
            cur,
            """
            INSERT INTO {s}.signalement (source, id_externe, categorie_code, sous_categorie_code,
                                         audience, date_signalement, description, geom)
            SELECT v.source, v.ext, v.cat, v.sub, v.aud, v.moment, v.descr,
                   ST_Transform(ST_SetSRID(ST_GeomFromWKB(v.wkb), {srid}), 2154)
            FROM (VALUES %s) AS v (source, ext, cat, sub, aud, moment, descr, wkb)
            RETURNING id""".format(s=S, srid=int(srid)),
            [
                (
                    r.source,
                    r.external_id,
                    r.category,
                    r.sub_category,
                    r.audience,
                    r.moment,
                    r.description,
                    psycopg2.Binary(bytes(r.wkb)),
                )
                for r in reports
            ],
            template="(%s, %s, %s, %s, %s, %s::timestamptz, %s, %s::bytea)",
            fetch=True,
            page_size=5000,
        )
    return [r["id"] for r in rows]


def reroute(db: Database, ids: Optional[Sequence[int]] = None) -> int:
    """Re-route reports in the database (all when ids is None); returns how many changed."""
    return db.scalar(
        "SELECT {}.reroute(%s::bigint[]) AS n".format(S), (list(ids) if ids is not None else None,)
    )


def routing_rows(db: Database, ids: Optional[Sequence[int]] = None) -> List[Dict]:
    """Stored routing of reports: id, statut_routage, code_insee, service_id,
    services_supplementaires, perimetre_id, raison_code, raison, ordered by id."""
    return db.query(
        """
        SELECT id, statut_routage, code_insee, service_id, services_supplementaires,
               perimetre_id, raison_code, raison, routage_manuel
        FROM {s}.signalement
        WHERE %(ids)s::bigint[] IS NULL OR id = ANY(%(ids)s::bigint[])
        ORDER BY id""".format(s=S),
        {"ids": list(ids) if ids is not None else None},
    )


def explanation_rows(db: Database, report_id: int) -> Tuple[Dict, Dict, List[Dict]]:
    """What explains a report's routing, as stored rows: its routing row, its facts (day,
    service names, routing with the current tables) and the perimeters containing its point
    in routing order. Raises InputError for an unknown id."""
    rows = routing_rows(db, [report_id])
    if not rows:
        raise InputError([Problem("report {}".format(report_id), "no such report")])
    stored = rows[0]
    report = db.query(
        """
        SELECT r.categorie_code, r.sous_categorie_code, r.audience, ST_AsBinary(r.geom) AS wkb,
               {s}.report_day(r.date_signalement) AS jour,
               (SELECT nom FROM {s}.service s WHERE s.id = r.service_id) AS service_nom,
               ARRAY(SELECT s.nom
                     FROM unnest(r.services_supplementaires) WITH ORDINALITY AS x (id, n)
                     JOIN {s}.service s ON s.id = x.id ORDER BY x.n) AS copies_noms,
               n.raison_code AS now_code, n.raison AS now_raison
        FROM {s}.signalement r
        CROSS JOIN LATERAL {s}.route(r.geom, r.categorie_code, r.sous_categorie_code, r.audience,
                                     {s}.report_day(r.date_signalement)) n
        WHERE r.id = %(id)s""".format(s=S),
        {"id": report_id},
    )[0]
    perimeters = db.query(
        """
        SELECT p.id, p.nom, p.service_id, s.nom AS service_nom, p.priorite, p.surface,
               p.destinataire_supplementaire AS extra,
               s.actif AS service_actif,
               (p.categories IS NULL
                OR p.categories && ARRAY[k.code, k.parent_code, %(sub)s]) AS categorie_ok,
               ((p.valide_du IS NULL OR p.valide_du <= %(jour)s)
                AND (p.valide_au IS NULL OR p.valide_au >= %(jour)s)) AS dates_ok
        FROM {s}.signalement r
        JOIN {s}.perimetre_competence p ON ST_Intersects(p.geom, r.geom)
        JOIN {s}.service s ON s.id = p.service_id
        LEFT JOIN {s}.categorie k ON k.code = r.categorie_code
        WHERE r.id = %(id)s
        ORDER BY p.priorite DESC, p.surface, p.id""".format(s=S),
        {"id": report_id, "sub": report["sous_categorie_code"], "jour": report["jour"]},
    )
    return stored, report, perimeters


def routing_summary(db: Database) -> Dict[str, List[Dict]]:
    """Counts of stored reports per service (main recipient) and per status and reason."""
    return {
        "per_service": db.query(
            """
            SELECT coalesce(s.nom, '(' || r.statut_routage || ')') AS service, count(*) AS n
            FROM {s}.signalement r LEFT JOIN {s}.service s ON s.id = r.service_id
            GROUP BY 1 ORDER BY 2 DESC, 1""".format(s=S)
        ),
        "per_reason": db.query(
            """
            SELECT statut_routage AS status, raison_code AS reason, count(*) AS n
            FROM {s}.signalement GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2""".format(s=S)
        ),
    }

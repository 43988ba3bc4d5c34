"""Services, competence perimeters and reports in the database; loading the routing rules for
the core executor; re-routing in the database."""
import datetime as dt
from dataclasses import dataclass, replace
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
import psycopg2.extras
import shapely

from ..core.catalogue import CommuneSetting, apply_settings
from ..core.coverage import DryRun, dry_run as compare_routings
from ..core import perimeters as perimeter_rules
from ..core.errors import InputError
from ..core.perimeters import PerimeterCheck, PerimeterProblem, PerimeterRecord
from ..core.routing import CommuneArea, Perimeter, Reports, Router, Service
from . import repositories as repo
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


def save_services(db: Database, services: Sequence[Service]) -> Dict[str, int]:
    """Insert or update services matched on their name; returns name -> id."""
    with db.transaction() as cur:
        psycopg2.extras.execute_batch(cur, """
            INSERT INTO {s}.service (nom, type, code_insee, emails, actif)
            VALUES (%s, %s, %s, %s, %s)
            ON CONFLICT (nom) DO UPDATE SET type = EXCLUDED.type, code_insee = EXCLUDED.code_insee,
                emails = EXCLUDED.emails, actif = EXCLUDED.actif""".format(s=S),
            [(x.name.strip(), x.kind, x.insee_code, list(x.emails), x.active) for x in services])
        cur.execute("SELECT nom, id FROM {}.service".format(S))
        return {row["nom"]: row["id"] for row in cur.fetchall()}


def list_services(db: Database) -> List[Service]:
    rows = db.query("SELECT id, nom, type, code_insee, emails, actif FROM {}.service ORDER BY id"
                    .format(S))
    return [Service(r["id"], r["nom"], r["type"], r["code_insee"], tuple(r["emails"] or ()),
                    r["actif"]) for r in rows]


def check_perimeters(db: Database, records: Sequence[PerimeterRecord], repair: bool = False
                     ) -> PerimeterCheck:
    """The core check of perimeters (WKB in Lambert-93) against the stored services, categories
    and communes: the same one for the import and for the dry-run."""
    return perimeter_rules.check_perimeters(
        records, {s.name: s.id for s in list_services(db)},
        {c.code for c in repo.list_categories(db)},
        [c.geometry for c in list_commune_areas(db)], repair)


def _in_lambert93(db: Database, records: Sequence[PerimeterRecord], srid: int
                  ) -> List[PerimeterRecord]:
    """The records with their geometry transformed to Lambert-93 by PostGIS."""
    if int(srid) == 2154:
        return list(records)
    rows = db.query("""
        SELECT ST_AsBinary(ST_Transform(ST_SetSRID(ST_GeomFromWKB(w), %s), 2154)) AS wkb
        FROM unnest(%s::bytea[]) WITH ORDINALITY AS u (w, n) ORDER BY n""",
                    (int(srid), [psycopg2.Binary(bytes(r.wkb)) if r.wkb else None
                                 for r in records]))
    return [replace(r, wkb=bytes(row["wkb"]) if row["wkb"] is not None else None)
            for r, row in zip(records, rows)]


def save_perimeters(db: Database, records: Sequence[PerimeterRecord], srid: int,
                    repair: bool = False, replace_services: bool = False
                    ) -> Tuple[int, List[PerimeterProblem]]:
    """Check (core/perimeters.py, every feature at once) then insert perimeters in one
    transaction; returns (count, warnings: the repaired geometries). Nothing is written when
    one feature is refused. ``replace_services`` first deletes the existing perimeters of the
    services imported."""
    check = check_perimeters(db, _in_lambert93(db, records, srid), repair)
    if check.problems:  # else every record gave a perimeter, in the same order
        raise InputError(check.problems, "No perimeter was imported:")
    with db.transaction() as cur:
        if replace_services:
            cur.execute("DELETE FROM {s}.perimetre_competence WHERE service_id = ANY(%s)"
                        .format(s=S), (sorted({p.service_id for p in check.perimeters}),))
        psycopg2.extras.execute_values(cur, """
            INSERT INTO {s}.perimetre_competence (service_id, nom, geom, categories, priorite,
                                                  destinataire_supplementaire, valide_du, valide_au)
            SELECT v.service_id, v.nom, ST_Multi(ST_GeomFromWKB(v.wkb, 2154)), v.categories,
                   v.priorite, v.extra, v.du, v.au
            FROM (VALUES %s) AS v (service_id, nom, wkb, categories, priorite, extra, du, au)
            """.format(s=S), [
                (p.service_id, p.name, psycopg2.Binary(shapely.to_wkb(p.geometry)),
                 list(r.categories) if r.categories else None, p.priority, p.extra_recipient,
                 p.valid_from, p.valid_to) for r, p in zip(records, check.perimeters)],
            template="(%s, %s, %s::bytea, %s::text[], %s, %s, %s::date, %s::date)")
    return len(check.perimeters), check.warnings


def list_perimeters(db: Database) -> List[Perimeter]:
    rows = db.query("""
        SELECT id, service_id, nom, ST_AsBinary(geom) AS wkb, categories, priorite,
               destinataire_supplementaire, valide_du, valide_au, surface
        FROM {}.perimetre_competence ORDER BY id""".format(S))
    geoms = shapely.from_wkb([bytes(r["wkb"]) for r in rows]) if rows else []
    return [Perimeter(r["id"], r["service_id"], r["nom"], g,
                      frozenset(r["categories"]) if r["categories"] is not None else None,
                      r["priorite"], r["destinataire_supplementaire"], r["valide_du"],
                      r["valide_au"], r["surface"]) for r, g in zip(rows, geoms)]


def perimeter_table(db: Database) -> List[Dict]:
    """The stored perimeters as flat rows for an export that import_perimeters reads back:
    service (name), nom, categories (codes separated by commas, NULL = all), priorite,
    destinataire_supplementaire, valide_du, valide_au, wkb (Lambert-93)."""
    rows = db.query("""
        SELECT s.nom AS service, p.nom, array_to_string(p.categories, ',') AS categories,
               p.priorite, p.destinataire_supplementaire, p.valide_du, p.valide_au,
               ST_AsBinary(p.geom) AS wkb
        FROM {s}.perimetre_competence p JOIN {s}.service s ON s.id = p.service_id
        ORDER BY s.nom, p.id""".format(s=S))
    for row in rows:
        row["wkb"] = bytes(row["wkb"])
    return rows


def list_commune_areas(db: Database) -> List[CommuneArea]:
    rows = db.query("SELECT code_insee, nom, message_fermeture_defaut, ST_AsBinary(geom) AS wkb "
                    "FROM {}.commune ORDER BY code_insee".format(S))
    return [CommuneArea(r["code_insee"], r["nom"], shapely.from_wkb(bytes(r["wkb"])),
                        r["message_fermeture_defaut"]) for r in rows]


def load_router(db: Database, perimeters: Optional[Sequence[Perimeter]] = None,
                settings: Optional[Sequence[CommuneSetting]] = None) -> Router:
    """The routing rules as stored, or, for a dry-run, with other ``perimeters`` and/or other
    commune ``settings`` (the whole matrix: see catalogue.apply_settings)."""
    return Router(list_commune_areas(db), repo.list_categories(db),
                  repo.list_settings(db) if settings is None else settings,
                  list_services(db), list_perimeters(db) if perimeters is None else perimeters)


def dry_run(db: Database, perimeters: Optional[Sequence[Perimeter]] = None,
            settings: Optional[Sequence[CommuneSetting]] = None) -> Tuple[Reports, DryRun]:
    """The stored reports (manual routings left out) routed by the core with the stored rules
    and with edited ``perimeters`` and/or edited commune ``settings`` (cells given replace the
    stored ones, as an import would); nothing is written."""
    reports = load_reports(db)
    if settings is not None:
        settings = apply_settings(repo.list_settings(db), settings)
    before = load_router(db).route(reports)
    return reports, compare_routings(before, load_router(db, perimeters, settings).route(reports))


def load_reports(db: Database, ids: Optional[Sequence[int]] = None,
                 manual: bool = False) -> Reports:
    """Reports as columns for the core (days in the territory's time zone); manual routings
    are left out unless ``manual``."""
    rows = db.query("""
        SELECT id, ST_X(geom) AS x, ST_Y(geom) AS y, categorie_code, sous_categorie_code,
               audience, {s}.report_day(date_signalement) AS jour
        FROM {s}.signalement
        WHERE (%(ids)s::bigint[] IS NULL OR id = ANY(%(ids)s::bigint[])) AND (%(manual)s OR NOT routage_manuel)
        ORDER BY id""".format(s=S), {"ids": list(ids) if ids is not None else None,
                                     "manual": manual})
    return Reports.from_xy(np.array([r["x"] for r in rows], dtype=float),
                           np.array([r["y"] for r in rows], dtype=float),
                           [r["categorie_code"] for r in rows], [r["audience"] for r in rows],
                           [r["jour"] for r in rows],
                           sub_categories=[r["sous_categorie_code"] for r in rows],
                           ids=np.array([r["id"] for r in rows], dtype=np.int64))


def insert_reports(db: Database, reports: Sequence[ReportRecord], srid: int = 2154) -> List[int]:
    """Insert reports (routed by the trigger on arrival); returns their ids."""
    with db.transaction() as cur:
        rows = psycopg2.extras.execute_values(cur, """
            INSERT INTO {s}.signalement (source, id_externe, categorie_code, sous_categorie_code,
                                         audience, date_signalement, description, geom)
            SELECT v.source, v.ext, v.cat, v.sub, v.aud, v.moment, v.descr,
                   ST_Transform(ST_SetSRID(ST_GeomFromWKB(v.wkb), {srid}), 2154)
            FROM (VALUES %s) AS v (source, ext, cat, sub, aud, moment, descr, wkb)
            RETURNING id""".format(s=S, srid=int(srid)),
            [(r.source, r.external_id, r.category, r.sub_category, r.audience, r.moment,
              r.description, psycopg2.Binary(bytes(r.wkb))) for r in reports],
            template="(%s, %s, %s, %s, %s, %s::timestamptz, %s, %s::bytea)", fetch=True,
            page_size=5000)
    return [r["id"] for r in rows]


def reroute(db: Database, ids: Optional[Sequence[int]] = None) -> int:
    """Re-route reports in the database (all when ids is None); returns how many changed."""
    return db.scalar("SELECT {}.reroute(%s::bigint[]) AS n".format(S),
                     (list(ids) if ids is not None else None,))


def routing_rows(db: Database, ids: Optional[Sequence[int]] = None) -> List[Dict]:
    """Stored routing of reports: id, statut_routage, code_insee, service_id,
    services_supplementaires, perimetre_id, raison_code, raison, ordered by id."""
    return db.query("""
        SELECT id, statut_routage, code_insee, service_id, services_supplementaires,
               perimetre_id, raison_code, raison, routage_manuel
        FROM {s}.signalement
        WHERE %(ids)s::bigint[] IS NULL OR id = ANY(%(ids)s::bigint[])
        ORDER BY id""".format(s=S), {"ids": list(ids) if ids is not None else None})


def perimeters_from_records(db: Database, records: Sequence[PerimeterRecord],
                            repair: bool = False) -> List[Perimeter]:
    """Edited perimeters (WKB in Lambert-93) as core Perimeters for a dry-run, nothing written:
    the import's check (the same problems refuse them), ids in feature order."""
    check = check_perimeters(db, records, repair)
    if check.problems:
        raise InputError(check.problems, "The edited perimeters cannot be used:")
    return check.perimeters


def routing_summary(db: Database) -> Dict[str, List[Dict]]:
    """Counts of stored reports per service (main recipient) and per status and reason."""
    return {
        "per_service": db.query("""
            SELECT coalesce(s.nom, '(' || r.statut_routage || ')') AS service, count(*) AS n
            FROM {s}.signalement r LEFT JOIN {s}.service s ON s.id = r.service_id
            GROUP BY 1 ORDER BY 2 DESC, 1""".format(s=S)),
        "per_reason": db.query("""
            SELECT statut_routage AS status, raison_code AS reason, count(*) AS n
            FROM {s}.signalement GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2""".format(s=S)),
    }

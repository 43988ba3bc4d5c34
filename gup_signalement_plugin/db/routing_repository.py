"""Services, competence perimeters and reports in the database; loading the routing rules for
the core executor; re-routing in the database."""
import datetime as dt
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
import psycopg2.extras
import shapely

from ..core.catalogue import CommuneSetting, apply_settings
from ..core.coverage import DryRun, dry_run as compare_routings
from ..core.errors import InputError, Problem
from ..core.routing import CommuneArea, Perimeter, Reports, Router, Service
from . import repositories as repo
from .database import SCHEMA, Database

S = SCHEMA


@dataclass
class PerimeterRecord:
    """A perimeter to import: the service by name, geometry as WKB in ``srid``."""

    service_name: str
    name: str
    wkb: Optional[bytes]
    categories: Optional[Tuple[str, ...]] = None  # None = every category
    priority: int = 0
    extra_recipient: bool = False
    valid_from: Optional[dt.date] = None
    valid_to: Optional[dt.date] = None
    where: str = ""


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


def save_perimeters(db: Database, records: Sequence[PerimeterRecord], srid: int,
                    repair: bool = False, replace_services: bool = False) -> Tuple[int, List[str]]:
    """Check then insert perimeters in one transaction; returns (count, warnings).

    Refused, listing every feature: unknown service or category, missing geometry, no
    polygon, invalid geometry (unless ``repair``: ST_MakeValid, polygon parts kept, reported in
    the warnings), geometry entirely outside the territory. ``replace_services`` first deletes
    the existing perimeters of the services imported."""
    with db.transaction() as cur:
        cur.execute("""CREATE TEMP TABLE perimetre_import (
            n integer, where_ text, service text, nom text, wkb bytea, categories text[],
            priorite integer, extra boolean, du date, au date) ON COMMIT DROP""")
        psycopg2.extras.execute_values(cur, "INSERT INTO perimetre_import VALUES %s", [
            (i, r.where or "feature {}".format(i + 1), r.service_name, r.name,
             psycopg2.Binary(bytes(r.wkb)) if r.wkb else None,
             list(r.categories) if r.categories is not None else None, r.priority,
             r.extra_recipient, r.valid_from, r.valid_to) for i, r in enumerate(records)])
        cur.execute("""
            WITH g AS (
                SELECT i.*, ST_Transform(ST_SetSRID(ST_GeomFromWKB(i.wkb), %(srid)s), 2154) AS geom
                FROM perimetre_import i)
            SELECT g.n, g.where_, g.nom, g.service,
                   (SELECT id FROM {s}.service s WHERE s.nom = g.service) AS service_id,
                   (SELECT string_agg(c, ', ') FROM unnest(g.categories) c
                    WHERE NOT EXISTS (SELECT 1 FROM {s}.categorie k WHERE k.code = c)) AS unknown,
                   g.geom IS NULL AS no_geom,
                   ST_Dimension(g.geom) AS dim, ST_IsEmpty(g.geom) AS empty,
                   ST_IsValid(g.geom) AS valid, ST_IsValidReason(g.geom) AS reason,
                   g.du IS NOT NULL AND g.au IS NOT NULL AND g.au < g.du AS bad_dates,
                   NOT EXISTS (SELECT 1 FROM {s}.commune c WHERE ST_Intersects(c.geom, g.geom))
                       AS outside
            FROM g ORDER BY g.n""".format(s=S), {"srid": int(srid)})
        problems, warnings = [], []
        for row in cur.fetchall():
            where = "{} ({})".format(row["where_"], row["nom"])
            if row["service_id"] is None:
                problems.append(Problem(where, "unknown service '{}'".format(row["service"])))
            if row["unknown"]:
                problems.append(Problem(where, "unknown categor(y/ies): {}".format(row["unknown"])))
            if row["bad_dates"]:
                problems.append(Problem(where, "valid_to is before valid_from"))
            if row["no_geom"] or row["empty"]:
                problems.append(Problem(where, "no geometry"))
                continue
            if row["dim"] != 2:
                problems.append(Problem(where, "not a polygon"))
                continue
            if not row["valid"]:
                if repair:
                    warnings.append("{}: invalid geometry repaired ({})".format(where, row["reason"]))
                else:
                    problems.append(Problem(where, "invalid geometry: {} (fix it, or use the "
                                                   "repair option)".format(row["reason"])))
                    continue
            if row["outside"]:
                problems.append(Problem(where, "entirely outside the territory's communes"))
        if problems:
            raise InputError(problems, "No perimeter was imported:")
        if replace_services:
            cur.execute("DELETE FROM {s}.perimetre_competence p USING {s}.service s "
                        "WHERE s.id = p.service_id AND s.nom IN (SELECT service FROM perimetre_import)"
                        .format(s=S))
        cur.execute("""
            INSERT INTO {s}.perimetre_competence (service_id, nom, geom, categories, priorite,
                                                  destinataire_supplementaire, valide_du, valide_au)
            SELECT s.id, i.nom,
                   ST_Multi(ST_CollectionExtract(ST_MakeValid(
                       ST_Transform(ST_SetSRID(ST_GeomFromWKB(i.wkb), %(srid)s), 2154)), 3)),
                   i.categories, i.priorite, i.extra, i.du, i.au
            FROM perimetre_import i JOIN {s}.service s ON s.nom = i.service
            ORDER BY i.n""".format(s=S), {"srid": int(srid)})
        return cur.rowcount, warnings


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


def perimeters_from_records(db: Database, records: Sequence[PerimeterRecord]) -> List[Perimeter]:
    """Edited perimeters (WKB in Lambert-93) as core Perimeters for a dry-run, nothing written.
    Their ids follow the feature order; invalid geometries are repaired (polygon parts kept);
    unknown services or categories are refused."""
    services = {s.name: s.id for s in list_services(db)}
    categories = {c.code for c in repo.list_categories(db)}
    problems, perimeters = [], []
    for index, r in enumerate(records):
        where = "{} ({})".format(r.where or "feature {}".format(index + 1), r.name)
        unknown = sorted(set(r.categories or ()) - categories)
        if r.service_name not in services:
            problems.append(Problem(where, "unknown service '{}'".format(r.service_name)))
        if unknown:
            problems.append(Problem(where, "unknown categor(y/ies): {}".format(", ".join(unknown))))
        geometry = shapely.from_wkb(bytes(r.wkb)) if r.wkb else None
        if geometry is None or geometry.is_empty:
            problems.append(Problem(where, "no geometry"))
            continue
        if not geometry.is_valid:
            geometry = shapely.make_valid(geometry)
        polygons = [g for g in shapely.get_parts(geometry) if g.geom_type in ("Polygon", "MultiPolygon")]
        if not polygons:
            problems.append(Problem(where, "not a polygon"))
            continue
        if not problems:
            perimeters.append(Perimeter(index + 1, services[r.service_name], r.name,
                                        shapely.union_all(polygons),
                                        frozenset(r.categories) if r.categories else None,
                                        r.priority, r.extra_recipient, r.valid_from, r.valid_to))
    if problems:
        raise InputError(problems, "The edited perimeters cannot be used:")
    return perimeters


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

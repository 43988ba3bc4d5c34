"""Managing services (the services dialog), default commune perimeters and the explanation of
one report's routing ("Why this service?").

Reading services and stored routing rows reuses db/routing_repository.py; only what it lacks is
written here (services saved by id so that a rename keeps the service, deactivation, default
perimeters, the perimeters that contain a report)."""
from dataclasses import dataclass, field, replace
from typing import Dict, List, Optional, Sequence, Tuple

from ..core.errors import InputError, Problem
from ..core.routing import Service
from ..core.services import SERVICE_TYPES, check_services, parse_emails  # noqa: F401 (re-exported)
from . import routing_repository as rr
from .database import SCHEMA, Database

S = SCHEMA


def list_services(db: Database) -> List[Service]:
    """Every service, active or not, ordered by id."""
    return rr.list_services(db)


def import_services(db: Database, services: Sequence[Service]) -> Tuple[int, int]:
    """Insert or update services matched on their name (case ignored: a service whose name
    changed only in case is renamed), in one transaction; the services not given are left as
    they are. Returns (inserted, updated)."""
    existing = {s.name.strip().lower(): s.id for s in list_services(db)}
    matched = [replace(s, id=existing.get(s.name.strip().lower(), 0)) for s in services]
    save_services(db, matched)
    updated = sum(1 for s in matched if s.id)
    return len(matched) - updated, updated


def save_services(db: Database, services: Sequence[Service]) -> List[int]:
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
            cur.execute("UPDATE {s}.service SET nom = '~' || id || '~' || nom WHERE id = ANY(%s)"
                        .format(s=S), (existing,))
        for service in services:
            values = {"nom": service.name.strip(), "type": service.kind,
                      "code_insee": service.insee_code or None, "emails": list(service.emails),
                      "actif": bool(service.active), "id": service.id}
            if service.id:
                cur.execute("""
                    UPDATE {s}.service SET nom = %(nom)s, type = %(type)s, code_insee = %(code_insee)s,
                        emails = %(emails)s, actif = %(actif)s
                    WHERE id = %(id)s RETURNING id""".format(s=S), values)
                row = cur.fetchone()
                if row is None:
                    raise InputError([Problem(values["nom"], "this service no longer exists in "
                                                             "the database (deleted meanwhile?)")],
                                     "No service was saved:")
            else:
                cur.execute("""
                    INSERT INTO {s}.service (nom, type, code_insee, emails, actif)
                    VALUES (%(nom)s, %(type)s, %(code_insee)s, %(emails)s, %(actif)s)
                    RETURNING id""".format(s=S), values)
                row = cur.fetchone()
            ids.append(row["id"])
    return ids


def deactivate_services(db: Database, service_ids: Sequence[int]) -> int:
    """Mark services inactive (kept, with their perimeters, for history); returns how many
    changed. Routing ignores inactive services; stored reports keep their routing until they
    are re-routed."""
    with db.transaction() as cur:
        cur.execute("UPDATE {s}.service SET actif = false WHERE actif AND id = ANY(%s)".format(s=S),
                    (list(service_ids),))
        return cur.rowcount


def create_default_commune_perimeters(db: Database,
                                      service_ids: Optional[Sequence[int]] = None) -> Dict[int, int]:
    """Give each commune service (type 'commune' with an INSEE code) that has no perimeter yet
    its commune's geometry as perimeter: every category, priority 1. Only ``service_ids`` when
    given. Returns service id -> new perimeter id."""
    with db.transaction() as cur:
        cur.execute("""
            INSERT INTO {s}.perimetre_competence (service_id, nom, geom, categories, priorite)
            SELECT s.id, c.nom || ' (territoire communal)', ST_Multi(c.geom), NULL, 1
            FROM {s}.service s
            JOIN {s}.commune c ON c.code_insee = s.code_insee
            WHERE s.type = 'commune'
              AND (%(ids)s::integer[] IS NULL OR s.id = ANY(%(ids)s::integer[]))
              AND NOT EXISTS (SELECT 1 FROM {s}.perimetre_competence p WHERE p.service_id = s.id)
            ORDER BY s.id
            RETURNING service_id, id""".format(s=S),
                    {"ids": list(service_ids) if service_ids is not None else None})
        return {row["service_id"]: row["id"] for row in cur.fetchall()}


@dataclass
class CandidatePerimeter:
    """A perimeter containing the report's point."""

    id: int
    name: str
    service_id: int
    service_name: str
    priority: int
    surface: float
    extra_recipient: bool
    applies: bool  # active service, category accepted, valid on the report's day
    deciding: bool = False
    why_not: str = ""  # 'inactive_service' / 'category' / 'dates' when it does not apply


@dataclass
class ReportExplanation:
    report_id: int
    status: Optional[str]
    reason_code: Optional[str]
    sentence: Optional[str]
    manual: bool
    insee_code: Optional[str]
    service_id: Optional[int]
    service_name: Optional[str]
    extra_service_ids: Tuple[int, ...]
    extra_service_names: Tuple[str, ...]
    perimeter_id: Optional[int]
    wkb_point: bytes
    candidates: List[CandidatePerimeter] = field(default_factory=list)
    # routing with the current tables, when it differs from the stored one (None: same)
    current_reason_code: Optional[str] = None
    current_sentence: Optional[str] = None

    @property
    def stale(self) -> bool:
        return self.current_sentence is not None

    @property
    def candidate_ids(self) -> List[int]:
        return [c.id for c in self.candidates]


def explain_report(db: Database, report_id: int) -> ReportExplanation:
    """The stored routing of a report and the perimeters containing its point: the deciding one
    first, then the others that apply in routing order (priority, surface, id), the extra
    recipients, and last those that do not apply (with why). Raises InputError for an unknown id."""
    rows = rr.routing_rows(db, [report_id])
    if not rows:
        raise InputError([Problem("report {}".format(report_id), "no such report")])
    stored = rows[0]
    report = db.query("""
        SELECT r.categorie_code, r.sous_categorie_code, r.audience, ST_AsBinary(r.geom) AS wkb,
               {s}.report_day(r.date_signalement) AS jour,
               (SELECT nom FROM {s}.service s WHERE s.id = r.service_id) AS service_nom,
               ARRAY(SELECT s.nom FROM unnest(r.services_supplementaires) WITH ORDINALITY AS x (id, n)
                     JOIN {s}.service s ON s.id = x.id ORDER BY x.n) AS copies_noms,
               n.raison_code AS now_code, n.raison AS now_raison
        FROM {s}.signalement r
        CROSS JOIN LATERAL {s}.route(r.geom, r.categorie_code, r.sous_categorie_code, r.audience,
                                     {s}.report_day(r.date_signalement)) n
        WHERE r.id = %(id)s""".format(s=S), {"id": report_id})[0]
    perimeters = db.query("""
        SELECT p.id, p.nom, p.service_id, s.nom AS service_nom, p.priorite, p.surface,
               p.destinataire_supplementaire AS extra,
               s.actif AS service_actif,
               (p.categories IS NULL OR p.categories && ARRAY[k.code, k.parent_code, %(sub)s]) AS categorie_ok,
               ((p.valide_du IS NULL OR p.valide_du <= %(jour)s)
                AND (p.valide_au IS NULL OR p.valide_au >= %(jour)s)) AS dates_ok
        FROM {s}.signalement r
        JOIN {s}.perimetre_competence p ON ST_Intersects(p.geom, r.geom)
        JOIN {s}.service s ON s.id = p.service_id
        LEFT JOIN {s}.categorie k ON k.code = r.categorie_code
        WHERE r.id = %(id)s
        ORDER BY p.priorite DESC, p.surface, p.id""".format(s=S),
        {"id": report_id, "sub": report["sous_categorie_code"], "jour": report["jour"]})
    candidates = []
    for row in perimeters:
        why_not = ("inactive_service" if not row["service_actif"]
                   else "category" if not row["categorie_ok"]
                   else "dates" if not row["dates_ok"] else "")
        candidates.append(CandidatePerimeter(
            row["id"], row["nom"], row["service_id"], row["service_nom"], row["priorite"],
            row["surface"], row["extra"], not why_not, row["id"] == stored["perimetre_id"], why_not))
    candidates.sort(key=lambda c: (not c.deciding, not c.applies, c.extra_recipient))
    changed = (report["now_code"], report["now_raison"]) != (stored["raison_code"], stored["raison"])
    return ReportExplanation(
        report_id=report_id, status=stored["statut_routage"], reason_code=stored["raison_code"],
        sentence=stored["raison"], manual=stored["routage_manuel"], insee_code=stored["code_insee"],
        service_id=stored["service_id"], service_name=report["service_nom"],
        extra_service_ids=tuple(stored["services_supplementaires"] or ()),
        extra_service_names=tuple(report["copies_noms"] or ()),
        perimeter_id=stored["perimetre_id"], wkb_point=bytes(report["wkb"]), candidates=candidates,
        current_reason_code=report["now_code"] if changed and not stored["routage_manuel"] else None,
        current_sentence=report["now_raison"] if changed and not stored["routage_manuel"] else None)


def perimeter_geometries(db: Database, perimeter_ids: Sequence[int]) -> Dict[int, bytes]:
    """WKB (Lambert-93) of perimeters, by id, for highlighting them on the map."""
    rows = db.query("SELECT id, ST_AsBinary(geom) AS wkb FROM {s}.perimetre_competence "
                    "WHERE id = ANY(%s)".format(s=S), (list(perimeter_ids),))
    return {row["id"]: bytes(row["wkb"]) for row in rows}


def perimeter_counts(db: Database) -> Dict[int, int]:
    """Number of competence perimeters per service id."""
    rows = db.query("SELECT service_id, count(*) AS n FROM {s}.perimetre_competence "
                    "GROUP BY service_id".format(s=S))
    return {row["service_id"]: row["n"] for row in rows}

"""Use cases of services, competence perimeters and routing: the services CSV, the perimeters
import (checked by the core), the routing rules for the core executor, dry-runs of edited
perimeters or settings, re-routing, the coverage, and why a report went to its service. Run by
the Processing algorithms, the dialogs, the demo and the benchmarks; no QGIS here."""

from dataclasses import dataclass, field, replace
from typing import List, Optional, Sequence, Tuple

from ..core import perimeters as perimeter_rules
from ..core.catalogue import CommuneSetting, apply_settings
from ..core.coverage import DryRun, compare_routings
from ..core.errors import InputError, Problem
from ..core.perimeters import PerimeterCheck, PerimeterProblem, PerimeterRecord  # noqa: F401
from ..core.routing import Perimeter, Reports, Router, Service
from ..core.services import read_services_csv, services_to_csv
from ..db import repositories as repo
from ..db import routing_repository as rr
from ..db.database import Database

# What the dialogs and algorithms read or write as is: one name each, defined in db/.
from ..db.routing_repository import (
    ReportRecord,
    insert_reports,
    list_commune_areas,  # noqa: F401
    list_perimeters,
    load_reports,
    perimeter_table,
    reroute,
    routing_rows,
    routing_summary,
)
from ..db.services_repository import (
    create_default_commune_perimeters,  # noqa: F401
    deactivate_services,
    list_services,
    perimeter_counts,
    perimeter_geometries,
    save_services_by_id,
    upsert_services_on_name,
)


def import_services(db: Database, data: bytes, source: str) -> int:
    """Check a services CSV (every line, against the communes), then insert or update its
    services (matched on their name) in one transaction; returns how many."""
    communes = [c["code_insee"] for c in repo.list_communes(db)]
    inserted, updated = merge_services_by_name(db, read_services_csv(data, communes, source))
    return inserted + updated


def export_services(db: Database) -> bytes:
    return services_to_csv(list_services(db))


def merge_services_by_name(db: Database, services: Sequence[Service]) -> Tuple[int, int]:
    """Insert or update services matched on their name (case ignored: a service whose name
    changed only in case is renamed), in one transaction; the services not given are left as
    they are. Returns (inserted, updated)."""
    existing = {s.name.strip().lower(): s.id for s in list_services(db)}
    matched = [replace(s, id=existing.get(s.name.strip().lower(), 0)) for s in services]
    save_services_by_id(db, matched)
    updated = sum(1 for s in matched if s.id)
    return len(matched) - updated, updated


def check_perimeters(
    db: Database, records: Sequence[PerimeterRecord], repair: bool = False
) -> PerimeterCheck:
    """The core check of perimeters (WKB in Lambert-93) against the stored services, categories
    and communes: the same one for the import and for the dry-run."""
    return perimeter_rules.check_perimeters(
        records,
        {s.name: s.id for s in list_services(db)},
        {c.code for c in repo.list_categories(db)},
        [c.geometry for c in rr.list_commune_areas(db)],
        repair,
    )


def import_perimeters(
    db: Database,
    records: Sequence[PerimeterRecord],
    srid: int,
    repair: bool = False,
    replace_services: bool = False,
) -> Tuple[int, List[PerimeterProblem]]:
    """Check (core/perimeters.py, every feature at once) then insert perimeters in one
    transaction; returns (count, warnings: the repaired geometries). Nothing is written when
    one feature is refused. ``replace_services`` first deletes the existing perimeters of the
    services imported."""
    check = check_perimeters(db, rr.in_lambert93(db, records, srid), repair)
    if check.problems:  # else every record gave a perimeter, in the same order
        raise InputError(check.problems, "No perimeter was imported:")
    rr.insert_perimeters(db, records, check.perimeters, replace_services)
    return len(check.perimeters), check.warnings


def perimeters_from_records(
    db: Database, records: Sequence[PerimeterRecord], repair: bool = False
) -> List[Perimeter]:
    """Edited perimeters (WKB in Lambert-93) as core Perimeters for a dry-run, nothing written:
    the import's check (the same problems refuse them), ids in feature order."""
    check = check_perimeters(db, records, repair)
    if check.problems:
        raise InputError(check.problems, "The edited perimeters cannot be used:")
    return check.perimeters


def load_router(
    db: Database,
    perimeters: Optional[Sequence[Perimeter]] = None,
    settings: Optional[Sequence[CommuneSetting]] = None,
) -> Router:
    """The routing rules as stored, or, for a dry-run, with other ``perimeters`` and/or other
    commune ``settings`` (the whole matrix: see catalogue.apply_settings)."""
    return Router(
        rr.list_commune_areas(db),
        repo.list_categories(db),
        repo.list_settings(db) if settings is None else settings,
        list_services(db),
        rr.list_perimeters(db) if perimeters is None else perimeters,
    )


def dry_run(
    db: Database,
    perimeters: Optional[Sequence[Perimeter]] = None,
    settings: Optional[Sequence[CommuneSetting]] = None,
) -> Tuple[Reports, DryRun]:
    """The stored reports (manual routings left out) routed by the core with the stored rules
    and with edited ``perimeters`` and/or edited commune ``settings`` (cells given replace the
    stored ones, as an import would); nothing is written."""
    reports = rr.load_reports(db)
    if settings is not None:
        settings = apply_settings(repo.list_settings(db), settings)
    before = load_router(db).route(reports)
    return reports, compare_routings(before, load_router(db, perimeters, settings).route(reports))


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
    stored, report, perimeters = rr.explanation_rows(db, report_id)
    candidates = []
    for row in perimeters:
        why_not = (
            "inactive_service"
            if not row["service_actif"]
            else "category"
            if not row["categorie_ok"]
            else "dates"
            if not row["dates_ok"]
            else ""
        )
        candidates.append(
            CandidatePerimeter(
                row["id"],
                row["nom"],
                row["service_id"],
                row["service_nom"],
                row["priorite"],
                row["surface"],
                row["extra"],
                not why_not,
                row["id"] == stored["perimetre_id"],
                why_not,
            )
        )
    candidates.sort(key=lambda c: (not c.deciding, not c.applies, c.extra_recipient))
    changed = (report["now_code"], report["now_raison"]) != (
        stored["raison_code"],
        stored["raison"],
    )
    return ReportExplanation(
        report_id=report_id,
        status=stored["statut_routage"],
        reason_code=stored["raison_code"],
        sentence=stored["raison"],
        manual=stored["routage_manuel"],
        insee_code=stored["code_insee"],
        service_id=stored["service_id"],
        service_name=report["service_nom"],
        extra_service_ids=tuple(stored["services_supplementaires"] or ()),
        extra_service_names=tuple(report["copies_noms"] or ()),
        perimeter_id=stored["perimetre_id"],
        wkb_point=bytes(report["wkb"]),
        candidates=candidates,
        current_reason_code=report["now_code"]
        if changed and not stored["routage_manuel"]
        else None,
        current_sentence=report["now_raison"] if changed and not stored["routage_manuel"] else None,
    )

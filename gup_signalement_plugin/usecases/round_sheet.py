"""Round sheet (feuille de tournée, issue 12): a service's open reports in an area, in the
visiting order of core/round_sheet.py from a starting point. No QGIS here: the QGIS side
(toolbelt/round_sheet_layout.py) prints it."""

from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

from ..core.errors import GupError
from ..core.round_sheet import plan_round
from ..db import round_sheet_repository as repo
from ..db.database import Database


class RoundSheetError(GupError):
    def __init__(self, message: str, code: str, **params):
        super().__init__(message)
        self.code, self.params = code, params


@dataclass
class RoundSheet:
    """``stops``: the reports in visiting order (rows of
    ``round_sheet_repository.open_reports_of_service`` with ``number`` from 1); ``length``
    in metres, straight lines from the start."""

    service_id: int
    service: str
    start: Tuple[float, float]
    stops: List[Dict]
    length: float
    return_to_start: bool = False


def find_service(db: Database, name_or_id: str) -> Dict:
    service = repo.find_service(db, name_or_id)
    if service is None:
        raise RoundSheetError(
            "Unknown service: {}.".format(name_or_id), "unknown_service", service=name_or_id
        )
    return service


def plan_round_sheet(
    db: Database,
    service_id: int,
    start: Tuple[float, float],
    area_wkb: Optional[bytes] = None,
    return_to_start: bool = False,
) -> RoundSheet:
    """The service's open reports in ``area_wkb`` (Lambert-93; None: all), ordered from
    ``start`` (x, y in Lambert-93). A round without any report is refused."""
    name = repo.service_name(db, service_id)
    if name is None:
        raise RoundSheetError(
            "Unknown service: {}.".format(service_id), "unknown_service", service=str(service_id)
        )
    reports = repo.open_reports_of_service(db, service_id, area_wkb)
    if not reports:
        raise RoundSheetError(
            "The service {} has no open report in this area.".format(name),
            "no_open_report",
            service=name,
        )
    planned = plan_round(start, [(r["x"], r["y"]) for r in reports], return_to_start)
    stops = [
        dict(reports[index], number=number) for number, index in enumerate(planned.order, start=1)
    ]
    return RoundSheet(
        service_id, name, (float(start[0]), float(start[1])), stops, planned.length, return_to_start
    )

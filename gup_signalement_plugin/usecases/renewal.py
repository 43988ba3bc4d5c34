"""Urban-renewal use cases (no QGIS): QPV import checked against the list, relocation
spreadsheet import, published indicators (suppressed), their export and the progress chart."""

import csv
import io
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

import shapely

from ..core import renewal
from ..core.errors import InputError, Problem
from ..core.renewal import RenewalProblem
from ..core.textio import decode_text, sniff_delimiter, write_csv
from ..db import renewal_repository as repo
from ..db.database import Database
from ..db.renewal_repository import (
    RenewalPerimeter,
    commune_geometries,  # noqa: F401 (used by the algorithms)
    set_experiment_from_renewal,
)

LOGGER = logging.getLogger(__name__)
Rows = List[List[object]]


# --- QPV ----------------------------------------------------------------------------------------
@dataclass
class QpvImport:
    read: int = 0
    outside: int = 0  # features that touch none of the communes (not imported)
    imported: int = 0
    check: Optional[renewal.QpvListCheck] = None


def read_qpv_list(data: bytes) -> List[Dict[str, str]]:
    """qpv_2024_gosb.csv (code_qp, nom_qp, ...)."""
    text, _ = decode_text(data)
    rows = list(csv.DictReader(io.StringIO(text), delimiter=sniff_delimiter(text)))
    if not rows or "code_qp" not in rows[0]:
        raise InputError([], "The QPV list has no 'code_qp' column.")
    return rows


def import_qpv(
    db: Database,
    perimeters: Sequence[RenewalPerimeter],
    expected: Optional[Sequence[Mapping[str, str]]] = None,
) -> QpvImport:
    """Keep the QPV touching the territory's communes (the national file has 1,600), check
    their codes and geometries (every problem listed, nothing written on one), store them
    and compare the stored QPV codes with the expected list."""
    communes = repo.commune_geometries(db)
    if not communes:
        raise InputError([], "There is no commune in the database: import the communes first.")
    territory = [(code, shapely.from_wkb(wkb)) for code, _, wkb in communes]
    shapely.prepare([geometry for _, geometry in territory])
    result = QpvImport(read=len(perimeters))
    kept, problems = [], []
    for perimeter in perimeters:
        where = "{} ({})".format(perimeter.code or "?", perimeter.name)
        geometry = shapely.from_wkb(perimeter.wkb) if perimeter.wkb else None
        if geometry is None or geometry.is_empty:
            problems.append(Problem(where, "no geometry"))
            continue
        inside = [code for code, commune in territory if commune.intersects(geometry)]
        if not inside:
            result.outside += 1
            continue
        if not renewal.QPV_CODE.match(perimeter.code or ""):
            problems.append(
                Problem(where, "'{}' is not a QPV code (QNdddnnX)".format(perimeter.code))
            )
        if not geometry.is_valid:
            problems.append(
                Problem(where, "invalid geometry: {}".format(shapely.is_valid_reason(geometry)))
            )
        if shapely.get_dimensions(geometry) != 2:
            problems.append(Problem(where, "not a polygon"))
        if not perimeter.insee_codes:
            perimeter.insee_codes = tuple(inside)
        kept.append(perimeter)
    if problems:
        raise InputError(problems, "No QPV was imported:")
    result.imported = repo.save_perimeters(db, kept)
    if expected is not None:
        result.check = renewal.check_qpv_list(repo.perimeter_codes(db, "qpv"), expected)
    LOGGER.info(
        "QPV import: %s read, %s outside the territory, %s imported",
        result.read,
        result.outside,
        result.imported,
    )
    return result


def import_projects(
    db: Database, perimeters: Sequence[RenewalPerimeter], communes: Sequence[Tuple[str, str, bytes]]
) -> int:
    """PRU or experiment perimeters: their communes are those the polygon touches; a polygon
    touching none, invalid or not a polygon is refused (every problem listed, nothing written)."""
    territory = [(code, name, shapely.from_wkb(wkb)) for code, name, wkb in communes]
    problems = []
    for perimeter in perimeters:
        geometry = shapely.from_wkb(perimeter.wkb)
        where = "{} ({})".format(perimeter.code, perimeter.name)
        if not geometry.is_valid or shapely.get_dimensions(geometry) != 2:
            problems.append(Problem(where, "invalid geometry or not a polygon"))
            continue
        inside = [
            (code, name)
            for code, name, commune in territory
            if commune.intersection(geometry).area > 0
        ]
        if not inside:
            problems.append(Problem(where, "entirely outside the territory's communes"))
        perimeter.insee_codes = tuple(code for code, _ in inside)
        perimeter.communes = ", ".join(name for _, name in inside)
    if problems:
        raise InputError(problems, "No perimeter was imported:")
    return repo.save_perimeters(db, perimeters)


# --- relocation spreadsheets ----------------------------------------------------------------
@dataclass
class RelocationImport:
    sheet: str
    header_row: int
    mapping: Dict[str, str]
    read: int
    imported: int
    refused: List[RenewalProblem] = field(default_factory=list)
    skipped_sheets: List[Tuple[str, RenewalProblem]] = field(default_factory=list)


def read_csv_sheet(data: bytes) -> Rows:
    """A CSV file as rows of cells, blank lines kept (line numbers stay those of the file)."""
    text, _ = decode_text(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    first = next((line for line in text.split("\n") if line.strip()), "")
    return [list(row) for row in csv.reader(io.StringIO(text), delimiter=sniff_delimiter(first))]


def _mapping_for(
    rows: Rows, given: Optional[Mapping[str, str]], stored: Optional[Mapping[str, str]]
) -> Dict[str, str]:
    """The mapping typed by the user, else the landlord's remembered one, else a guess from
    the first row that holds the required columns."""
    if given:
        return {k: v for k, v in given.items() if v}
    if stored:
        return dict(stored)
    for row in rows[:20]:
        guessed = renewal.guess_mapping([str(c) for c in row if c not in (None, "")])
        if all(name in guessed for name in renewal.REQUIRED_FIELDS):
            return guessed
    return {}


def import_relocation(
    db: Database,
    landlord: str,
    file_name: str,
    sheets: Sequence[Tuple[str, Rows]],
    sheet: Optional[str] = None,
    mapping: Optional[Mapping[str, str]] = None,
) -> RelocationImport:
    """Import a landlord's RIME sheet: the named sheet, else the first whose header is found
    (a title or notes sheet first is skipped, and said). Lines with a problem are refused
    with their reason; the others replace the landlord's previous lines, in one transaction
    with the recomputed indicators. Nothing is written when no line can be imported."""
    landlord = (landlord or "").strip()
    if not landlord:
        raise InputError([], "Give the landlord's name.")
    stored = repo.landlord_mapping(db, landlord)
    candidates = [(name, rows) for name, rows in sheets if sheet is None or name == sheet]
    if not candidates:
        raise InputError(
            [],
            "The file has no sheet '{}' (sheets: {}).".format(
                sheet, ", ".join(name for name, _ in sheets)
            ),
        )
    skipped: List[Tuple[str, RenewalProblem]] = []
    for name, rows in candidates:
        used = _mapping_for(rows, mapping, stored)
        problem = renewal.header_problem(rows, used, where=name)
        if problem is None:
            break
        skipped.append((name, problem))
    else:
        raise InputError([p for _, p in skipped], "Nothing was imported from {}:".format(file_name))
    parsed = renewal.parse_relocation_rows(rows, used, repo.perimeter_codes(db), where=name)
    if not parsed.lines:
        raise InputError(
            parsed.refused or [Problem(name, "no household line")],
            "Nothing was imported from {}: no line could be read.".format(file_name),
        )
    refused = [{"ou": p.where, "code": p.code, "raison": p.message} for p in parsed.refused]
    imported = repo.save_relocation(
        db,
        landlord,
        Path(file_name).name,
        name,
        used,
        parsed.lines,
        parsed.read,
        refused,
        renewal.relocation_indicators,
    )
    LOGGER.info(
        "Relocation import of %s (%s, sheet %s): %s read, %s imported, %s refused",
        landlord,
        file_name,
        name,
        parsed.read,
        imported,
        len(parsed.refused),
    )
    return RelocationImport(
        name, parsed.header_row, used, parsed.read, imported, parsed.refused, skipped
    )


# --- published outputs ------------------------------------------------------------------------
INDICATOR_FIELDS = [
    "niveau",
    "cle",
    "libelle",
    "a_reloger",
    "proposition",
    "en_attente",
    "meme_commune",
    "autre_commune_ept",
    "hors_ept",
    "reloges",
    "total",
    "menages_1",
    "menages_2",
    "menages_3",
    "menages_4",
    "menages_5",
    "menages_6_plus",
    "menages_taille_inconnue",
]


def export_indicators(db: Database) -> bytes:
    """Every published indicator (suppressed: '< 5', 's') as CSV; households by size on the
    perimeter rows and the total rows."""
    rows = []
    for level in renewal.LEVELS:
        rows += repo.indicators(db, level)
    return write_csv(INDICATOR_FIELDS, rows)


def relocation_chart(
    db: Database,
    path: Path,
    title: str = "Relocation progress",
    x_label: str = "date",
    y_label: str = "households relocated (cumulative)",
    note: str = "Perimeters whose count is suppressed are not drawn: {}",
) -> int:
    """Cumulative relocations per perimeter over time (SVG or PNG from the suffix): a point
    only every 5 households or more, nothing for a perimeter whose relocated count is
    suppressed (core.renewal.progress_series). Returns the number of curves."""
    from matplotlib.figure import Figure  # no pyplot: QGIS's own backend stays untouched

    published = {
        row["cle"]: (row["libelle"], row["reloges"] or "0")
        for row in repo.indicators(db, "perimetre")
        if row["cle"] != "__total__"
    }
    dates = repo.relocation_dates(db)
    figure = Figure(figsize=(9, 5))
    axes = figure.subplots()
    drawn, hidden = 0, []
    for code, (label, relocated) in sorted(published.items()):
        series = renewal.progress_series(dates.get(code, []), relocated)
        if not series:
            if not relocated.isdigit():
                hidden.append(code)
            continue
        axes.step(
            [d for d, _ in series],
            [n for _, n in series],
            where="post",
            marker="o",
            label="{} ({})".format(label, code),
        )
        drawn += 1
    axes.set_title(title)
    axes.set_xlabel(x_label)
    axes.set_ylabel(y_label)
    axes.grid(alpha=0.3)
    if drawn:
        axes.legend(fontsize=7, loc="upper left")
    if hidden:
        figure.text(0.01, 0.01, note.format(", ".join(hidden)), fontsize=7)
    figure.tight_layout(rect=(0, 0.04, 1, 1))
    figure.savefig(str(path))
    return drawn


def export_report_counts(db: Database, period: str = "month") -> bytes:
    """Reports per renewal perimeter, category and period, as CSV (counts of reports: public
    data, not suppressed)."""
    return write_csv(["perimetre", "categorie", "periode", "n"], repo.report_counts(db, period))

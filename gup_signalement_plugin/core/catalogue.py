"""The catalogue of report categories and, per commune, which categories are open and to whom.

A category has a stable code, a plain-language label shown to reporters, an internal label, a
group, an optional parent (sub-categories are assigned by the triage operator, never chosen by
the reporter) and a target handling delay. Opening is decided per commune and per top-level
category, in three stages: closed, open to field agents only, open to the public."""

import datetime as dt
import enum
import re
from dataclasses import asdict, dataclass, replace
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from .errors import InputError, Problem
from .schema import CATEGORY_CODE_PATTERN
from .textio import read_csv_rows, write_csv

INSEE_CODE_PATTERN = re.compile(r"^(\d{5}|2[AB]\d{3})$")


class Stage(str, enum.Enum):
    """Opening stage of a category in a commune."""

    CLOSED = "closed"
    AGENTS = "agents"
    PUBLIC = "public"

    @classmethod
    def parse(cls, value: str) -> "Stage":
        """Accept the codes and their French words (fermée, agents, public)."""
        key = (value or "").strip().lower()
        aliases = {
            "ferme": cls.CLOSED,
            "fermé": cls.CLOSED,
            "fermée": cls.CLOSED,
            "agent": cls.AGENTS,
            "agents seulement": cls.AGENTS,
            "citoyens": cls.PUBLIC,
            "tous": cls.PUBLIC,
        }
        if key in aliases:
            return aliases[key]
        return cls(key)

    def open_to(self, audience: "Audience") -> bool:
        """True when a reporter of this audience may use the category."""
        if audience == Audience.AGENTS:
            return self in (Stage.AGENTS, Stage.PUBLIC)
        return self == Stage.PUBLIC


class Audience(str, enum.Enum):
    """Who reports: a field agent or a citizen."""

    AGENTS = "agents"
    PUBLIC = "public"


@dataclass
class Category:
    code: str
    public_label: str
    internal_label: str
    group: str
    parent_code: Optional[str] = None
    delay_working_days: Optional[int] = None
    active: bool = True
    description_required: bool = False
    sort_order: int = 0

    @property
    def is_top_level(self) -> bool:
        return not self.parent_code


@dataclass
class CommuneSetting:
    """One cell of the communes x categories matrix."""

    insee_code: str
    category_code: str
    stage: Stage = Stage.CLOSED
    closed_message: Optional[str] = None
    valid_from: Optional[dt.date] = None
    valid_to: Optional[dt.date] = None
    experiment_perimeter_wkt: Optional[str] = None  # Lambert-93 WKT, or None for the whole commune

    def stage_on(self, day: dt.date) -> Stage:
        """The stage that applies on a day: outside its validity dates a cell is closed."""
        if self.valid_from and day < self.valid_from:
            return Stage.CLOSED
        if self.valid_to and day > self.valid_to:
            return Stage.CLOSED
        return self.stage


CATALOGUE_FIELDS = [
    "code",
    "public_label",
    "internal_label",
    "group",
    "parent_code",
    "delay_working_days",
    "active",
    "description_required",
    "sort_order",
]
SETTINGS_FIELDS = [
    "insee_code",
    "category_code",
    "stage",
    "closed_message",
    "valid_from",
    "valid_to",
]

# Problem codes, with their English sentence (toolbelt/catalogue_text.py translates them).
BAD_CODE = "catalogue.bad_code"
DUPLICATE_CODE = "catalogue.duplicate_code"
EMPTY_PUBLIC_LABEL = "catalogue.empty_public_label"
EMPTY_GROUP = "catalogue.empty_group"
NEGATIVE_DELAY = "catalogue.negative_delay"
OWN_PARENT = "catalogue.own_parent"
MISSING_PARENT = "catalogue.missing_parent"
NESTED_PARENT = "catalogue.nested_parent"
NO_DATA_ROW = "catalogue.no_data_row"
MISSING_COLUMNS = "catalogue.missing_columns"
NOT_A_NUMBER = "catalogue.not_a_number"
NOT_YES_NO = "catalogue.not_yes_no"
NOT_A_STAGE = "catalogue.not_a_stage"
NOT_A_DATE = "catalogue.not_a_date"
UNKNOWN_COMMUNE = "catalogue.unknown_commune"
UNKNOWN_CATEGORY = "catalogue.unknown_category"
SUBCATEGORY_CELL = "catalogue.subcategory_cell"
DUPLICATE_CELL = "catalogue.duplicate_cell"
DATES_REVERSED = "catalogue.dates_reversed"
CATALOGUE_REFUSED = "catalogue.catalogue_refused"
SETTINGS_REFUSED = "catalogue.settings_refused"

MESSAGES = {
    BAD_CODE: "invalid category code '{code}' (lower-case letters, digits, '_', '-', '.'; at "
    "most 63 characters)",
    DUPLICATE_CODE: "duplicate category code '{code}'",
    EMPTY_PUBLIC_LABEL: "empty public label for category '{code}'",
    EMPTY_GROUP: "empty group for category '{code}'",
    NEGATIVE_DELAY: "negative handling delay for category '{code}'",
    OWN_PARENT: "category '{code}' is its own parent",
    MISSING_PARENT: "category '{code}' points to a missing parent '{parent}'",
    NESTED_PARENT: "category '{code}': parent '{parent}' is itself a sub-category (only two "
    "levels)",
    NO_DATA_ROW: "the file has no data row",
    MISSING_COLUMNS: "missing column(s): {missing} (found: {found})",
    NOT_A_NUMBER: "column '{column}': '{value}' is not a whole number (write a number of "
    "days such as 5, or leave the cell empty)",
    NOT_YES_NO: "column '{column}': '{value}' is not a yes/no value (write true or false, "
    "oui or non, 1 or 0)",
    NOT_A_STAGE: "column '{column}': '{value}' is not an opening stage (write closed, agents "
    "or public)",
    NOT_A_DATE: "column '{column}': '{value}' is not a date (write YYYY-MM-DD or DD/MM/YYYY)",
    UNKNOWN_COMMUNE: "unknown commune code '{insee}'",
    UNKNOWN_CATEGORY: "unknown category '{code}'",
    SUBCATEGORY_CELL: "'{code}' is a sub-category: open or close its parent '{parent}'",
    DUPLICATE_CELL: "cell {insee} x {code} already given at line {line}",
    DATES_REVERSED: "valid_to is before valid_from",
    CATALOGUE_REFUSED: "The category catalogue {source} cannot be imported:",
    SETTINGS_REFUSED: "The commune settings {source} cannot be imported:",
}


def problem(where: str, code: str, /, **params) -> Problem:
    """A catalogue problem: its code, its parameters and its English sentence."""
    return Problem.coded(where, code, MESSAGES[code], **params)


def refused(problems: Sequence[Problem], code: str, source: str) -> InputError:
    """The error of a refused file, its summary given as a code too."""
    return InputError(problems, MESSAGES[code].format(source=source), code, (("source", source),))


class _RowCells:
    """The cells of one CSV row; a cell that cannot be read becomes a coded problem."""

    def __init__(self, row: Dict[str, str], where: str, problems: List[Problem]):
        self.row, self.where, self.problems = row, where, problems
        self.failed = False

    def read(self, column: str, parse, code: str):
        value = self.row.get(column, "")
        try:
            return parse(value)
        except ValueError:
            self.problems.append(problem(self.where, code, column=column, value=value))
            self.failed = True
            return None


def validate_catalogue(
    categories: Sequence[Category], where: Optional[Dict[str, str]] = None
) -> List[Problem]:
    """Every problem of a catalogue: code format, duplicates, missing or nested parents, labels.

    ``where`` maps a category code to its location in the source (e.g. 'file.csv:12')."""
    where = where or {}
    problems: List[Problem] = []
    seen: Dict[str, int] = {}
    by_code = {}
    for index, cat in enumerate(categories):
        loc = where.get(
            "{}#{}".format(cat.code, index), where.get(cat.code, "category {}".format(index + 1))
        )
        if not CATEGORY_CODE_PATTERN.match(cat.code or ""):
            problems.append(problem(loc, BAD_CODE, code=cat.code))
        if cat.code in seen:
            problems.append(problem(loc, DUPLICATE_CODE, code=cat.code))
        seen.setdefault(cat.code, index)
        by_code.setdefault(cat.code, cat)
        if not (cat.public_label or "").strip():
            problems.append(problem(loc, EMPTY_PUBLIC_LABEL, code=cat.code))
        if not (cat.group or "").strip():
            problems.append(problem(loc, EMPTY_GROUP, code=cat.code))
        if cat.delay_working_days is not None and cat.delay_working_days < 0:
            problems.append(problem(loc, NEGATIVE_DELAY, code=cat.code))
    for index, cat in enumerate(categories):
        if not cat.parent_code:
            continue
        loc = where.get(
            "{}#{}".format(cat.code, index), where.get(cat.code, "category {}".format(index + 1))
        )
        parent = by_code.get(cat.parent_code)
        if cat.parent_code == cat.code:
            problems.append(problem(loc, OWN_PARENT, code=cat.code))
        elif parent is None:
            problems.append(problem(loc, MISSING_PARENT, code=cat.code, parent=cat.parent_code))
        elif parent.parent_code:
            problems.append(problem(loc, NESTED_PARENT, code=cat.code, parent=cat.parent_code))
    return problems


def _parse_bool(value: str, default: bool) -> bool:
    text = (value or "").strip().lower()
    if not text:
        return default
    if text in ("1", "true", "t", "yes", "y", "oui", "o", "vrai"):
        return True
    if text in ("0", "false", "f", "no", "n", "non", "faux"):
        return False
    raise ValueError("'{}' is not a yes/no value".format(value))


def _parse_int(value: str) -> Optional[int]:
    text = (value or "").strip()
    return int(text) if text else None


def parse_day(value: str) -> Optional[dt.date]:
    """ISO (2024-03-01) or French (01/03/2024) dates; empty gives None."""
    text = (value or "").strip()
    if not text:
        return None
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError("'{}' is not a date (expected YYYY-MM-DD or DD/MM/YYYY)".format(value))


def _require_columns(rows: List[Dict[str, str]], required: Iterable[str], source: str) -> None:
    if not rows:
        raise InputError([problem(source, NO_DATA_ROW)])
    missing = [c for c in required if c not in rows[0]]
    if missing:
        raise InputError(
            [
                problem(
                    source,
                    MISSING_COLUMNS,
                    missing=", ".join(missing),
                    found=", ".join(k for k in rows[0] if k != "_line"),
                )
            ]
        )


def read_catalogue_csv(data: bytes, source: str = "catalogue.csv") -> List[Category]:
    """Parse and validate a catalogue CSV. Raises InputError listing every problem."""
    rows, _encoding = read_csv_rows(data)
    _require_columns(rows, ["code", "public_label", "group"], source)
    categories: List[Category] = []
    where: Dict[str, str] = {}
    problems: List[Problem] = []
    for row in rows:
        loc = "{}:{}".format(source, row["_line"])
        cells = _RowCells(row, loc, problems)
        delay = cells.read("delay_working_days", _parse_int, NOT_A_NUMBER)
        active = cells.read("active", lambda text: _parse_bool(text, True), NOT_YES_NO)
        description_required = cells.read(
            "description_required", lambda text: _parse_bool(text, False), NOT_YES_NO
        )
        sort_order = cells.read("sort_order", _parse_int, NOT_A_NUMBER)
        if cells.failed:
            continue
        cat = Category(
            code=row["code"],
            public_label=row["public_label"],
            internal_label=row.get("internal_label") or row["public_label"],
            group=row["group"],
            parent_code=row.get("parent_code") or None,
            delay_working_days=delay,
            active=active,
            description_required=description_required,
            sort_order=sort_order or 0,
        )
        where["{}#{}".format(cat.code, len(categories))] = loc
        where.setdefault(cat.code, loc)
        categories.append(cat)
    problems += validate_catalogue(categories, where)
    if problems:
        raise refused(problems, CATALOGUE_REFUSED, source)
    return categories


def catalogue_to_csv(categories: Sequence[Category]) -> bytes:
    rows = []
    for cat in categories:
        row = asdict(cat)
        row["active"] = "true" if cat.active else "false"
        row["description_required"] = "true" if cat.description_required else "false"
        rows.append(row)
    return write_csv(CATALOGUE_FIELDS, rows)


def read_settings_csv(
    data: bytes,
    known_communes: Iterable[str],
    categories: Sequence[Category],
    source: str = "settings.csv",
) -> List[CommuneSetting]:
    """Parse and check a communes x categories CSV against the communes and catalogue known."""
    rows, _encoding = read_csv_rows(data)
    _require_columns(rows, ["insee_code", "category_code", "stage"], source)
    communes = set(known_communes)
    by_code = {c.code: c for c in categories}
    settings: List[CommuneSetting] = []
    problems: List[Problem] = []
    seen = {}
    for row in rows:
        loc = "{}:{}".format(source, row["_line"])
        insee, code = row["insee_code"], row["category_code"]
        if insee not in communes:
            problems.append(problem(loc, UNKNOWN_COMMUNE, insee=insee))
        if code not in by_code:
            problems.append(problem(loc, UNKNOWN_CATEGORY, code=code))
        elif not by_code[code].is_top_level:
            problems.append(
                problem(loc, SUBCATEGORY_CELL, code=code, parent=by_code[code].parent_code)
            )
        if (insee, code) in seen:
            problems.append(
                problem(loc, DUPLICATE_CELL, insee=insee, code=code, line=seen[(insee, code)])
            )
        seen.setdefault((insee, code), row["_line"])
        cells = _RowCells(row, loc, problems)
        stage = cells.read("stage", Stage.parse, NOT_A_STAGE)
        valid_from = cells.read("valid_from", parse_day, NOT_A_DATE)
        valid_to = cells.read("valid_to", parse_day, NOT_A_DATE)
        if cells.failed:
            continue
        setting = CommuneSetting(
            insee_code=insee,
            category_code=code,
            stage=stage,
            closed_message=row.get("closed_message") or None,
            valid_from=valid_from,
            valid_to=valid_to,
        )
        if setting.valid_from and setting.valid_to and setting.valid_to < setting.valid_from:
            problems.append(problem(loc, DATES_REVERSED))
        settings.append(setting)
    if problems:
        raise refused(problems, SETTINGS_REFUSED, source)
    return settings


def settings_to_csv(settings: Sequence[CommuneSetting]) -> bytes:
    rows = [
        {
            "insee_code": s.insee_code,
            "category_code": s.category_code,
            "stage": s.stage.value,
            "closed_message": s.closed_message,
            "valid_from": s.valid_from,
            "valid_to": s.valid_to,
        }
        for s in settings
    ]
    return write_csv(SETTINGS_FIELDS, rows)


def apply_settings(
    stored: Iterable[CommuneSetting], edited: Iterable[CommuneSetting]
) -> List[CommuneSetting]:
    """The matrix after importing ``edited`` cells: each replaces the stored cell of its
    commune and category (keeping its experiment perimeter, edited on the map only); the other
    stored cells stay."""
    cells = {(s.insee_code, s.category_code): s for s in stored}
    for cell in edited:
        key = (cell.insee_code, cell.category_code)
        kept = cells[key].experiment_perimeter_wkt if key in cells else None
        cells[key] = replace(cell, experiment_perimeter_wkt=kept)
    return list(cells.values())


def matrix_cells(
    communes: Iterable[str], categories: Sequence[Category], settings: Iterable[CommuneSetting]
) -> Dict[Tuple[str, str], CommuneSetting]:
    """The full matrix: every commune x active top-level category, closed where no cell exists."""
    given = {(s.insee_code, s.category_code): s for s in settings}
    cells = {}
    for insee in communes:
        for cat in categories:
            if cat.is_top_level and cat.active:
                cells[(insee, cat.code)] = given.get(
                    (insee, cat.code), CommuneSetting(insee, cat.code, Stage.CLOSED)
                )
    return cells

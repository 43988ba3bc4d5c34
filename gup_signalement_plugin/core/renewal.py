"""Urban renewal, pure rules: the QPV list check, relocation spreadsheet rows (RIME, one line per
household) and the published aggregates with primary and secondary suppression.

Problems are codes with parameters (MESSAGES); the QGIS side translates them
(toolbelt/renewal_text.py). No household value ever leaves this module except as a count."""

import datetime as dt
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Mapping, Optional, Sequence, Set, Tuple

from .errors import Problem
from .suppression import suppress, total_equation

QPV_CODE = re.compile(r"^QN[0-9]{5}[A-Z]$")
PHASES = ("study", "relocation", "demolition", "reconstruction", "done")
STATUSES = ("to_relocate", "proposal", "same_commune", "other_commune_ept", "outside_ept")
PENDING = ("to_relocate", "proposal")
RELOCATED = ("same_commune", "other_commune_ept", "outside_ept")
COLUMNS = STATUSES + ("pending", "relocated", "total")
SIZE_CLASSES = ("size_1", "size_2", "size_3", "size_4", "size_5", "size_6_plus", "size_unknown")
TOTAL_ROW = "__total__"
LEVELS = ("perimetre", "commune", "bailleur")

# what a landlord may write in the status column, folded (lower case, no accents)
STATUS_WORDS = {
    "to_relocate": ("a reloger", "to relocate", "en attente", "a_reloger"),
    "proposal": (
        "proposition",
        "proposition faite",
        "proposal",
        "proposal made",
        "proposition en cours",
    ),
    "same_commune": (
        "reloge meme commune",
        "meme commune",
        "reloge dans la commune",
        "same commune",
        "same_commune",
        "reloge sur site",
    ),
    "other_commune_ept": (
        "reloge autre commune ept",
        "autre commune ept",
        "autre commune de l'ept",
        "reloge autre commune",
        "other commune",
        "other_commune_ept",
    ),
    "outside_ept": ("reloge hors ept", "hors ept", "outside ept", "outside_ept", "hors territoire"),
}

# fields of a relocation line, and the headers guessed for them (folded)
FIELDS = (
    "reference",
    "perimeter",
    "size",
    "resources",
    "status",
    "origin_commune",
    "relocation_commune",
    "entry_date",
    "relocation_date",
)
REQUIRED_FIELDS = ("reference", "perimeter", "status")
GUESSES = {
    "reference": (
        "reference menage",
        "ref menage",
        "reference",
        "ref",
        "id menage",
        "numero menage",
        "n menage",
        "no menage",
        "num menage",
    ),
    "perimeter": ("perimetre", "code perimetre", "qpv", "code qpv", "pru", "quartier"),
    "size": ("taille menage", "taille du menage", "nb personnes", "composition", "taille"),
    "resources": ("tranche ressources", "ressources", "tranche de ressources", "plafond"),
    "status": ("statut", "statut relogement", "etat", "situation"),
    "origin_commune": ("commune origine", "insee origine", "commune d'origine"),
    "relocation_commune": ("commune relogement", "insee relogement", "commune de relogement"),
    "entry_date": ("date entree", "date d'entree", "date inscription", "date d'inscription"),
    "relocation_date": ("date relogement", "date de relogement", "date bail"),
}

NO_HEADER = "no_header"
MISSING_COLUMNS = "missing_columns"
EMPTY_VALUE = "empty_value"
UNKNOWN_PERIMETER = "unknown_perimeter"
UNKNOWN_STATUS = "unknown_status"
BAD_SIZE = "bad_size"
BAD_DATE = "bad_date"
DUPLICATE = "duplicate"
CONFLICTING_DUPLICATE = "conflicting_duplicate"
BAD_COMMUNE = "bad_commune"

MESSAGES = {
    NO_HEADER: "no header row with the columns {columns} in the first {rows} rows",
    MISSING_COLUMNS: "column(s) not found in the header: {columns}",
    EMPTY_VALUE: "{field} is empty",
    UNKNOWN_PERIMETER: "unknown perimeter code '{perimeter}'",
    UNKNOWN_STATUS: "unknown status '{value}'",
    BAD_SIZE: "household size '{value}' is not a whole number from 1 to 20",
    BAD_DATE: "{field}: '{value}' is not a date",
    DUPLICATE: "same household as line {line}: kept once",
    CONFLICTING_DUPLICATE: "household also on line {line} with other values: both refused",
    BAD_COMMUNE: "{field}: '{value}' is not an INSEE code",
}


@dataclass(frozen=True)
class RenewalProblem(Problem):
    code: str = ""
    params: Tuple[Tuple[str, str], ...] = ()

    @classmethod
    def make(cls, where: str, code: str, **params) -> "RenewalProblem":
        text = {key: str(value) for key, value in params.items()}
        return cls(where, MESSAGES[code].format(**text), code, tuple(sorted(text.items())))

    @property
    def parameters(self) -> Dict[str, str]:
        return dict(self.params)


def fold(text: object) -> str:
    """Lower case, no accents, single spaces: how headers and statuses are compared."""
    value = unicodedata.normalize("NFKD", str(text or ""))
    value = "".join(c for c in value if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^0-9a-z'+]+", " ", value).split())


# --- QPV list -------------------------------------------------------------------------------
@dataclass
class QpvListCheck:
    """Imported codes against the expected list: missing (expected, not imported) and extra."""

    expected: int
    imported: int
    missing: List[Tuple[str, str]] = field(default_factory=list)  # (code, name)
    extra: List[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.missing and not self.extra


def check_qpv_list(imported: Iterable[str], expected: Sequence[Mapping[str, str]]) -> QpvListCheck:
    """``expected`` rows of qpv_2024_gosb.csv (code_qp, nom_qp)."""
    codes = set(imported)
    wanted = {row["code_qp"].strip(): row.get("nom_qp", "").strip() for row in expected}
    return QpvListCheck(
        len(wanted),
        len(codes),
        missing=sorted((code, name) for code, name in wanted.items() if code not in codes),
        extra=sorted(codes - set(wanted)),
    )


# --- relocation sheet -------------------------------------------------------------------------
def guess_mapping(header: Sequence[str]) -> Dict[str, str]:
    """Field -> header of the columns whose folded name is a known header."""
    mapping = {}
    folded = {fold(name): name for name in header if name}
    for name in FIELDS:
        for guess in GUESSES[name]:
            if guess in folded:
                mapping[name] = folded[guess]
                break
    return mapping


def find_header(
    rows: Sequence[Sequence[object]], mapping: Mapping[str, str], scan: int = 20
) -> Optional[int]:
    """Index of the first row holding every mapped header (blank or title rows above it, and
    the row of merged group titles, are skipped)."""
    wanted = {fold(header) for header in mapping.values() if header}
    for index, row in enumerate(rows[:scan]):
        present = {fold(cell) for cell in row if cell not in (None, "")}
        if wanted and wanted <= present:
            return index
    return None


def parse_sheet_date(value: object) -> Optional[dt.date]:
    """ISO, French (dd/mm/yyyy), GDAL's yyyy/mm/dd, or an Excel serial number; None if empty.
    Raises ValueError otherwise."""
    text = str(value if value is not None else "").strip()
    if not text:
        return None
    if re.fullmatch(r"[0-9]+(\.0+)?", text):
        serial = int(float(text))
        if 1 <= serial <= 2958465:  # Excel's day 1 is 1900-01-01 (with its 1900-02-29 bug)
            return dt.date(1899, 12, 30) + dt.timedelta(days=serial)
        raise ValueError(text)
    text = text.split(" ")[0].split("T")[0]
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%Y/%m/%d", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


def parse_status(value: object) -> Optional[str]:
    folded = fold(value)
    for status, words in STATUS_WORDS.items():
        if folded in words:
            return status
    return None


@dataclass(frozen=True)
class RelocationLine:
    """One household, as stored (administrator-only table)."""

    reference: str
    perimeter: str
    status: str
    size: Optional[int] = None
    resources: Optional[str] = None
    origin_commune: Optional[str] = None
    relocation_commune: Optional[str] = None
    entry_date: Optional[dt.date] = None
    relocation_date: Optional[dt.date] = None
    line: int = 0


@dataclass
class RelocationSheet:
    """What a sheet gave: the lines to import, the lines refused (with why), the header row."""

    lines: List[RelocationLine]
    refused: List[RenewalProblem]
    header_row: int  # 1-based row number in the sheet
    read: int  # data rows that were not blank


def _cell(row: Sequence[object], index: Optional[int]) -> str:
    if index is None or index >= len(row) or row[index] is None:
        return ""
    value = row[index]
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def parse_relocation_rows(
    rows: Sequence[Sequence[object]],
    mapping: Mapping[str, str],
    perimeters: Iterable[str],
    where: str = "",
) -> RelocationSheet:
    """Rows of a sheet (lists of cells, as read) -> RelocationSheet. The header must be found
    (check with ``header_problem`` first)."""
    header_index = find_header(rows, mapping)
    if header_index is None:
        raise ValueError("no header")
    header = [fold(cell) for cell in rows[header_index]]
    index = {name: header.index(fold(column)) for name, column in mapping.items() if column}
    known = set(perimeters)
    lines: List[RelocationLine] = []
    refused: List[RenewalProblem] = []
    seen: Dict[str, RelocationLine] = {}
    conflicts: Set[str] = set()
    read = 0
    for offset, row in enumerate(rows[header_index + 1 :], start=header_index + 2):
        values = {name: _cell(row, index.get(name)) for name in FIELDS}
        if not any(values.values()):
            continue
        read += 1
        place = "{}line {}".format(where + " " if where else "", offset)
        problems = []
        for name in REQUIRED_FIELDS:
            if not values[name]:
                problems.append(RenewalProblem.make(place, EMPTY_VALUE, field=mapping[name]))
        if values["perimeter"] and values["perimeter"] not in known:
            problems.append(
                RenewalProblem.make(place, UNKNOWN_PERIMETER, perimeter=values["perimeter"])
            )
        status = parse_status(values["status"])
        if values["status"] and status is None:
            problems.append(RenewalProblem.make(place, UNKNOWN_STATUS, value=values["status"]))
        size = None
        if values["size"]:
            try:
                size = int(float(values["size"].replace(",", ".")))
                if not 1 <= size <= 20 or float(values["size"].replace(",", ".")) != size:
                    raise ValueError
            except ValueError:
                problems.append(RenewalProblem.make(place, BAD_SIZE, value=values["size"]))
        dates = {}
        for name in ("entry_date", "relocation_date"):
            try:
                dates[name] = parse_sheet_date(values[name])
            except ValueError:
                problems.append(
                    RenewalProblem.make(place, BAD_DATE, field=mapping[name], value=values[name])
                )
        for name in ("origin_commune", "relocation_commune"):
            if values[name] and not re.fullmatch(r"[0-9]{5}|2[AB][0-9]{3}", values[name]):
                problems.append(
                    RenewalProblem.make(place, BAD_COMMUNE, field=mapping[name], value=values[name])
                )
        if problems:
            refused.extend(problems)
            continue
        line = RelocationLine(
            values["reference"],
            values["perimeter"],
            status,
            size,
            values["resources"] or None,
            values["origin_commune"] or None,
            values["relocation_commune"] or None,
            dates.get("entry_date"),
            dates.get("relocation_date"),
            offset,
        )
        before = seen.get(line.reference)
        if before is None:
            seen[line.reference] = line
            lines.append(line)
        elif _same_household(before, line):
            refused.append(RenewalProblem.make(place, DUPLICATE, line=before.line))
        else:
            refused.append(RenewalProblem.make(place, CONFLICTING_DUPLICATE, line=before.line))
            if line.reference not in conflicts:
                refused.append(
                    RenewalProblem.make(
                        "{}line {}".format(where + " " if where else "", before.line),
                        CONFLICTING_DUPLICATE,
                        line=offset,
                    )
                )
            conflicts.add(line.reference)
    lines = [line for line in lines if line.reference not in conflicts]
    refused.sort(key=lambda p: int(re.sub(r"\D", "", p.where.rsplit("line", 1)[-1]) or 0))
    return RelocationSheet(lines, refused, header_index + 1, read)


def _same_household(a: RelocationLine, b: RelocationLine) -> bool:
    return (
        a.perimeter,
        a.status,
        a.size,
        a.resources,
        a.origin_commune,
        a.relocation_commune,
        a.entry_date,
        a.relocation_date,
    ) == (
        b.perimeter,
        b.status,
        b.size,
        b.resources,
        b.origin_commune,
        b.relocation_commune,
        b.entry_date,
        b.relocation_date,
    )


def header_problem(
    rows: Sequence[Sequence[object]], mapping: Mapping[str, str], where: str = ""
) -> Optional[RenewalProblem]:
    """Why a sheet cannot be read with this mapping (None when it can)."""
    missing = [name for name in REQUIRED_FIELDS if not mapping.get(name)]
    if missing:
        return RenewalProblem.make(where, MISSING_COLUMNS, columns=", ".join(missing))
    if find_header(rows, mapping) is None:
        return RenewalProblem.make(
            where,
            NO_HEADER,
            rows=min(len(rows), 20),
            columns=", ".join("'{}'".format(mapping[name]) for name in FIELDS if mapping.get(name)),
        )
    return None


# --- aggregates -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Household:
    """What the aggregates need of a line: no reference, no resources."""

    perimeter: str
    commune: str
    landlord: str
    status: str
    size: Optional[int]


def size_class(size: Optional[int]) -> str:
    if size is None:
        return "size_unknown"
    return "size_{}".format(size) if size <= 5 else "size_6_plus"


def _row_values(households: Sequence[Household]) -> Dict[str, int]:
    counts = {column: 0 for column in COLUMNS + SIZE_CLASSES}
    for household in households:
        counts[household.status] += 1
        counts[size_class(household.size)] += 1
    counts["pending"] = sum(counts[s] for s in PENDING)
    counts["relocated"] = sum(counts[s] for s in RELOCATED)
    counts["total"] = counts["pending"] + counts["relocated"]
    return counts


def _row_equations(level: str, row: str, with_sizes: bool) -> List[Dict]:
    item = lambda column: (level, row, column)  # noqa: E731
    equations = [
        total_equation(item("pending"), [item(s) for s in PENDING]),
        total_equation(item("relocated"), [item(s) for s in RELOCATED]),
        total_equation(item("total"), [item("pending"), item("relocated")]),
    ]
    if with_sizes:
        equations.append(total_equation(item("total"), [item(s) for s in SIZE_CLASSES]))
    return equations


def relocation_indicators(households: Sequence[Household]) -> Dict[Tuple[str, str], Dict[str, str]]:
    """(level, key) -> column -> published text, for the levels perimeter, commune, landlord
    (status columns; household sizes for the perimeters), and the grand total row
    (key ``__total__``), all suppressed together in one system of equations: the totals row
    is shared by every level, and two groupings of the same households are tied (see
    core/suppression.py)."""
    key_of = {
        "perimetre": lambda h: h.perimeter,
        "commune": lambda h: h.commune or "?",
        "bailleur": lambda h: h.landlord,
    }
    groups: Dict[str, Dict[str, List[int]]] = {}
    for level, key in key_of.items():
        rows: Dict[str, List[int]] = defaultdict(list)
        for index, household in enumerate(households):
            rows[key(household)].append(index)
        groups[level] = dict(rows)
    values: Dict[Tuple, int] = {}
    equations: List[Dict] = []
    totals: List[Tuple] = []
    grand = _row_values(households)
    for column in COLUMNS + SIZE_CLASSES:
        values[("all", TOTAL_ROW, column)] = grand[column]
    equations += _row_equations("all", TOTAL_ROW, True)
    for level, rows in groups.items():
        sizes = level == "perimetre"
        columns = COLUMNS + (SIZE_CLASSES if sizes else ())
        for row, members in rows.items():
            counts = _row_values([households[i] for i in members])
            for column in columns:
                values[(level, row, column)] = counts[column]
            equations += _row_equations(level, row, sizes)
            totals += [(level, row, c) for c in ("pending", "relocated", "total")]
        for column in columns:
            equations.append(
                total_equation(("all", TOTAL_ROW, column), [(level, row, column) for row in rows])
            )
    equations += _grouping_links(groups, values)
    published = suppress(values, equations, totals + [k for k in values if k[0] == "all"])
    result: Dict[Tuple[str, str], Dict[str, str]] = {}
    for (level, row, column), text in published.items():
        if level == "all":
            for target in LEVELS:
                _put(result, target, row, column, text)
        else:
            _put(result, level, row, column, text)
    return result


def _put(result, level, row, column, text):
    result.setdefault((level, row), {})[column] = text


def _grouping_links(
    groups: Mapping[str, Mapping[str, List[int]]], values: Mapping[Tuple, int]
) -> List[Dict]:
    """Two groupings of the same households are tied: in the graph of rows that share a
    household, each connected component has the same sums on both sides (one equation per
    shared column)."""
    equations: List[Dict] = []
    levels = list(groups)
    for a_index, level_a in enumerate(levels):
        for level_b in levels[a_index + 1 :]:
            owner_b = {i: row for row, members in groups[level_b].items() for i in members}
            parent: Dict[Tuple, Tuple] = {}

            def find(node, parent=parent):
                while parent.setdefault(node, node) != node:
                    node = parent[node]
                return node

            for row, members in groups[level_a].items():
                for i in members:
                    parent[find((level_a, row))] = find((level_b, owner_b[i]))
            components: Dict[Tuple, List[Tuple]] = defaultdict(list)
            for node in list(parent):
                components[find(node)].append(node)
            for nodes in components.values():
                side_a = [n for n in nodes if n[0] == level_a]
                side_b = [n for n in nodes if n[0] == level_b]
                if len(side_a) + len(side_b) < 2 or len(side_a) == len(groups[level_a]):
                    continue  # the whole territory: already tied through the totals row
                for column in COLUMNS:
                    equation: Dict[Tuple, float] = {}
                    for level, row in side_a:
                        equation[(level, row, column)] = 1.0
                    for level, row in side_b:
                        equation[(level, row, column)] = equation.get((level, row, column), 0) - 1.0
                    if all((key in values) for key in equation):
                        equations.append(equation)
    return equations


# --- progress over time ---------------------------------------------------------------------
def progress_series(dates: Sequence[dt.date], published_total: str) -> List[Tuple[dt.date, int]]:
    """Cumulative relocations of one perimeter for a chart, respecting suppression: nothing
    when its published number of relocated households is suppressed; otherwise a point only
    when at least 5 households were relocated since the last point (so no difference between
    two points is below 5), and the last point at the published total."""
    if not published_total.isdigit() or not dates:
        return []
    points: List[Tuple[dt.date, int]] = []
    count = last = 0
    for day in sorted(dates):
        count += 1
        if count - last >= 5:
            if points and points[-1][0] == day:
                points[-1] = (day, count)
            else:
                points.append((day, count))
            last = count
    if points and last != count:  # the tail below 5 is merged into the last point
        points[-1] = (sorted(dates)[-1], count)
    return points

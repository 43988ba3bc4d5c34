"""The "file" channel of incoming reports: rows of a CSV file or of any layer as IncomingReports.

A ``ColumnMapping`` says which column holds what; ``guess_mapping`` pre-fills it from common
column names and ``preview`` shows the first rows before an import. Nothing is dropped: a row
that cannot be read becomes a report with ``problems``, which the quality guard quarantines.
The core cannot reproject: x/y or WKT in another CRS than EPSG:4326 need a ``to_lonlat``
callable from the caller (the QGIS side uses QgsCoordinateTransform)."""

import csv
import datetime as dt
import gzip
import io
import re
import unicodedata
import zlib
from dataclasses import dataclass, fields
from dataclasses import field as dataclass_field
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, List, Optional, Sequence, Tuple, Union

import shapely

from .errors import GupError, InputError, Problem
from .incoming import (
    DEFAULT_SOURCE_TZ,
    FLAG_UNREADABLE_COORDINATES,
    IncomingReport,
    as_identifier,
    as_text,
    normalise_coordinates,
    parse_timestamp,
)
from .textio import UTF16_BOMS, decode_text, sniff_delimiter

WGS84 = 4326
LINE_KEY = "_line"  # added by read_csv_table: the row's line number in the file
DATE_FORMATS = (
    "ISO 8601 (2024-03-18, 2024-03-18 14:05:00, 2024-03-18T14:05:00+01:00), "
    "dd/mm/yyyy, dd/mm/yyyy HH:MM[:SS] or dd-mm-yyyy"
)

# (xs, ys, srid) -> (lons, lats): a batch reprojection to EPSG:4326 supplied by the caller.
ToLonLat = Callable[[List[float], List[float], int], Tuple[Sequence[float], Sequence[float]]]
Columns = Union[None, str, Sequence[str]]

# Day first, as written in France: 18/03/2024, 18-03-2024 14:05, 18.03.2024 14h05:30.
_DAY_FIRST = re.compile(
    r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})"
    r"(?:[ T]+(\d{1,2})[:h](\d{2})(?::(\d{2}))?)?$"
)
_STATUSES = {
    "open": "open",
    "ouvert": "open",
    "nouveau": "open",
    "en cours": "open",
    "closed": "closed",
    "ferme": "closed",
    "clos": "closed",
    "cloture": "closed",
    "resolu": "closed",
    "traite": "closed",
}


def _plain(name: Any) -> str:
    """Lower case without accents: 'Catégorie ' -> 'categorie'."""
    text = unicodedata.normalize("NFKD", str(name).strip().lower())
    return "".join(char for char in text if not unicodedata.combining(char))


def _columns(value: Columns) -> Tuple[str, ...]:
    if value is None or value == "":
        return ()
    return (value,) if isinstance(value, str) else tuple(c for c in value if c)


@dataclass(frozen=True)
class ColumnMapping:
    """Which column holds what (None: absent). ``description`` and ``address`` may be several
    columns, joined with ', '. The location is x/y columns (lon/lat when srid is 4326) or a WKT
    column, in EPSG ``srid``; dates without an offset are taken in ``source_tz``."""

    external_id: Optional[str] = None
    service_code: Optional[str] = None
    service_name: Optional[str] = None
    description: Columns = ()
    requested_at: Optional[str] = None
    updated_at: Optional[str] = None
    status: Optional[str] = None
    address: Columns = ()
    x: Optional[str] = None
    y: Optional[str] = None
    wkt: Optional[str] = None
    srid: int = WGS84
    source_tz: str = DEFAULT_SOURCE_TZ

    def __post_init__(self):
        object.__setattr__(self, "description", _columns(self.description))
        object.__setattr__(self, "address", _columns(self.address))
        for name in (
            "external_id",
            "service_code",
            "service_name",
            "requested_at",
            "updated_at",
            "status",
            "x",
            "y",
            "wkt",
        ):
            if getattr(self, name) == "":
                object.__setattr__(self, name, None)

    def used_columns(self) -> Dict[str, Tuple[str, ...]]:
        """Mapping field -> the columns it reads (only the fields that are set)."""
        used = {}
        for item in fields(self):
            value = getattr(self, item.name)
            if item.name not in ("srid", "source_tz") and value:
                used[item.name] = _columns(value)
        return used

    @property
    def needs_reprojection(self) -> bool:
        return bool(self.x or self.wkt) and self.srid != WGS84

    def validate(self, header: Iterable[str], where: str = "") -> None:
        """Raise InputError listing every column missing from ``header`` and every incoherent
        location setting."""
        names = [name for name in header if name != LINE_KEY]
        known = set(names)
        problems = [
            Problem(
                where,
                "{} column '{}' is not in the file (columns: {})".format(
                    name, column, ", ".join(names) or "none"
                ),
            )
            for name, columns in self.used_columns().items()
            for column in columns
            if column not in known
        ]
        if bool(self.x) != bool(self.y):
            problems.append(
                Problem(
                    where,
                    "x and y columns go together: only {} is given".format("x" if self.x else "y"),
                )
            )
        if self.x and self.wkt:
            problems.append(Problem(where, "give either x/y columns or a WKT column, not both"))
        if not isinstance(self.srid, int) or self.srid <= 0:
            problems.append(Problem(where, "srid {!r} is not an EPSG code".format(self.srid)))
        if problems:
            raise InputError(problems, "The column mapping does not fit the file:")


# The Ville de Paris open-data export "DansMaRue – anomalies signalées" (no status: all open;
# 'adresse' already holds the postal code and the city, e.g. "26 Rue de la Lune, 75002 PARIS").
DANSMARUE_MAPPING = ColumnMapping(
    external_id="id_dmr",
    service_code="type",
    service_name="type",
    description="soustype",
    requested_at="datedecl",
    address="adresse",
    x="lon",
    y="lat",
    srid=WGS84,
)

# Mapping field -> accepted column names (accents and case ignored), the first found wins.
_CANDIDATES = {
    "external_id": ("service_request_id", "id_dmr", "identifiant", "id", "numero"),
    "service_code": ("service_code", "code_categorie", "categorie", "category", "type"),
    "service_name": ("service_name", "libelle_categorie", "libelle"),
    "description": ("description", "commentaire", "comment", "soustype", "sous_type"),
    "requested_at": (
        "requested_datetime",
        "date_signalement",
        "datedecl",
        "date_declaration",
        "date",
        "created_at",
    ),
    "updated_at": ("updated_datetime", "date_maj", "date_modification", "updated_at"),
    "status": ("status", "statut", "etat"),
    "address": ("address", "adresse"),
    "wkt": ("wkt", "geom", "geometry", "the_geom", "geometrie"),
}
_LON_LAT = (("lon", "long", "lng", "longitude"), ("lat", "latitude"))
_X_Y = (("x", "coord_x"), ("y", "coord_y"))
GUESSED_PROJECTED_SRID = 2154  # x/y columns in a French file: Lambert-93, to be confirmed


GUESS_SAMPLE = 20  # rows whose values guess the columns of a file without a header row


def guess_mapping(header: Iterable[str], rows: Sequence[Dict[str, Any]] = ()) -> ColumnMapping:
    """A mapping guessed from common French and English column names, to pre-fill the import
    dialog: lon/lat columns give EPSG:4326, x/y columns Lambert-93 (EPSG:2154). Columns named
    by their position (a file without a header row) are guessed from the values of ``rows``
    instead (see guess_mapping_from_values)."""
    header = [column for column in header if column != LINE_KEY]
    if rows and header == [str(i) for i in range(1, len(header) + 1)]:
        return guess_mapping_from_values(header, rows[:GUESS_SAMPLE])
    by_name: Dict[str, str] = {}
    for column in header:
        if column != LINE_KEY:
            by_name.setdefault(_plain(column), column)

    def first(names: Sequence[str]) -> Optional[str]:
        return next((by_name[n] for n in names if n in by_name), None)

    found = {name: first(names) for name, names in _CANDIDATES.items()}
    for (xs, ys), srid in ((_LON_LAT, WGS84), (_X_Y, GUESSED_PROJECTED_SRID)):
        x, y = first(xs), first(ys)
        if x and y and not found["wkt"]:
            return ColumnMapping(x=x, y=y, srid=srid, **found)
    return ColumnMapping(**found)


def _is_date(text: str) -> bool:
    try:
        return parse_moment(text) is not None
    except ValueError:
        return False


def _degrees(text: str) -> Optional[float]:
    """A decimal number with a fractional part within ±180 (a longitude or latitude)."""
    if not _NUMBER.match(text) or not re.search(r"[.,]\d", text):
        return None
    value = float(text.replace(",", "."))
    return value if abs(value) <= 180 else None


def guess_mapping_from_values(
    header: Sequence[str], rows: Sequence[Dict[str, Any]]
) -> ColumnMapping:
    """The columns of a file without a header row, guessed from the values of ``rows``: the
    first column of dates as the date, a column of open/closed words as the status, the first
    column as the id when its values are distinct (and not dates or degrees), and the first two
    columns of decimal degrees as the position — latitude first as in Open311 exports, unless
    the first one goes beyond ±90 (a longitude; when both stay within ±90 the order cannot be
    told, and the guard proposes to swap them back when they fall in the territory swapped).
    Categories and texts are left to the user."""
    values = {c: [as_text(row.get(c)).strip() for row in rows] for c in header}
    filled = {c: [v for v in values[c] if v] for c in header}

    def first(test: Callable[[str], bool], exclude: Sequence[str] = ()) -> Optional[str]:
        return next(
            (
                c
                for c in header
                if c not in exclude and filled[c] and all(test(v) for v in filled[c])
            ),
            None,
        )

    date = first(_is_date)
    status = first(lambda v: _plain(v) in _STATUSES)
    first_column = header[0] if header else None
    ids = filled.get(first_column, [])
    distinct = len(ids) == len(rows) == len(set(ids))
    external_id = (
        first_column
        if distinct
        and first_column not in (date, status)
        and not all(_is_date(v) or _degrees(v) is not None for v in ids)
        else None
    )
    a = first(lambda v: _degrees(v) is not None, (external_id,))
    b = first(lambda v: _degrees(v) is not None, (external_id, a))
    if not (a and b):
        return ColumnMapping(external_id=external_id, requested_at=date, status=status)
    beyond_90 = any(abs(_degrees(v) or 0) > 90 for v in filled[a])
    x, y = (a, b) if beyond_90 else (b, a)
    return ColumnMapping(external_id=external_id, requested_at=date, status=status, x=x, y=y)


def parse_moment(value: Any, tz_name: str = DEFAULT_SOURCE_TZ) -> Optional[dt.datetime]:
    """An aware datetime from ISO 8601 or a French day-first date (dd/mm/yyyy [HH:MM[:SS]],
    dd-mm-yyyy); without an offset the time is in ``tz_name``. Empty gives None; anything else
    raises ValueError saying which formats are accepted."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        value = dt.datetime(value.year, value.month, value.day)
    if value is None or isinstance(value, dt.datetime):
        return parse_timestamp(value, tz_name)
    text = str(value).strip()
    match = _DAY_FIRST.match(text)
    try:
        if not match:
            return parse_timestamp(text, tz_name)
        day, _sep, month, year, hour, minute, second = match.groups()
        return parse_timestamp(
            dt.datetime(
                int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0)
            ),
            tz_name,
        )
    except ValueError as exc:
        detail = "" if "ISO 8601" in str(exc) else " ({})".format(exc)
        raise ValueError(
            "'{}' is not a valid date{}: expected {}".format(text, detail, DATE_FORMATS)
        ) from exc


def _joined(row: Dict[str, Any], columns: Sequence[str]) -> str:
    """The text of several columns, joined with ', ' (empty ones left out)."""
    return ", ".join(part for part in (as_text(row.get(c)).strip() for c in columns) if part)


def _wkt_point(text: Any) -> Tuple[Any, Any, Optional[str]]:
    """(x, y, problem) from WKT: a POINT, or a MULTIPOINT of one point (point layers are often
    stored as multipoints). Empty gives (None, None, None)."""
    text = as_text(text).strip()
    if not text:
        return None, None, None
    try:
        geometry = shapely.from_wkt(text)
    except Exception as exc:  # shapely.errors.GEOSException
        return None, None, "unreadable WKT '{}' ({})".format(text[:60], exc)
    if geometry.geom_type == "MultiPoint" and len(geometry.geoms) == 1:
        geometry = geometry.geoms[0]
    if geometry.is_empty:
        return None, None, None
    if geometry.geom_type != "Point":
        return None, None, "a report is a point, not a {}".format(geometry.geom_type)
    return geometry.x, geometry.y, None


def _status(value: Any) -> Tuple[str, Optional[str]]:
    """(status, problem): empty is 'open'; French words are accepted."""
    text = as_text(value).strip().lower()
    if not text:
        return "open", None
    status = _STATUSES.get(_plain(text))
    return (
        (status, None)
        if status
        else (text, "unknown status '{}' (expected open or closed)".format(value))
    )


def _missing(what: str, column: Optional[str]) -> str:
    return "no {} ({})".format(
        what,
        "column '{}' is empty".format(column)
        if column
        else "no {} column in the mapping".format(what),
    )


def _report_from_row(
    row: Dict[str, Any], mapping: ColumnMapping, source: str, where: str
) -> Tuple[IncomingReport, Any, Any]:
    """The report of one row, with the row's (x, y) still in the mapping's srid."""
    problems: List[Problem] = []

    def problem(column: str, message: str) -> None:
        problems.append(Problem(where, "column '{}': {}".format(column, message)))

    def cell(column: Optional[str]) -> Any:
        return row.get(column) if column else None

    external_id = as_identifier(cell(mapping.external_id))
    if not external_id:
        problems.append(Problem(where, _missing("id", mapping.external_id)))
    times: Dict[str, Optional[dt.datetime]] = {}
    for name in ("requested_at", "updated_at"):
        column = getattr(mapping, name)
        times[name] = None
        try:
            times[name] = parse_moment(cell(column), mapping.source_tz)
        except ValueError as exc:
            problem(column, str(exc))
            continue
        if name == "requested_at" and times[name] is None:
            problems.append(Problem(where, _missing("date", column)))
    status, status_problem = _status(cell(mapping.status))
    if status_problem:
        problem(mapping.status, status_problem)
    flags: List[str] = []
    if mapping.wkt:
        x, y, wkt_problem = _wkt_point(cell(mapping.wkt))
        if wkt_problem:
            problem(mapping.wkt, wkt_problem)
            flags.append(FLAG_UNREADABLE_COORDINATES)
    else:
        x, y = cell(mapping.x), cell(mapping.y)
    x, y, coordinate_flags = normalise_coordinates(x, y)
    report = IncomingReport(
        source=source,
        external_id=external_id,
        service_code=as_identifier(cell(mapping.service_code)),
        service_name=as_text(cell(mapping.service_name)).strip(),
        status=status,
        description=_joined(row, mapping.description),
        requested_at=times["requested_at"],
        updated_at=times["updated_at"],
        address=_joined(row, mapping.address),
        raw={k: v for k, v in row.items() if k != LINE_KEY},
        where=where,
        flags=flags + coordinate_flags,
        problems=problems,
    )
    return report, x, y


def reports_from_rows(
    rows: Iterable[Dict[str, Any]],
    mapping: ColumnMapping,
    source: str,
    to_lonlat: Optional[ToLonLat] = None,
    where: str = "",
) -> List[IncomingReport]:
    """One IncomingReport per row, in order (rows as read by read_csv_table, or a layer's
    features as dicts: validate the mapping against its field names first). ``where`` names the
    file or layer; each report's ``where`` adds 'line n' (from the '_line' key) or 'row n'.
    Raises GupError when the mapping's srid needs ``to_lonlat`` and none is given; never for a
    row: what a row lacks goes into its ``problems``."""
    if mapping.needs_reprojection and to_lonlat is None:
        raise GupError(
            "The coordinates are in EPSG:{}: reading them needs a transformation to "
            "EPSG:4326 lon/lat (to_lonlat), which the core cannot do by itself".format(mapping.srid)
        )
    prefix = where + " " if where else ""
    reports, xs, ys = [], [], []
    for index, row in enumerate(rows, start=1):
        line = row.get(LINE_KEY)
        place = "{}line {}".format(prefix, line) if line else "{}row {}".format(prefix, index)
        report, x, y = _report_from_row(row, mapping, source, place)
        reports.append(report)
        xs.append(x)
        ys.append(y)
    if mapping.needs_reprojection:
        located = [i for i, x in enumerate(xs) if x is not None]
        lons, lats = to_lonlat([xs[i] for i in located], [ys[i] for i in located], mapping.srid)
        if len(lons) != len(located) or len(lats) != len(located):
            raise GupError(
                "to_lonlat gave {} / {} coordinates for {} points".format(
                    len(lons), len(lats), len(located)
                )
            )
        for i, lon, lat in zip(located, lons, lats):
            xs[i], ys[i], flags = normalise_coordinates(lon, lat)
            reports[i].flags.extend(flags)
    for report, x, y in zip(reports, xs, ys):
        report.lon, report.lat = x, y
    return reports


# --- reading a CSV file ---------------------------------------------------------------------------

# Why a file is refused before anything is written (FileRefused.code; its params name the file).
FILE_MISSING = "file_missing"
FILE_NOT_TEXT = "file_not_text"
FILE_DAMAGED_GZIP = "file_damaged_gzip"
FILE_EMPTY = "file_empty"
FILE_HEADER_ONLY = "file_header_only"
FILE_UNREADABLE_CSV = "file_unreadable_csv"
# What was done to keep every cell (Notice.code), said in the preview and the run log.
NOTICE_NO_HEADER = "no_header"  # read without a header: columns named 1, 2...
NOTICE_HEADER_LOOKS_LIKE_DATA = "header_looks_like_data"  # kept as a header on request
NOTICE_RENAMED_COLUMNS = "renamed_columns"  # duplicate or blank column names
NOTICE_EXTRA_CELLS = "extra_cells"  # rows longer than the header

# Binary files often renamed .csv by mistake: first bytes -> kind (a code; English for the log).
_MAGIC = (
    (b"\x89PNG", "png"),
    (b"\x7fELF", "elf"),
    (b"%PDF", "pdf"),
    (b"PK\x03\x04", "zip"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF8", "gif"),
    (b"\xd0\xcf\x11\xe0", "ole"),
    (b"SQLite format 3", "sqlite"),
    (b"MZ", "exe"),
)
BINARY_KINDS = {
    "png": "PNG image",
    "elf": "ELF executable",
    "pdf": "PDF document",
    "zip": "ZIP archive (an Excel .xlsx workbook?)",
    "jpeg": "JPEG image",
    "gif": "GIF image",
    "ole": "Office document (an Excel .xls workbook?)",
    "sqlite": "SQLite database (a GeoPackage?)",
    "exe": "Windows executable",
    "binary": "binary data (NUL bytes or control characters)",
}
_SNIFFED_BYTES = 65536
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}([ T].*)?$")
_WKT = re.compile(r"^(MULTI)?POINT\s*(Z|M|ZM)?\s*\(", re.IGNORECASE)


class FileRefused(GupError):
    """A file that cannot be imported at all: nothing is written. ``code`` (FILE_...) and
    ``params`` (always 'file', the file's name) let the QGIS side say it in the user's language;
    the message is the English sentence of the technical log."""

    def __init__(self, code: str, message: str, **params: Any):
        super().__init__(message)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class Notice:
    """Something the reader did to keep every cell (NOTICE_... code and its parameters)."""

    code: str
    params: Dict[str, Any]

    def describe(self) -> str:
        """The plain English line of the technical log."""
        p = self.params
        if self.code == NOTICE_NO_HEADER:
            return "no header row: the first row is data, the columns are named 1 to {}".format(
                p["columns"]
            )
        if self.code == NOTICE_HEADER_LOOKS_LIKE_DATA:
            return (
                "the first row looks like data, not column names ({}), but is read as the "
                "header".format(", ".join(p["cells"]))
            )
        if self.code == NOTICE_RENAMED_COLUMNS:
            return "columns renamed to keep every cell: " + ", ".join(
                "'{}' -> '{}'".format(old, new) for old, new in p["renamed"]
            )
        return (
            "{} row(s) longer than the header (first: line {}): the extra cells are in "
            "columns {}".format(p["rows"], p["first_line"], ", ".join(p["columns"]))
        )


@dataclass
class CsvTable:
    """A CSV file as read: column names (unique, every cell has one), rows (with LINE_KEY),
    encoding, separator, whether the first row was the header, and the notices."""

    header: List[str]
    rows: List[Dict[str, str]]
    encoding: str
    separator: str
    has_header: bool
    header_looks_like_data: bool
    notices: List[Notice]


def _binary_kind(data: bytes) -> Optional[str]:
    """What a non-text file is (a BINARY_KINDS key), None for text."""
    if data.startswith(UTF16_BOMS):
        return None  # UTF-16 with its BOM: text (decode_text reads it)
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    head = data[:_SNIFFED_BYTES]
    if b"\x00" in head or len(_CONTROL.findall(decode_text(head)[0])) > max(2, len(head) // 100):
        return "binary"
    return None


def _not_text(name: str, kind: str) -> FileRefused:
    return FileRefused(
        FILE_NOT_TEXT,
        "{} is not a text (CSV) file: {}".format(name, BINARY_KINDS[kind]),
        file=name,
        kind=kind,
    )


def file_bytes(path: Union[str, Path]) -> bytes:
    """The content of a CSV file, uncompressed when it is gzipped (.csv.gz). Raises FileRefused
    for a missing or unreadable file and a damaged gzip (read_csv_table refuses the rest)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FileRefused(
            FILE_MISSING,
            "{}: the file cannot be read ({})".format(path, exc.strerror or exc),
            file=str(path),
            detail=exc.strerror or str(exc),
        ) from None
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as exc:
            raise FileRefused(
                FILE_DAMAGED_GZIP,
                "{}: damaged gzip file ({})".format(path.name, exc),
                file=path.name,
                detail=str(exc),
            ) from None
    return data


def _looks_like_data(cell: str) -> bool:
    text = cell.strip()
    return bool(
        _NUMBER.match(text) or _ISO_DATE.match(text) or _DAY_FIRST.match(text) or _WKT.match(text)
    )


def header_looks_like_data(cells: Sequence[str]) -> bool:
    """True when a first row reads as a record (ids, dates, coordinates), not as column names:
    at least two cells (or every cell of a shorter row) are numbers, dates or WKT points."""
    data_like = sum(1 for cell in cells if _looks_like_data(cell))
    return data_like >= min(2, len(cells)) and data_like > 0


def _unique(names: Sequence[str], taken: Iterable[str] = ()) -> Tuple[List[str], list]:
    """Names made unique ('col', 'col (2)'), blank ones named by their position (1-based); the
    first of each name keeps it, a new name never takes one the file has. (names, [(old, new)]
    of the renamed ones)."""
    used = set(taken) | {LINE_KEY}
    reserved = used | set(names)
    unique, renamed = [], []
    for position, name in enumerate(names, start=1):
        new = name if name and name not in used else None
        if new is None:
            base = name or str(position)
            new, count = base, 1
            while new in reserved:
                count += 1
                new = "{} ({})".format(base, count)
            renamed.append((name, new))
        used.add(new)
        reserved.add(new)
        unique.append(new)
    return unique, renamed


def read_csv_table(data: bytes, has_header: Optional[bool] = None, name: str = "") -> CsvTable:
    """Every record of a CSV file (UTF-8, UTF-8 BOM, UTF-16 with BOM or Latin-1; ';', ',' or tab;
    CRLF, LF or CR-only lines). ``has_header`` None: the first row is the header unless it looks
    like data (see header_looks_like_data). Nothing is dropped: duplicate or blank names are
    renamed, cells beyond the header go to columns named by their position. Raises FileRefused
    for a binary, empty or header-only file (``name`` names it)."""
    kind = _binary_kind(data)
    if kind:
        raise _not_text(name, kind)
    text, encoding = decode_text(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    separator = sniff_delimiter(text.lstrip("\n"))
    reader = csv.reader(io.StringIO(text), delimiter=separator)
    records: List[Tuple[int, List[str]]] = []  # (line number, cells) of the non-blank records
    try:
        for record in reader:
            if any(cell.strip() for cell in record):
                records.append((reader.line_num, [cell.strip() for cell in record]))
    except csv.Error as exc:
        raise FileRefused(
            FILE_UNREADABLE_CSV,
            "{} cannot be read as CSV (line {}: {})".format(name, reader.line_num, exc),
            file=name,
            line=reader.line_num,
            detail=str(exc),
        ) from None
    if not records:
        raise FileRefused(FILE_EMPTY, "{} is empty".format(name), file=name)
    first = records[0][1]
    looks_like_data = header_looks_like_data(first)
    if has_header is None:
        has_header = not looks_like_data
    notices: List[Notice] = []
    if has_header:
        header, renamed = _unique(first)
        records = records[1:]
        if not records:
            raise FileRefused(
                FILE_HEADER_ONLY,
                "{} has a header ({} columns) but no row".format(name, len(header)),
                file=name,
                columns=len(header),
            )
        if looks_like_data:
            notices.append(Notice(NOTICE_HEADER_LOOKS_LIKE_DATA, {"cells": first[:5]}))
        if renamed:
            notices.append(Notice(NOTICE_RENAMED_COLUMNS, {"renamed": renamed}))
    else:
        header = []
    width = max(len(cells) for _line, cells in records)
    long_rows = [line for line, cells in records if len(cells) > len(header)]
    extra, _renamed = _unique([str(i) for i in range(len(header) + 1, width + 1)], header)
    if has_header and long_rows:
        notices.append(
            Notice(
                NOTICE_EXTRA_CELLS,
                {"rows": len(long_rows), "first_line": long_rows[0], "columns": extra},
            )
        )
    header = header + extra
    if not has_header:
        notices.insert(0, Notice(NOTICE_NO_HEADER, {"columns": len(header)}))
    rows = []
    for line, cells in records:
        row = {column: (cells[i] if i < len(cells) else "") for i, column in enumerate(header)}
        row[LINE_KEY] = str(line)
        rows.append(row)
    return CsvTable(header, rows, encoding, separator, has_header, looks_like_data, notices)


def read_reports_csv(
    data: bytes,
    mapping: ColumnMapping,
    source: str,
    to_lonlat: Optional[ToLonLat] = None,
    where: str = "",
    has_header: Optional[bool] = None,
) -> Tuple[List[IncomingReport], str, str]:
    """(reports, encoding, separator) of a CSV file (see read_csv_table). Raises InputError when
    the mapping names columns the file does not have, FileRefused for a file that is no CSV."""
    table = read_csv_table(data, has_header, where)
    mapping.validate(table.header, where)
    return (
        reports_from_rows(table.rows, mapping, source, to_lonlat, where),
        table.encoding,
        table.separator,
    )


@dataclass
class Preview:
    """What the import dialog shows before an import."""

    header: List[str]
    rows: List[Dict[str, str]]
    row_count: int
    encoding: str
    separator: str
    mapping: ColumnMapping
    has_header: bool = True
    header_looks_like_data: bool = False
    notices: List[Notice] = dataclass_field(default_factory=list)


def preview(data: bytes, n: int = 10, has_header: Optional[bool] = None, name: str = "") -> Preview:
    """The header, the first ``n`` rows, the encoding, separator, a guessed mapping and what the
    reader did to keep every cell (see read_csv_table, which raises FileRefused)."""
    table = read_csv_table(data, has_header, name)
    return Preview(
        table.header,
        table.rows[:n],
        len(table.rows),
        table.encoding,
        table.separator,
        guess_mapping(table.header),
        table.has_header,
        table.header_looks_like_data,
        table.notices,
    )

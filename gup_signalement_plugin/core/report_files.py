"""The "file" channel of incoming reports: rows of a CSV file or of any layer as IncomingReports.

A ``ColumnMapping`` says which column holds what; ``guess_mapping`` pre-fills it from common
column names and ``preview`` shows the first rows before an import. Nothing is dropped: a row
that cannot be read becomes a report with ``problems``, which the quality guard quarantines.
The core cannot reproject: x/y or WKT in another CRS than EPSG:4326 need a ``to_lonlat``
callable from the caller (the QGIS side uses QgsCoordinateTransform)."""
import csv
import datetime as dt
import gzip
import re
import unicodedata
import zlib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import (Any, Callable, Dict, Iterable, List, Optional, Sequence, Tuple, Union)

import shapely

from .errors import GupError, InputError, Problem
from .incoming import (DEFAULT_SOURCE_TZ, FLAG_UNREADABLE_COORDINATES, IncomingReport,
                       as_identifier, as_text, normalise_coordinates, parse_timestamp)
from .textio import decode_text, read_csv_rows, sniff_delimiter

WGS84 = 4326
LINE_KEY = "_line"  # added by textio.read_csv_rows: the row's line number in the file
DATE_FORMATS = ("ISO 8601 (2024-03-18, 2024-03-18 14:05:00, 2024-03-18T14:05:00+01:00), "
                "dd/mm/yyyy, dd/mm/yyyy HH:MM[:SS] or dd-mm-yyyy")

# (xs, ys, srid) -> (lons, lats): a batch reprojection to EPSG:4326 supplied by the caller.
ToLonLat = Callable[[List[float], List[float], int], Tuple[Sequence[float], Sequence[float]]]
Columns = Union[None, str, Sequence[str]]

# Day first, as written in France: 18/03/2024, 18-03-2024 14:05, 18.03.2024 14h05:30.
_DAY_FIRST = re.compile(r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})"
                        r"(?:[ T]+(\d{1,2})[:h](\d{2})(?::(\d{2}))?)?$")
_STATUSES = {"open": "open", "ouvert": "open", "nouveau": "open", "en cours": "open",
             "closed": "closed", "ferme": "closed", "clos": "closed", "cloture": "closed",
             "resolu": "closed", "traite": "closed"}


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
        for name in ("external_id", "service_code", "service_name", "requested_at",
                     "updated_at", "status", "x", "y", "wkt"):
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
        known = set(header) - {LINE_KEY}
        problems = [Problem(where, "{} column '{}' is not in the file (columns: {})".format(
                        name, column, ", ".join(sorted(known)) or "none"))
                    for name, columns in self.used_columns().items()
                    for column in columns if column not in known]
        if bool(self.x) != bool(self.y):
            problems.append(Problem(where, "x and y columns go together: only {} is given"
                                    .format("x" if self.x else "y")))
        if self.x and self.wkt:
            problems.append(Problem(where, "give either x/y columns or a WKT column, not both"))
        if not isinstance(self.srid, int) or self.srid <= 0:
            problems.append(Problem(where, "srid {!r} is not an EPSG code".format(self.srid)))
        if problems:
            raise InputError(problems, "The column mapping does not fit the file:")


# The Ville de Paris open-data export "DansMaRue – anomalies signalées" (no status: all open;
# 'adresse' already holds the postal code and the city, e.g. "26 Rue de la Lune, 75002 PARIS").
DANSMARUE_MAPPING = ColumnMapping(
    external_id="id_dmr", service_code="type", service_name="type", description="soustype",
    requested_at="datedecl", address="adresse", x="lon", y="lat", srid=WGS84)

# Mapping field -> accepted column names (accents and case ignored), the first found wins.
_CANDIDATES = {
    "external_id": ("service_request_id", "id_dmr", "identifiant", "id", "numero"),
    "service_code": ("service_code", "code_categorie", "categorie", "category", "type"),
    "service_name": ("service_name", "libelle_categorie", "libelle"),
    "description": ("description", "commentaire", "comment", "soustype", "sous_type"),
    "requested_at": ("requested_datetime", "date_signalement", "datedecl", "date_declaration",
                     "date", "created_at"),
    "updated_at": ("updated_datetime", "date_maj", "date_modification", "updated_at"),
    "status": ("status", "statut", "etat"),
    "address": ("address", "adresse"),
    "wkt": ("wkt", "geom", "geometry", "the_geom", "geometrie"),
}
_LON_LAT = (("lon", "long", "lng", "longitude"), ("lat", "latitude"))
_X_Y = (("x", "coord_x"), ("y", "coord_y"))
GUESSED_PROJECTED_SRID = 2154  # x/y columns in a French file: Lambert-93, to be confirmed


def guess_mapping(header: Iterable[str]) -> ColumnMapping:
    """A mapping guessed from common French and English column names, to pre-fill the import
    dialog: lon/lat columns give EPSG:4326, x/y columns Lambert-93 (EPSG:2154)."""
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


def parse_date(value: Any, tz_name: str = DEFAULT_SOURCE_TZ) -> Optional[dt.datetime]:
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
        return parse_timestamp(dt.datetime(int(year), int(month), int(day), int(hour or 0),
                                           int(minute or 0), int(second or 0)), tz_name)
    except ValueError as exc:
        detail = "" if "ISO 8601" in str(exc) else " ({})".format(exc)
        raise ValueError("'{}' is not a valid date{}: expected {}".format(
            text, detail, DATE_FORMATS)) from exc


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
    return (status, None) if status else (text, "unknown status '{}' (expected open or closed)"
                                          .format(value))


def _missing(what: str, column: Optional[str]) -> str:
    return "no {} ({})".format(what, "column '{}' is empty".format(column) if column else
                               "no {} column in the mapping".format(what))


def _report_from_row(row: Dict[str, Any], mapping: ColumnMapping, source: str,
                     where: str) -> Tuple[IncomingReport, Any, Any]:
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
            times[name] = parse_date(cell(column), mapping.source_tz)
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
        source=source, external_id=external_id,
        service_code=as_identifier(cell(mapping.service_code)),
        service_name=as_text(cell(mapping.service_name)).strip(),
        status=status, description=_joined(row, mapping.description),
        requested_at=times["requested_at"], updated_at=times["updated_at"],
        address=_joined(row, mapping.address),
        raw={k: v for k, v in row.items() if k != LINE_KEY}, where=where,
        flags=flags + coordinate_flags, problems=problems)
    return report, x, y


def reports_from_rows(rows: Iterable[Dict[str, Any]], mapping: ColumnMapping, source: str,
                      to_lonlat: Optional[ToLonLat] = None,
                      where: str = "") -> List[IncomingReport]:
    """One IncomingReport per row, in order (rows as read by textio.read_csv_rows, or a layer's
    features as dicts: validate the mapping against its field names first). ``where`` names the
    file or layer; each report's ``where`` adds 'line n' (from the '_line' key) or 'row n'.
    Raises GupError when the mapping's srid needs ``to_lonlat`` and none is given; never for a
    row: what a row lacks goes into its ``problems``."""
    if mapping.needs_reprojection and to_lonlat is None:
        raise GupError("The coordinates are in EPSG:{}: reading them needs a transformation to "
                       "EPSG:4326 lon/lat (to_lonlat), which the core cannot do by itself"
                       .format(mapping.srid))
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
            raise GupError("to_lonlat gave {} / {} coordinates for {} points".format(
                len(lons), len(lats), len(located)))
        for i, lon, lat in zip(located, lons, lats):
            xs[i], ys[i], flags = normalise_coordinates(lon, lat)
            reports[i].flags.extend(flags)
    for report, x, y in zip(reports, xs, ys):
        report.lon, report.lat = x, y
    return reports


def _header(rows: List[Dict[str, str]], data: bytes) -> Tuple[List[str], str]:
    """(column names, separator): the names are the rows' keys, or the first line's when there
    is no row; the separator is sniffed from the first line, as textio.read_csv_rows does."""
    line = decode_text(data.split(b"\n", 1)[0])[0].rstrip("\r")
    separator = sniff_delimiter(line)
    if rows:
        return [name for name in rows[0] if name != LINE_KEY], separator
    names = next(csv.reader([line], delimiter=separator), [])
    return [name.strip() for name in names], separator


def file_bytes(path: Union[str, Path]) -> bytes:
    """The content of a CSV file, uncompressed when it is gzipped (.csv.gz)."""
    data = Path(path).read_bytes()
    if data[:2] != b"\x1f\x8b":
        return data
    try:
        return gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as exc:
        raise GupError("{}: damaged gzip file ({})".format(Path(path).name, exc)) from exc


def csv_header(data: bytes) -> List[str]:
    """The column names of a CSV file, read from its first line only."""
    return _header([], data)[0]


def read_reports_csv(data: bytes, mapping: ColumnMapping, source: str,
                     to_lonlat: Optional[ToLonLat] = None,
                     where: str = "") -> Tuple[List[IncomingReport], str, str]:
    """(reports, encoding, separator) of a CSV file (UTF-8, UTF-8 BOM or Latin-1; ';', ',' or
    tab). Raises InputError when the mapping names columns the file does not have."""
    rows, encoding = read_csv_rows(data)
    header, separator = _header(rows, data)
    mapping.validate(header, where)
    return reports_from_rows(rows, mapping, source, to_lonlat, where), encoding, separator


@dataclass
class Preview:
    """What the import dialog shows before an import."""

    header: List[str]
    rows: List[Dict[str, str]]
    row_count: int
    encoding: str
    separator: str
    mapping: ColumnMapping


def preview(data: bytes, n: int = 10) -> Preview:
    """The header, the first ``n`` rows, the encoding, separator and a guessed mapping."""
    rows, encoding = read_csv_rows(data)
    header, separator = _header(rows, data)
    return Preview(header, rows[:n], len(rows), encoding, separator, guess_mapping(header))


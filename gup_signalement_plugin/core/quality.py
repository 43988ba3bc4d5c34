"""The data-quality guard: which incoming reports cannot be trusted, and why.

Every report gets a verdict: OK (with its commune and our category), or a list of reasons to
quarantine it. Nothing is dropped: quarantined reports are stored, shown to a person, fixed and
released. Reasons carry a machine code, a French sentence (shown to French users) and, where
one can be guessed, a proposed fix (swapped coordinates, repaired mojibake).
Point-in-commune tests run in one vectorised shapely 2 STRtree query per batch."""

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

import numpy as np
import shapely
import shapely.wkb

from .incoming import (
    FLAG_PARTIAL_COORDINATES,
    FLAG_UNREADABLE_COORDINATES,
    FLAG_ZERO_COORDINATES,
    IncomingReport,
    source_zone,
)
from .schema import TIME_ZONE

MALFORMED = "malformed"
MISSING_COORDINATES = "missing_coordinates"
SWAPPED_COORDINATES = "swapped_coordinates"
OUTSIDE_TERRITORY = "outside_territory"
UNKNOWN_CATEGORY = "unknown_category"
DATE_IN_FUTURE = "date_in_future"
DATE_BEFORE_2000 = "date_before_2000"
EMPTY_DESCRIPTION = "empty_description"
MOJIBAKE = "mojibake"

REASON_CODES = (
    MALFORMED,
    MISSING_COORDINATES,
    SWAPPED_COORDINATES,
    OUTSIDE_TERRITORY,
    UNKNOWN_CATEGORY,
    DATE_IN_FUTURE,
    DATE_BEFORE_2000,
    EMPTY_DESCRIPTION,
    MOJIBAKE,
)
TEXT_FIELDS = ("description", "address", "service_name")
_EARLIEST = dt.datetime(2000, 1, 1)

# The sentences of the reasons: a reason code may have several (the sentence code is
# '<reason>' or '<reason>.<variant>'); toolbelt/quality_text.py translates them.
SENTENCES = {
    MALFORMED: "Unreadable record: {problems}.",
    MISSING_COORDINATES + ".zero": "Missing position: 0/0 coordinates (the « no position » "
    "marker).",
    MISSING_COORDINATES + ".zero_address": "Missing position: 0/0 coordinates (the « no "
    "position » marker); address given: {address}.",
    MISSING_COORDINATES + ".unreadable": "Missing position: unreadable coordinates.",
    MISSING_COORDINATES + ".unreadable_address": "Missing position: unreadable coordinates; "
    "address given: {address}.",
    MISSING_COORDINATES + ".partial": "Missing position: only one of the two coordinates is given.",
    MISSING_COORDINATES + ".partial_address": "Missing position: only one of the two "
    "coordinates is given; address given: {address}.",
    MISSING_COORDINATES + ".none": "Missing position: no coordinates.",
    MISSING_COORDINATES + ".none_address": "Missing position: no coordinates; address given: "
    "{address}.",
    SWAPPED_COORDINATES: "Latitude and longitude swapped: the point ({lon}, {lat}) falls outside "
    "the territory, the swapped point falls in the commune {insee}.",
    OUTSIDE_TERRITORY: "Point ({lon}, {lat}) outside the communes of the territory.",
    OUTSIDE_TERRITORY + ".projected": "Coordinates ({lon}, {lat}) impossible as "
    "longitude/latitude (projected coordinates, Lambert-93?).",
    UNKNOWN_CATEGORY: "External service code « {service_code} » ({service_name}) has no "
    "matching category: to be sorted.",
    UNKNOWN_CATEGORY + ".unlabelled": "External service code « {service_code} » (no label) has "
    "no matching category: to be sorted.",
    UNKNOWN_CATEGORY + ".no_code": "No service code: the category is to be sorted.",
    EMPTY_DESCRIPTION: "Empty description while the category « {category} » requires one.",
    DATE_IN_FUTURE: "Report date in the future: {date}.",
    DATE_BEFORE_2000: "Report date before 2000: {date}.",
    MOJIBAKE: "Badly encoded text (UTF-8 decoded twice) in the field {field}: « {text} »; "
    "proposed fix: « {repaired} ».",
}


@dataclass(frozen=True)
class Reason:
    """Why a report is quarantined: its code, the English sentence (``message``), the sentence's
    code (``sentence``, a key of SENTENCES) and parameters, and ``proposal``, which maps field
    names to a suggested correction."""

    code: str
    message: str
    proposal: Optional[Dict[str, Any]] = None
    sentence: str = ""
    params: Tuple[Tuple[str, str], ...] = ()

    @classmethod
    def make(
        cls, sentence: str, proposal: Optional[Dict[str, Any]] = None, /, **params: Any
    ) -> "Reason":
        """The reason of a sentence code, with the sentence's parameters."""
        text = {key: str(value) for key, value in params.items()}
        return cls(
            sentence.split(".")[0],
            SENTENCES[sentence].format(**text),
            proposal,
            sentence,
            tuple(sorted(text.items())),
        )

    @property
    def parameters(self) -> Dict[str, str]:
        return dict(self.params)


@dataclass
class Verdict:
    """The guard's answer for one report (same order as the input)."""

    report: IncomingReport
    reasons: List[Reason] = field(default_factory=list)
    insee_code: Optional[str] = None
    category_code: Optional[str] = None

    @property
    def ok(self) -> bool:
        return not self.reasons

    @property
    def codes(self) -> List[str]:
        return [reason.code for reason in self.reasons]


# --- mojibake -----------------------------------------------------------------------------------

# Characters that cp1252 (latin-1 for its 5 holes) maps from bytes 0x80-0xBF: the continuation
# bytes of UTF-8 once wrongly decoded.
_CONTINUATION = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039"
    "\u203a\u20ac\u2122"
)
# A run of characters that may be wrongly decoded UTF-8 bytes (0x80-0xFF).
_HIGH_RUN = re.compile("[\u00c0-\u00ff" + _CONTINUATION + "]{2,}")
# Lead characters of double-encoded Latin-1 letters and punctuation (bytes C2 C3 C5 C6 CB E2).
_MARKER = re.compile("[ÂÃÅÆËâ][" + _CONTINUATION + "]")


def _as_byte(char: str) -> Optional[int]:
    """The single byte a character came from when UTF-8 was wrongly decoded as cp1252 (or
    latin-1 for the five bytes cp1252 leaves undefined)."""
    try:
        return char.encode("cp1252")[0]
    except UnicodeEncodeError:
        return ord(char) if ord(char) < 256 else None


def _utf8_length(lead: int) -> int:
    if 0xC2 <= lead <= 0xDF:
        return 2
    if 0xE0 <= lead <= 0xEF:
        return 3
    if 0xF0 <= lead <= 0xF4:
        return 4
    return 0


def _repair_run(run: str) -> str:
    """Decode, inside a run of 'high' characters, every sequence that forms valid UTF-8."""
    raw = [_as_byte(char) for char in run]
    out, index = [], 0
    while index < len(run):
        size = _utf8_length(raw[index] or 0)
        chunk = raw[index : index + size]
        if size and len(chunk) == size and None not in chunk:
            try:
                out.append(bytes(chunk).decode("utf-8"))
                index += size
                continue
            except UnicodeDecodeError:
                pass
        out.append(run[index])
        index += 1
    return "".join(out)


def repair_mojibake(text: str) -> str:
    """Text with double-encoded UTF-8 ('Ã©' for 'é', 'â‚¬' for '€') decoded back; correct
    text, including correct accents next to the damaged ones, is left as it is. A second or
    third pass runs only while typical markers remain ('Ã©'...), for text encoded three times."""
    for _round in range(3):
        repaired = _HIGH_RUN.sub(lambda match: _repair_run(match.group(0)), text)
        if repaired == text:
            break
        # 'à' is C3 A0: once its no-break space has become a plain space, only the damage
        # found elsewhere in the text tells that 'Ã ' was 'à '.
        text = repaired.replace("Ã ", "à ")
        if not _MARKER.search(text):
            break
    return text


# --- the guard ----------------------------------------------------------------------------------


def communes_from_records(records: Iterable[Any]) -> Dict[str, Any]:
    """INSEE code -> shapely geometry, from objects with ``insee_code`` and ``wkb`` (CommuneRecord,
    rows read from the database); the geometries must be in EPSG:4326 lon/lat."""
    return {record.insee_code: shapely.wkb.loads(bytes(record.wkb)) for record in records}


def categories_requiring_description(categories: Iterable[Any]) -> Dict[str, bool]:
    """Category code -> description required, from catalogue Category objects (active ones)."""
    return {cat.code: bool(cat.description_required) for cat in categories if cat.active}


def _shorten(text: str, size: int = 60) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= size else text[: size - 1] + "…"


class QualityGuard:
    """Checks batches of IncomingReports against the territory, the catalogue and the mapping.

    - ``communes``: INSEE code -> polygon in EPSG:4326 lon/lat (see communes_from_records);
    - ``categories``: our category code -> True when a description is required;
    - ``service_map``: external service_code -> our category code. A code of our own catalogue is
      accepted as is (our reporting app publishes our codes as service codes);
    - ``now``: the reference time for 'date in the future' (now by default), with a tolerance for
      clocks that are a little ahead."""

    def __init__(
        self,
        communes: Mapping[str, Any],
        categories: Mapping[str, bool],
        service_map: Optional[Mapping[str, str]] = None,
        now: Optional[dt.datetime] = None,
        future_tolerance: dt.timedelta = dt.timedelta(minutes=10),
        tz_name: str = TIME_ZONE,
    ):
        self.insee_codes = list(communes)
        self.tree = shapely.STRtree([communes[code] for code in self.insee_codes])
        self.categories = dict(categories)
        self.service_map = dict(service_map or {})
        self.now = now
        self.future_tolerance = future_tolerance
        self.earliest = _EARLIEST.replace(tzinfo=source_zone(tz_name))

    # one vectorised query for a batch of points
    def _communes_of(self, lon: np.ndarray, lat: np.ndarray) -> List[Optional[str]]:
        """The INSEE code under each point (None outside); a point on a border gets one of the
        two communes."""
        found: List[Optional[str]] = [None] * len(lon)
        if not len(lon):
            return found
        points = shapely.points(lon, lat)
        point_index, commune_index = self.tree.query(points, predicate="intersects")
        for point, commune in zip(point_index.tolist(), commune_index.tolist()):
            if found[point] is None:
                found[point] = self.insee_codes[commune]
        return found

    def category_of(self, service_code: str) -> Optional[str]:
        """Our category for an external service code, or None when unmapped."""
        code = self.service_map.get(service_code)
        if code is None and service_code in self.categories:
            code = service_code
        return code if code in self.categories else None

    def check(self, reports: Sequence[IncomingReport]) -> List[Verdict]:
        """One verdict per report, in the same order: nothing is dropped."""
        verdicts = [Verdict(report) for report in reports]
        self._check_places(verdicts)
        now = self.now or dt.datetime.now(dt.timezone.utc)
        for verdict in verdicts:
            self._check_record(verdict, now)
        return verdicts

    def _check_places(self, verdicts: List[Verdict]) -> None:
        located = [v for v in verdicts if v.report.has_coordinates]
        for verdict in verdicts:
            if not verdict.report.has_coordinates:
                verdict.reasons.append(_missing_coordinates(verdict.report))
        lon = np.array([v.report.lon for v in located], dtype=float)
        lat = np.array([v.report.lat for v in located], dtype=float)
        inside = self._communes_of(lon, lat)
        outside = [i for i, code in enumerate(inside) if code is None]
        swapped = self._communes_of(lat[outside], lon[outside])
        for i, code in enumerate(inside):
            located[i].insee_code = code
        for i, code in zip(outside, swapped):
            report = located[i].report
            if code is not None:
                located[i].reasons.append(
                    Reason.make(
                        SWAPPED_COORDINATES,
                        {"lon": report.lat, "lat": report.lon, "insee_code": code},
                        lon=report.lon,
                        lat=report.lat,
                        insee=code,
                    )
                )
            else:
                located[i].reasons.append(_outside(report))

    def _check_record(self, verdict: Verdict, now: dt.datetime) -> None:
        report = verdict.report
        reasons = verdict.reasons
        if report.problems:
            reasons.insert(
                0,
                Reason.make(
                    MALFORMED, problems="; ".join(problem.message for problem in report.problems)
                ),
            )
        verdict.category_code = (
            report.category
            if report.category in self.categories
            else self.category_of(report.service_code)
        )
        if verdict.category_code is None:
            if not report.service_code:
                reasons.append(Reason.make(UNKNOWN_CATEGORY + ".no_code"))
            elif not report.service_name:
                reasons.append(
                    Reason.make(UNKNOWN_CATEGORY + ".unlabelled", service_code=report.service_code)
                )
            else:
                reasons.append(
                    Reason.make(
                        UNKNOWN_CATEGORY,
                        service_code=report.service_code,
                        service_name=report.service_name,
                    )
                )
        elif self.categories[verdict.category_code] and not (report.description or "").strip():
            reasons.append(Reason.make(EMPTY_DESCRIPTION, category=verdict.category_code))
        when = report.requested_at
        if when is not None and when > now + self.future_tolerance:
            reasons.append(Reason.make(DATE_IN_FUTURE, date=when.isoformat()))
        if when is not None and when < self.earliest:
            reasons.append(Reason.make(DATE_BEFORE_2000, date=when.isoformat()))
        for name in TEXT_FIELDS:
            text = getattr(report, name) or ""
            repaired = repair_mojibake(text) if text else text
            if repaired != text:
                reasons.append(
                    Reason.make(
                        MOJIBAKE,
                        {name: repaired},
                        field=name,
                        text=_shorten(text),
                        repaired=_shorten(repaired),
                    )
                )


def _missing_coordinates(report: IncomingReport) -> Reason:
    if FLAG_ZERO_COORDINATES in report.flags:
        variant = "zero"
    elif FLAG_UNREADABLE_COORDINATES in report.flags:
        variant = "unreadable"
    elif FLAG_PARTIAL_COORDINATES in report.flags:
        variant = "partial"
    else:
        variant = "none"
    if report.address:
        return Reason.make(
            "{}.{}_address".format(MISSING_COORDINATES, variant), address=report.address
        )
    return Reason.make("{}.{}".format(MISSING_COORDINATES, variant))


def _outside(report: IncomingReport) -> Reason:
    if abs(report.lon) > 180 or abs(report.lat) > 90:
        return Reason.make(OUTSIDE_TERRITORY + ".projected", lon=report.lon, lat=report.lat)
    return Reason.make(OUTSIDE_TERRITORY, lon=report.lon, lat=report.lat)

"""The normalised incoming report, whatever channel it came from (Open311, file, phone).

Values are cleaned here (ids as strings, lower-case status, aware datetimes, floats or None for
coordinates) but nothing is judged: the data-quality guard (``quality.py``) decides what must be
quarantined. ``raw`` keeps the record exactly as received, for the audit trail."""

import datetime as dt
import hashlib
import json
import math
import re
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple

from .errors import GupError, Problem
from .schema import TIME_ZONE

DEFAULT_SOURCE_TZ = TIME_ZONE

# Flags set while normalising coordinates (kept for the quality guard's messages).
FLAG_ZERO_COORDINATES = "zero_coordinates"
FLAG_UNREADABLE_COORDINATES = "unreadable_coordinates"
FLAG_PARTIAL_COORDINATES = "partial_coordinates"

_TIMESTAMP = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?"
    r"\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$"
)


@dataclass
class IncomingReport:
    """One report as received, normalised. ``problems`` lists what made it unreadable (missing
    id or date, unknown status...): such a report is kept and quarantined, never dropped.
    ``category`` is our category when it is already decided (chosen by a person in the
    quarantine, or kept from the stored report): the guard uses it instead of mapping
    ``service_code``, which stays the external code as received."""

    source: str
    external_id: str
    service_code: str = ""
    service_name: str = ""
    status: str = "open"
    description: str = ""
    requested_at: Optional[dt.datetime] = None
    updated_at: Optional[dt.datetime] = None
    lon: Optional[float] = None
    lat: Optional[float] = None
    address: str = ""
    media_url: Optional[str] = None
    raw: Dict[str, Any] = field(default_factory=dict)
    where: str = ""
    flags: List[str] = field(default_factory=list)
    problems: List[Problem] = field(default_factory=list)
    category: Optional[str] = None

    @property
    def has_coordinates(self) -> bool:
        return self.lon is not None and self.lat is not None

    @property
    def identity(self) -> Tuple[str, str]:
        """(source, key) storing the report once. A report without an id is keyed by a hash of its
        raw content, so that re-reading the same malformed record does not duplicate it."""
        if self.external_id:
            return self.source, self.external_id
        digest = hashlib.sha1(
            json.dumps(self.raw, sort_keys=True, default=str).encode("utf-8")
        ).hexdigest()
        return self.source, "sha1:" + digest


_ZONES: Dict[str, dt.tzinfo] = {}


def source_zone(name: str = DEFAULT_SOURCE_TZ) -> dt.tzinfo:
    """The time zone used for timestamps given without an offset."""
    if name not in _ZONES:
        try:
            from zoneinfo import ZoneInfo  # Python >= 3.9

            _ZONES[name] = ZoneInfo(name)
        except Exception as exc:  # ZoneInfoNotFoundError, or no tz database (install tzdata)
            raise GupError(
                "Unknown time zone '{}' ({}): install the tzdata package or give an "
                "IANA zone name such as Europe/Paris".format(name, exc)
            ) from exc
    return _ZONES[name]


def parse_timestamp(value: Any, tz_name: str = DEFAULT_SOURCE_TZ) -> Optional[dt.datetime]:
    """An aware datetime from an ISO 8601 / W3C timestamp. Naive timestamps (and plain dates)
    are taken in the source time zone; empty or None gives None. Raises ValueError otherwise."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=source_zone(tz_name))
    text = str(value).strip()
    if not text:
        return None
    match = _TIMESTAMP.match(text)
    if not match:
        raise ValueError("'{}' is not an ISO 8601 timestamp".format(text))
    try:  # the common shapes, fast; the others ('Z' before Python 3.11, odd fractions) below
        parsed = dt.datetime.fromisoformat(text)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=source_zone(tz_name))
    except ValueError:
        pass
    year, month, day, hour, minute, second, fraction, offset = match.groups()
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    naive = dt.datetime(
        int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0), micro
    )
    if offset is None:
        return naive.replace(tzinfo=source_zone(tz_name))
    if offset in ("Z", "z"):
        return naive.replace(tzinfo=dt.timezone.utc)
    digits = offset[1:].replace(":", "")
    delta = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0))
    return naive.replace(tzinfo=dt.timezone(-delta if offset[0] == "-" else delta))


def as_identifier(value: Any) -> str:
    """An id or code as a string: JSON numbers lose nothing (12.0 -> '12'), strings are kept as
    they are (leading zeros included), None gives ''."""
    if value is None or isinstance(value, bool):
        return "" if value is None else str(value).lower()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def as_text(value: Any) -> str:
    """Free text: None gives '', Windows line ends become '\\n'."""
    if value is None:
        return ""
    return str(value).replace("\r\n", "\n").replace("\r", "\n")


def _as_float(value: Any) -> Optional[float]:
    """A coordinate from a number or a string (decimal comma accepted); None when absent.
    Raises ValueError when present but not a finite number."""
    if value is None or isinstance(value, bool):
        if isinstance(value, bool):
            raise ValueError(value)
        return None
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        text = str(value).strip().replace(",", ".")
        if not text:
            return None
        number = float(text)
    if not math.isfinite(number):
        raise ValueError(value)
    return number


def normalise_coordinates(lon: Any, lat: Any) -> Tuple[Optional[float], Optional[float], List[str]]:
    """(lon, lat, flags). 0/0 (a common 'no location' marker), unreadable values or only one of
    the pair give (None, None) with a flag saying why."""
    try:
        x, y = _as_float(lon), _as_float(lat)
    except (TypeError, ValueError):
        return None, None, [FLAG_UNREADABLE_COORDINATES]
    if x is None and y is None:
        return None, None, []
    if x is None or y is None:
        return None, None, [FLAG_PARTIAL_COORDINATES]
    if x == 0 and y == 0:
        return None, None, [FLAG_ZERO_COORDINATES]
    return x, y, []

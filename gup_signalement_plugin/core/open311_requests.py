"""Feedback to reporters: the status of reports as Open311 GeoReport v2 ``requests``.

One request per report: ``status`` open or closed (a duplicate shows its original's),
``status_notes`` the text of the latest PUBLIC follow-up, ``agency_responsible`` the main
service's name, ``expected_datetime`` the end of the due day, ``updated_datetime`` the last
change (the closure for a closed report), the category as ``service_code``/``service_name``
and the point in WGS84. Internal follow-ups never appear, nor anything a reporter typed or
gave about themselves: no contact, no description, no address, no photo URL (a description or
an address may name a person; the reporting app already shows them to their author)."""

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import List, Optional, Sequence, Tuple
from xml.etree import ElementTree

from .workflow import CLOSED, DUPLICATE, PUBLIC

TIME_ZONE = "Europe/Paris"
FIELDS = (
    "service_request_id",
    "status",
    "status_notes",
    "service_code",
    "service_name",
    "agency_responsible",
    "requested_datetime",
    "updated_datetime",
    "expected_datetime",
    "lat",
    "long",
)


@dataclass(frozen=True)
class FollowUp:
    at: dt.datetime
    visibility: str  # public / internal
    text: str


@dataclass(frozen=True)
class RequestRecord:
    """What the feedback needs of a report (read by the database layer)."""

    service_request_id: str  # the id the reporter knows (the source's external id)
    status: str  # workflow report status
    service_code: str
    requested_at: dt.datetime
    updated_at: dt.datetime
    service_name: Optional[str] = None
    agency: Optional[str] = None
    expected_day: Optional[dt.date] = None
    closed_at: Optional[dt.datetime] = None
    original_status: Optional[str] = None  # for a duplicate: its original's status
    lat: Optional[float] = None
    lon: Optional[float] = None
    follow_ups: Tuple[FollowUp, ...] = field(default=())


def open311_status(status: str, original_status: Optional[str] = None) -> str:
    """``closed`` for a closed report, or a duplicate of a closed one; ``open`` otherwise."""
    if status == DUPLICATE:
        return "closed" if original_status == CLOSED else "open"
    return "closed" if status == CLOSED else "open"


def _zone():
    from zoneinfo import ZoneInfo  # Python >= 3.9 (see README for Windows' tzdata)

    return ZoneInfo(TIME_ZONE)


def format_moment(moment: Optional[dt.datetime]) -> Optional[str]:
    """ISO 8601 with the territory's offset (naive moments are taken as UTC)."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(_zone()).replace(microsecond=0).isoformat()


def end_of_day(day: Optional[dt.date]) -> Optional[str]:
    """The last second of a day in the territory (the due date is due at the end of it)."""
    if day is None:
        return None
    return dt.datetime.combine(day, dt.time(23, 59, 59), tzinfo=_zone()).isoformat()


def latest_public_note(follow_ups: Sequence[FollowUp]) -> Optional[str]:
    public = [f for f in follow_ups if f.visibility == PUBLIC and f.text.strip()]
    return max(public, key=lambda f: f.at).text.strip() if public else None


def build_requests(records: Sequence[RequestRecord]) -> List[dict]:
    requests = []
    for record in records:
        closed = open311_status(record.status, record.original_status) == "closed"
        requests.append(
            {
                "service_request_id": str(record.service_request_id),
                "status": "closed" if closed else "open",
                "status_notes": latest_public_note(record.follow_ups),
                "service_code": record.service_code,
                "service_name": record.service_name,
                "agency_responsible": record.agency,
                "requested_datetime": format_moment(record.requested_at),
                "updated_datetime": format_moment(
                    record.closed_at if closed and record.closed_at else record.updated_at
                ),
                "expected_datetime": end_of_day(record.expected_day),
                "lat": record.lat,
                "long": record.lon,
            }
        )
    return requests


def requests_to_json(requests: List[dict]) -> str:
    return json.dumps(requests, ensure_ascii=False, indent=2) + "\n"


def requests_to_xml(requests: List[dict]) -> str:
    """The XML form (``<service_requests><request>...``); a missing value is an empty element."""
    root = ElementTree.Element("service_requests")
    for request in requests:
        node = ElementTree.SubElement(root, "request")
        for key in FIELDS:
            child = ElementTree.SubElement(node, key)
            value = request[key]
            if value is not None:
                child.text = repr(value) if isinstance(value, float) else str(value)
    body = ElementTree.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="utf-8"?>\n' + body + "\n"

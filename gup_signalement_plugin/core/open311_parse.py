"""Reading Open311 GeoReport v2 documents (``requests``, ``services`` and error documents) in
JSON and XML, in the dialects real servers speak.

Accepted oddities (see shared/data/open311/README.md): UTF-8 BOM, CRLF, an XML list of one
element, ``<long>`` before ``<lat>``, coordinates as numbers, strings, null or 0/0, capitalised
statuses, keys missing vs empty vs null, numeric ids. A record that cannot be read is returned
with its problems (``IncomingReport.problems``) so that the caller quarantines it."""

import json
from typing import Any, Dict, List, Optional, Sequence, Tuple
from xml.etree import ElementTree

from .errors import GupError, InputError, Problem
from .incoming import (
    DEFAULT_SOURCE_TZ,
    IncomingReport,
    as_identifier,
    as_text,
    normalise_coordinates,
    parse_timestamp,
)
from .textio import decode_text

FORMAT_JSON = "json"
FORMAT_XML = "xml"
STATUSES = ("open", "closed")
_LON_KEYS = ("long", "lon", "lng", "longitude")
_LAT_KEYS = ("lat", "latitude")


class Open311Error(GupError):
    """An Open311 server refused a call or answered something unusable.

    ``endpoint`` is the URL without its query (never the API key), ``status`` the HTTP status
    when there was one, ``server_message`` the server's own Open311 error text."""

    def __init__(
        self,
        message: str,
        endpoint: str = "",
        status: Optional[int] = None,
        server_message: str = "",
    ):
        super().__init__(message)
        self.endpoint = endpoint
        self.status = status
        self.server_message = server_message


def detect_format(data: bytes, content_type: str = "") -> str:
    """'xml' or 'json', from the content type when it says so, else from the first character."""
    kind = (content_type or "").lower()
    if "json" in kind:
        return FORMAT_JSON
    if "xml" in kind:
        return FORMAT_XML
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    return FORMAT_XML if head == b"<" else FORMAT_JSON


def _load(data: bytes, fmt: Optional[str], where: str) -> Tuple[str, Any]:
    """(format, document): a Python object for JSON, the root Element for XML."""
    fmt = fmt or detect_format(data)
    text, _encoding = decode_text(data)
    if fmt == FORMAT_JSON:
        try:
            return fmt, json.loads(text)
        except ValueError as exc:
            problem = Problem(where, "not a valid JSON document ({})".format(exc))
            raise InputError([problem]) from exc
    if "<!DOCTYPE" in text[:2000].upper() or "<!ENTITY" in text[:2000].upper():
        raise InputError([Problem(where, "XML with a DOCTYPE or entities is refused")])
    try:
        # The text is already decoded: drop the declaration, whose encoding would clash.
        if text.lstrip().startswith("<?xml"):
            text = text.split("?>", 1)[1]
        return fmt, ElementTree.fromstring(text)
    except ElementTree.ParseError as exc:
        raise InputError([Problem(where, "not a valid XML document ({})".format(exc))]) from exc


def _element_value(element: ElementTree.Element) -> Any:
    """Text of a leaf ('' when empty), or a dict for an element with children."""
    if len(element) == 0:
        return element.text or ""
    return _element_record(element)


def _element_record(element: ElementTree.Element) -> Dict[str, Any]:
    """The children of an XML element as a dict; a repeated tag gives a list."""
    record: Dict[str, Any] = {}
    for child in element:
        value = _element_value(child)
        if child.tag in record:
            previous = record[child.tag]
            record[child.tag] = (previous if isinstance(previous, list) else [previous]) + [value]
        else:
            record[child.tag] = value
    return record


# --- error documents ---------------------------------------------------------------------------


def _json_error_items(document: Any) -> Optional[List[dict]]:
    items = document.get("errors", document) if isinstance(document, dict) else document
    if isinstance(items, dict):
        items = [items]
    if not isinstance(items, list) or not items:
        return None
    for item in items:
        if not isinstance(item, dict) or "description" not in item or "code" not in item:
            return None
        if "service_request_id" in item or "service_code" in item or "token" in item:
            return None
    return items


def _error_text(items: Sequence[Dict[str, Any]]) -> str:
    parts = []
    for item in items:
        code, text = as_identifier(item.get("code")), as_text(item.get("description")).strip()
        parts.append("{} (code {})".format(text, code) if code else text)
    return "; ".join(parts)


def _xml_error_item(element: ElementTree.Element) -> dict:
    """An <error> with <code>/<description> (the spec), or a bare <error>text</error>."""
    if len(element) == 0:
        return {"code": "", "description": element.text or ""}
    return _element_record(element)


def _xml_error_items(root: ElementTree.Element) -> Optional[List[dict]]:
    if root.tag == "errors":
        return [_xml_error_item(child) for child in root if child.tag == "error"]
    if root.tag == "error":
        return [_xml_error_item(root)]
    return None


def error_message(data: bytes, fmt: Optional[str] = None) -> Optional[str]:
    """The message of an Open311 error document (``[{"code": 403, "description": ...}]`` or
    ``<errors><error>...``, or a bare ``<error>text</error>``), or None when the body is
    something else."""
    try:
        fmt, document = _load(data, fmt, "")
    except InputError:
        return None
    items = _json_error_items(document) if fmt == FORMAT_JSON else _xml_error_items(document)
    return _error_text(items) if items else None


# --- requests ----------------------------------------------------------------------------------


def _first(record: Dict[str, Any], keys: Sequence[str]) -> Any:
    for key in keys:
        if key in record:
            return record[key]
    return None


def report_from_record(
    record: Any, source: str, where: str, tz_name: str = DEFAULT_SOURCE_TZ
) -> IncomingReport:
    """One GeoReport v2 request (a dict from JSON or XML) as an IncomingReport. Never raises:
    what cannot be read is listed in ``problems``."""
    if not isinstance(record, dict):
        return IncomingReport(
            source=source,
            external_id="",
            raw={"value": record},
            where=where,
            problems=[
                Problem(where, "the item is not a request object: {!r}".format(record)[:200])
            ],
        )
    problems: List[Problem] = []
    external_id = as_identifier(record.get("service_request_id"))
    if not external_id:
        token = as_identifier(record.get("token"))
        problems.append(
            Problem(
                where,
                "no service_request_id"
                + (
                    " (only a token, {}: the request is not yet created)".format(token)
                    if token
                    else ""
                ),
            )
        )
    status = as_text(record.get("status")).strip().lower() or "open"
    if status not in STATUSES:
        problems.append(
            Problem(
                where, "unknown status '{}' (expected open or closed)".format(record.get("status"))
            )
        )
    times = {}
    for key in ("requested_datetime", "updated_datetime"):
        try:
            times[key] = parse_timestamp(record.get(key), tz_name)
            if times[key] is None and key == "requested_datetime":
                problems.append(Problem(where, "no requested_datetime"))
        except ValueError as exc:
            times[key] = None
            problems.append(Problem(where, "{}: {}".format(key, exc)))
    lon, lat, flags = normalise_coordinates(_first(record, _LON_KEYS), _first(record, _LAT_KEYS))
    media_url = as_text(record.get("media_url")).strip() or None
    return IncomingReport(
        source=source,
        external_id=external_id,
        service_code=as_identifier(record.get("service_code")),
        service_name=as_text(record.get("service_name")).strip(),
        status=status,
        description=as_text(record.get("description")),
        requested_at=times["requested_datetime"],
        updated_at=times["updated_datetime"],
        lon=lon,
        lat=lat,
        address=as_text(record.get("address")).strip(),
        media_url=media_url,
        raw=record,
        where=where,
        flags=flags,
        problems=problems,
    )


def _request_records(fmt: str, document: Any, where: str) -> List[Any]:
    if fmt == FORMAT_JSON:
        if isinstance(document, list):
            return document
        if isinstance(document, dict):
            for key in ("service_requests", "requests", "request"):
                if key in document:
                    inner = document[key]
                    return inner if isinstance(inner, list) else [inner]
            return [document]
        raise InputError(
            [
                Problem(
                    where, "a list of requests is expected, not {}".format(type(document).__name__)
                )
            ]
        )
    if document.tag in ("service_requests", "requests"):
        return [_element_record(child) for child in document if child.tag == "request"]
    if document.tag == "request":
        return [_element_record(document)]
    raise InputError(
        [
            Problem(
                where, "unexpected XML root <{}> (expected <service_requests>)".format(document.tag)
            )
        ]
    )


def parse_requests(
    data: bytes,
    source: str,
    fmt: Optional[str] = None,
    where: str = "",
    tz_name: str = DEFAULT_SOURCE_TZ,
) -> List[IncomingReport]:
    """Every request of a ``requests`` document, in order, each with ``where`` = '<where>item n'.

    Raises Open311Error for an Open311 error document, InputError for an unreadable document."""
    fmt, document = _load(data, fmt, where)
    errors = _json_error_items(document) if fmt == FORMAT_JSON else _xml_error_items(document)
    if errors:
        text = _error_text(errors)
        raise Open311Error(
            "The Open311 server answered an error: {}".format(text), server_message=text
        )
    prefix = where + ", " if where else ""
    return [
        report_from_record(record, source, "{}item {}".format(prefix, index), tz_name)
        for index, record in enumerate(_request_records(fmt, document, where), start=1)
    ]


# --- services ----------------------------------------------------------------------------------


def _as_bool(value: Any) -> Optional[bool]:
    if isinstance(value, bool) or value is None:
        return value
    text = str(value).strip().lower()
    if text in ("true", "1", "yes"):
        return True
    if text in ("false", "0", "no", ""):
        return False
    return None


def parse_services(data: bytes, fmt: Optional[str] = None, where: str = "") -> List[Dict[str, Any]]:
    """Every service of a ``services`` document as a plain dict: service_code (str),
    service_name, description, metadata (bool), type, keywords (list), group, where, problems."""
    fmt, document = _load(data, fmt, where)
    if fmt == FORMAT_JSON:
        errors = _json_error_items(document)
        records = (
            document
            if isinstance(document, list)
            else (document.get("services", [document]) if isinstance(document, dict) else None)
        )
    else:
        errors = _xml_error_items(document)
        records = (
            [_element_record(c) for c in document if c.tag == "service"]
            if document.tag == "services"
            else [_element_record(document)]
            if document.tag == "service"
            else None
        )
    if errors:
        text = _error_text(errors)
        raise Open311Error(
            "The Open311 server answered an error: {}".format(text), server_message=text
        )
    if records is None:
        raise InputError([Problem(where, "a list of services is expected")])
    prefix = where + ", " if where else ""
    services = []
    for index, record in enumerate(records if isinstance(records, list) else [records], start=1):
        loc = "{}service {}".format(prefix, index)
        record = record if isinstance(record, dict) else {"value": record}
        problems = []
        code = as_identifier(record.get("service_code"))
        if not code:
            problems.append(Problem(loc, "no service_code"))
        metadata = _as_bool(record.get("metadata"))
        if metadata is None and record.get("metadata") is not None:
            problems.append(
                Problem(loc, "metadata '{}' is not true/false".format(record["metadata"]))
            )
        keywords = record.get("keywords")
        keyword_list = (
            [str(k).strip() for k in keywords]
            if isinstance(keywords, list)
            else [k.strip() for k in as_text(keywords).split(",") if k.strip()]
        )
        services.append(
            {
                "service_code": code,
                "service_name": as_text(record.get("service_name")).strip(),
                "description": as_text(record.get("description")),
                "metadata": bool(metadata),
                "type": as_text(record.get("type")).strip(),
                "keywords": keyword_list,
                "group": as_text(record.get("group")).strip(),
                "where": loc,
                "problems": problems,
            }
        )
    return services

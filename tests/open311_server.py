"""A real Open311 GeoReport v2 server on 127.0.0.1 for tests and benchmarks (stdlib only).

It serves ``services`` and ``requests`` (date windows, the page/page_size extension, one request
by id) in JSON and XML, generated from a seeded list of synthetic requests inside the EPT's
bounding box, plus static documents (the real captures) at given paths; a POST (pushed
feedback) is kept and answered ``[]``. Faults can be injected: an HTTP status (503) for the
first k calls, a connection closed mid-body, a slow answer, a 4xx with an Open311 error
document, a server that dies after page n. It is bounded: it stops by itself after
``lifetime`` seconds or ``max_calls`` calls.

Its date handling is independent from the plugin's parser on purpose (a second opinion)."""

import datetime as dt
import json
import random
import threading
import time
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Dict, List, Optional, Tuple
from urllib.parse import parse_qs, urlsplit
from xml.etree import ElementTree

EPT_BBOX = (2.28, 48.67, 2.50, 48.83)  # lon min, lat min, lon max, lat max
BASE_PATH = "/georeport/v2"
PARIS_WINTER = dt.timezone(dt.timedelta(hours=1))
SERVICES = [
    ("proprete", "Rue sale, propreté"),
    ("voirie", "Chaussée ou trottoir abîmé"),
    ("eclairage", "Lampadaire en panne"),
    ("0042", "Graffiti (code externe)"),
]


@dataclass
class Faults:
    """What goes wrong, counted over calls to the GeoReport paths (1-based)."""

    status_first: int = 0  # the first k calls answer status_code
    status_code: int = 503
    close_mid_body_first: int = 0  # the first k calls send half of the body and close
    slow_first: int = 0  # the first k calls wait slow_seconds before answering
    slow_seconds: float = 0.0
    error_status: Optional[int] = None  # every call answers this status and an error document
    error_description: str = "Invalid api_key"
    die_after_page: Optional[int] = None  # a call for a later page kills the server
    ignore_paging: bool = False  # behave like a server without the page extension


def synthetic_requests(
    count: int,
    seed: int = 0,
    start: dt.datetime = dt.datetime(2024, 1, 1, tzinfo=PARIS_WINTER),
    span_days: int = 365,
    naive_times: bool = False,
) -> List[dict]:
    """``count`` GeoReport requests inside the EPT bounding box, sorted by requested time; ids
    are zero-padded strings ('00000042'), times are whole seconds."""
    rng = random.Random(seed)
    span = span_days * 86400
    offsets = sorted(rng.randrange(span) for _ in range(count))
    items = []
    for index, offset in enumerate(offsets):
        requested = start + dt.timedelta(seconds=offset)
        code, name = SERVICES[rng.randrange(len(SERVICES))]
        stamp = requested.replace(tzinfo=None).isoformat() if naive_times else requested.isoformat()
        items.append(
            {
                "service_request_id": "{:08d}".format(index + 1),
                "status": rng.choice(["open", "open", "closed", "Open"]),
                "service_code": code,
                "service_name": name,
                "description": "Signalement n°{} près de l'école".format(index + 1),
                "requested_datetime": stamp,
                "updated_datetime": "" if index % 5 == 0 else stamp,
                "address": "{} rue de la République".format(index % 200 + 1),
                "lat": round(rng.uniform(EPT_BBOX[1], EPT_BBOX[3]), 6),
                "long": round(rng.uniform(EPT_BBOX[0], EPT_BBOX[2]), 6),
                "media_url": "",
            }
        )
    return items


def _parse_w3c(text: str) -> dt.datetime:
    value = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=PARIS_WINTER)


def _to_xml(root_tag: str, item_tag: str, items: List[dict]) -> bytes:
    root = ElementTree.Element(root_tag)
    for item in items:
        node = ElementTree.SubElement(root, item_tag)
        for key, value in item.items():
            ElementTree.SubElement(node, key).text = (
                ""
                if value is None
                else (str(value).lower() if isinstance(value, bool) else str(value))
            )
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ElementTree.tostring(root, "utf-8")


def _error_document(fmt: str, code: int, description: str) -> bytes:
    if fmt == "xml":
        return _to_xml("errors", "error", [{"code": code, "description": description}])
    return json.dumps([{"code": code, "description": description}]).encode("utf-8")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: "_Server"

    def log_message(self, *args) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:
        try:
            self.server.owner.handle(self)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client went away (timeout test)

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        try:
            self.server.owner.handle(self, body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def send_body(self, status: int, body: bytes, content_type: str, cut: bool = False) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body[: len(body) // 2] if cut else body)
        self.wfile.flush()
        if cut:
            self.close_connection = True


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: "Open311TestServer"

    def handle_error(self, request, client_address) -> None:
        pass


class Open311TestServer:
    """Use as a context manager; ``url`` is the GeoReport base URL, ``calls`` lists
    (path, params) of every call received, in order."""

    def __init__(
        self,
        count: int = 0,
        seed: int = 0,
        items: Optional[List[dict]] = None,
        faults: Optional[Faults] = None,
        api_key: Optional[str] = None,
        static: Optional[Dict[str, tuple]] = None,  # path -> (body, type[, status])
        lifetime: float = 60.0,
        max_calls: int = 10000,
        newest_first: bool = False,
    ):
        self.items = items if items is not None else synthetic_requests(count, seed)
        self.newest_first = newest_first  # the order of FixMyStreet-like servers
        self.times = [_parse_w3c(item["requested_datetime"]) for item in self.items]
        self.by_id = {item["service_request_id"]: item for item in self.items}
        self.faults = faults or Faults()
        self.api_key = api_key
        self.static = dict(static or {})
        self.lifetime = lifetime
        self.max_calls = max_calls
        self.calls: List[Tuple[str, Dict[str, str]]] = []
        self.posted: List[Tuple[str, Dict[str, str], bytes]] = []  # accepted POSTs
        self.dead = False
        self._lock = threading.Lock()
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.owner = self
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._timer = threading.Timer(lifetime, self.stop)
        self._timer.daemon = True
        self._stopped = False

    @property
    def url(self) -> str:
        return "http://127.0.0.1:{}{}".format(self._httpd.server_address[1], BASE_PATH)

    @property
    def root_url(self) -> str:
        return "http://127.0.0.1:{}".format(self._httpd.server_address[1])

    def start(self) -> "Open311TestServer":
        self._thread.start()
        self._timer.start()
        return self

    def stop(self) -> None:
        with self._lock:
            if self._stopped:
                return
            self._stopped = True
        self._timer.cancel()
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> "Open311TestServer":
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()

    def _die(self) -> None:
        self.dead = True
        threading.Thread(target=self.stop, daemon=True).start()

    # --- request handling ------------------------------------------------------------------

    def handle(self, handler: _Handler, posted: Optional[bytes] = None) -> None:
        """Answers a GET, or a POST of ``posted`` (kept in ``self.posted`` when accepted)."""
        parts = urlsplit(handler.path)
        params = {key: values[-1] for key, values in parse_qs(parts.query).items()}
        with self._lock:
            self.calls.append((parts.path, params))
            number = len(self.calls)
        if self.dead or number > self.max_calls:
            handler.close_connection = True  # drop without an answer
            return
        if parts.path in self.static:
            body, content_type, *status = self.static[parts.path]
            handler.send_body(status[0] if status else 200, body, content_type)
            return
        fmt = "xml" if parts.path.endswith(".xml") else "json"
        content_type = "application/xml; charset=utf-8" if fmt == "xml" else "application/json"
        faults = self.faults
        if number <= faults.slow_first:
            time.sleep(min(faults.slow_seconds, 5.0))
        if number <= faults.status_first:
            handler.send_body(
                faults.status_code,
                _error_document(fmt, faults.status_code, "Service temporarily unavailable"),
                content_type,
            )
            return
        if faults.error_status:
            handler.send_body(
                faults.error_status,
                _error_document(fmt, faults.error_status, faults.error_description),
                content_type,
            )
            return
        if self.api_key is not None and params.get("api_key") != self.api_key:
            handler.send_body(403, _error_document(fmt, 403, "Invalid api_key"), content_type)
            return
        if posted is not None:
            self.posted.append((parts.path, params, posted))
            handler.send_body(200, b"[]", content_type)
            return
        status, items, root = self._route(parts.path, params, fmt)
        if status == 404:
            handler.send_body(
                404, _error_document(fmt, 404, "Not found: " + parts.path), content_type
            )
            return
        page = int(params.get("page", "1") or 1)
        if faults.die_after_page is not None and page > faults.die_after_page:
            self._die()
            handler.close_connection = True
            return
        if fmt == "xml":
            body = _to_xml(root[0], root[1], items)
        else:
            body = json.dumps(items, ensure_ascii=False).encode("utf-8")
        handler.send_body(200, body, content_type, cut=number <= faults.close_mid_body_first)

    def _route(
        self, path: str, params: Dict[str, str], fmt: str
    ) -> Tuple[int, List[dict], Tuple[str, str]]:
        stem = path[len(BASE_PATH) + 1 :] if path.startswith(BASE_PATH + "/") else ""
        stem = stem.rsplit(".", 1)[0]
        if stem == "services":
            return (
                200,
                [
                    {
                        "service_code": code,
                        "service_name": name,
                        "description": name,
                        "metadata": False,
                        "type": "realtime",
                        "keywords": "",
                        "group": "GUP",
                    }
                    for code, name in SERVICES
                ],
                ("services", "service"),
            )
        if stem == "requests":
            return 200, self._select(params), ("service_requests", "request")
        if stem.startswith("requests/") and stem[len("requests/") :] in self.by_id:
            return 200, [self.by_id[stem[len("requests/") :]]], ("service_requests", "request")
        return 404, [], ("", "")

    def _select(self, params: Dict[str, str]) -> List[dict]:
        low = (
            bisect_left(self.times, _parse_w3c(params["start_date"]))
            if "start_date" in params
            else 0
        )
        high = (
            bisect_right(self.times, _parse_w3c(params["end_date"]))
            if "end_date" in params
            else len(self.items)
        )
        selected = self.items[low:high]
        if self.newest_first:
            selected = selected[::-1]
        if "page_size" in params and not self.faults.ignore_paging:
            size = int(params["page_size"])
            first = (int(params.get("page", "1")) - 1) * size
            selected = selected[first : first + size]
        return selected

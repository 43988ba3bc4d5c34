"""Open311 GeoReport v2 client (read side): ``services``, ``requests`` by date windows and pages,
one request by id; JSON by default, XML accepted.

Network faults are retried by one ``urllib3.util.Retry`` policy mounted on the session's
HTTPAdapter: connect and read errors, connection resets, timeouts and 500/502/503/504, with
exponential back-off. requests reads the body after urllib3 has returned, so the adapter never
sees a connection closed mid-body (psf/requests#4568, #5948, #6512); for that one case the same
Retry object is asked (``increment``/``sleep``) whether and when to try again, so that there is
one policy and one budget. Each retry is logged (WARNING), and so is giving up (ERROR).

``requests_window`` is a generator of pages: the caller stores each page as it arrives, and a
failure after page 7 leaves pages 1-7 stored; the error carries the cursor to resume from."""

import datetime as dt
import logging
import re
from dataclasses import dataclass
from typing import Dict, Iterator, List, Optional, Tuple

import requests
from requests.adapters import HTTPAdapter
from urllib3.exceptions import MaxRetryError, ProtocolError
from urllib3.util.retry import Retry

from ..core.errors import InputError
from ..core.incoming import DEFAULT_SOURCE_TZ, IncomingReport, parse_timestamp
from ..core.open311_parse import (
    FORMAT_JSON,
    FORMAT_XML,
    Open311Error,
    detect_format,
    error_message,
    parse_requests,
    parse_services,
)

LOGGER = logging.getLogger(__name__)
RETRY_STATUSES = (500, 502, 503, 504)
MAX_WINDOW = dt.timedelta(days=90)
_SECRET_PARAM = re.compile(r"(api_key=)[^&\s'\"]+")


class Open311NetworkError(Open311Error):
    """The server could not be reached (or kept failing) after every retry. ``kept_pages`` and
    ``kept_requests`` count what was delivered before; ``resume_after`` is the cursor of the
    last delivered page (None when nothing was)."""

    def __init__(
        self,
        message: str,
        endpoint: str,
        kept_pages: int = 0,
        kept_requests: int = 0,
        resume_after: Optional["Cursor"] = None,
        status: Optional[int] = None,
    ):
        super().__init__(message, endpoint=endpoint, status=status)
        self.kept_pages = kept_pages
        self.kept_requests = kept_requests
        self.resume_after = resume_after


class _TruncatedBody(ProtocolError):
    """Fewer body bytes than Content-Length announced (the server closed mid-body)."""


@dataclass(frozen=True)
class Cursor:
    """Position of a page: its date window and its page number inside the window (1-based)."""

    window_start: dt.datetime
    window_end: dt.datetime
    page: int

    def describe(self) -> str:
        return "window {} .. {}, page {}".format(
            self.window_start.isoformat(), self.window_end.isoformat(), self.page
        )


@dataclass
class Page:
    """One page of requests as delivered: ``number`` counts pages in this run (1-based)."""

    number: int
    cursor: Cursor
    reports: List[IncomingReport]
    url: str


def split_windows(
    start: dt.datetime, end: dt.datetime, max_span: dt.timedelta = MAX_WINDOW
) -> List[Tuple[dt.datetime, dt.datetime]]:
    """Consecutive windows of at most ``max_span`` covering start..end, oldest first. Windows
    share their bounds (GeoReport dates are inclusive): a request exactly on a bound may come
    twice, which idempotent storage absorbs; none can fall between two windows."""
    if end < start:
        raise ValueError("end {} is before start {}".format(end.isoformat(), start.isoformat()))
    windows = []
    low = start
    while True:
        high = min(low + max_span, end)
        windows.append((low, high))
        if high >= end:
            return windows
        low = high


def redact(text: str) -> str:
    """Text (an exception message, a URL) with the API key hidden."""
    return _SECRET_PARAM.sub(r"\1***", text)


def root_cause(exc: BaseException) -> str:
    """A short, key-free description of a network failure: the innermost urllib3 reason
    ('Connection refused', 'Read timed out') rather than the whole chain with the URL."""
    reason: object = exc
    if isinstance(reason, requests.RequestException) and reason.args:
        reason = reason.args[0]
    if isinstance(reason, MaxRetryError) and reason.reason is not None:
        reason = reason.reason
    text = str(reason).rsplit(">: ", 1)[-1]  # drop '<HTTPConnection object at 0x...>: '
    return "{} ({})".format(redact(text), type(reason).__name__)


class LoggedRetry(Retry):
    """The Retry policy, logging each retry and the give-up (URLs without the API key)."""

    def increment(
        self, method=None, url=None, response=None, error=None, _pool=None, _stacktrace=None
    ):
        where = redact(
            "{}://{}:{}{}".format(_pool.scheme, _pool.host, _pool.port, url)
            if _pool is not None
            else str(url)
        )
        cause = (
            root_cause(error)
            if error is not None
            else "HTTP {}".format(getattr(response, "status", "?"))
        )
        verb = method or "GET"
        try:
            retry = super().increment(method, url, response, error, _pool, _stacktrace)
        except MaxRetryError:
            LOGGER.error(
                "Open311 %s %s: %s; giving up after %d retries",
                verb,
                where,
                cause,
                len(self.history),
            )
            raise
        LOGGER.warning(
            "Open311 %s %s: %s; retry %d (%s left)",
            verb,
            where,
            cause,
            len(retry.history),
            retry.total,
        )
        return retry


def logged_retry(
    retries: int, backoff_factor: float, methods: Tuple[str, ...] = ("GET",)
) -> LoggedRetry:
    """The clients' one Retry policy: connect and read errors, resets, timeouts and
    500/502/503/504, with exponential back-off, for the HTTP ``methods``."""
    return LoggedRetry(
        total=retries,
        connect=retries,
        read=retries,
        status=retries,
        other=0,
        redirect=3,
        backoff_factor=backoff_factor,
        status_forcelist=RETRY_STATUSES,
        allowed_methods=frozenset(methods),
        raise_on_status=False,
        respect_retry_after_header=False,
    )


def retrying_session(retry: Retry, session: Optional[requests.Session] = None) -> requests.Session:
    """``session`` (a new one by default) with ``retry`` mounted for http and https."""
    session = session or requests.Session()
    adapter = HTTPAdapter(max_retries=retry)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


class Open311Client:
    """Reads one Open311 GeoReport v2 endpoint, e.g. ``https://host/open311/v2``.

    ``source`` names the feed in stored reports; ``page_size`` turns on the page/page_size
    extension (None: one call per window); ``timeout`` is (connect, read) seconds;
    ``retries`` and ``backoff_factor`` set the Retry policy; naive timestamps of the server are
    taken in ``tz_name``."""

    def __init__(
        self,
        endpoint: str,
        source: str,
        jurisdiction_id: Optional[str] = None,
        api_key: Optional[str] = None,
        fmt: str = FORMAT_JSON,
        page_size: Optional[int] = 500,
        timeout: Tuple[float, float] = (5.0, 30.0),
        retries: int = 4,
        backoff_factor: float = 0.5,
        tz_name: str = DEFAULT_SOURCE_TZ,
        max_window: dt.timedelta = MAX_WINDOW,
        max_pages_per_window: int = 10000,
        session: Optional[requests.Session] = None,
    ):
        if fmt not in (FORMAT_JSON, FORMAT_XML):
            raise ValueError("format must be json or xml, not {!r}".format(fmt))
        if max_window > MAX_WINDOW:
            raise ValueError("GeoReport v2 windows are at most 90 days")
        self.endpoint = endpoint.rstrip("/")
        self.source = source
        self.jurisdiction_id = jurisdiction_id
        self.api_key = api_key
        self.fmt = fmt
        self.page_size = page_size
        self.timeout = timeout
        self.tz_name = tz_name
        self.max_window = max_window
        self.max_pages_per_window = max_pages_per_window
        self.retry = logged_retry(retries, backoff_factor)
        self.session = retrying_session(self.retry, session)
        self.session.headers.setdefault(
            "Accept", "application/json" if fmt == FORMAT_JSON else "application/xml"
        )
        self.calls = 0  # HTTP GETs issued by this client (retries inside the adapter excluded)

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> "Open311Client":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    # --- HTTP ------------------------------------------------------------------------------

    def _params(self, extra: Optional[Dict[str, str]] = None) -> Dict[str, str]:
        params = {}
        if self.jurisdiction_id:
            params["jurisdiction_id"] = self.jurisdiction_id
        if self.api_key:
            params["api_key"] = self.api_key
        params.update(extra or {})
        return params

    def _get(self, path: str, params: Dict[str, str], what: str) -> Tuple[bytes, str]:
        """(body, content type) of a successful GET. Raises Open311Error on 4xx and unusable
        answers, Open311NetworkError when the Retry policy gives up."""
        url = "{}/{}".format(self.endpoint, path)
        retry = self.retry
        while True:
            self.calls += 1
            try:
                response = self.session.get(url, params=params, timeout=self.timeout)
                body = self._complete_body(response)
            except (requests.exceptions.ChunkedEncodingError, _TruncatedBody) as exc:
                # Closed mid-body: only here is the adapter's Retry bypassed (see module doc).
                try:
                    retry = retry.increment("GET", url, error=ProtocolError(redact(str(exc))))
                except MaxRetryError as final:
                    raise self._network_error(url, what, final.reason) from None
                retry.sleep()
                continue
            except requests.RequestException as exc:
                raise self._network_error(url, what, exc) from None
            return self._check_status(response, body, url, what), response.headers.get(
                "Content-Type", ""
            )

    @staticmethod
    def _complete_body(response: requests.Response) -> bytes:
        """The body, after checking that every announced byte came (urllib3 1.26 does not)."""
        body = response.content
        announced = response.headers.get("Content-Length")
        if announced and announced.isdigit() and response.raw is not None:
            received = response.raw.tell()
            if received < int(announced):
                raise _TruncatedBody(
                    "connection closed after {} of {} body bytes".format(received, announced)
                )
        return body

    def _check_status(self, response: requests.Response, body: bytes, url: str, what: str) -> bytes:
        if response.status_code < 300:
            return body
        detail = error_message(body) or body[:200].decode("utf-8", "replace").strip()
        if response.status_code >= 500:
            retried = (
                " after {} retries".format(self.retry.total)
                if response.status_code in RETRY_STATUSES
                else ""
            )
            raise Open311NetworkError(
                "Open311 server {} answered HTTP {}{} while fetching {}: {}".format(
                    url, response.status_code, retried, what, detail or "no message"
                ),
                endpoint=url,
                status=response.status_code,
            )
        raise Open311Error(
            "Open311 server {} refused {} (HTTP {}): {}".format(
                url, what, response.status_code, detail or "no message"
            ),
            endpoint=url,
            status=response.status_code,
            server_message=detail,
        )

    def _network_error(self, url: str, what: str, cause: BaseException) -> Open311NetworkError:
        return Open311NetworkError(
            "Open311 server {} failed while fetching {}, after {} retries: {}".format(
                url, what, self.retry.total, root_cause(cause)
            ),
            endpoint=url,
        )

    def _parse(self, body: bytes, content_type: str, url: str, parser, **kwargs):
        fmt = detect_format(body, content_type)
        try:
            return parser(body, fmt=fmt, **kwargs)
        except Open311Error as exc:  # an error document served with HTTP 200
            raise Open311Error(
                "Open311 server {}: {}".format(url, exc),
                endpoint=url,
                server_message=exc.server_message,
            ) from None
        except InputError as exc:
            raise Open311Error(
                "Open311 server {} answered an unreadable document: {}".format(url, exc),
                endpoint=url,
            ) from None

    # --- GeoReport calls -------------------------------------------------------------------

    def services(self) -> List[dict]:
        """The service list (see open311_parse.parse_services)."""
        path = "services.{}".format(self.fmt)
        body, kind = self._get(path, self._params(), "the service list")
        return self._parse(
            body, kind, "{}/{}".format(self.endpoint, path), parse_services, where="services"
        )

    def request(self, service_request_id: str) -> Optional[IncomingReport]:
        """One request by id, or None when the server answers an empty list."""
        path = "requests/{}.{}".format(
            requests.utils.quote(str(service_request_id), safe=""), self.fmt
        )
        body, kind = self._get(path, self._params(), "request {}".format(service_request_id))
        reports = self._parse(
            body,
            kind,
            "{}/{}".format(self.endpoint, path),
            parse_requests,
            source=self.source,
            where="request {}".format(service_request_id),
            tz_name=self.tz_name,
        )
        return reports[0] if reports else None

    def _aware(self, value: dt.datetime) -> dt.datetime:
        return parse_timestamp(value, self.tz_name)

    @staticmethod
    def _w3c(value: dt.datetime) -> str:
        return value.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

    def requests_window(
        self,
        start: dt.datetime,
        end: dt.datetime,
        status: Optional[str] = None,
        service_code: Optional[str] = None,
        resume_after: Optional[Cursor] = None,
    ) -> Iterator[Page]:
        """Pages of requests made between start and end (inclusive), split into windows of at
        most 90 days, oldest first. Naive datetimes are in the source time zone.

        Paging stops on a page shorter than page_size (or empty), on a page longer than
        page_size, or on a page identical to the previous one (a server that ignores the
        extension). With ``resume_after`` (the cursor of the last stored page, taken with the
        same page size), the interrupted window is finished as it was (same bounds, next page),
        then the windows from its end to ``end`` follow; ``start`` is not used."""
        start, end = self._aware(start), self._aware(end)
        kept_pages = kept_requests = 0
        last: Optional[Cursor] = resume_after
        path = "requests.{}".format(self.fmt)
        url = "{}/{}".format(self.endpoint, path)
        windows = split_windows(start, end, self.max_window)
        if resume_after is not None:
            windows = (
                [(resume_after.window_start, resume_after.window_end)] if self.page_size else []
            ) + (
                split_windows(resume_after.window_end, end, self.max_window)
                if end > resume_after.window_end
                else []
            )
        for index, (low, high) in enumerate(windows):
            first_page = (
                resume_after.page + 1
                if resume_after is not None and index == 0 and self.page_size
                else 1
            )
            base = {"start_date": self._w3c(low), "end_date": self._w3c(high)}
            if status:
                base["status"] = status
            if service_code:
                base["service_code"] = service_code
            previous_ids: Optional[List[str]] = None
            for page in range(first_page, first_page + self.max_pages_per_window):
                cursor = Cursor(low, high, page)
                params = dict(base)
                if self.page_size:
                    params.update(page=str(page), page_size=str(self.page_size))
                what = "requests ({})".format(cursor.describe())
                try:
                    body, kind = self._get(path, self._params(params), what)
                except Open311NetworkError as exc:
                    kept = (
                        "Kept so far: {} page(s), {} request(s); resume after {}.".format(
                            kept_pages, kept_requests, last.describe()
                        )
                        if last
                        else "Nothing was fetched in this run."
                    )
                    raise Open311NetworkError(
                        "{}. {}".format(exc, kept),
                        endpoint=exc.endpoint,
                        kept_pages=kept_pages,
                        kept_requests=kept_requests,
                        resume_after=last,
                        status=exc.status,
                    ) from None
                reports = self._parse(
                    body,
                    kind,
                    url,
                    parse_requests,
                    source=self.source,
                    where=cursor.describe(),
                    tz_name=self.tz_name,
                )
                ids = [report.external_id for report in reports]
                if previous_ids is not None and ids and ids == previous_ids:
                    break  # the server ignores page: it served the same page again
                if reports or page == first_page:
                    kept_pages += 1
                    kept_requests += len(reports)
                    last = cursor
                    yield Page(kept_pages, cursor, reports, url)
                if not self.page_size or len(reports) != self.page_size:
                    break
                previous_ids = ids

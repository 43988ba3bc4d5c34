"""Delivering what the triage produces, without the database (no QGIS either).

- The weekly digest of each service: written to a folder (HTML and CSV, named after the
  service and the week), then sent by e-mail when an SMTP server is given. A failure to send
  (server refusing, timing out, login refused...) keeps the files, is logged and is returned
  for that service; the other services are still sent. A failure of the connection itself is
  tried once: every remaining service gets the same problem.
- Reporters' feedback: ``requests.json`` / ``requests.xml`` written to a folder, then pushed
  (POST, JSON) to an endpoint when one is given; a failed push keeps the files too.

Every problem is a ``DeliveryProblem(code, params)``: the smtp_sender codes, ``no_recipient``,
``file_not_written`` (path, detail), ``push_refused`` (endpoint, status, message) and
``push_failed`` (endpoint, status, detail); the QGIS side turns them into sentences.

SMTP settings and the push endpoint are parameters: the caller reads them (the scheduled job
will read them from a settings table of the database, the credentials from QGIS's
authentication manager)."""

import datetime as dt
import logging
import os
import re
import unicodedata
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any, Callable, Dict, List, Mapping, NamedTuple, Optional, Sequence, Tuple

import pandas as pd

from ..connectors import smtp_sender
from ..connectors.open311_client import Open311NetworkError
from ..connectors.open311_push import push_requests
from ..connectors.smtp_sender import Attachment, SmtpFailure, SmtpSender, SmtpSettings
from ..core.digest import Digest, build_digest, digest_to_csv, digest_to_html, digest_to_text
from ..core.open311_parse import Open311Error
from ..core.open311_requests import RequestRecord, build_requests, requests_to_json, requests_to_xml

LOGGER = logging.getLogger(__name__)

SENT, PARTLY_SENT, NOT_SENT, WRITTEN = "sent", "partly_sent", "not_sent", "written"
NO_RECIPIENT = "no_recipient"
FILE_NOT_WRITTEN = "file_not_written"
PUSH_REFUSED = "push_refused"
PUSH_FAILED = "push_failed"
CSV_ENCODING = "utf-8-sig"  # with a BOM: spreadsheets then read the accents right


class DeliveryProblem(NamedTuple):
    """Why something was not (fully) delivered: a code and its parameters."""

    code: str
    params: Dict[str, Any]


@dataclass(frozen=True)
class DigestService:
    """A service receiving a digest; ``recipients``: its e-mail addresses."""

    service_id: int
    name: str
    recipients: Tuple[str, ...] = ()


@dataclass(frozen=True)
class ServiceDigest:
    service: DigestService
    digest: Digest


@dataclass(frozen=True)
class DigestTexts:
    """The words of the digest, given by the caller (translated on the QGIS side):
    ``labels`` for core.digest (sections, columns, statuses...), ``title`` a template with
    {service}, {start} and {end} (dates: a format spec is allowed, e.g. {start:%d/%m/%Y}),
    used as the page title and the e-mail's subject."""

    labels: Mapping[str, str] = field(default_factory=dict)
    title: str = "Weekly digest of {service}, {start:%Y-%m-%d} to {end:%Y-%m-%d}"

    def title_for(self, service: DigestService, digest: Digest) -> str:
        return self.title.format(service=service.name, start=digest.start, end=digest.end)


@dataclass
class DigestDelivery:
    """What became of one service's digest: its files (always written, unless the problem
    is file_not_written), ``status`` (sent, partly_sent, not_sent, or written when no SMTP
    server was given) and the problem, if any."""

    service_id: int
    service_name: str
    html_path: Optional[Path]
    csv_path: Optional[Path]
    recipients: Tuple[str, ...]
    status: str
    problem: Optional[DeliveryProblem] = None


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-").lower()[:40] or "service"


def period_name(start: dt.date, end: dt.date) -> str:
    """``2026-W20`` for an ISO week (Monday to Sunday), else ``2026-05-11_2026-05-20``."""
    iso = start.isocalendar()
    if start.weekday() == 0 and end == start + dt.timedelta(days=6):
        return "{}-W{:02d}".format(iso[0], iso[1])
    return "{}_{}".format(start.isoformat(), end.isoformat())


def digest_file_stem(service: DigestService, digest: Digest) -> str:
    """``digest_12_voirie-vitry-sur-seine_2026-W20``: the service's id and name, the week."""
    return "digest_{}_{}_{}".format(
        service.service_id, _slug(service.name), period_name(digest.start, digest.end)
    )


def write_file(path: Path, data: bytes) -> None:
    """Writes ``data`` whole or not at all (a temporary file renamed over ``path``)."""
    partial = path.with_name(path.name + ".part")
    try:
        partial.write_bytes(data)
        os.replace(partial, path)
    finally:
        if partial.exists():
            partial.unlink()


def build_service_digests(
    services: Sequence[DigestService],
    start: dt.date,
    end: dt.date,
    reports: pd.DataFrame,
    assignments: pd.DataFrame,
    follow_ups: pd.DataFrame,
) -> List[ServiceDigest]:
    """The digest of each service, from the triage data (the frames core.digest expects)."""
    return [
        ServiceDigest(
            service, build_digest(service.service_id, start, end, reports, assignments, follow_ups)
        )
        for service in services
    ]


def _message(
    item: ServiceDigest, texts: DigestTexts, sender: str, html: str, csv_data: bytes, csv_name: str
):
    title = texts.title_for(item.service, item.digest)
    return smtp_sender.build_message(
        sender,
        item.service.recipients,
        title,
        digest_to_text(item.digest, texts.labels, title),
        html,
        [Attachment(csv_name, csv_data, "text/csv")],
    )


def deliver_digests(
    digests: Sequence[ServiceDigest],
    folder: Path,
    texts: DigestTexts = DigestTexts(),
    smtp: Optional[SmtpSettings] = None,
) -> List[DigestDelivery]:
    """Writes each digest to ``folder`` (created if needed), then sends it when ``smtp`` is
    given. Never raises for a delivery failure: each service's outcome is returned (OSError
    when ``folder`` itself cannot be created)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    sender = SmtpSender(smtp) if smtp is not None else None
    connection_problem: Optional[DeliveryProblem] = None
    results = []
    try:
        for item in digests:
            result, message = _write_digest(item, folder, texts, smtp)
            if message is not None:
                connection_problem = _send(sender, result, message, connection_problem)
            _log(result)
            results.append(result)
    finally:
        if sender is not None:
            sender.close()
    return results


def _write_digest(
    item: ServiceDigest, folder: Path, texts: DigestTexts, smtp: Optional[SmtpSettings]
):
    """(the delivery so far, a function building the message to send, or None)."""
    service = item.service
    stem = digest_file_stem(service, item.digest)
    html_path, csv_path = folder / (stem + ".html"), folder / (stem + ".csv")
    html = digest_to_html(item.digest, texts.labels, texts.title_for(service, item.digest))
    csv_data = digest_to_csv(item.digest, texts.labels).encode(CSV_ENCODING)
    result = DigestDelivery(
        service.service_id, service.name, html_path, csv_path, tuple(service.recipients), WRITTEN
    )
    try:
        write_file(html_path, html.encode("utf-8"))
        write_file(csv_path, csv_data)
    except OSError as exc:
        result.html_path = html_path if html_path.exists() else None
        result.csv_path = None
        result.status = NOT_SENT
        result.problem = DeliveryProblem(
            FILE_NOT_WRITTEN,
            {"path": str(exc.filename or folder), "detail": exc.strerror or str(exc)},
        )
        return result, None
    if smtp is None:
        return result, None
    if not service.recipients:
        result.status = NOT_SENT
        result.problem = DeliveryProblem(NO_RECIPIENT, {"service": service.name})
        return result, None
    return result, lambda: _message(item, texts, smtp.sender, html, csv_data, csv_path.name)


def _send(
    sender: SmtpSender,
    result: DigestDelivery,
    message: Callable[[], EmailMessage],
    connection_problem: Optional[DeliveryProblem],
) -> Optional[DeliveryProblem]:
    """Sends one digest (its ``message`` is built once the settings and addresses are known
    to be safe in headers), filling ``result``; the connection's problem, once it failed."""
    result.status = NOT_SENT
    if connection_problem is not None:
        result.problem = connection_problem
        return connection_problem
    try:
        if not sender.connected:
            sender.open()
    except SmtpFailure as failure:
        result.problem = DeliveryProblem(failure.code, failure.params)
        return result.problem
    invalid = [address for address in result.recipients if not smtp_sender.valid_address(address)]
    if invalid:
        result.problem = DeliveryProblem(smtp_sender.RECIPIENT_INVALID, {"address": invalid[0]})
        return None
    try:
        refused = sender.send(message(), result.recipients)
    except SmtpFailure as failure:
        result.problem = DeliveryProblem(failure.code, failure.params)
        return None
    if refused:
        result.status = PARTLY_SENT
        result.problem = DeliveryProblem(
            smtp_sender.RECIPIENT_REFUSED, {"recipients": refused, "sent": True}
        )
    else:
        result.status = SENT
    return None


def _log(result: DigestDelivery) -> None:
    where = "digest of service {} ({})".format(result.service_id, result.service_name)
    if result.status == SENT:
        LOGGER.info("%s sent to %s", where, ", ".join(result.recipients))
    elif result.status == WRITTEN:
        LOGGER.info("%s written to %s (no SMTP server configured)", where, result.html_path)
    elif result.status == PARTLY_SENT:
        LOGGER.warning("%s sent, but refused for %s", where, result.problem.params["recipients"])
    else:
        kept = (
            "files kept: {}, {}".format(result.html_path, result.csv_path)
            if result.csv_path
            else "files not written"
        )
        LOGGER.error(
            "%s NOT sent: %s %s; %s", where, result.problem.code, result.problem.params, kept
        )


# --- reporters' feedback (Open311) --------------------------------------------------------


@dataclass(frozen=True)
class PushTarget:
    """Where the feedback is pushed: the endpoint URL (POST), its API key (read from QGIS's
    authentication manager by the caller), jurisdiction, and the Retry policy's numbers."""

    endpoint: str
    api_key: Optional[str] = field(default=None, repr=False)
    jurisdiction_id: Optional[str] = None
    timeout: Tuple[float, float] = (5.0, 30.0)
    retries: int = 4
    backoff_factor: float = 0.5


@dataclass
class FeedbackDelivery:
    json_path: Path
    xml_path: Path
    count: int
    pushed: bool = False
    problem: Optional[DeliveryProblem] = None


def deliver_feedback(
    records: Sequence[RequestRecord],
    folder: Path,
    push: Optional[PushTarget] = None,
    stem: str = "requests",
) -> FeedbackDelivery:
    """Writes ``{stem}.json`` and ``{stem}.xml`` to ``folder``, then pushes the JSON when
    ``push`` is given. A failed push keeps the files and is returned as the problem (the
    files not being writable raises OSError: there is nothing to push)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    requests = build_requests(records)
    body = requests_to_json(requests).encode("utf-8")
    result = FeedbackDelivery(folder / (stem + ".json"), folder / (stem + ".xml"), len(requests))
    write_file(result.json_path, body)
    write_file(result.xml_path, requests_to_xml(requests).encode("utf-8"))
    LOGGER.info("Open311 feedback: %d request(s) written to %s", len(requests), result.json_path)
    if push is None:
        return result
    try:
        push_requests(
            push.endpoint,
            body,
            push.api_key,
            push.jurisdiction_id,
            push.timeout,
            push.retries,
            push.backoff_factor,
        )
    except Open311NetworkError as exc:
        result.problem = DeliveryProblem(
            PUSH_FAILED, {"endpoint": push.endpoint, "status": exc.status, "detail": str(exc)}
        )
    except Open311Error as exc:
        result.problem = DeliveryProblem(
            PUSH_REFUSED,
            {"endpoint": push.endpoint, "status": exc.status, "message": exc.server_message},
        )
    else:
        result.pushed = True
    if result.problem is not None:
        LOGGER.error(
            "Open311 feedback NOT pushed to %s: %s %s; files kept: %s, %s",
            push.endpoint,
            result.problem.code,
            result.problem.params,
            result.json_path,
            result.xml_path,
        )
    return result

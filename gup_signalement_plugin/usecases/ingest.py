"""Use cases of incoming reports, run by the Processing algorithms, the dialogs, the demo and the
benchmark: synchronise an Open311 source, import a file, enter a phone report, release or reject
quarantined reports. No QGIS here.

Every channel goes through the same path (``_ingest``): batches are planned by the core (one
report per (source, external id), unchanged ones left alone, the others checked by the
data-quality guard) and each batch is written in ONE transaction with the run's counts and the
source's cursor, so that a failure after page 7 keeps pages 1-7 and the next run resumes."""

import dataclasses
import datetime as dt
import logging
import queue
import threading
import uuid
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Iterable, List, Optional, Sequence, Tuple

from ..connectors.open311_client import Cursor, Open311Client
from ..core.errors import GupError, InputError, Problem
from ..core.incoming import IncomingReport
from ..core.ingest import (
    STORED,
    BatchPlan,
    RunCounts,
    check_with_fixes,
    fingerprint,
    plan_batch,
    reason_details,
    trusted_row,
)
from ..core.open311_parse import STATUSES
from ..core.personal_data import ReporterContact
from ..core.quality import QualityGuard
from ..db import ingest_repository as ingest_repo
from ..db import rights_repository as rights_repo
from ..db.database import Database, DatabaseError

# What the dialogs and algorithms read or write as is: one name each, defined in db/.
from ..db.ingest_repository import (
    Source,
    get_source,
    list_sources,  # noqa: F401
    quarantine_summary,
    quarantined,
    recent_runs,
    save_source,
)

LOGGER = logging.getLogger(__name__)

Progress = Callable[[float], None]
Log = Callable[[str], None]
FILE_BATCH = 1000
PHONE_SOURCE = "telephone"


class Canceled(GupError):
    """The user canceled: what was stored before stays stored."""


@dataclass
class RunResult:
    run_id: int
    source: str
    counts: RunCounts = field(default_factory=RunCounts)
    window: Optional[Tuple[dt.datetime, dt.datetime]] = None
    resumed_from: Optional[str] = None


# A batch: its reports, the cursor to store with it (None for files), the fraction done after it.
Batch = Tuple[List[IncomingReport], Optional[dict], float]


def _batch_loop(
    db: Database,
    source: Source,
    run_id: int,
    batches: Iterable[Batch],
    progress: Progress,
    is_canceled: Callable[[], bool],
    log: Log,
) -> RunCounts:
    """Plan and write each batch in its own transaction, with the cursor it reached."""
    guard = ingest_repo.guard_for(db, source)
    total = RunCounts()
    try:
        for reports, cursor, fraction in batches:
            if is_canceled():
                raise Canceled(
                    "Canceled by the user after {} page(s): {}.".format(
                        total.pages, total.describe()
                    )
                )
            with db.transaction() as cur:
                stored = ingest_repo.stored_states(
                    cur, source.nom, [r.identity[1] for r in reports]
                )
                plan = plan_batch(reports, stored, guard, source.audience)
                counts = ingest_repo.write_plan(cur, source.nom, plan, stored, run_id)
                counts.pages = 1
                ingest_repo.add_run_counts(cur, run_id, counts)
                if cursor is not None:
                    ingest_repo.set_cursor(cur, source.nom, cursor)
            total.add(counts)
            if counts.read:
                log("Page {}: {}".format(total.pages, counts.describe()))
            progress(100.0 * fraction)
    finally:  # stop a prefetching producer now, not when the traceback is let go
        close = getattr(batches, "close", None)
        if close is not None:
            close()
    return total


def prefetched(items: Iterable, depth: int = 2) -> Iterable:
    """The items of ``items``, produced by a worker thread up to ``depth`` ahead: the next page
    is fetched and parsed while the current one is written (the database and the network wait
    without holding the GIL). An error of the producer is raised where its item would come;
    stopping early (cancel, error) stops the producer at its next item."""
    channel: "queue.Queue" = queue.Queue(maxsize=depth)
    stop = threading.Event()
    done = object()

    def offer(entry) -> bool:
        """Hand an entry to the consumer; False when it has stopped listening."""
        while not stop.is_set():
            try:
                channel.put(entry, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce():
        try:
            for item in items:
                if not offer((item, None)):
                    return
            offer((done, None))
        except BaseException as exc:  # handed to the consumer
            offer((done, exc))

    worker = threading.Thread(target=produce, name="gup-prefetch", daemon=True)
    worker.start()
    try:
        while True:
            item, error = channel.get()
            if item is done:
                if error is not None:
                    raise error
                return
            yield item
    finally:
        stop.set()
        worker.join(timeout=5)


def _close_run(db: Database, run_id: int, state: str, message: str) -> None:
    """Log how a run ended; with the connection lost the run stays 'running' and the next run
    of the source closes it as interrupted."""
    try:
        ingest_repo.finish_run(db, run_id, state, message)
    except DatabaseError:
        LOGGER.warning(
            "Run %s could not be closed as %s; the next run of its source will close "
            "it as interrupted",
            run_id,
            state,
            exc_info=True,
        )


def _lock_source(db: Database, name: str) -> None:
    if not ingest_repo.try_lock_source(db, name):
        raise GupError(
            "Source '{}' is being synchronised or released by another session; try "
            "again when it has finished.".format(name)
        )


def _unlock_source(db: Database, name: str) -> None:
    try:
        ingest_repo.unlock_source(db, name)
    except DatabaseError:  # a lost session has released its lock already
        LOGGER.warning(
            "Source '%s' could not be unlocked (a lost session releases its lock)",
            name,
            exc_info=True,
        )


def _run(
    db: Database,
    source: Source,
    batches,
    window=None,
    progress: Progress = lambda p: None,
    is_canceled: Callable[[], bool] = lambda: False,
    log: Log = lambda m: None,
    synced_until: Optional[dt.datetime] = None,
    lock: bool = True,
    notes: Sequence[str] = (),
) -> RunResult:
    """One logged run of a source, locked against a second run of the same source. When it
    ends well, ``synced_until`` becomes the source's last synchronisation (with the run's end,
    in one transaction) and ``notes`` (how the input was read) the run's message."""
    if lock:
        _lock_source(db, source.nom)
    try:
        run_id = ingest_repo.start_run(db, source.nom, *(window or (None, None)))
        result = RunResult(run_id, source.nom, window=window)
        try:
            result.counts = _batch_loop(db, source, run_id, batches, progress, is_canceled, log)
        except Canceled as exc:
            LOGGER.info("Run %s of source '%s' canceled: %s", run_id, source.nom, exc)
            _close_run(db, run_id, "canceled", str(exc))
            raise
        except GupError as exc:
            LOGGER.warning("Run %s of source '%s' failed: %s", run_id, source.nom, exc)
            _close_run(db, run_id, "failed", str(exc))
            raise
        except Exception as exc:  # a bug: the run says so instead of looking interrupted
            LOGGER.error("Run %s of source '%s' failed", run_id, source.nom, exc_info=True)
            _close_run(db, run_id, "failed", "{}: {}".format(type(exc).__name__, exc))
            raise
        ingest_repo.finish_run(
            db,
            run_id,
            "done",
            "; ".join(notes) or None,
            source=source.nom,
            synced_until=synced_until,
        )
        LOGGER.info("Run %s of source '%s' done: %s", run_id, source.nom, result.counts.describe())
        return result
    finally:
        if lock:
            _unlock_source(db, source.nom)


# --- Open311 ------------------------------------------------------------------------------------


def sync_window(
    source: Source, now: dt.datetime, since: Optional[dt.datetime] = None, full: bool = False
) -> Tuple[dt.datetime, Optional[Cursor]]:
    """(start, resume_after) of the next sync: resume an unfinished one; else from ``since``, the
    source's first date or 90 days ago when full or first; else incremental from the last sync
    minus the re-read days (updates of recent requests). A resume whose page size has changed
    since restarts the interrupted window at its first page (page numbers no longer match)."""
    if source.curseur and not full and since is None:
        c = source.curseur
        window_start = dt.datetime.fromisoformat(c["window_start"])
        if c.get("page_size") != source.taille_page:
            return window_start, None
        return dt.datetime.fromisoformat(c["start"]), Cursor(
            window_start, dt.datetime.fromisoformat(c["window_end"]), int(c["page"])
        )
    if since is not None:
        return since, None
    if full or source.derniere_synchro is None:
        return source.synchro_depuis or now - dt.timedelta(days=90), None
    return source.derniere_synchro - dt.timedelta(days=source.relecture_jours), None


def sync_open311(
    db: Database,
    source_name: str,
    api_key: Optional[str] = None,
    since: Optional[dt.datetime] = None,
    until: Optional[dt.datetime] = None,
    full: bool = False,
    progress: Progress = lambda p: None,
    is_canceled: Callable[[], bool] = lambda: False,
    log: Log = lambda m: None,
    client: Optional[Open311Client] = None,
) -> RunResult:
    """Fetch the source's requests page by page and store each page as it arrives."""
    source = ingest_repo.get_source(db, source_name)
    if source.type != "open311" or not source.url:
        raise InputError([Problem(source_name, "not an Open311 source (no endpoint URL)")])
    if not source.actif:
        raise InputError([Problem(source_name, "the source is deactivated")])
    end = until or dt.datetime.now(dt.timezone.utc)
    start, resume_after = sync_window(source, end, since, full)
    own_client = client is None
    client = client or Open311Client(
        source.url,
        source.nom,
        source.jurisdiction_id,
        api_key,
        fmt=source.format,
        page_size=source.taille_page,
        tz_name=source.fuseau,
    )
    span = max((end - start).total_seconds(), 1.0)
    resumed = resume_after.describe() if resume_after else None
    if resumed:
        log("Resuming after {}".format(resumed))

    def pages():
        for page in client.requests_window(start, end, resume_after=resume_after):
            cursor = {
                "start": start.isoformat(),
                "window_start": page.cursor.window_start.isoformat(),
                "window_end": page.cursor.window_end.isoformat(),
                "page": page.cursor.page,
                "page_size": source.taille_page,
            }
            done = (page.cursor.window_start - start).total_seconds() / span
            yield page.reports, cursor, min(done, 1.0)

    try:
        result = _run(
            db,
            source,
            prefetched(pages()),
            (start, end),
            progress,
            is_canceled,
            log,
            synced_until=end,
        )
    finally:
        if own_client:
            client.close()
    result.resumed_from = resumed
    return result


# --- files and phone ----------------------------------------------------------------------------


def import_reports(
    db: Database,
    source_name: str,
    reports: Sequence[IncomingReport],
    progress: Progress = lambda p: None,
    is_canceled: Callable[[], bool] = lambda: False,
    log: Log = lambda m: None,
    batch_size: int = FILE_BATCH,
    notes: Sequence[str] = (),
) -> RunResult:
    """Store reports read from a file (source created on first use), in batches of
    ``batch_size``, each batch in one transaction; importing the same file again changes nothing.
    ``notes`` say how the file was read (renamed columns...): logged with the run. No report:
    refused before the source is created."""
    if not reports:
        raise InputError([Problem(source_name, "no report to import")])
    source = ingest_repo.ensure_source(db, source_name, "fichier")
    n = max(len(reports), 1)

    def batches():
        done = 0
        for batch in batches_by_id(reports, batch_size):
            done += len(batch)
            yield batch, None, done / n

    return _run(db, source, batches(), None, progress, is_canceled, log, notes=notes)


@dataclass
class GuardPreview:
    """What the data-quality guard would do with some reports: how many stored, how many
    quarantined, and the quarantine reasons (code -> count; a report may have several)."""

    stored: int = 0
    quarantined: int = 0
    by_reason: dict = field(default_factory=dict)


def file_guard(db: Database, source_name: str) -> QualityGuard:
    """The guard an import into ``source_name`` would use (read-only: an unknown source is not
    created, the default settings of a new file source are used)."""
    try:
        source = ingest_repo.get_source(db, source_name)
    except InputError:
        source = Source(nom=source_name, type="fichier")
    return ingest_repo.guard_for(db, source)


def preview_guard(guard: QualityGuard, reports: Sequence[IncomingReport]) -> GuardPreview:
    """The guard's verdicts on ``reports``, counted (nothing is written)."""
    preview = GuardPreview()
    for verdict in guard.check(reports):
        if verdict.ok:
            preview.stored += 1
            continue
        preview.quarantined += 1
        for code in dict.fromkeys(verdict.codes):
            preview.by_reason[code] = preview.by_reason.get(code, 0) + 1
    return preview


def batches_by_id(reports: Sequence[IncomingReport], size: int) -> Iterable[List[IncomingReport]]:
    """Batches of about ``size`` reports in file order, every copy of an id in the same batch
    (so that the latest copy wins and a second import finds everything unchanged)."""
    groups: "dict" = {}
    for report in reports:
        groups.setdefault(report.identity, []).append(report)
    batch: List[IncomingReport] = []
    for group in groups.values():
        batch.extend(group)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


@dataclass
class PhoneReportResult:
    external_id: str
    stored: bool  # False: quarantined, see reasons
    routing_status: Optional[str] = None
    sentence: Optional[str] = None
    reasons: List[str] = field(default_factory=list)  # the English sentences
    reason_details: List[Dict[str, Any]] = field(default_factory=list)  # code, sentence, params


def enter_phone_report(
    db: Database,
    category: str,
    lon: float,
    lat: float,
    description: str,
    address: str = "",
    moment: Optional[dt.datetime] = None,
    audience: str = "public",
    contact: Optional[ReporterContact] = None,
) -> PhoneReportResult:
    """A report typed in by an agent for a resident (phone channel): checked like every other
    channel, stored, routed; returns where it went and why. The caller's contact goes to the
    personal data table (contact_signalant), never into the report nor its source record."""
    source = dataclasses.replace(
        ingest_repo.ensure_source(db, PHONE_SOURCE, "telephone", "Saisie téléphonique"),
        audience=audience,
    )
    report = IncomingReport(
        source=source.nom,
        external_id="tel-" + uuid.uuid4().hex[:12],
        service_code=category,
        description=description or "",
        requested_at=moment or dt.datetime.now(dt.timezone.utc),
        lon=lon,
        lat=lat,
        address=address or "",
        where="phone entry",
        raw={
            "category": category,
            "lon": lon,
            "lat": lat,
            "description": description,
            "address": address,
        },
    )
    _run(db, source, [([report], None, 1.0)], lock=False)  # its id is new: nothing to race
    found = ingest_repo.find_report(db, source.nom, report.external_id)
    if found["place"] != STORED:
        return PhoneReportResult(
            report.external_id,
            False,
            reasons=[d["message"] for d in found["details"]],
            reason_details=found["details"],
        )
    if contact is not None and not contact.is_empty():
        with db.transaction() as cur:
            rights_repo.save_contact(
                cur, found["id"], contact.name.strip(), contact.email.strip(), contact.phone.strip()
            )
    return PhoneReportResult(report.external_id, True, found["statut_routage"], found["raison"])


# --- quarantine ---------------------------------------------------------------------------------


def _report_from_quarantine(row: dict) -> IncomingReport:
    """The report as a person left it in the quarantine layer: the external code as received,
    and the category the person chose (if any) as our category. Fields that still cannot be
    stored (no date, an unknown status) are its problems."""
    problems = []
    where = row["emplacement"] or row["id_externe"]
    if row["date_signalement"] is None:
        problems.append(Problem(where, "no requested_datetime"))
    if (row["statut"] or "open") not in STATUSES:
        problems.append(
            Problem(where, "unknown status '{}' (expected open or closed)".format(row["statut"]))
        )
    return IncomingReport(
        source=row["source"],
        external_id=row["id_externe"],
        service_code=row["code_service_externe"] or "",
        category=row["categorie_code"],
        service_name=row["libelle_service_externe"] or "",
        status=row["statut"] or "open",
        description=row["description"] or "",
        requested_at=row["date_signalement"],
        updated_at=row["date_maj"],
        lon=row["longitude"],
        lat=row["latitude"],
        address=row["adresse"] or "",
        media_url=row["media_url"],
        raw=row["donnees_source"] or {},
        where=where,
        problems=problems,
    )


@dataclass
class ReleaseResult:
    released: int = 0
    still_quarantined: int = 0
    by_reason: dict = field(default_factory=dict)
    by_routing: dict = field(default_factory=dict)


def release_quarantined(
    db: Database, ids: Optional[Sequence[int]] = None, use_proposals: bool = False
) -> ReleaseResult:
    """Check again the pending quarantined reports (as a person corrected them; with the guard's
    proposed fixes when ``use_proposals``) and store those that now pass, routed; the others stay
    in quarantine with their updated reasons, and the fixes accepted written into them. Per
    source: locked against a sync, rows read and written in one transaction."""
    result = ReleaseResult()
    for source_name in sorted({row["source"] for row in ingest_repo.quarantined(db, ids)}):
        source = ingest_repo.get_source(db, source_name)
        guard = ingest_repo.guard_for(db, source)
        _lock_source(db, source_name)
        try:
            with db.transaction() as cur:
                rows = ingest_repo.pending_for_update(cur, source_name, ids)
                reports = [_report_from_quarantine(row) for row in rows]
                if use_proposals:
                    verdicts, fixes = check_with_fixes(guard, reports)
                else:
                    verdicts, fixes = guard.check(reports), [{}] * len(rows)
                plan = BatchPlan(read=len(rows))
                for row, report, verdict, fix in zip(rows, reports, verdicts, fixes):
                    if (
                        verdict.ok
                    ):  # the fingerprint of what was received: re-reading it changes nothing
                        plan.trusted.append(
                            trusted_row(
                                verdict, row["audience"], row["empreinte"] or fingerprint(report)
                            )
                        )
                        continue
                    ingest_repo.update_quarantined(
                        cur, row["id"], verdict.codes, reason_details(verdict), fix
                    )
                    for code in verdict.codes:
                        result.by_reason[code] = result.by_reason.get(code, 0) + 1
                result.still_quarantined += len(rows) - len(plan.trusted)
                counts = ingest_repo.write_plan(cur, source.nom, plan, {}, manual=True)
        finally:
            _unlock_source(db, source_name)
        result.released += counts.released
        for status, n in counts.by_routing.items():
            result.by_routing[status] = result.by_routing.get(status, 0) + n
    return result


def reject_quarantined(db: Database, ids: Sequence[int], reason: str) -> int:
    return ingest_repo.reject_quarantined(db, ids, reason)

"""The scheduled triage operations (issue 12), no QGIS: the delivery settings, the weekly
digest of each service, the reporters' feedback and the reminders as one table. What the
Processing algorithms ``send_weekly_digest``, ``export_open311_requests``, ``list_reminders``
and ``set_delivery_settings`` run (under qgis_process too, from cron)."""

import datetime as dt
from pathlib import Path
from typing import List, NamedTuple, Optional, Sequence, Tuple

import pandas as pd

from ..core.errors import GupError
from ..core.routing import paris_day
from ..db.database import Database
from ..db.delivery_repository import DeliverySettings, delivery_settings, save_delivery_settings
from ..db.services_repository import list_services
from . import delivery, triage

__all__ = [
    "DeliverySettings",
    "delivery_settings",
    "save_delivery_settings",
    "last_complete_week",
    "digest_services",
    "weekly_digests",
    "send_weekly_digests",
    "export_feedback",
    "reminder_rows",
    "ReminderRow",
    "UnknownServices",
    "paris_today",
]


class UnknownServices(GupError):
    """Service ids that are not in the database (``ids``)."""

    def __init__(self, ids: Sequence[int]):
        self.ids = list(ids)
        super().__init__("Unknown service id(s): {}".format(", ".join(map(str, self.ids))))


UNANSWERED, WITHOUT_FOLLOW_UP, OVERDUE = "unanswered", "without_follow_up", "overdue"


def paris_today() -> dt.date:
    return paris_day(dt.datetime.now(dt.timezone.utc))


def last_complete_week(today: dt.date) -> Tuple[dt.date, dt.date]:
    """(Monday, Sunday) of the last ISO week ended before ``today`` (on a Sunday: the week
    before, since that Sunday is not over)."""
    monday = today - dt.timedelta(days=today.weekday() + 7)
    return monday, monday + dt.timedelta(days=6)


def digest_services(
    db: Database, service_ids: Optional[Sequence[int]] = None
) -> List[delivery.DigestService]:
    """The services given (all active ones when None), with their e-mail addresses; an
    unknown id raises UnknownServices."""
    services = list_services(db)
    if service_ids is None:
        chosen = [s for s in services if s.active]
    else:
        by_id = {s.id: s for s in services}
        unknown = sorted(set(service_ids) - set(by_id))
        if unknown:
            raise UnknownServices(unknown)
        chosen = [by_id[i] for i in sorted(set(service_ids))]
    return [delivery.DigestService(s.id, s.name, tuple(s.emails)) for s in chosen]


def weekly_digests(
    db: Database, services: Sequence[delivery.DigestService], start: dt.date, end: dt.date
) -> List[delivery.ServiceDigest]:
    return [
        delivery.ServiceDigest(service, triage.digest_data(db, service.service_id, start, end))
        for service in services
    ]


def send_weekly_digests(
    db: Database,
    services: Sequence[delivery.DigestService],
    start: dt.date,
    end: dt.date,
    folder: Path,
    texts: delivery.DigestTexts = delivery.DigestTexts(),
    smtp: Optional[delivery.SmtpSettings] = None,
) -> List[delivery.DigestDelivery]:
    """Writes each service's digest of ``start``..``end`` to ``folder`` and sends it through
    ``smtp`` when given (usecases/delivery.deliver_digests: a failure keeps the files)."""
    return delivery.deliver_digests(weekly_digests(db, services, start, end), folder, texts, smtp)


def export_feedback(
    db: Database,
    folder: Path,
    source: Optional[str] = None,
    push: Optional[delivery.PushTarget] = None,
) -> delivery.FeedbackDelivery:
    """requests.json / .xml of the reports (of ``source``), pushed when ``push`` is given."""
    return delivery.deliver_feedback(triage.open311_requests_data(db, source), folder, push)


class ReminderRow(NamedTuple):
    """One reminder: ``since`` is the day the delay counts from (assignment, latest follow-up
    or arrival, due day)."""

    report_id: int
    service_id: Optional[int]
    kind: str
    since: Optional[dt.date]


def _day(value) -> Optional[dt.date]:
    return None if value is None or pd.isna(value) else pd.Timestamp(value).date()


def _service(value) -> Optional[int]:
    return None if value is None or pd.isna(value) else int(value)


def reminder_rows(db: Database, today: dt.date) -> List[ReminderRow]:
    """Every reminder on ``today`` (usecases/triage.reminders), one row each."""
    found = triage.reminders(db, today)
    rows = [
        ReminderRow(int(r.report_id), _service(r.service_id), UNANSWERED, _day(r.assigned_day))
        for r in found["unanswered"].itertuples()
    ]
    for r in found["without_follow_up"].itertuples():
        last = _day(r.last_follow_up_day)
        rows.append(
            ReminderRow(
                int(r.report_id),
                _service(r.service_id),
                WITHOUT_FOLLOW_UP,
                last or _day(r.received_day),
            )
        )
    rows.extend(
        ReminderRow(int(r.report_id), _service(r.service_id), OVERDUE, _day(r.due_date))
        for r in found["overdue"].itertuples()
    )
    return rows

"""Storing incoming reports once: what a batch means for the database, decided without it.

Every channel (Open311 pages, file rows, a phone call) ends in ``plan_batch``: each report is
fingerprinted; a report already stored with the same fingerprint is *unchanged* and costs no
further check; the others go through the data-quality guard and become rows for
``signalement`` (trusted) or ``quarantaine`` (with their reasons). The repository
(db/ingest_repository.py) writes a plan in one transaction and tells new from updated."""

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

from .incoming import IncomingReport
from .quality import QualityGuard, Verdict

# The fields the guard may propose to correct (swapped coordinates, repaired text).
FIXABLE_FIELDS = ("lon", "lat", "description", "address", "service_name")

# Where a stored report is: the trusted table or the quarantine (with its state).
STORED = "stored"
PENDING = "pending"
RELEASED = "released"
REJECTED = "rejected"


def _iso(value: Optional[dt.datetime]) -> Optional[str]:
    return value.isoformat() if value is not None else None


def fingerprint(report: IncomingReport) -> str:
    """A digest of what was received (not of our reading of it): equal when nothing changed."""
    content = [
        report.service_code,
        report.service_name,
        report.status,
        report.description,
        _iso(report.requested_at),
        _iso(report.updated_at),
        report.lon,
        report.lat,
        report.address,
        report.media_url,
        [p.message for p in report.problems],
    ]
    return hashlib.sha1(json.dumps(content, ensure_ascii=False).encode("utf-8")).hexdigest()


@dataclass
class StoredState:
    """What the database holds for one (source, external id), with the category to keep (chosen
    or corrected by a person, or mapped) and the external code it was given for."""

    place: str  # STORED, or the quarantine state PENDING / RELEASED / REJECTED
    fingerprint: Optional[str]
    category: Optional[str] = None
    service_code: Optional[str] = None


@dataclass
class TrustedRow:
    """A report for ``signalement`` (the trigger routes it)."""

    external_id: str
    category: str
    audience: str
    requested_at: dt.datetime
    lon: float
    lat: float
    status: str
    description: str
    address: str
    media_url: Optional[str]
    updated_at: Optional[dt.datetime]
    service_code: str
    fingerprint: str
    raw: Dict[str, Any]


@dataclass
class QuarantineRow:
    """A report for ``quarantaine``, with its reasons."""

    external_id: str
    reasons: List[str]
    details: List[Dict[str, Any]]
    where: str
    service_code: str
    service_name: str
    category: Optional[str]
    status: str
    description: str
    address: str
    media_url: Optional[str]
    requested_at: Optional[dt.datetime]
    updated_at: Optional[dt.datetime]
    lon: Optional[float]
    lat: Optional[float]
    audience: str
    fingerprint: str
    raw: Dict[str, Any]


@dataclass
class BatchPlan:
    read: int = 0
    unchanged: int = 0
    trusted: List[TrustedRow] = field(default_factory=list)
    quarantined: List[QuarantineRow] = field(default_factory=list)


@dataclass
class RunCounts:
    """Counts of a run (or of one batch), as shown to the user and logged in ``synchronisation``."""

    pages: int = 0
    read: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    quarantined: int = 0
    released: int = 0
    by_reason: Dict[str, int] = field(default_factory=dict)
    by_routing: Dict[str, int] = field(default_factory=dict)

    @property
    def routed(self) -> int:
        return self.by_routing.get("routed", 0)

    def add(self, other: "RunCounts") -> None:
        for name in ("pages", "read", "new", "updated", "unchanged", "quarantined", "released"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for mine, theirs in (
            (self.by_reason, other.by_reason),
            (self.by_routing, other.by_routing),
        ):
            for key, value in theirs.items():
                mine[key] = mine.get(key, 0) + value

    def describe(self) -> str:
        text = (
            "{} read, {} new, {} updated, {} unchanged, {} quarantined, {} released from "
            "quarantine, {} routed".format(
                self.read,
                self.new,
                self.updated,
                self.unchanged,
                self.quarantined,
                self.released,
                self.routed,
            )
        )
        if self.by_reason:
            text += "; quarantine reasons: " + ", ".join(
                "{} {}".format(n, code) for code, n in sorted(self.by_reason.items())
            )
        if self.by_routing:
            text += "; routing: " + ", ".join(
                "{} {}".format(n, status) for status, n in sorted(self.by_routing.items())
            )
        return text


_NEVER = dt.datetime.min.replace(tzinfo=dt.timezone.utc)


def latest_per_id(reports: Iterable[IncomingReport]) -> List[IncomingReport]:
    """One report per identity (a request on a window bound comes twice), the most recently
    updated one, in first-seen order."""
    chosen: Dict[Tuple[str, str], IncomingReport] = {}
    for report in reports:
        previous = chosen.get(report.identity)
        if previous is None or (report.updated_at or _NEVER) >= (previous.updated_at or _NEVER):
            chosen[report.identity] = report
    return list(chosen.values())


def trusted_row(verdict: Verdict, audience: str, print_: str) -> TrustedRow:
    """The row for ``signalement`` of a report the guard trusts."""
    r = verdict.report
    return TrustedRow(
        r.identity[1],
        verdict.category_code,
        audience,
        r.requested_at,
        r.lon,
        r.lat,
        r.status,
        r.description,
        r.address,
        r.media_url,
        r.updated_at,
        r.service_code,
        print_,
        r.raw,
    )


def reason_details(verdict: Verdict) -> List[Dict[str, Any]]:
    """The reasons of a verdict as stored with a quarantined report: code, English sentence,
    proposed fix, and the sentence's code and parameters (the QGIS form translates them)."""
    return [
        {
            "code": reason.code,
            "message": reason.message,
            "proposal": reason.proposal,
            "sentence": reason.sentence,
            "params": reason.parameters,
        }
        for reason in verdict.reasons
    ]


def _quarantined(verdict: Verdict, audience: str, print_: str) -> QuarantineRow:
    r = verdict.report
    return QuarantineRow(
        r.identity[1],
        verdict.codes,
        reason_details(verdict),
        r.where,
        r.service_code,
        r.service_name,
        verdict.category_code,
        r.status,
        r.description,
        r.address,
        r.media_url,
        r.requested_at,
        r.updated_at,
        r.lon,
        r.lat,
        audience,
        print_,
        r.raw,
    )


def plan_batch(
    reports: Sequence[IncomingReport],
    stored: Mapping[str, StoredState],
    guard: QualityGuard,
    audience: str,
) -> BatchPlan:
    """What to write for a batch. ``stored`` maps the external ids already in the database to
    their state. Unchanged reports (same fingerprint, in the table or in quarantine, whatever
    its state) are left alone; a report a person rejected comes back only if it changed. A
    report received again with the same external code keeps its category (chosen or corrected
    by a person, or mapped), whether it is stored or quarantined; a new code gets its mapping."""
    batch = latest_per_id(reports)
    plan = BatchPlan(read=len(reports))
    plan.unchanged = len(reports) - len(batch)  # the second copy of a duplicate changes nothing
    to_check, prints = [], []
    for report in batch:
        print_ = fingerprint(report)
        state = stored.get(report.identity[1])
        if state is not None and state.fingerprint == print_:
            plan.unchanged += 1
            continue
        if (
            state is not None
            and state.category
            and (state.service_code or "") == report.service_code
        ):
            report.category = state.category
        to_check.append(report)
        prints.append(print_)
    for verdict, print_ in zip(guard.check(to_check), prints):
        if verdict.ok:
            plan.trusted.append(trusted_row(verdict, audience, print_))
        else:
            plan.quarantined.append(_quarantined(verdict, audience, print_))
    return plan


def count_reasons(rows: Iterable[QuarantineRow]) -> Dict[str, int]:
    counts: Dict[str, int] = {}
    for row in rows:
        for code in row.reasons:
            counts[code] = counts.get(code, 0) + 1
    return counts


def proposed_fixes(verdict: Verdict) -> Dict[str, Any]:
    """The corrections the guard proposes for a report: field name -> value."""
    return {
        name: value
        for reason in verdict.reasons
        for name, value in (reason.proposal or {}).items()
        if name in FIXABLE_FIELDS
    }


def check_with_fixes(
    guard: QualityGuard, reports: Sequence[IncomingReport]
) -> Tuple[List[Verdict], List[Dict[str, Any]]]:
    """Verdicts with the guard's proposed fixes accepted. The fixes are proposed for the reports
    as they are now (not as first received: a point a person has moved is not swapped back),
    applied to them, and the reports checked again. Returns the verdicts and, per report, the
    fixes applied: to be kept even when the report still fails for another reason."""
    fixes = [proposed_fixes(verdict) for verdict in guard.check(reports)]
    for report, fix in zip(reports, fixes):
        for name, value in fix.items():
            setattr(report, name, value)
    return guard.check(reports), fixes

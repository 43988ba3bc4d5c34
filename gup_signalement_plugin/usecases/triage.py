"""Triage use cases (issue 12): what the dock, the digest, the Open311 feedback and the
statistics call. No QGIS here.

Every action runs in ONE transaction: the reports are locked, the version each caller read is
checked (``stale_report {by, at}``: someone changed it meanwhile, reload), the core
(``core/workflow.apply_action``) checks the action and gives the new state, the assignments,
the report and its history are written together. Bulk actions take ``{report id: version
read}`` and write all or nothing: any problem on any report raises ``TriageRefused`` with the
problems per report, and nothing is written. Problems are codes with parameters (core), the
QGIS side translates them."""

import datetime as dt
from dataclasses import dataclass, field
from typing import Dict, List, Mapping, Optional

import pandas as pd

from ..core import reminders as reminder_rules
from ..core.digest import Digest, build_digest
from ..core.duplicates import DuplicateFinder
from ..core.errors import GupError
from ..core.open311_requests import RequestRecord
from ..core.workflow import (
    ACCEPT,
    CLOSE,
    FOLLOW_UP,
    MARK_DUPLICATE,
    QUALIFY,
    REFUSE,
    REOPEN,
    REROUTE,
    Action,
    ActionProblem,
    apply_action,
)
from ..db import triage_repository as repo
from ..db.database import Database
from ..db.triage_repository import (
    ReportFilter,
    current_service,  # noqa: F401
    refusal_reason_choices,
    sub_category_choices,
)

__all__ = [
    "ReportFilter",
    "TriageRefused",
    "Done",
    "qualify",
    "preview_qualify",
    "reroute_by_hand",
    "accept",
    "refuse",
    "follow_up",
    "close",
    "mark_duplicate",
    "reopen",
    "bulk_qualify",
    "bulk_reroute",
    "bulk_accept",
    "bulk_refuse",
    "bulk_close",
    "bulk_follow_up",
    "list_reports",
    "count_by",
    "report_page",
    "duplicate_suggestions",
    "reminders",
    "digest_data",
    "open311_requests_data",
    "statistics_data",
    "current_service",
    "refusal_reason_choices",
    "sub_category_choices",
]

Versions = Mapping[int, int]  # report id -> the version the caller read


class TriageRefused(GupError):
    """An action refused: ``problems`` per report id (core codes with parameters); nothing was
    written."""

    def __init__(self, problems: Dict[int, List[ActionProblem]]):
        self.problems = problems
        super().__init__(
            "; ".join(
                "{}: {}".format(i, ", ".join(p.code for p in found))
                for i, found in sorted(problems.items())
            )
        )


@dataclass
class Done:
    """What an action wrote: per report its new version and status."""

    versions: Dict[int, int] = field(default_factory=dict)
    statuses: Dict[int, str] = field(default_factory=dict)


def _problem(code: str, **params) -> ActionProblem:
    return ActionProblem(code, params)


def _details(action: Action) -> Dict:
    values = {
        "reason": action.reason,
        "text": action.text,
        "visibility": action.visibility,
        "target_service_id": action.target_service_id,
        "sub_category": action.sub_category,
        "original": action.original.id if action.original is not None else None,
    }
    return {key: value for key, value in values.items() if value is not None}


def _act(
    db: Database,
    versions: Versions,
    code: str,
    service_id: Optional[int] = None,
    original_id: Optional[int] = None,
    **fields,
) -> Done:
    """Check then write one action on every report of ``versions``, in one transaction."""
    ids = sorted(versions)
    if not ids:
        return Done()
    with db.transaction() as cur:
        locked = repo.lock_reports(cur, ids + ([original_id] if original_id is not None else []))
        states = repo.report_states(cur, locked)
        problems: Dict[int, List[ActionProblem]] = {}
        original = None
        if code == MARK_DUPLICATE:
            original = states.get(original_id)
            if original_id is not None and original is None:
                problems = {i: [_problem("unknown_report", report_id=original_id)] for i in ids}
        reasons = repo.refusal_reasons(cur) if code == REFUSE else None
        services = repo.active_services(cur) if code == REROUTE else None
        decisions = {}
        for report_id in ids:
            row = locked.get(report_id)
            if report_id in problems:
                continue
            if row is None:
                problems[report_id] = [_problem("unknown_report", report_id=report_id)]
                continue
            if row["version"] != versions[report_id]:
                problems[report_id] = [
                    _problem("stale_report", by=row["modifie_par"], at=row["modifie_le"])
                ]
                continue
            if services is not None and fields.get("target_service_id") not in (None, *services):
                problems[report_id] = [
                    _problem("unknown_service", service_id=fields["target_service_id"])
                ]
                continue
            state = states[report_id]
            action = Action(code, service_id, seen_at=state.updated_at, original=original, **fields)
            subs = repo.sub_categories(cur, row["categorie_code"]) if code == QUALIFY else None
            decision = apply_action(state, action, reasons, subs)
            if decision.ok:
                decisions[report_id] = (state, decision.report, action)
            else:
                problems.setdefault(report_id, []).extend(decision.problems)
        if problems:
            raise TriageRefused(problems)
        before = repo.triage_states(cur, ids)
        for report_id, (old, new, action) in decisions.items():
            repo.write_assignments(cur, report_id, old, new)
            if code == FOLLOW_UP:
                repo.add_follow_up(
                    cur, report_id, service_id, action.visibility, action.text.strip()
                )
            repo.update_report(
                cur,
                report_id,
                old,
                new,
                manual_route=action.text.strip() if code == REROUTE else None,
            )
        after = repo.triage_states(cur, ids)
        repo.add_history(
            cur,
            [(i, service_id, code, before[i], after[i], _details(decisions[i][2])) for i in ids],
        )
        written = repo.versions(cur, ids)
    return Done(
        {i: row["version"] for i, row in written.items()},
        {i: row["statut_traitement"] for i, row in written.items()},
    )


# --- actions on one report --------------------------------------------------------------------


def qualify(
    db: Database, report_id: int, version: int, sub_category: str, service_id: Optional[int] = None
) -> Done:
    """Set the sub-category; an automatic routing follows it (a manual one is kept)."""
    return bulk_qualify(db, {report_id: version}, sub_category, service_id)


def preview_qualify(db: Database, report_id: int, sub_category: Optional[str]) -> Optional[Dict]:
    """The routing the report would get with ``sub_category`` (statut_routage, service_id,
    service, services_supplementaires, raison_code, raison — the sentence —, routage_manuel:
    when true, qualifying does not re-route); None for an unknown report. Nothing written."""
    return repo.route_preview(db, report_id, sub_category)


def reroute_by_hand(
    db: Database, report_id: int, version: int, target_service_id: int, reason: str
) -> Done:
    """Route the report to another service, with the reason; kept by later re-routings."""
    return bulk_reroute(db, {report_id: version}, target_service_id, reason)


def accept(db: Database, report_id: int, version: int, service_id: int) -> Done:
    return bulk_accept(db, {report_id: version}, service_id)


def refuse(
    db: Database,
    report_id: int,
    version: int,
    service_id: int,
    reason: Optional[str],
    text: Optional[str] = None,
) -> Done:
    """Refuse the service's part with a reason of motif_refus (its text when required)."""
    return bulk_refuse(db, {report_id: version}, service_id, reason, text)


def follow_up(
    db: Database,
    report_id: int,
    version: int,
    text: str,
    visibility: str,
    service_id: Optional[int] = None,
) -> Done:
    """A follow-up, ``public`` (the reporter sees it) or ``internal``."""
    return bulk_follow_up(db, {report_id: version}, text, visibility, service_id)


def close(db: Database, report_id: int, version: int, service_id: Optional[int] = None) -> Done:
    """A service closes its part (the report closes when every part is closed); the operator
    (``service_id`` None) closes the whole report."""
    return bulk_close(db, {report_id: version}, service_id)


def mark_duplicate(db: Database, report_id: int, version: int, original_id: int) -> Done:
    """The report follows ``original_id`` (open, not itself, not a duplicate)."""
    return _act(db, {report_id: version}, MARK_DUPLICATE, original_id=original_id)


def reopen(db: Database, report_id: int, version: int, service_id: Optional[int] = None) -> Done:
    return _act(db, {report_id: version}, REOPEN, service_id)


# --- bulk actions (all or nothing) --------------------------------------------------------------


def bulk_qualify(
    db: Database, versions: Versions, sub_category: str, service_id: Optional[int] = None
) -> Done:
    return _act(db, versions, QUALIFY, service_id, sub_category=sub_category)


def bulk_reroute(db: Database, versions: Versions, target_service_id: int, reason: str) -> Done:
    return _act(db, versions, REROUTE, None, target_service_id=target_service_id, text=reason)


def bulk_accept(db: Database, versions: Versions, service_id: int) -> Done:
    return _act(db, versions, ACCEPT, service_id)


def bulk_refuse(
    db: Database,
    versions: Versions,
    service_id: int,
    reason: Optional[str],
    text: Optional[str] = None,
) -> Done:
    return _act(db, versions, REFUSE, service_id, reason=reason, text=text)


def bulk_close(db: Database, versions: Versions, service_id: Optional[int] = None) -> Done:
    return _act(db, versions, CLOSE, service_id)


def bulk_follow_up(
    db: Database, versions: Versions, text: str, visibility: str, service_id: Optional[int] = None
) -> Done:
    return _act(db, versions, FOLLOW_UP, service_id, text=text, visibility=visibility)


# --- read side ----------------------------------------------------------------------------------


def list_reports(
    db: Database,
    filters: ReportFilter = ReportFilter(),
    order: str = "-received",
    offset: int = 0,
    limit: int = 200,
) -> List[Dict]:
    """One page of the dock's list (see ``ReportFilter``; ``order`` e.g. ``-received``,
    ``due``, ``status``, ``commune``, ``category``, ``source``, ``id``)."""
    return repo.list_reports(db, filters, order, offset, limit)


def count_by(db: Database, filters: ReportFilter = ReportFilter(), by: str = "status") -> Dict:
    """Counts of the matching reports per status, commune, service, category or source."""
    return repo.count_by(db, filters, by)


def report_page(db: Database, report_id: int) -> Dict:
    """The report's page: description, media URL, address, position (Lambert-93 and WGS84),
    routing explanation, assignments, follow-ups, history, version."""
    page = repo.report_page(db, report_id)
    if page is None:
        raise TriageRefused({report_id: [_problem("unknown_report", report_id=report_id)]})
    return page


def duplicate_suggestions(db: Database, report_id: int) -> pd.DataFrame:
    """Open reports of the same category within the administrator's distance and window
    (core/duplicates.py): report_id, distance (m), days_apart; nearest first."""
    settings = repo.triage_settings(db)
    distance, days = settings["doublon_distance_m"], settings["doublon_fenetre_jours"]
    candidates = repo.duplicate_candidates(db, report_id, distance, days)
    mine = candidates[candidates["report_id"] == report_id]
    if mine.empty:
        raise TriageRefused({report_id: [_problem("unknown_report", report_id=report_id)]})
    return DuplicateFinder(candidates).suggest_for(mine.iloc[0], distance, days)


def reminders(db: Database, today: dt.date) -> Dict[str, pd.DataFrame]:
    """``unanswered`` assignments, reports ``without_follow_up``, ``overdue`` reports on
    ``today``, with the administrator's delays (core/reminders.py)."""
    settings = repo.triage_settings(db)
    reports = repo.report_frame(db)
    return {
        "unanswered": reminder_rules.unanswered(
            repo.assignment_frame(db), today, settings["relance_sans_reponse_jours_ouvres"]
        ),
        "without_follow_up": reminder_rules.without_follow_up(
            reports, today, settings["relance_sans_suivi_jours"]
        ),
        "overdue": reminder_rules.overdue(reports, today),
    }


def digest_data(db: Database, service_id: int, start: dt.date, end: dt.date) -> Digest:
    """The weekly digest of a service for the days ``start`` to ``end`` (core/digest.py)."""
    return build_digest(
        service_id,
        start,
        end,
        repo.report_frame(db, service_id),
        repo.assignment_frame(db, service_id),
        repo.follow_up_frame(db, service_id),
    )


def open311_requests_data(db: Database, source: Optional[str] = None) -> List[RequestRecord]:
    """The reports (of one source) for core/open311_requests.build_requests."""
    return repo.request_records(db, source)


def statistics_data(
    db: Database, start: Optional[dt.date] = None, end: Optional[dt.date] = None
) -> pd.DataFrame:
    """Reports received from ``start`` to ``end`` as core/triage_stats.py reads them."""
    return repo.report_frame(db, received_from=start, received_to=end)

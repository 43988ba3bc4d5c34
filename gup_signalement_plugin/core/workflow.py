"""Triage workflow: statuses, allowed transitions and actions, defined once as data.

Two levels (Histologe's model):
- an **assignment** per report x service (the main service and each extra recipient):
  ``pending`` -> ``accepted`` / ``refused`` (with a reason code), ``accepted`` -> ``closed``,
  ``closed`` -> ``accepted`` (reopen); ``withdrawn`` when the operator re-routes the report
  away from a service; a refused or withdrawn assignment goes back to ``pending`` when the
  operator routes the report to that service again. Re-routing to an extra recipient that is
  already answering makes it the main service, its status unchanged. One main service.
- the **report** status is derived from its assignments (``derive_report_status``), plus two
  operator decisions: closed by the operator, duplicate of another report.

``TRANSITIONS`` lists every allowed (level, from, to); the database trigger of the 0.5.0
structure holds the same table (a PostGIS test compares them). Every action is checked by
``apply_action``, which returns problem codes with parameters (never sentences) or the new
state; the QGIS side turns codes into translated sentences."""

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any, Dict, FrozenSet, List, Mapping, NamedTuple, Optional, Tuple

import numpy as np

# report (signalement) statuses
NEW, IN_PROGRESS, TO_TRIAGE, CLOSED, DUPLICATE = (
    "new",
    "in_progress",
    "to_triage",
    "closed",
    "duplicate",
)
REPORT_STATUSES = (NEW, IN_PROGRESS, TO_TRIAGE, CLOSED, DUPLICATE)
OPEN_REPORT_STATUSES = (NEW, IN_PROGRESS, TO_TRIAGE)
# assignment statuses
PENDING, ACCEPTED, REFUSED, WITHDRAWN = "pending", "accepted", "refused", "withdrawn"
ASSIGNMENT_STATUSES = (PENDING, ACCEPTED, REFUSED, CLOSED, WITHDRAWN)
REPORT, ASSIGNMENT = "report", "assignment"

# actions
QUALIFY, REROUTE, ACCEPT, REFUSE, FOLLOW_UP, CLOSE, MARK_DUPLICATE, REOPEN = (
    "qualify",
    "reroute",
    "accept",
    "refuse",
    "follow_up",
    "close",
    "mark_duplicate",
    "reopen",
)
ACTIONS = (QUALIFY, REROUTE, ACCEPT, REFUSE, FOLLOW_UP, CLOSE, MARK_DUPLICATE, REOPEN)
PUBLIC, INTERNAL = "public", "internal"
FOLLOW_UP_VISIBILITIES = (PUBLIC, INTERNAL)

# refusal reasons seeded in the admin-edited list: code -> free text required
SEED_REFUSAL_REASONS: Dict[str, bool] = {
    "out_of_competence": False,
    "out_of_perimeter": False,
    "duplicate": False,
    "other": True,
}

# Which action moves an assignment from which status to which: (action, from, to).
ASSIGNMENT_MOVES: Tuple[Tuple[str, str, str], ...] = (
    (ACCEPT, PENDING, ACCEPTED),
    (REFUSE, PENDING, REFUSED),
    (CLOSE, ACCEPTED, CLOSED),
    (REOPEN, CLOSED, ACCEPTED),
    (REROUTE, PENDING, WITHDRAWN),  # the operator routes the report to another service
    (REROUTE, ACCEPTED, WITHDRAWN),
    (REROUTE, REFUSED, PENDING),  # ... or back to a service that refused or was withdrawn
    (REROUTE, WITHDRAWN, PENDING),
)
# Every allowed transition: (level, from, to). Report transitions follow from the assignment
# changes (derived status) and from the operator's close / duplicate / reopen.
TRANSITIONS: Tuple[Tuple[str, str, str], ...] = tuple(
    (ASSIGNMENT, old, new) for _action, old, new in ASSIGNMENT_MOVES
) + (
    (REPORT, NEW, IN_PROGRESS),
    (REPORT, NEW, TO_TRIAGE),
    (REPORT, NEW, CLOSED),
    (REPORT, NEW, DUPLICATE),
    (REPORT, IN_PROGRESS, NEW),
    (REPORT, IN_PROGRESS, CLOSED),
    (REPORT, IN_PROGRESS, DUPLICATE),
    (REPORT, TO_TRIAGE, NEW),
    (REPORT, TO_TRIAGE, CLOSED),
    (REPORT, TO_TRIAGE, DUPLICATE),
    (REPORT, CLOSED, IN_PROGRESS),
    (REPORT, CLOSED, TO_TRIAGE),
    (REPORT, CLOSED, NEW),
    (REPORT, DUPLICATE, NEW),
    (REPORT, DUPLICATE, IN_PROGRESS),
    (REPORT, DUPLICATE, TO_TRIAGE),
    (REPORT, DUPLICATE, CLOSED),
)
_ALLOWED = frozenset(TRANSITIONS)
_MOVES = frozenset(ASSIGNMENT_MOVES)


def is_allowed(level: str, old: str, new: str) -> bool:
    """True when ``old`` -> ``new`` is allowed at that level (staying the same always is)."""
    return old == new or (level, old, new) in _ALLOWED


class ActionProblem(NamedTuple):
    """Why an action is refused: a code and its parameters (compares equal to a plain tuple)."""

    code: str
    params: Dict[str, Any]


@dataclass(frozen=True)
class Assignment:
    """One service's part of a report."""

    service_id: int
    status: str = PENDING
    main: bool = True  # False for an extra recipient (copy)
    refusal_reason: Optional[str] = None
    refusal_text: Optional[str] = None


@dataclass(frozen=True)
class ReportState:
    """What the workflow needs to know of a report. ``updated_at``/``updated_by`` identify the
    version a client read (optimistic locking)."""

    id: int
    assignments: Tuple[Assignment, ...] = ()
    closed_by_operator: bool = False
    duplicate_of: Optional[int] = None
    sub_category: Optional[str] = None
    updated_at: Optional[dt.datetime] = None
    updated_by: Optional[str] = None

    @property
    def status(self) -> str:
        return derive_report_status(
            [a.status for a in self.assignments], self.closed_by_operator, self.duplicate_of
        )

    def assignment(self, service_id: int) -> Optional[Assignment]:
        return next((a for a in self.assignments if a.service_id == service_id), None)


@dataclass(frozen=True)
class Action:
    """An action asked by a user. ``service_id``: the service acting for its own part (None: the
    triage operator, for the whole report). ``seen_at``: the ``updated_at`` the user read."""

    code: str
    service_id: Optional[int] = None
    seen_at: Optional[dt.datetime] = None
    reason: Optional[str] = None  # refusal reason code
    text: Optional[str] = None  # refusal free text, re-routing reason, follow-up text
    visibility: Optional[str] = None  # follow-up: public / internal
    target_service_id: Optional[int] = None  # reroute
    sub_category: Optional[str] = None  # qualify
    original: Optional[ReportState] = None  # mark_duplicate: the original as read now


@dataclass
class Decision:
    """The result of an action: problems (nothing to write) or the report's new state."""

    problems: List[ActionProblem] = field(default_factory=list)
    report: Optional[ReportState] = None

    @property
    def ok(self) -> bool:
        return not self.problems


def derive_report_status(
    assignment_statuses, closed_by_operator: bool = False, duplicate_of: Optional[int] = None
) -> str:
    """The report status from its assignments' statuses (the SQL trigger uses the same rules):
    duplicate when marked so; closed when the operator closed it; withdrawn assignments are
    ignored; none left, or all refused -> to_triage; every non-refused one closed -> closed;
    one accepted (or closed) -> in_progress; otherwise (waiting for answers) -> new."""
    if duplicate_of is not None:
        return DUPLICATE
    if closed_by_operator:
        return CLOSED
    answering = [s for s in assignment_statuses if s not in (WITHDRAWN, REFUSED)]
    if not answering:
        return TO_TRIAGE
    if all(s == CLOSED for s in answering):
        return CLOSED
    if any(s in (ACCEPTED, CLOSED) for s in answering):
        return IN_PROGRESS
    return NEW


def derive_report_statuses(
    report_ids,
    assignment_report_ids,
    assignment_statuses,
    closed_by_operator=None,
    duplicate_of=None,
) -> np.ndarray:
    """``derive_report_status`` for many reports at once (numpy): ``report_ids`` (n,), the
    assignments as two parallel arrays (report id, status), optional per-report arrays
    ``closed_by_operator`` (bool) and ``duplicate_of`` (None/NaN when not a duplicate).
    Returns the statuses (object array, same order as ``report_ids``)."""
    report_ids = np.asarray(report_ids)
    n = len(report_ids)
    order = np.argsort(report_ids, kind="stable")
    statuses = np.asarray(assignment_statuses, dtype=object)
    owners = np.searchsorted(report_ids[order], np.asarray(assignment_report_ids))
    owners = order[np.minimum(owners, max(n - 1, 0))] if n else owners

    def count(*wanted):
        return np.bincount(owners[np.isin(statuses, wanted)], minlength=n)

    answering = count(PENDING, ACCEPTED, CLOSED)
    closed, accepted = count(CLOSED), count(ACCEPTED)
    result = np.full(n, NEW, dtype=object)
    result[closed + accepted > 0] = IN_PROGRESS
    result[(answering > 0) & (closed == answering)] = CLOSED
    result[answering == 0] = TO_TRIAGE
    if closed_by_operator is not None:
        result[np.asarray(closed_by_operator, dtype=bool)] = CLOSED
    if duplicate_of is not None:
        marked = np.array([d is not None and d == d for d in duplicate_of], dtype=bool)
        result[marked] = DUPLICATE
    return result


def _not_allowed(level: str, old: str, new: str) -> ActionProblem:
    return ActionProblem("transition_not_allowed", {"level": level, "from": old, "to": new})


def _set(report: ReportState, service_id: int, **changes) -> ReportState:
    assignments = tuple(
        replace(a, **changes) if a.service_id == service_id else a for a in report.assignments
    )
    return replace(report, assignments=assignments)


def _own_part(
    report: ReportState, action: Action, problems: List[ActionProblem]
) -> Optional[Assignment]:
    if action.service_id is None:
        problems.append(ActionProblem("service_required", {"action": action.code}))
        return None
    assignment = report.assignment(action.service_id)
    if assignment is None:
        problems.append(ActionProblem("service_not_assigned", {"service_id": action.service_id}))
    return assignment


def _move(
    report: ReportState,
    assignment: Assignment,
    action: str,
    new: str,
    problems: List[ActionProblem],
    **changes,
) -> ReportState:
    if (action, assignment.status, new) not in _MOVES:
        problems.append(_not_allowed(ASSIGNMENT, assignment.status, new))
        return report
    return _set(report, assignment.service_id, status=new, **changes)


def _accept(report, action, problems, refusal_reasons, sub_categories):
    assignment = _own_part(report, action, problems)
    return _move(report, assignment, ACCEPT, ACCEPTED, problems) if assignment else report


def _refuse(report, action, problems, refusal_reasons, sub_categories):
    if not action.reason:
        problems.append(ActionProblem("refusal_reason_required", {}))
    elif action.reason not in refusal_reasons:
        problems.append(ActionProblem("unknown_refusal_reason", {"reason": action.reason}))
    elif refusal_reasons[action.reason] and not (action.text or "").strip():
        problems.append(ActionProblem("refusal_text_required", {"reason": action.reason}))
    assignment = _own_part(report, action, problems)
    if not assignment:
        return report
    return _move(
        report,
        assignment,
        REFUSE,
        REFUSED,
        problems,
        refusal_reason=action.reason,
        refusal_text=(action.text or "").strip() or None,
    )


def _close(report, action, problems, refusal_reasons, sub_categories):
    if action.service_id is None:  # the operator closes the whole report
        if report.status == CLOSED:
            problems.append(_not_allowed(REPORT, CLOSED, CLOSED))
            return report
        return replace(report, closed_by_operator=True)
    assignment = _own_part(report, action, problems)
    return _move(report, assignment, CLOSE, CLOSED, problems) if assignment else report


def _reopen(report, action, problems, refusal_reasons, sub_categories):
    if action.service_id is not None:
        assignment = _own_part(report, action, problems)
        return _move(report, assignment, REOPEN, ACCEPTED, problems) if assignment else report
    if report.duplicate_of is not None:  # no longer a duplicate
        return replace(report, duplicate_of=None)
    if report.closed_by_operator:
        return replace(report, closed_by_operator=False)
    closed = [a for a in report.assignments if a.status == CLOSED]
    if report.status != CLOSED or not closed:
        problems.append(_not_allowed(REPORT, report.status, IN_PROGRESS))
        return report
    for assignment in closed:
        report = _set(report, assignment.service_id, status=ACCEPTED)
    return report


def _reroute(report, action, problems, refusal_reasons, sub_categories):
    target = action.target_service_id
    if target is None:
        problems.append(ActionProblem("target_service_required", {}))
    if not (action.text or "").strip():
        problems.append(ActionProblem("reroute_reason_required", {}))
    if target is None:
        return report
    current = next(
        (a for a in report.assignments if a.main and a.status not in (WITHDRAWN, REFUSED)), None
    )
    if current is not None and current.service_id == target:
        problems.append(ActionProblem("reroute_to_same_service", {"service_id": target}))
        return report
    if current is not None:
        report = _move(report, current, REROUTE, WITHDRAWN, problems)
    existing = report.assignment(target)
    if existing is None:
        report = replace(report, assignments=report.assignments + (Assignment(target),))
    elif existing.status in (REFUSED, WITHDRAWN):
        report = _move(
            report, existing, REROUTE, PENDING, problems, refusal_reason=None, refusal_text=None
        )
    # else: an extra recipient already answering becomes the main service as it is
    return replace(
        report,
        assignments=tuple(
            replace(a, main=a.service_id == target) if a.main or a.service_id == target else a
            for a in report.assignments
        ),
    )


def _follow_up(report, action, problems, refusal_reasons, sub_categories):
    if action.visibility not in FOLLOW_UP_VISIBILITIES:
        problems.append(
            ActionProblem("follow_up_visibility_invalid", {"visibility": action.visibility})
        )
    if not (action.text or "").strip():
        problems.append(ActionProblem("follow_up_text_required", {}))
    if action.service_id is not None:
        _own_part(report, action, problems)
    return report


def _qualify(report, action, problems, refusal_reasons, sub_categories):
    if not action.sub_category:
        problems.append(ActionProblem("sub_category_required", {}))
    elif sub_categories is not None and action.sub_category not in sub_categories:
        problems.append(
            ActionProblem("unknown_sub_category", {"sub_category": action.sub_category})
        )
    return replace(report, sub_category=action.sub_category)


def _mark_duplicate(report, action, problems, refusal_reasons, sub_categories):
    original = action.original
    if original is None:
        problems.append(ActionProblem("original_required", {}))
    elif original.id == report.id:
        problems.append(ActionProblem("duplicate_of_itself", {}))
    elif original.duplicate_of is not None:
        problems.append(
            ActionProblem(
                "duplicate_of_duplicate",
                {"original": original.id, "its_original": original.duplicate_of},
            )
        )
    elif original.status == CLOSED:
        problems.append(ActionProblem("duplicate_of_closed", {"original": original.id}))
    if problems:
        return report
    return replace(report, duplicate_of=original.id)


_HANDLERS = {
    QUALIFY: _qualify,
    REROUTE: _reroute,
    ACCEPT: _accept,
    REFUSE: _refuse,
    FOLLOW_UP: _follow_up,
    CLOSE: _close,
    MARK_DUPLICATE: _mark_duplicate,
    REOPEN: _reopen,
}
# actions a duplicate accepts: it follows its original until someone reopens it
_ON_DUPLICATE = (FOLLOW_UP, REOPEN, QUALIFY)


def apply_action(
    report: ReportState,
    action: Action,
    refusal_reasons: Optional[Mapping[str, bool]] = None,
    sub_categories: Optional[FrozenSet[str]] = None,
) -> Decision:
    """Check an action on a report as the user read it and return the new state or problems.

    ``refusal_reasons``: the admin-edited list, code -> free text required (default: the seed
    list). ``sub_categories``: the sub-categories allowed for the report's category (None: not
    checked here)."""
    problems: List[ActionProblem] = []
    handler = _HANDLERS.get(action.code)
    if handler is None:
        return Decision([ActionProblem("unknown_action", {"action": action.code})])
    if action.seen_at != report.updated_at:
        return Decision(
            [ActionProblem("stale_report", {"by": report.updated_by, "at": report.updated_at})]
        )
    if report.duplicate_of is not None and action.code not in _ON_DUPLICATE:
        return Decision([ActionProblem("report_is_duplicate", {"original": report.duplicate_of})])
    reasons = SEED_REFUSAL_REASONS if refusal_reasons is None else refusal_reasons
    new = handler(report, action, problems, reasons, sub_categories)
    if not problems and not is_allowed(REPORT, report.status, new.status):
        problems.append(_not_allowed(REPORT, report.status, new.status))
    return Decision(problems) if problems else Decision(report=new)


def transitions_of(level: str) -> List[Tuple[str, str]]:
    """The allowed (from, to) pairs of one level, sorted: what the SQL trigger's table holds."""
    return sorted((old, new) for lvl, old, new in TRANSITIONS if lvl == level)

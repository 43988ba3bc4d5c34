"""Triage in the user's language: report and assignment statuses, actions, the problem codes of
core/workflow.py and usecases/triage.py as sentences (one label per code, docs/TRIAGE.md)."""

import datetime as dt
from typing import Dict, List, Optional

from qgis.PyQt.QtCore import QCoreApplication

from ..core.schema import TIME_ZONE

translate = QCoreApplication.translate


def report_status_label(status: Optional[str]) -> str:
    labels = {
        "new": translate("TriageText", "New"),
        "in_progress": translate("TriageText", "In progress"),
        "to_triage": translate("TriageText", "To triage"),
        "closed": translate("TriageText", "Closed"),
        "duplicate": translate("TriageText", "Duplicate"),
    }
    return labels.get(status or "", status or "")


def assignment_status_label(status: Optional[str]) -> str:
    labels = {
        "pending": translate("TriageText", "Waiting for an answer"),
        "accepted": translate("TriageText", "Accepted"),
        "refused": translate("TriageText", "Refused"),
        "closed": translate("TriageText", "Closed"),
        "withdrawn": translate("TriageText", "Withdrawn (re-routed)"),
    }
    return labels.get(status or "", status or "")


def action_label(action: Optional[str]) -> str:
    labels = {
        "qualify": translate("TriageText", "Qualify"),
        "reroute": translate("TriageText", "Re-route"),
        "accept": translate("TriageText", "Accept"),
        "refuse": translate("TriageText", "Refuse"),
        "follow_up": translate("TriageText", "Add a follow-up"),
        "close": translate("TriageText", "Close"),
        "mark_duplicate": translate("TriageText", "Mark as duplicate"),
        "reopen": translate("TriageText", "Reopen"),
        "auto_route": translate("TriageText", "Automatic routing"),
    }
    return labels.get(action or "", action or "")


def visibility_label(visibility: Optional[str]) -> str:
    labels = {
        "public": translate("TriageText", "public (the reporter sees it)"),
        "internal": translate("TriageText", "internal"),
    }
    return labels.get(visibility or "", visibility or "")


def moment_text(moment) -> str:
    """A timestamp as users read it: day and time in Paris."""
    if isinstance(moment, dt.datetime):
        if moment.tzinfo is not None:
            try:
                from zoneinfo import ZoneInfo

                moment = moment.astimezone(ZoneInfo(TIME_ZONE))
            except ImportError:  # pragma: no cover - Python < 3.9
                pass
        return moment.strftime("%d/%m/%Y %H:%M")
    if isinstance(moment, dt.date):
        return moment.strftime("%d/%m/%Y")
    return "" if moment is None else str(moment)


def templates() -> Dict[str, str]:
    """One translated sentence per triage problem code (parameters: docs/TRIAGE.md)."""
    return {
        "stale_report": translate(
            "TriageText", "changed by {by} on {at} meanwhile: reload it and try again"
        ),
        "transition_not_allowed": translate(
            "TriageText", "not possible: from '{from}' to '{to}' is not allowed"
        ),
        "refusal_reason_required": translate("TriageText", "give the reason of the refusal"),
        "unknown_refusal_reason": translate("TriageText", "unknown refusal reason '{reason}'"),
        "refusal_text_required": translate(
            "TriageText", "explain the reason '{reason}' in the text"
        ),
        "duplicate_of_itself": translate("TriageText", "a report cannot be its own duplicate"),
        "duplicate_of_closed": translate(
            "TriageText", "report #{original} is closed: choose an open report"
        ),
        "duplicate_of_duplicate": translate(
            "TriageText", "report #{original} is itself a duplicate of #{its_original}"
        ),
        "original_required": translate("TriageText", "choose the original report"),
        "report_is_duplicate": translate(
            "TriageText", "the report is a duplicate of #{original}: reopen it first"
        ),
        "unknown_sub_category": translate("TriageText", "unknown sub-category '{sub_category}'"),
        "sub_category_required": translate("TriageText", "choose a sub-category"),
        "target_service_required": translate("TriageText", "choose the service"),
        "reroute_reason_required": translate("TriageText", "give the reason of the re-routing"),
        "reroute_to_same_service": translate(
            "TriageText", "the report is already routed to this service"
        ),
        "service_required": translate("TriageText", "'{action}' is done by a service: choose one"),
        "service_not_assigned": translate(
            "TriageText", "the service has no part to answer in this report"
        ),
        "follow_up_visibility_invalid": translate(
            "TriageText", "unknown visibility '{visibility}'"
        ),
        "follow_up_text_required": translate("TriageText", "the follow-up text is empty"),
        "unknown_action": translate("TriageText", "unknown action '{action}'"),
        "unknown_report": translate("TriageText", "report #{report_id} does not exist"),
        "unknown_service": translate(
            "TriageText", "service #{service_id} does not exist or is inactive"
        ),
    }


def _params(params: Dict) -> Dict:
    """Parameters as users read them: statuses labelled, moments in Paris time."""
    shown = dict(params)
    if "at" in shown:
        shown["at"] = moment_text(shown["at"])
    level = shown.get("level")
    label = report_status_label if level == "report" else assignment_status_label
    for key in ("from", "to"):
        if key in shown:
            shown[key] = label(shown[key])
    if "action" in shown:
        shown["action"] = action_label(shown["action"])
    return shown


def problem_sentence(code: str, params: Dict) -> str:
    template = templates().get(code)
    if template is None:
        return code
    try:
        return template.format(**_params(params))
    except (KeyError, IndexError):
        return template


def refused_text(problems: Dict[int, List]) -> str:
    """The problems of a refused action (``TriageRefused.problems``), one line per report."""
    lines = []
    for report_id, found in sorted(problems.items()):
        sentences = "; ".join(problem_sentence(p.code, p.params) for p in found)
        lines.append(translate("TriageText", "Report #{}: {}").format(report_id, sentences))
    return "\n".join(lines)

"""Errors and problems in the user's language: a coded problem or error is said with the
translated sentence of its area (toolbelt/*_text.py); one without a code is shown as it is."""

from typing import Dict

from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import MAX_LISTED, InputError, Problem
from ..usecases.triage import TriageRefused
from . import (
    catalogue_text,
    communes_text,
    database_text,
    perimeter_text,
    services_text,
    statistics_text,
    triage_text,
)


def _templates() -> Dict[str, str]:
    templates: Dict[str, str] = {}
    for area in (
        catalogue_text,
        communes_text,
        database_text,
        perimeter_text,
        services_text,
        statistics_text,
    ):
        templates.update(area.templates())
    return templates


def _sentence(templates: Dict[str, str], code: str, params, english: str) -> str:
    template = templates.get(code or "")
    return template.format(**params) if template is not None else english


def problem_text(problem: Problem) -> str:
    """'where: sentence', translated when the problem has a known code."""
    text = _sentence(_templates(), problem.code, problem.parameters, problem.message)
    return "{}: {}".format(problem.where, text) if problem.where else text


def error_text(error: Exception) -> str:
    """The message of a plugin error for the user: translated summary and problems."""
    if isinstance(error, TriageRefused):
        return triage_text.refused_text(error.problems)
    templates = _templates()
    if not isinstance(error, InputError):
        return _sentence(
            templates, getattr(error, "code", ""), getattr(error, "params", {}), str(error)
        )
    summary = _sentence(templates, error.summary_code, error.summary_params, error.summary)
    lines = [summary] if summary else []
    lines += [problem_text(p) for p in error.problems[:MAX_LISTED]]
    if len(error.problems) > MAX_LISTED:
        lines.append(
            QCoreApplication.translate("ProblemText", "... and {} more problems").format(
                len(error.problems) - MAX_LISTED
            )
        )
    return "\n".join(lines)

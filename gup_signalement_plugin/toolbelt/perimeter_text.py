"""The problems of competence perimeters (core/perimeters.py codes) as translated sentences."""

from typing import Dict, List

from qgis.PyQt.QtCore import QCoreApplication

from ..core import perimeters as rules
from ..core.errors import InputError, Problem


def templates() -> Dict[str, str]:
    translate = QCoreApplication.translate
    return {
        rules.UNKNOWN_SERVICE: translate("PerimeterText", "unknown service '{service}'"),
        rules.UNKNOWN_CATEGORIES: translate("PerimeterText", "unknown categor(y/ies): {codes}"),
        rules.DATES_REVERSED: translate(
            "PerimeterText", "valid_to is before valid_from ({valid_to} < {valid_from})"
        ),
        rules.NO_GEOMETRY: translate("PerimeterText", "no geometry"),
        rules.NOT_POLYGON: translate("PerimeterText", "not a polygon"),
        rules.INVALID_GEOMETRY: translate(
            "PerimeterText", "invalid geometry: {reason} (fix it, or use the repair option)"
        ),
        rules.GEOMETRY_REPAIRED: translate("PerimeterText", "invalid geometry repaired ({reason})"),
        rules.OUTSIDE_TERRITORY: translate(
            "PerimeterText", "entirely outside the territory's communes"
        ),
    }


def problem_text(problem: Problem) -> str:
    """'where: sentence', translated for the perimeter problems, as is for the others."""
    template = templates().get(getattr(problem, "code", None))
    if template is None:
        return str(problem)
    return "{}: {}".format(problem.where, template.format(**problem.parameters))


def translated(error: InputError, summary: str) -> InputError:
    """The same problems with a translated summary and translated sentences."""
    lines: List[Problem] = [Problem("", problem_text(p)) for p in error.problems]
    return InputError(lines, summary)

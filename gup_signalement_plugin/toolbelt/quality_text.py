"""The quality guard's reasons (core/quality.py sentence codes and parameters) as translated
sentences: for the quarantine form (as a QGIS expression) and the dialogs (as text)."""

from typing import Any, Dict, Mapping

from qgis.core import QgsExpression
from qgis.PyQt.QtCore import QCoreApplication

from ..core import quality as q


def templates() -> Dict[str, str]:
    """One translated sentence per sentence code; parameters as in quality.SENTENCES."""
    translate = QCoreApplication.translate
    return {
        q.MALFORMED: translate("QualityText", "Unreadable record: {problems}."),
        q.MISSING_COORDINATES + ".zero": translate(
            "QualityText", "Missing position: 0/0 coordinates (the « no position » marker)."
        ),
        q.MISSING_COORDINATES + ".zero_address": translate(
            "QualityText",
            "Missing position: 0/0 coordinates (the « no position » marker); address given: "
            "{address}.",
        ),
        q.MISSING_COORDINATES + ".unreadable": translate(
            "QualityText", "Missing position: unreadable coordinates."
        ),
        q.MISSING_COORDINATES + ".unreadable_address": translate(
            "QualityText", "Missing position: unreadable coordinates; address given: {address}."
        ),
        q.MISSING_COORDINATES + ".partial": translate(
            "QualityText", "Missing position: only one of the two coordinates is given."
        ),
        q.MISSING_COORDINATES + ".partial_address": translate(
            "QualityText",
            "Missing position: only one of the two coordinates is given; address given: {address}.",
        ),
        q.MISSING_COORDINATES + ".none": translate(
            "QualityText", "Missing position: no coordinates."
        ),
        q.MISSING_COORDINATES + ".none_address": translate(
            "QualityText", "Missing position: no coordinates; address given: {address}."
        ),
        q.SWAPPED_COORDINATES: translate(
            "QualityText",
            "Latitude and longitude swapped: the point ({lon}, {lat}) falls outside the "
            "territory, the swapped point falls in the commune {insee}.",
        ),
        q.OUTSIDE_TERRITORY: translate(
            "QualityText", "Point ({lon}, {lat}) outside the communes of the territory."
        ),
        q.OUTSIDE_TERRITORY + ".projected": translate(
            "QualityText",
            "Coordinates ({lon}, {lat}) impossible as longitude/latitude (projected "
            "coordinates, Lambert-93?).",
        ),
        q.UNKNOWN_CATEGORY: translate(
            "QualityText",
            "External service code « {service_code} » ({service_name}) has no matching category: "
            "to be sorted.",
        ),
        q.UNKNOWN_CATEGORY + ".unlabelled": translate(
            "QualityText",
            "External service code « {service_code} » (no label) has no matching "
            "category: to be sorted.",
        ),
        q.UNKNOWN_CATEGORY + ".no_code": translate(
            "QualityText", "No service code: the category is to be sorted."
        ),
        q.EMPTY_DESCRIPTION: translate(
            "QualityText", "Empty description while the category « {category} » requires one."
        ),
        q.DATE_IN_FUTURE: translate("QualityText", "Report date in the future: {date}."),
        q.DATE_BEFORE_2000: translate("QualityText", "Report date before 2000: {date}."),
        q.MOJIBAKE: translate(
            "QualityText",
            "Badly encoded text (UTF-8 decoded twice) in the field {field}: « {text} »; proposed "
            "fix: « {repaired} ».",
        ),
    }


def reason_text(details: Mapping[str, Any]) -> str:
    """The sentence of one stored reason ({code, message, sentence, params, proposal})."""
    template = templates().get(details.get("sentence") or "")
    if template is None:  # stored before sentences had codes: the stored sentence
        return details.get("message") or details.get("code") or ""
    return template.format(**(details.get("params") or {}))


def reason_text_expression(reason: str) -> str:
    """A QGIS expression giving the translated sentence of a stored reason (``reason``, a map
    expression): the template of its sentence code with its {parameters} replaced, or the
    stored sentence for a reason stored without a sentence code."""
    whens = " ".join(
        "WHEN @sentence = {} THEN {}".format(
            QgsExpression.quotedString(code), QgsExpression.quotedString(template)
        )
        for code, template in templates().items()
    )
    return (
        "with_variable('reason', {}, with_variable('sentence', map_get(@reason, 'sentence'), "
        "with_variable('params', coalesce(map_get(@reason, 'params'), map()), "
        "coalesce(replace(CASE {} END, "
        "array_foreach(map_akeys(@params), '{{' || @element || '}}'), "
        "array_foreach(map_avals(@params), to_string(@element))), "
        "map_get(@reason, 'message')))))"
    ).format(reason, whens)

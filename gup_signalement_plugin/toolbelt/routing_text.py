"""'Why this service': the routing of a report (core/routing.py reason code and parameters,
see ``explanation()``) as a translated sentence."""

from typing import Mapping

from qgis.PyQt.QtCore import QCoreApplication

from ..core.catalogue import Audience

_ROUTED = ("single_perimeter", "higher_priority", "smaller_perimeter", "lowest_id")


_translate = QCoreApplication.translate


def explanation_text(code: str, params: Mapping[str, str]) -> str:
    """The sentence of a routing result in the user's language."""
    p = dict(params)
    if code == "outside_territory":
        return _translate(
            "RoutingText", "Point outside the communes of the territory: report put in quarantine."
        )
    if code == "category_not_open" and p.get("audience") == Audience.AGENTS.value:
        text = _translate(
            "RoutingText",
            "{commune}, category {category}: category not open to field agents on this date.",
        )
    elif code == "category_not_open":
        text = _translate(
            "RoutingText",
            "{commune}, category {category}: category not open to the public on this date.",
        )
    elif code == "outside_experiment":
        text = _translate(
            "RoutingText",
            "{commune}, category {category}: point outside the experiment "
            "perimeter of the category.",
        )
    elif code == "no_competent_service":
        text = _translate(
            "RoutingText",
            "{commune}, category {category}: no competence perimeter covers this "
            "point for this category on this date; to be sorted.",
        )
    elif code == "single_perimeter":
        text = _translate(
            "RoutingText",
            "{commune}, category {category}: perimeter « {perimeter} » of the "
            "service {service}, priority {priority}, the only competent "
            "perimeter.",
        )
    elif code == "higher_priority":
        text = _translate(
            "RoutingText",
            "{commune}, category {category}: perimeter « {perimeter} » of the "
            "service {service}, priority {priority}, ahead of « {perimeter2} » "
            "of the service {service2}, priority {priority2}.",
        )
    elif code == "smaller_perimeter":
        text = _translate(
            "RoutingText",
            "{commune}, category {category}: perimeter « {perimeter} » of the "
            "service {service}, priority {priority}, smaller than « {perimeter2} "
            "» of the service {service2} at equal priority.",
        )
    elif code == "lowest_id":
        text = _translate(
            "RoutingText",
            "{commune}, category {category}: perimeter « {perimeter} » of the "
            "service {service}, priority {priority}, tied with « {perimeter2} » "
            "of the service {service2} (priority and surface): decided by the "
            "perimeter number.",
        )
    else:
        return code
    text = text.format_map(_Blank(p))
    if "message" in p and code in ("category_not_open", "outside_experiment"):
        text += " " + p["message"]
    if "copies" in p and (code in _ROUTED or code == "no_competent_service"):
        text += " " + _translate("RoutingText", "Copied to: {}.").format(p["copies"])
    return text


class _Blank(dict):
    """Parameters for str.format_map: a missing one reads as '?'."""

    def __missing__(self, key: str) -> str:
        return "?"

"""The problems of services (core/services.py codes) as translated sentences."""

from typing import Dict

from qgis.PyQt.QtCore import QCoreApplication

from ..core import services as rules


def templates() -> Dict[str, str]:
    """One translated sentence per code; the parameters are those of services.MESSAGES."""
    translate = QCoreApplication.translate
    return {
        rules.EMPTY_NAME: translate("ServicesText", "the name is empty"),
        rules.NAME_USED: translate("ServicesText", "the name '{name}' is already used on {first}"),
        rules.UNKNOWN_TYPE: translate(
            "ServicesText", "unknown type '{kind}' (expected: {expected})"
        ),
        rules.UNKNOWN_COMMUNE: translate("ServicesText", "unknown commune code '{insee}'"),
        rules.NOT_AN_EMAIL: translate("ServicesText", "'{email}' is not an e-mail address"),
        rules.NOT_YES_NO: translate(
            "ServicesText",
            "column '{column}': '{value}' is not a yes/no value (write true or false, oui or "
            "non, 1 or 0)",
        ),
        rules.FILE_REFUSED: translate(
            "ServicesText", "The services file {source} cannot be imported:"
        ),
    }

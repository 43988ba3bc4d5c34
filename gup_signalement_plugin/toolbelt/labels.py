"""Labels users read for values stored in the database, one set each, shared by the dialogs and
the layer legends (a routing status reads the same in "Why this service?" and in the legend)."""

from typing import Optional

from qgis.PyQt.QtCore import QCoreApplication


def routing_status_label(status: Optional[str]) -> str:
    """A report's ``statut_routage`` as users read it (None: not routed yet)."""
    translate = QCoreApplication.translate
    if status is None:
        return translate("Labels", "Not routed yet")
    labels = {
        "routed": translate("Labels", "Routed to a service"),
        "triage": translate("Labels", "Triage queue (no competent service)"),
        "not_open": translate("Labels", "Category not open"),
        "quarantine": translate("Labels", "Quarantine (outside the territory)"),
    }
    return labels.get(status, status)


def group_label(group: Optional[str]) -> str:
    """A GUP group role as users read it (docs/RIGHTS.md)."""
    translate = QCoreApplication.translate
    labels = {
        "gup_admin": translate("Labels", "Administrator (gup_admin)"),
        "gup_operateur": translate("Labels", "Triage operator (gup_operateur)"),
        "gup_agent": translate("Labels", "Service agent (gup_agent)"),
        "gup_lecteur": translate("Labels", "Reader (gup_lecteur)"),
    }
    return labels.get(group, group or translate("Labels", "(no group)"))

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

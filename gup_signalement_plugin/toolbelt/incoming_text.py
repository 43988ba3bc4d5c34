"""The counts of a synchronisation or import run and its state, as users read them (translated):
the dialogs and the Processing log show these; the core's ``RunCounts.describe()`` stays the
plain English line of the technical log."""
from typing import Callable, Dict

from qgis.PyQt.QtCore import QCoreApplication

from ..core.ingest import RunCounts
from .incoming_layers import reason_label
from .routing_layers import status_label


def counts_summary(counts: RunCounts) -> str:
    text = QCoreApplication.translate(
        "IncomingText", "{} read, {} new, {} updated, {} unchanged, {} quarantined, {} released "
        "from quarantine, {} routed to a service").format(
        counts.read, counts.new, counts.updated, counts.unchanged, counts.quarantined,
        counts.released, counts.routed)
    if counts.by_reason:
        text += QCoreApplication.translate("IncomingText", "; quarantine: ") + counted(
            counts.by_reason, reason_label)
    if counts.by_routing:
        text += QCoreApplication.translate("IncomingText", "; routing: ") + counted(
            counts.by_routing, status_label)
    return text


def counted(counts: Dict[str, int], label: Callable[[str], str]) -> str:
    """'3 × Outside the 24 communes, 1 × …' from codes and their counts ('–' when none)."""
    return ", ".join("{} × {}".format(n, label(code)) for code, n in sorted(counts.items())) or "–"


def run_state_label(state: str) -> str:
    labels = {"running": QCoreApplication.translate("IncomingText", "running"),
              "done": QCoreApplication.translate("IncomingText", "done"),
              "failed": QCoreApplication.translate("IncomingText", "failed"),
              "canceled": QCoreApplication.translate("IncomingText", "canceled")}
    return labels.get(state, state)

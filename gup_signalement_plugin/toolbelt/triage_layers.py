"""The triage layer the dock adds: reports coloured by triage status, overdue ones ringed in red,
each duplicate linked to its original by a dashed line (a geometry generator)."""

from typing import List, Tuple

from qgis.core import (
    QgsGeometryGeneratorSymbolLayer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsProject,
    QgsProperty,
    QgsRuleBasedRenderer,
    QgsSymbol,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QColor

from ..core.workflow import OPEN_REPORT_STATUSES, REPORT_STATUSES
from .layers import _postgres_layer, add_to_project
from .styles import SCALED_MARKER_SIZE
from .triage_text import report_status_label

TRIAGE_STATUS_COLORS = {
    "new": "#1e88e5",
    "in_progress": "#fb8c00",
    "to_triage": "#8e24aa",
    "closed": "#9e9e9e",
    "duplicate": "#6d4c41",
}
OVERDUE_COLOR = "#d50000"
OVERDUE_RULE = "\"statut_traitement\" IN ({}) AND \"date_prevue\" < to_date(now())".format(
    ", ".join("'{}'".format(s) for s in OPEN_REPORT_STATUSES)
)
DUPLICATE_RULE = "\"doublon_de\" IS NOT NULL"
DUPLICATE_LINK = "make_line($geometry, geometry(get_feature(@layer, 'id', \"doublon_de\")))"


def triage_layer_name() -> str:
    return QCoreApplication.translate("TriageLayers", "Reports (triage)")


def _marker(color: str, size: float, smallest: float, fill: bool = True) -> QgsMarkerSymbol:
    symbol = QgsMarkerSymbol.createSimple(
        {
            "name": "circle",
            "color": color if fill else "0,0,0,0",
            "size": str(size),
            "outline_color": QColor(color).darker(150).name() if fill else color,
            "outline_width": "0.1" if fill else "0.5",
        }
    )
    symbol.setDataDefinedSize(
        QgsProperty.fromExpression(SCALED_MARKER_SIZE.format(large=size, small=smallest))
    )
    return symbol


def _duplicate_link_symbol() -> QgsMarkerSymbol:
    """A marker symbol drawing the dashed line from a duplicate to its original."""
    line = QgsLineSymbol.createSimple(
        {"line_color": TRIAGE_STATUS_COLORS["duplicate"], "line_width": "0.4", "line_style": "dash"}
    )
    generator = QgsGeometryGeneratorSymbolLayer.create({"geometryModifier": DUPLICATE_LINK})
    generator.setSymbolType(QgsSymbol.Line)
    generator.setSubSymbol(line)
    symbol = QgsMarkerSymbol()
    symbol.changeSymbolLayer(0, generator)
    return symbol


def style_rules() -> List[Tuple[str, str]]:
    """(legend label, filter) of the layer's rules, in drawing order."""
    translate = QCoreApplication.translate
    rules = [(translate("TriageLayers", "Duplicate → its original"), DUPLICATE_RULE)]
    rules += [
        (report_status_label(status), "\"statut_traitement\" = '{}'".format(status))
        for status in REPORT_STATUSES
    ]
    rules.append((translate("TriageLayers", "Overdue"), OVERDUE_RULE))
    return rules


def triage_renderer() -> QgsRuleBasedRenderer:
    root = QgsRuleBasedRenderer.Rule(None)
    symbols = [_duplicate_link_symbol()]
    symbols += [_marker(TRIAGE_STATUS_COLORS[status], 2.6, 0.8) for status in REPORT_STATUSES]
    symbols.append(_marker(OVERDUE_COLOR, 3.8, 1.4, fill=False))
    for (label, expression), symbol in zip(style_rules(), symbols):
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label))
    return QgsRuleBasedRenderer(root)


def triage_layer(connection_name: str) -> QgsVectorLayer:
    layer = _postgres_layer(connection_name, "signalement", triage_layer_name(), "id")
    layer.setRenderer(triage_renderer())
    layer.setDisplayExpression("'#' || \"id\" || ' ' || \"categorie_code\"")
    return layer


def add_triage_layer(connection_name: str, project: QgsProject) -> QgsVectorLayer:
    return add_to_project(project, triage_layer(connection_name))

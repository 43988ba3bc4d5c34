"""The look of the opening stages, in one place: the matrix dialog and the map layers use it."""
from qgis.core import (QgsCategorizedSymbolRenderer, QgsFillSymbol, QgsMarkerSymbol,
                       QgsRendererCategory)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QColor

from ..core.catalogue import Stage

STAGE_COLORS = {Stage.CLOSED: "#b0b0b0", Stage.AGENTS: "#f39c12", Stage.PUBLIC: "#27ae60"}


def stage_label(stage: Stage) -> str:
    """The stage as users read it (translated)."""
    labels = {Stage.CLOSED: QCoreApplication.translate("Stage", "Closed"),
              Stage.AGENTS: QCoreApplication.translate("Stage", "Agents only"),
              Stage.PUBLIC: QCoreApplication.translate("Stage", "Public")}
    return labels[stage]


def stage_short_label(stage: Stage) -> str:
    """The stage in a matrix cell, where the colour already tells it."""
    labels = {Stage.CLOSED: QCoreApplication.translate("Stage", "closed", "short, in a matrix cell"),
              Stage.AGENTS: QCoreApplication.translate("Stage", "agents", "short, in a matrix cell"),
              Stage.PUBLIC: QCoreApplication.translate("Stage", "public", "short, in a matrix cell")}
    return labels[stage]


def stage_color(stage: Stage) -> QColor:
    return QColor(STAGE_COLORS[stage])


def stage_renderer(field: str = "etape") -> QgsCategorizedSymbolRenderer:
    """Polygons coloured by stage, with a white outline so that communes stay distinct."""
    categories = []
    for stage in Stage:
        symbol = QgsFillSymbol.createSimple({"color": STAGE_COLORS[stage], "outline_color": "#ffffff",
                                             "outline_width": "0.4"})
        categories.append(QgsRendererCategory(stage.value, symbol, stage_label(stage)))
    return QgsCategorizedSymbolRenderer(field, categories)


def marker_renderer(expression: str, colors, label, shape: str = "circle",
                    size: float = 2.4) -> QgsCategorizedSymbolRenderer:
    """Points in one colour per value (``colors``: value -> colour, ``label(value)``: its legend
    text), with a thin white outline so that dense points stay readable."""
    categories = []
    for value, color in colors.items():
        symbol = QgsMarkerSymbol.createSimple({"name": shape, "color": color, "size": str(size),
                                               "outline_color": "#ffffff", "outline_width": "0.3"})
        categories.append(QgsRendererCategory(value, symbol, label(value)))
    return QgsCategorizedSymbolRenderer(expression, categories)

"""The look of the map layers in one place: stage colours (the matrix dialog uses them too),
markers, label fonts."""

from typing import Optional

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsMarkerSymbol,
    QgsProperty,
    QgsRendererCategory,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QColor, QFont, QFontDatabase

from ..core.catalogue import Stage

STAGE_COLORS = {Stage.CLOSED: "#b0b0b0", Stage.AGENTS: "#f39c12", Stage.PUBLIC: "#27ae60"}
STAGE_FILL_ALPHA = 110  # of 255: the communes, perimeters and reports stay visible through
# Sans-serif families, the first one installed is used for labels: DejaVu Sans comes with every
# Debian/Ubuntu desktop (fontconfig's default), Arial and Segoe UI with Windows, Helvetica with
# macOS. Qt's own fallback ("DejaVu LGC Sans" offscreen) is often missing, hence this list.
LABEL_FONT_FAMILIES = (
    "DejaVu Sans",
    "Liberation Sans",
    "Noto Sans",
    "Arial",
    "Segoe UI",
    "Helvetica",
)
# Markers shrink as the map zooms out: readable points in a street, a dot map on the territory
SCALED_MARKER_SIZE = "scale_linear(@map_scale, 5000, 100000, {large}, {small})"


def label_font_family() -> str:
    """A sans-serif font family installed on this machine, for labels (QgsFontUtils's
    fontFamilyOnSystem says yes to any name: the font database is asked instead)."""
    installed = QFontDatabase().families()
    for family in LABEL_FONT_FAMILIES + (QFont().defaultFamily(),):
        if family in installed:
            return family
    return installed[0] if installed else QFont().defaultFamily()


def stage_label(stage: Stage) -> str:
    """The stage as users read it (translated)."""
    labels = {
        Stage.CLOSED: QCoreApplication.translate("Stage", "Closed"),
        Stage.AGENTS: QCoreApplication.translate("Stage", "Agents only"),
        Stage.PUBLIC: QCoreApplication.translate("Stage", "Public"),
    }
    return labels[stage]


def stage_short_label(stage: Stage) -> str:
    """The stage in a matrix cell, where the colour already tells it."""
    labels = {
        Stage.CLOSED: QCoreApplication.translate("Stage", "closed", "short, in a matrix cell"),
        Stage.AGENTS: QCoreApplication.translate("Stage", "agents", "short, in a matrix cell"),
        Stage.PUBLIC: QCoreApplication.translate("Stage", "public", "short, in a matrix cell"),
    }
    return labels[stage]


def stage_color(stage: Stage) -> QColor:
    return QColor(STAGE_COLORS[stage])


def stage_renderer(field: str = "etape") -> QgsCategorizedSymbolRenderer:
    """Polygons coloured by stage, semi-transparent, with a white outline so that communes stay
    distinct."""
    categories = []
    for stage in Stage:
        fill = stage_color(stage)
        fill.setAlpha(STAGE_FILL_ALPHA)
        symbol = QgsFillSymbol.createSimple(
            {
                "color": "{},{},{},{}".format(fill.red(), fill.green(), fill.blue(), fill.alpha()),
                "outline_color": "#ffffff",
                "outline_width": "0.4",
            }
        )
        categories.append(QgsRendererCategory(stage.value, symbol, stage_label(stage)))
    return QgsCategorizedSymbolRenderer(field, categories)


def marker_renderer(
    expression: str,
    colors,
    label,
    shape: str = "circle",
    size: float = 2.4,
    smallest: Optional[float] = None,
) -> QgsCategorizedSymbolRenderer:
    """Points in one colour per value (``colors``: value -> colour, ``label(value)``: its legend
    text), with a thin darker outline so that dense points stay readable. With ``smallest``, the
    markers shrink from ``size`` (1:5,000 and closer) to ``smallest`` (1:100,000 and farther)."""
    categories = []
    for value, color in colors.items():
        symbol = QgsMarkerSymbol.createSimple(
            {
                "name": shape,
                "color": color,
                "size": str(size),
                "outline_color": QColor(color).darker(150).name(),
                "outline_width": "0.1",
            }
        )
        if smallest is not None:
            symbol.setDataDefinedSize(
                QgsProperty.fromExpression(SCALED_MARKER_SIZE.format(large=size, small=smallest))
            )
        categories.append(QgsRendererCategory(value, symbol, label(value)))
    return QgsCategorizedSymbolRenderer(expression, categories)

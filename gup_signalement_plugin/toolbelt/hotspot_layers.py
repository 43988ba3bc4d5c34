"""The look of the hotspot layers: Gi_Bin classes in diverging colours, emerging categories
with ArcGIS-like symbols, a heatmap of reports, the space-time bins on the Temporal
Controller, the analysis choices in the layer metadata, and the editable "Points noirs" layer."""

from typing import Any, Dict

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsEditorWidgetSetup,
    QgsFillSymbol,
    QgsGradientColorRamp,
    QgsHeatmapRenderer,
    QgsLayerMetadata,
    QgsProject,
    QgsRendererCategory,
    QgsVectorLayer,
    QgsVectorLayerTemporalProperties,
)
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QColor

from ..core.hotspots.emerging import CATEGORIES
from ..usecases.hotspots import POINT_NOIR_STATUSES
from .hotspot_text import bin_label, category_label, choice_lines, status_label
from .layers import _postgres_layer, add_to_project, label_layer

CHOICES_PROPERTY = "gup_signalement/hotspot_choices"
# ColorBrewer RdBu (7 classes), white for "not significant"
BIN_COLORS = {
    3: "#b2182b",
    2: "#ef8a62",
    1: "#fddbc7",
    0: "#f7f7f7",
    -1: "#d1e5f0",
    -2: "#67a9cf",
    -3: "#2166ac",
}
# (fill colour, outline style, pattern) per emerging category, close to ArcGIS Pro's legend:
# reds for hot, blues for cold, hatching for the intermittent ones
HOT_SHADES = {
    "new": "#ff0000",
    "consecutive": "#ff5a5a",
    "intensifying": "#8b0000",
    "persistent": "#c51b1b",
    "diminishing": "#f4a582",
    "sporadic": "#ff9ea0",
    "oscillating": "#d6604d",
    "historical": "#fddbc7",
}
COLD_SHADES = {
    "new": "#0000ff",
    "consecutive": "#5a5aff",
    "intensifying": "#00008b",
    "persistent": "#1b1bc5",
    "diminishing": "#92c5de",
    "sporadic": "#a0a0ff",
    "oscillating": "#4393c3",
    "historical": "#d1e5f0",
}
HATCHED = ("sporadic", "oscillating")
STATUS_COLORS = {
    "watch": "#f9a825",
    "action_plan": "#ef6c00",
    "works_planned": "#6a1b9a",
    "resolved": "#2e7d32",
}


translate = QCoreApplication.translate


def gistar_layer_name() -> str:
    return translate("HotspotLayers", "Hot spots (Gi*)")


def emerging_layer_name() -> str:
    return translate("HotspotLayers", "Emerging hot spots")


def bins_layer_name() -> str:
    return translate("HotspotLayers", "Space-time bins")


def clusters_layer_name() -> str:
    return translate("HotspotLayers", "Report clusters")


def concentrations_layer_name() -> str:
    return translate("HotspotLayers", "Report concentrations")


def points_noirs_layer_name() -> str:
    return translate("HotspotLayers", "Points noirs")


def _fill(
    color: str, outline: str = "#ffffff", width: float = 0.15, style: str = "solid"
) -> QgsFillSymbol:
    return QgsFillSymbol.createSimple(
        {"color": color, "outline_color": outline, "outline_width": str(width), "style": style}
    )


def gi_bin_renderer(field: str = "Gi_Bin") -> QgsCategorizedSymbolRenderer:
    """Seven classes, reds (hot) through white to blues (cold), strongest first."""
    categories = []
    for value in (3, 2, 1, 0, -1, -2, -3):
        symbol = _fill(BIN_COLORS[value], "#bdbdbd" if value == 0 else "#ffffff")
        if value == 0:
            symbol.setOpacity(0.35)
        categories.append(QgsRendererCategory(value, symbol, bin_label(value)))
    return QgsCategorizedSymbolRenderer(field, categories)


def emerging_renderer(field: str = "category") -> QgsCategorizedSymbolRenderer:
    """One symbol per emerging category; "no pattern" transparent with a grey outline."""
    categories = []
    for code in CATEGORIES:
        if code == "no_pattern":
            symbol = _fill("#ffffff", "#bdbdbd", 0.1)
            symbol.setOpacity(0.3)
        else:
            family, side = code.rsplit("_", 1)
            color = (HOT_SHADES if side == "hot" else COLD_SHADES)[family]
            symbol = _fill(color, QColor(color).darker(140).name(), 0.2)
            if family in HATCHED:
                symbol.symbolLayer(0).setBrushStyle(Qt.BDiagPattern)
        categories.append(QgsRendererCategory(code, symbol, category_label(code)))
    return QgsCategorizedSymbolRenderer(field, categories)


def heatmap_renderer(radius_mm: float = 6.0) -> QgsHeatmapRenderer:
    """A quick look at the density of reports (descriptive only: no statistics)."""
    renderer = QgsHeatmapRenderer()
    renderer.setRadius(radius_mm)
    ramp = QgsGradientColorRamp(QColor(255, 255, 178, 0), QColor("#bd0026"))
    renderer.setColorRamp(ramp)
    return renderer


def set_choices_metadata(layer: QgsVectorLayer, title: str, choices: Dict[str, Any]) -> None:
    """The analysis's automatic choices in the layer's metadata (abstract and keywords) and a
    custom property, so that they travel with the layer."""
    lines = choice_lines(choices)
    metadata = QgsLayerMetadata(layer.metadata())
    metadata.setTitle(title)
    metadata.setAbstract("\n".join(lines))
    metadata.addKeywords(
        translate("HotspotLayers", "Hot spots"), [line.split(":", 1)[0] for line in lines]
    )
    layer.setMetadata(metadata)
    layer.setCustomProperty(CHOICES_PROPERTY, "\n".join(lines))


def set_bins_temporal(
    layer: QgsVectorLayer, start: str = "step_start", end: str = "step_end"
) -> None:
    """The space-time bins on the Temporal Controller: each bin lasts its time step."""
    temporal = layer.temporalProperties()
    temporal.setMode(QgsVectorLayerTemporalProperties.ModeFeatureDateTimeStartAndEndFromFields)
    temporal.setStartField(start)
    temporal.setEndField(end)
    temporal.setIsActive(True)


def status_value_map() -> QgsEditorWidgetSetup:
    return QgsEditorWidgetSetup(
        "ValueMap", {"map": [{status_label(code): code} for code in POINT_NOIR_STATUSES]}
    )


def points_noirs_renderer() -> QgsCategorizedSymbolRenderer:
    categories = []
    for code in POINT_NOIR_STATUSES:
        color = QColor(STATUS_COLORS[code])
        fill = QColor(color)
        fill.setAlpha(70)
        symbol = _fill(
            "{},{},{},{}".format(fill.red(), fill.green(), fill.blue(), fill.alpha()),
            color.name(),
            0.8,
        )
        categories.append(QgsRendererCategory(code, symbol, status_label(code)))
    return QgsCategorizedSymbolRenderer("statut", categories)


def add_points_noirs_layer(connection_name: str, project: QgsProject) -> QgsVectorLayer:
    """The points noirs, coloured by status, labelled with their name, with a French form
    (status value map, works date calendar; history and stamps read-only)."""
    layer = _postgres_layer(connection_name, "point_noir", points_noirs_layer_name(), "id")
    layer.setRenderer(points_noirs_renderer())
    label_layer(layer, "nom")
    fields = layer.fields()
    aliases = {
        "nom": translate("HotspotLayers", "Name"),
        "statut": translate("HotspotLayers", "Status"),
        "categories": translate("HotspotLayers", "Categories"),
        "service_id": translate("HotspotLayers", "Owner service"),
        "notes": translate("HotspotLayers", "Notes"),
        "date_travaux": translate("HotspotLayers", "Works done on"),
        "origine": translate("HotspotLayers", "Origin"),
        "cree_par": translate("HotspotLayers", "Created by"),
        "cree_le": translate("HotspotLayers", "Created on"),
        "modifie_par": translate("HotspotLayers", "Modified by"),
        "modifie_le": translate("HotspotLayers", "Modified on"),
    }
    for name, alias in aliases.items():
        layer.setFieldAlias(fields.indexOf(name), alias)
    layer.setEditorWidgetSetup(fields.indexOf("statut"), status_value_map())
    layer.setEditorWidgetSetup(
        fields.indexOf("date_travaux"),
        QgsEditorWidgetSetup(
            "DateTime",
            {
                "field_format": "yyyy-MM-dd",
                "display_format": "dd/MM/yyyy",
                "calendar_popup": True,
                "allow_null": True,
            },
        ),
    )
    config = layer.editFormConfig()
    for name in ("id", "origine", "cree_par", "cree_le", "modifie_par", "modifie_le"):
        config.setReadOnly(fields.indexOf(name), True)
    layer.setEditFormConfig(config)
    return add_to_project(project, layer)

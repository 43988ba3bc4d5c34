"""Styled PostGIS layers of the GUP schema added to a project through a stored connection.

The plugin's menu and `make demo` build their layers with these functions (and those of
routing_layers and incoming_layers): same names, legends and order in both."""

from typing import List, Optional

from qgis.core import (
    QgsCoordinateTransform,
    QgsExpression,
    QgsFillSymbol,
    QgsLayerTree,
    QgsMapLayer,
    QgsPalLayerSettings,
    QgsProject,
    QgsReferencedRectangle,
    QgsSingleSymbolRenderer,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QColor, QFont

from ..core.errors import GupError
from .connections import layer_uri, set_layer_connection
from .styles import label_font_family, stage_renderer

BACKGROUND_PROPERTY = "gup_signalement/background"  # the communes: drawn below everything
TERRITORY_MARGIN = 0.08  # of the communes' extent, around the territory in the map views


def _postgres_layer(
    connection_name: str,
    table: str,
    name: str,
    key: str,
    sql: str = "",
    geometry_column: str = "geom",
) -> QgsVectorLayer:
    layer = QgsVectorLayer(
        layer_uri(connection_name, table, geometry_column, key, sql), name, "postgres"
    )
    if not layer.isValid():
        raise GupError(
            QCoreApplication.translate(
                "Layers",
                "The layer '{}' cannot be loaded from the connection '{}': is the GUP "
                "structure installed?",
            ).format(table, connection_name)
        )
    set_layer_connection(layer, connection_name)
    return layer


def drawing_rank(layer: QgsMapLayer) -> int:
    """Where a layer goes in the layer tree, from the top: points, lines, polygons, the
    background (communes), then tables."""
    if layer.customProperty(BACKGROUND_PROPERTY, False):
        return 3
    if not layer.isSpatial():
        return 4
    ranks = {QgsWkbTypes.PointGeometry: 0, QgsWkbTypes.LineGeometry: 1}
    return ranks.get(layer.geometryType(), 2) if isinstance(layer, QgsVectorLayer) else 2


def add_to_project(project: QgsProject, layer: QgsMapLayer, expanded: bool = True) -> QgsMapLayer:
    """Add a layer to the project, in the layer tree above the layers drawn below it (points on
    top of polygons, communes at the bottom) and above the layers of its own kind; a long
    legend can start collapsed (``expanded=False``)."""
    project.addMapLayer(layer, False)
    root = project.layerTreeRoot()
    rank = drawing_rank(layer)
    children = root.children()
    position = len(children)
    for index, node in enumerate(children):
        if (
            QgsLayerTree.isLayer(node)
            and node.layer() is not None
            and drawing_rank(node.layer()) >= rank
        ):
            position = index
            break
    root.insertLayer(position, layer).setExpanded(expanded)
    return layer


def label_layer(
    layer: QgsVectorLayer,
    field_or_expression: str,
    size: float = 8,
    is_expression: bool = False,
    visible_from_scale: Optional[float] = None,
    bold: bool = False,
) -> None:
    """Dark labels with a white buffer, from a field or an expression, in an installed font;
    with ``visible_from_scale`` (e.g. 25000), only at that scale and closer."""
    settings = QgsPalLayerSettings()
    settings.fieldName = field_or_expression
    settings.isExpression = is_expression
    if visible_from_scale:
        settings.scaleVisibility = True
        settings.minimumScale = visible_from_scale
    text = QgsTextFormat()
    font = QFont(label_font_family())
    font.setBold(bold)
    text.setFont(font)
    text.setSize(size)
    text.setColor(QColor("#222222"))
    buffer = text.buffer()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    text.setBuffer(buffer)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def communes_layer_name() -> str:
    return QCoreApplication.translate("Layers", "Communes")


def add_communes_layer(connection_name: str, project: QgsProject) -> QgsVectorLayer:
    """The communes, outlined and labelled with their name, at the bottom of the layer tree."""
    layer = _postgres_layer(connection_name, "commune", communes_layer_name(), "code_insee")
    symbol = QgsFillSymbol.createSimple(
        {"color": "255,255,255,0", "outline_color": "#34495e", "outline_width": "0.6"}
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    label_layer(layer, "nom", 8.5, bold=True)
    layer.setCustomProperty(BACKGROUND_PROPERTY, True)
    return add_to_project(project, layer)


def territory_extent(connection_name: str) -> QgsReferencedRectangle:
    """The communes' bounding box with a margin, in their CRS (Lambert-93)."""
    communes = _postgres_layer(connection_name, "commune", communes_layer_name(), "code_insee")
    extent = communes.extent()
    extent.grow(TERRITORY_MARGIN * max(extent.width(), extent.height()))
    return QgsReferencedRectangle(extent, communes.crs())


def keep_full_extent_on_territory(connection_name: str, project: QgsProject) -> None:
    """Unless the project has one, set its full extent (Project properties > View settings) to
    the territory and its current layers: "Zoom to full extent" then ignores layers whose points
    lie thousands of kilometres away (quarantined reports with swapped coordinates)."""
    view = project.viewSettings()
    if not view.presetFullExtent().isNull():
        return
    territory = territory_extent(connection_name)
    current = view.fullExtent()
    if current.isNull() or current.isEmpty() or not project.crs().isValid():
        view.setPresetFullExtent(territory)
        return
    transform = QgsCoordinateTransform(territory.crs(), project.crs(), project.transformContext())
    extent = transform.transformBoundingBox(territory)
    extent.combineExtentWith(current)
    view.setPresetFullExtent(QgsReferencedRectangle(extent, project.crs()))


def add_stage_layer(
    connection_name: str, project: QgsProject, category_code: str, category_label: str
) -> QgsVectorLayer:
    """One category's stage in every commune, coloured by stage (view v_commune_categorie)."""
    sql = '"categorie_code" = {}'.format(QgsExpression.quotedValue(category_code))
    layer = _postgres_layer(
        connection_name,
        "v_commune_categorie",
        QCoreApplication.translate("Layers", "Opening: {}").format(category_label),
        "id",
        sql,
    )
    layer.setRenderer(stage_renderer("etape"))  # the communes layer names the communes
    return add_to_project(project, layer)


def add_experiment_perimeters_layer(connection_name: str, project: QgsProject) -> QgsVectorLayer:
    """Experiment perimeters of the cells, editable with QGIS's editing tools."""
    layer = _postgres_layer(
        connection_name,
        "commune_categorie",
        QCoreApplication.translate("Layers", "Experiment perimeters"),
        "",
        "",
        "perimetre_experimentation",
    )
    layer.setRenderer(
        QgsSingleSymbolRenderer(
            QgsFillSymbol.createSimple(
                {
                    "color": "52,152,219,60",
                    "outline_color": "#2980b9",
                    "outline_width": "0.5",
                    "outline_style": "dash",
                }
            )
        )
    )
    return add_to_project(project, layer)


def layer_names(project: QgsProject) -> List[str]:
    return [layer.name() for layer in project.mapLayers().values()]

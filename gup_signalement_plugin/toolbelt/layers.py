"""Styled PostGIS layers of the GUP schema added to a project through a stored connection."""
from typing import List

from qgis.core import (QgsExpression, QgsFillSymbol, QgsPalLayerSettings, QgsProject,
                       QgsSingleSymbolRenderer, QgsTextFormat, QgsVectorLayer,
                       QgsVectorLayerSimpleLabeling)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QColor

from ..core.errors import GupError
from .connections import layer_uri
from .styles import stage_renderer


def _postgres_layer(connection_name: str, table: str, name: str, key: str, sql: str = "",
                    geometry_column: str = "geom") -> QgsVectorLayer:
    layer = QgsVectorLayer(layer_uri(connection_name, table, geometry_column, key, sql), name, "postgres")
    if not layer.isValid():
        raise GupError(QCoreApplication.translate("Layers", "The layer '{}' cannot be loaded from the connection '{}': is the GUP "
                           "structure installed?").format(table, connection_name))
    return layer


def label_layer(layer: QgsVectorLayer, field_or_expression: str, size: float = 8,
                is_expression: bool = False) -> None:
    """Dark labels with a white buffer, from a field or an expression."""
    settings = QgsPalLayerSettings()
    settings.fieldName = field_or_expression
    settings.isExpression = is_expression
    text = QgsTextFormat()
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
    """The communes, outlined and labelled with their name."""
    layer = _postgres_layer(connection_name, "commune", communes_layer_name(), "code_insee")
    symbol = QgsFillSymbol.createSimple({"color": "255,255,255,0", "outline_color": "#34495e",
                                         "outline_width": "0.6"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    label_layer(layer, "nom")
    project.addMapLayer(layer)
    return layer


def add_stage_layer(connection_name: str, project: QgsProject, category_code: str,
                    category_label: str) -> QgsVectorLayer:
    """One category's stage in every commune, coloured by stage (view v_commune_categorie)."""
    sql = '"categorie_code" = {}'.format(QgsExpression.quotedValue(category_code))
    layer = _postgres_layer(connection_name, "v_commune_categorie",
                            QCoreApplication.translate("Layers", "Opening: {}").format(category_label), "id", sql)
    layer.setRenderer(stage_renderer("etape"))
    label_layer(layer, "commune", 7)
    project.addMapLayer(layer)
    return layer


def add_experiment_perimeters_layer(connection_name: str, project: QgsProject) -> QgsVectorLayer:
    """Experiment perimeters of the cells, editable with QGIS's editing tools."""
    layer = _postgres_layer(connection_name, "commune_categorie", QCoreApplication.translate("Layers", "Experiment perimeters"),
                            "", "", "perimetre_experimentation")
    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "52,152,219,60", "outline_color": "#2980b9", "outline_width": "0.5",
         "outline_style": "dash"})))
    project.addMapLayer(layer)
    return layer


def layer_names(project: QgsProject) -> List[str]:
    return [layer.name() for layer in project.mapLayers().values()]

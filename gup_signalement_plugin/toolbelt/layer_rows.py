"""A vector layer's features as rows of text, as the file import reads them: attributes with
``text_value``, the geometry in WGS84 as WKT under ``GEOMETRY_KEY``."""
from typing import Dict, List

from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform,
                       QgsCoordinateTransformContext, QgsFeatureRequest, QgsVectorLayer)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import GupError
from .values import text_value

GEOMETRY_KEY = "_wkt"  # the WKT column the import algorithm maps a layer's geometry to


def layer_rows(layer: QgsVectorLayer, transform_context: QgsCoordinateTransformContext,
               limit: int = -1) -> List[Dict[str, str]]:
    """The first ``limit`` features (-1: all) as {field: text}, plus the WGS84 WKT geometry.
    A layer whose CRS is unknown (a shapefile without .prj) is refused, not read as lon/lat."""
    transform = QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem("EPSG:4326"),
                                       transform_context)
    if layer.isSpatial() and not transform.isValid():
        raise GupError(QCoreApplication.translate(
            "LayerRows", "The layer {} has no known CRS: set it (Layer properties › Source) "
            "before importing.").format(layer.name()))
    names = layer.fields().names()
    rows = []
    for feature in layer.getFeatures(QgsFeatureRequest().setLimit(limit)):
        row = {name: text_value(feature[name]) for name in names}
        geometry = feature.geometry()
        if not geometry.isNull():
            geometry.transform(transform)
            row[GEOMETRY_KEY] = geometry.asWkt(7)
        rows.append(row)
    return rows

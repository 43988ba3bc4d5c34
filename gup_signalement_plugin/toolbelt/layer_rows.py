"""A vector layer's features as rows of text, as the file import reads them: attributes with
``text_value``, the geometry in WGS84 as WKT under ``GEOMETRY_KEY``; and the reprojection of
X/Y columns that the core CSV reader asks for."""

from typing import Dict, List, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import GupError
from .values import text_value

GEOMETRY_KEY = "_wkt"  # the WKT column the import algorithm maps a layer's geometry to


def layer_rows(
    layer: QgsVectorLayer, transform_context: QgsCoordinateTransformContext, limit: int = -1
) -> List[Dict[str, str]]:
    """The first ``limit`` features (-1: all) as {field: text}, plus the WGS84 WKT geometry.
    A layer whose CRS is unknown (a shapefile without .prj) is refused, not read as lon/lat."""
    transform = QgsCoordinateTransform(
        layer.crs(), QgsCoordinateReferenceSystem("EPSG:4326"), transform_context
    )
    if layer.isSpatial() and not transform.isValid():
        raise GupError(
            QCoreApplication.translate(
                "LayerRows",
                "The layer {} has no known CRS: set it (Layer properties › Source) "
                "before importing.",
            ).format(layer.name())
        )
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


def qgis_to_lonlat(transform_context: Optional[QgsCoordinateTransformContext] = None):
    """The ``to_lonlat(xs, ys, srid)`` callable of core.report_files, with QGIS's
    transformations (the project's transform context by default)."""
    context = transform_context or QgsProject.instance().transformContext()

    def to_lonlat(xs, ys, srid):
        transform = QgsCoordinateTransform(
            QgsCoordinateReferenceSystem("EPSG:{}".format(srid)),
            QgsCoordinateReferenceSystem("EPSG:4326"),
            context,
        )
        if not transform.isValid():
            raise GupError(
                QCoreApplication.translate(
                    "ImportReportsFile", "No transformation from EPSG:{} to WGS84."
                ).format(srid)
            )
        points = [transform.transform(QgsPointXY(x, y)) for x, y in zip(xs, ys)]
        return [p.x() for p in points], [p.y() for p in points]

    return to_lonlat

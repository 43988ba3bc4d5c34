"""The quarantine as a styled, editable PostGIS layer: pending reports coloured by their first
reason, with a form in which a person fixes the category, the coordinates (or moves the point)
and the text before releasing them (algorithm ``release_quarantine``)."""

from typing import List, Optional, Tuple

from qgis.core import QgsCategorizedSymbolRenderer, QgsEditorWidgetSetup, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from ..core import quality
from ..core.errors import GupError
from .connections import layer_connection
from .layers import _postgres_layer, add_to_project, keep_full_extent_on_territory
from .routing_layers import catalogue_layer
from .styles import marker_renderer

REASON_COLORS = {
    quality.MALFORMED: "#6d4c41",
    quality.MISSING_COORDINATES: "#9e9e9e",
    quality.SWAPPED_COORDINATES: "#1565c0",
    quality.OUTSIDE_TERRITORY: "#c62828",
    quality.UNKNOWN_CATEGORY: "#ef6c00",
    quality.DATE_IN_FUTURE: "#6a1b9a",
    quality.DATE_BEFORE_2000: "#ad1457",
    quality.EMPTY_DESCRIPTION: "#00838f",
    quality.MOJIBAKE: "#558b2f",
}


def quarantine_layer_name() -> str:
    return QCoreApplication.translate("IncomingLayers", "Quarantined reports (to fix and release)")


def reason_label(code: str) -> str:
    labels = {
        quality.MALFORMED: QCoreApplication.translate("IncomingLayers", "Unreadable record"),
        quality.MISSING_COORDINATES: QCoreApplication.translate("IncomingLayers", "No position"),
        quality.SWAPPED_COORDINATES: QCoreApplication.translate(
            "IncomingLayers", "Latitude and longitude swapped"
        ),
        quality.OUTSIDE_TERRITORY: QCoreApplication.translate(
            "IncomingLayers", "Outside the 24 communes"
        ),
        quality.UNKNOWN_CATEGORY: QCoreApplication.translate(
            "IncomingLayers", "Category to sort out"
        ),
        quality.DATE_IN_FUTURE: QCoreApplication.translate("IncomingLayers", "Date in the future"),
        quality.DATE_BEFORE_2000: QCoreApplication.translate("IncomingLayers", "Date before 2000"),
        quality.EMPTY_DESCRIPTION: QCoreApplication.translate(
            "IncomingLayers", "Description required"
        ),
        quality.MOJIBAKE: QCoreApplication.translate("IncomingLayers", "Badly encoded text"),
    }
    return labels.get(code, code)


def quarantine_renderer() -> QgsCategorizedSymbolRenderer:
    """Squares coloured by the first reason (a report may have several), a little larger than
    the reports' dots so that they stand out above them."""
    return marker_renderer(
        "array_get(\"raisons\", 0)", REASON_COLORS, reason_label, "square", size=3.0, smallest=1.2
    )


def add_quarantine_layer(connection_name: str, project: QgsProject) -> QgsVectorLayer:
    """The pending quarantine rows (rows without a position are in the attribute table), with
    its form (toolbelt.quarantine_form) and the catalogue to choose a category from. Points with
    swapped coordinates lie thousands of kilometres away: the project's full extent is kept on
    the territory (see keep_full_extent_on_territory); they are found in the attribute table and
    the form."""
    from .quarantine_form import configure_quarantine_form  # it uses reason_label, from here

    layer = _postgres_layer(
        connection_name, "quarantaine", quarantine_layer_name(), "id", "\"etat\" = 'pending'"
    )
    layer.setRenderer(quarantine_renderer())
    configure_quarantine_form(layer)
    fields = layer.fields()
    index = fields.indexOf("categorie_code")
    if index >= 0:  # the labels of the dialogs (public label), top-level active categories
        layer.setEditorWidgetSetup(
            index,
            QgsEditorWidgetSetup(
                "ValueRelation",
                {
                    "Layer": catalogue_layer(connection_name, project).id(),
                    "Key": "code",
                    "Value": "libelle_public",
                    "AllowNull": True,
                    "OrderByValue": True,
                    "FilterExpression": "\"parent_code\" IS NULL AND \"actif\"",
                },
            ),
        )
    keep_full_extent_on_territory(connection_name, project)
    return add_to_project(project, layer)


def selected_quarantine(
    project: QgsProject,
) -> Tuple[Optional[str], List[int], List[QgsVectorLayer]]:
    """(connection, ids, layers) of the reports selected in the project's quarantine layers.
    Raises GupError when the selection spans layers of different connections."""
    layers = [
        layer
        for layer in project.mapLayersByName(quarantine_layer_name())
        if layer.selectedFeatureCount()
    ]
    connections = {layer_connection(layer) for layer in layers}
    if len(connections) > 1:
        raise GupError(
            QCoreApplication.translate(
                "IncomingLayers",
                "Reports are selected in quarantine layers of different "
                "connections ({}): select in one of them only.",
            ).format(", ".join(sorted(map(str, connections))))
        )
    ids = sorted({int(f["id"]) for layer in layers for f in layer.selectedFeatures()})
    return (connections.pop() if connections else None), ids, layers

"""Styled PostGIS layers for competences and routing: perimeters by service (edited with QGIS's
normal tools, with value maps for services and categories), reports by routing status, and the
services table."""

from typing import Dict, List, Optional, Tuple

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsEditorWidgetSetup,
    QgsExpression,
    QgsFieldConstraints,
    QgsFillSymbol,
    QgsProject,
    QgsRendererCategory,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QObject, QVariant
from qgis.PyQt.QtGui import QColor

from ..core.schema import SERVICE_TYPES
from ..usecases import catalogue, rights, routing
from .connections import database_for_connection, layer_uri, same_table
from .labels import routing_status_label
from .layers import _postgres_layer, add_to_project, label_layer
from .styles import marker_renderer

STATUS_COLORS = {
    "routed": "#2e7d32",
    "triage": "#ef6c00",
    "not_open": "#7b1fa2",
    "quarantine": "#c62828",
}
REPORTS_OPACITY = 0.85  # dense dots: the communes and perimeters show through
READER_REPORTS = "v_signalement_lecteur"  # reports as readers see them: no personal data
PERIMETER_LABELS_FROM_SCALE = 25000  # perimeter names overlap on the whole territory


def service_color(service_id: int) -> QColor:
    """A stable colour per service (golden-angle hues), the same in every layer and session."""
    return QColor.fromHsv((int(service_id) * 137) % 360, 170, 215)


def perimeters_layer_name() -> str:
    return QCoreApplication.translate("RoutingLayers", "Competence perimeters")


def reports_layer_name() -> str:
    return QCoreApplication.translate("RoutingLayers", "Reports by routing status")


def services_layer_name() -> str:
    return QCoreApplication.translate("RoutingLayers", "Services")


def categories_layer_name() -> str:
    return QCoreApplication.translate("RoutingLayers", "Categories (for perimeter forms)")


def _service_choices(
    connection_name: str,
) -> Tuple[List[Tuple[int, str, bool]], List[Tuple[str, str]]]:
    """(services as (id, name, active), categories as (code, label)) read from the database."""
    with database_for_connection(connection_name) as db:
        services = [(s.id, s.name, s.active) for s in routing.list_services(db)]
        categories = [(c.code, c.internal_label) for c in catalogue.list_categories(db)]
    return services, categories


def _service_label(name: str, active: bool) -> str:
    if active:
        return name
    return QCoreApplication.translate("RoutingLayers", "{} (inactive)").format(name)


def service_value_map(services: List[Tuple[int, str, bool]]) -> QgsEditorWidgetSetup:
    """ValueMap editor: service names shown, ids stored (inactive services are marked)."""
    entries = [
        {_service_label(name, active): str(service_id)}
        for service_id, name, active in sorted(services, key=lambda s: (not s[2], s[1].lower()))
    ]
    return QgsEditorWidgetSetup("ValueMap", {"map": entries})


def perimeter_renderer(services: List[Tuple[int, str, bool]]) -> QgsCategorizedSymbolRenderer:
    """One light colour per service, on the service id: perimeters overlap (a commune's, the
    EPT's), so several stay readable over one another."""
    categories = []
    for service_id, name, active in services:
        color = service_color(service_id)
        fill = QColor(color)
        fill.setAlpha(40 if active else 15)
        symbol = QgsFillSymbol.createSimple(
            {
                "color": "{},{},{},{}".format(fill.red(), fill.green(), fill.blue(), fill.alpha()),
                "outline_color": color.darker(130).name(),
                "outline_width": "0.6",
                "outline_style": "solid" if active else "dash",
            }
        )
        categories.append(QgsRendererCategory(service_id, symbol, _service_label(name, active)))
    return QgsCategorizedSymbolRenderer("service_id", categories)


def _is_empty_list(value) -> bool:
    if value is None or isinstance(value, QVariant) and value.isNull():
        return False
    if isinstance(value, (list, tuple)):
        return len(value) == 0
    return str(value).strip() in ("", "{}")


class _EmptyCategoriesAsAll(QObject):
    """Before a commit, turns an empty categories list (what the multiple-choice widget gives
    when nothing is ticked) into NULL, i.e. every category. Owned by the layer."""

    def __init__(self, layer: QgsVectorLayer):
        super().__init__(layer)
        self.layer = layer
        layer.beforeCommitChanges.connect(self.normalize)

    def normalize(self, *_args) -> None:
        index = self.layer.fields().indexOf("categories")
        buffer = self.layer.editBuffer()
        if index < 0 or buffer is None:
            return
        fids = [
            fid
            for fid, feature in buffer.addedFeatures().items()
            if _is_empty_list(feature.attribute(index))
        ]
        fids += [
            fid
            for fid, values in buffer.changedAttributeValues().items()
            if index in values and _is_empty_list(values[index])
        ]
        for fid in fids:
            self.layer.changeAttributeValue(fid, index, None)


def catalogue_layer(connection_name: str, project: QgsProject) -> QgsVectorLayer:
    """The catalogue as a geometryless layer, for the categories widget (reused if the project
    already has it from the same database: another connection gets its own)."""
    name = categories_layer_name()
    source = layer_uri(connection_name, "categorie", "", "code")
    for layer in project.mapLayersByName(name):
        if layer.isValid() and same_table(layer.source(), source):
            return layer
    layer = _postgres_layer(connection_name, "categorie", name, "code", "", "")
    layer.setReadOnly(True)
    return add_to_project(project, layer)


def _configure_perimeter_form(
    layer: QgsVectorLayer, services, categories_layer: QgsVectorLayer
) -> None:
    fields = layer.fields()
    aliases = {
        "service_id": QCoreApplication.translate("RoutingLayers", "Service"),
        "nom": QCoreApplication.translate("RoutingLayers", "Name"),
        "categories": QCoreApplication.translate("RoutingLayers", "Categories (none ticked = all)"),
        "priorite": QCoreApplication.translate("RoutingLayers", "Priority (larger wins)"),
        "destinataire_supplementaire": QCoreApplication.translate(
            "RoutingLayers", "Extra recipient (in copy)"
        ),
        "valide_du": QCoreApplication.translate("RoutingLayers", "Valid from"),
        "valide_au": QCoreApplication.translate("RoutingLayers", "Valid until"),
        "surface": QCoreApplication.translate("RoutingLayers", "Area (m²)"),
    }
    for name, alias in aliases.items():
        index = fields.indexOf(name)
        if index >= 0:
            layer.setFieldAlias(index, alias)

    index = fields.indexOf("service_id")
    layer.setEditorWidgetSetup(index, service_value_map(services))
    layer.setFieldConstraint(
        index, QgsFieldConstraints.ConstraintNotNull, QgsFieldConstraints.ConstraintStrengthHard
    )

    index = fields.indexOf("categories")
    layer.setEditorWidgetSetup(
        index,
        QgsEditorWidgetSetup(
            "ValueRelation",
            {
                "Layer": categories_layer.id(),
                "LayerName": categories_layer.name(),
                "LayerSource": categories_layer.source(),
                "LayerProviderName": "postgres",
                "Key": "code",
                "Value": "libelle_interne",
                "OrderByValue": False,
                "AllowMulti": True,
                "AllowNull": True,
                "NofColumns": 2,
                "UseCompleter": False,
                "FilterExpression": "\"actif\"",
            },
        ),
    )
    # nothing ticked means every category: stored as NULL (the table refuses an empty array)
    _EmptyCategoriesAsAll(layer)

    index = fields.indexOf("priorite")
    layer.setEditorWidgetSetup(
        index,
        QgsEditorWidgetSetup(
            "Range", {"Min": -1000, "Max": 1000, "Step": 1, "Style": "SpinBox", "AllowNull": False}
        ),
    )
    index = fields.indexOf("destinataire_supplementaire")
    layer.setEditorWidgetSetup(
        index, QgsEditorWidgetSetup("CheckBox", {"CheckedState": "true", "UncheckedState": "false"})
    )
    for name in ("valide_du", "valide_au"):
        layer.setEditorWidgetSetup(
            fields.indexOf(name),
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
    # computed by the database: not editable
    for name in ("id", "surface"):
        index = fields.indexOf(name)
        if index >= 0:
            config = layer.editFormConfig()
            config.setReadOnly(index, True)
            layer.setEditFormConfig(config)


def add_perimeters_layer(connection_name: str, project: QgsProject) -> QgsVectorLayer:
    """Competence perimeters coloured by service, labelled with name and priority, with a form
    (service names, categories ticked from the catalogue, dates) for QGIS's editing tools."""
    services, _categories = _service_choices(connection_name)
    layer = _postgres_layer(connection_name, "perimetre_competence", perimeters_layer_name(), "id")
    categories_layer = catalogue_layer(connection_name, project)
    layer.setRenderer(perimeter_renderer(services))
    priority_word = QgsExpression.quotedString(
        QCoreApplication.translate("RoutingLayers", "priority")
    )
    label_layer(
        layer,
        "\"nom\" || ' (' || {} || ' ' || to_string(\"priorite\") || ')'".format(priority_word),
        is_expression=True,
        visible_from_scale=PERIMETER_LABELS_FROM_SCALE,
    )
    _configure_perimeter_form(layer, services, categories_layer)
    return add_to_project(project, layer, expanded=False)  # one legend entry per service


def reports_renderer() -> QgsCategorizedSymbolRenderer:
    """Small dots on the territory (thousands of reports), larger markers in a street."""
    return marker_renderer(
        "statut_routage", STATUS_COLORS, routing_status_label, size=2.6, smallest=0.8
    )


def _reports_relation(connection_name: str) -> str:
    """The reports table, or for a reader (gup_lecteur) the view without personal data."""
    with database_for_connection(connection_name) as db:
        return "signalement" if rights.reads_full_reports(db) else READER_REPORTS


def add_reports_layer(connection_name: str, project: QgsProject) -> QgsVectorLayer:
    """Reports as points coloured by routing status (routed, triage, not open, quarantine),
    service names shown instead of ids in the form."""
    services, _categories = _service_choices(connection_name)
    layer = _postgres_layer(
        connection_name, _reports_relation(connection_name), reports_layer_name(), "id"
    )
    layer.setRenderer(reports_renderer())
    layer.setOpacity(REPORTS_OPACITY)
    index = layer.fields().indexOf("service_id")
    if index >= 0:
        layer.setEditorWidgetSetup(index, service_value_map(services))
        layer.setFieldAlias(index, QCoreApplication.translate("RoutingLayers", "Service"))
    index = layer.fields().indexOf("raison")
    if index >= 0:
        layer.setFieldAlias(index, QCoreApplication.translate("RoutingLayers", "Why this service"))
    layer.setDisplayExpression("'#' || \"id\" || ' ' || coalesce(\"raison_code\", '')")
    return add_to_project(project, layer)


def add_services_table(connection_name: str, project: QgsProject) -> QgsVectorLayer:
    """The services as a table (no geometry)."""
    layer = _postgres_layer(connection_name, "service", services_layer_name(), "id", "", "")
    index = layer.fields().indexOf("type")
    if index >= 0:
        layer.setEditorWidgetSetup(
            index,
            QgsEditorWidgetSetup(
                "ValueMap", {"map": [{kind_label(kind): kind} for kind in SERVICE_TYPES]}
            ),
        )
    return add_to_project(project, layer)


def kind_label(kind: str) -> str:
    """A service type as users read it."""
    labels = {
        "commune": QCoreApplication.translate("RoutingLayers", "Commune service"),
        "ept": QCoreApplication.translate("RoutingLayers", "EPT service"),
        "syndicat": QCoreApplication.translate("RoutingLayers", "Syndicat mixte"),
        "bailleur": QCoreApplication.translate("RoutingLayers", "Social landlord"),
        "autre": QCoreApplication.translate("RoutingLayers", "Other"),
    }
    return labels.get(kind, kind)


def add_routing_layers(connection_name: str, project: QgsProject) -> Dict[str, QgsVectorLayer]:
    """Perimeters, reports and services together (the plugin's menu action)."""
    return {
        "perimeters": add_perimeters_layer(connection_name, project),
        "reports": add_reports_layer(connection_name, project),
        "services": add_services_table(connection_name, project),
    }


def find_layer(project: QgsProject, name: str) -> Optional[QgsVectorLayer]:
    layers = project.mapLayersByName(name)
    return layers[0] if layers else None

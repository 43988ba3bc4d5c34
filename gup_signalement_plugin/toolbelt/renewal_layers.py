"""The "Urban renewal" layer group: QPV, renewal projects (PRU) and experiment perimeters with
their relocation indicators (already suppressed, joined from relogement_indicateur), and the
reports inside. The PRU and experiment layers are editable with a form (kind fixed, phase and
dates as lists and calendars); no household line is ever read by a layer."""

from typing import Dict

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsFillSymbol,
    QgsLayerTreeGroup,
    QgsMarkerSymbol,
    QgsProject,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
    QgsVectorLayerJoinInfo,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.renewal import PHASES
from ..usecases.renewal import INDICATOR_FIELDS
from .layers import _postgres_layer, label_layer
from .renewal_text import phase_labels

PHASE_COLORS = {
    "study": "#8e44ad",
    "relocation": "#e67e22",
    "demolition": "#c0392b",
    "reconstruction": "#2980b9",
    "done": "#27ae60",
}


COUNT_FIELDS = [f for f in INDICATOR_FIELDS if f not in ("niveau", "cle", "libelle")]


def _tr(text: str) -> str:
    """Translated in the context "RenewalLayers" (the strings are also listed in
    _strings_for_pylupdate: pylupdate5 extracts only literal translate() calls)."""
    return QCoreApplication.translate("RenewalLayers", text)


def group_name() -> str:
    return _tr("Urban renewal")


def layer_names() -> Dict[str, str]:
    return {
        "indicators": _tr("Relocation indicators per perimeter"),
        "qpv": _tr("Priority neighbourhoods (QPV 2024)"),
        "pru": _tr("Renewal projects (PRU / NPNRU)"),
        "experimentation": _tr("Experiment perimeters (renewal)"),
        "reports": _tr("Reports inside a renewal perimeter"),
    }


def indicator_label_expression() -> str:
    """The name, and 'to relocate: n · relocated: n' from the joined (suppressed) texts of the
    perimeters that have relocation figures (the others: no label, to keep the map readable)."""
    return (
        "CASE WHEN \"ind_total\" IS NOT NULL THEN \"nom\" || '\\n' || '{}' || "
        "\"ind_en_attente\" || ' · ' || '{}' || \"ind_reloges\" END"
    ).format(_tr("to relocate: ").replace("'", "''"), _tr("relocated: ").replace("'", "''"))


def _join_indicators(layer: QgsVectorLayer, indicators: QgsVectorLayer) -> None:
    join = QgsVectorLayerJoinInfo()
    join.setJoinLayer(indicators)
    join.setJoinFieldName("cle")
    join.setTargetFieldName("code")
    join.setPrefix("ind_")
    join.setUsingMemoryCache(False)
    join.setJoinFieldNamesSubset(COUNT_FIELDS)  # the counts, not the row's level and key
    layer.addJoin(join)


def _configure_form(layer: QgsVectorLayer, kind: str) -> None:
    fields = layer.fields()
    # aliases first: setFieldAlias() rebuilds the fields and drops the widget set-ups
    aliases = {
        "code": _tr("Code"),
        "nom": _tr("Name"),
        "communes": _tr("Communes"),
        "codes_qpv": _tr("QPV codes"),
        "programme": _tr("Programme"),
        "phase": _tr("Phase"),
        "date_debut": _tr("Start"),
        "date_fin": _tr("End"),
    }
    for name, alias in aliases.items():
        layer.setFieldAlias(fields.indexOf(name), alias)
    index = fields.indexOf("type")
    layer.setDefaultValueDefinition(index, QgsDefaultValue("'{}'".format(kind)))
    config = layer.editFormConfig()
    for name in ("id", "type", "modifie_par", "modifie_le", "attributs_source", "demo"):
        if fields.indexOf(name) >= 0:
            config.setReadOnly(fields.indexOf(name), True)
    layer.setEditFormConfig(config)
    labels = phase_labels()
    layer.setEditorWidgetSetup(
        fields.indexOf("phase"),
        QgsEditorWidgetSetup("ValueMap", {"map": [{labels[phase]: phase} for phase in PHASES]}),
    )
    for name in ("date_debut", "date_fin"):
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


def _phase_renderer() -> QgsCategorizedSymbolRenderer:
    labels = phase_labels()
    categories = [
        QgsRendererCategory(
            phase,
            QgsFillSymbol.createSimple(
                {"color": "0,0,0,0", "outline_color": PHASE_COLORS[phase], "outline_width": "0.9"}
            ),
            labels[phase],
        )
        for phase in PHASES
    ]
    categories.append(
        QgsRendererCategory(
            None,
            QgsFillSymbol.createSimple(
                {"color": "0,0,0,0", "outline_color": "#7f8c8d", "outline_width": "0.9"}
            ),
            _tr("Phase not given"),
        )
    )
    return QgsCategorizedSymbolRenderer("phase", categories)


def add_renewal_layers(connection_name: str, project: QgsProject) -> Dict[str, QgsVectorLayer]:
    """The group "Urban renewal" on top of the layer tree, with its five layers."""
    names = layer_names()
    root = project.layerTreeRoot()
    group = root.findGroup(group_name())
    if group is None:
        group = root.insertGroup(0, group_name())
    layers: Dict[str, QgsVectorLayer] = {}
    indicators = _postgres_layer(
        connection_name,
        "relogement_indicateur",
        names["indicators"],
        "",
        "\"niveau\" = 'perimetre'",
        "",
    )
    layers["indicators"] = indicators
    reports = _postgres_layer(
        connection_name, "v_signalement_renouvellement", names["reports"], "id"
    )
    reports.setRenderer(
        QgsSingleSymbolRenderer(
            QgsMarkerSymbol.createSimple(
                {"name": "circle", "color": "#6c3483", "size": "1.0", "outline_style": "no"}
            )
        )
    )
    layers["reports"] = reports
    styles = {
        "qpv": {"color": "243,156,18,70", "outline_color": "#d35400", "outline_width": "0.5"},
        "experimentation": {
            "color": "52,152,219,40",
            "outline_color": "#2471a3",
            "outline_width": "0.7",
            "outline_style": "dash",
        },
    }
    for kind in ("qpv", "pru", "experimentation"):
        layer = _postgres_layer(
            connection_name,
            "perimetre_renouvellement",
            names[kind],
            "id",
            "\"type\" = '{}'".format(kind),
        )
        _join_indicators(layer, indicators)
        _configure_form(layer, kind)
        if kind == "pru":
            layer.setRenderer(_phase_renderer())
        else:
            layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(styles[kind])))
        label_layer(layer, indicator_label_expression(), 7, is_expression=True)
        layers[kind] = layer
    for key in ("reports", "experimentation", "pru", "qpv", "indicators"):
        project.addMapLayer(layers[key], False)
        group.addLayer(layers[key])
    return layers


def renewal_group(project: QgsProject) -> QgsLayerTreeGroup:
    return project.layerTreeRoot().findGroup(group_name())


def _strings_for_pylupdate():  # never called: lists the strings of _tr() for pylupdate5
    QCoreApplication.translate("RenewalLayers", "Urban renewal")
    QCoreApplication.translate("RenewalLayers", "Relocation indicators per perimeter")
    QCoreApplication.translate("RenewalLayers", "Priority neighbourhoods (QPV 2024)")
    QCoreApplication.translate("RenewalLayers", "Renewal projects (PRU / NPNRU)")
    QCoreApplication.translate("RenewalLayers", "Experiment perimeters (renewal)")
    QCoreApplication.translate("RenewalLayers", "Reports inside a renewal perimeter")
    QCoreApplication.translate("RenewalLayers", "to relocate: ")
    QCoreApplication.translate("RenewalLayers", "relocated: ")
    QCoreApplication.translate("RenewalLayers", "Code")
    QCoreApplication.translate("RenewalLayers", "Name")
    QCoreApplication.translate("RenewalLayers", "Communes")
    QCoreApplication.translate("RenewalLayers", "QPV codes")
    QCoreApplication.translate("RenewalLayers", "Programme")
    QCoreApplication.translate("RenewalLayers", "Phase")
    QCoreApplication.translate("RenewalLayers", "Start")
    QCoreApplication.translate("RenewalLayers", "End")
    QCoreApplication.translate("RenewalLayers", "Phase not given")

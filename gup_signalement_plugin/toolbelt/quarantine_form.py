"""The attribute form of the quarantine layer, for the person who fixes a report: the report,
why it is here (each reason as a sentence, with the proposed fix), what to do (choose the
category, place the point, accept the fixes), and the technical fields apart, read-only.

Built in code as a QGIS drag-and-drop form; the sentences are virtual fields (expressions over
the stored ``details``), so the form needs no Python code to open."""

from typing import Dict, Iterable

from qgis.core import (
    QgsAttributeEditorContainer,
    QgsAttributeEditorField,
    QgsEditFormConfig,
    QgsEditorWidgetSetup,
    QgsExpression,
    QgsField,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QVariant

from ..core import quality
from .incoming_layers import reason_label
from .quality_text import reason_text_expression

CONTEXT = "QuarantineForm"
REASONS_FIELD = "pourquoi"  # virtual: the reasons as sentences, with their proposed fixes
TO_DO_FIELD = "a_faire"  # virtual: what the person does with this report
REPORT_FIELDS = (
    "source",
    "id_externe",
    "date_signalement",
    "audience",
    "libelle_service_externe",
    "code_service_externe",
    "description",
    "adresse",
    "media_url",
)
TO_DO_GROUP = (TO_DO_FIELD, "categorie_code", "longitude", "latitude")
EDITABLE_FIELDS = (
    "categorie_code",
    "longitude",
    "latitude",
    "description",
    "adresse",
    "date_signalement",
    "media_url",
)
TECHNICAL_FIELDS = (
    "id",
    "raisons",
    "details",
    "donnees_source",
    "statut",
    "emplacement",
    "recu_le",
    "date_maj",
    "empreinte",
    "synchronisation_id",
)
HIDDEN_FIELDS = ("etat", "traite_par", "traite_le", "motif_rejet", "signalement_id")
MULTILINE_FIELDS = ("description", "details", "donnees_source", REASONS_FIELD, TO_DO_FIELD)


ALIASES = {
    "id": QT_TRANSLATE_NOOP("QuarantineForm", "Quarantine number"),
    "source": QT_TRANSLATE_NOOP("QuarantineForm", "Source"),
    "id_externe": QT_TRANSLATE_NOOP("QuarantineForm", "Id at the source"),
    "raisons": QT_TRANSLATE_NOOP("QuarantineForm", "Reason codes"),
    "details": QT_TRANSLATE_NOOP("QuarantineForm", "Reasons as stored (JSON)"),
    "emplacement": QT_TRANSLATE_NOOP("QuarantineForm", "Received in (page, file line)"),
    "code_service_externe": QT_TRANSLATE_NOOP("QuarantineForm", "Service code at the source"),
    "libelle_service_externe": QT_TRANSLATE_NOOP("QuarantineForm", "Service label at the source"),
    "categorie_code": QT_TRANSLATE_NOOP("QuarantineForm", "Our category (choose it)"),
    "statut": QT_TRANSLATE_NOOP("QuarantineForm", "Status at the source"),
    "description": QT_TRANSLATE_NOOP("QuarantineForm", "Description"),
    "adresse": QT_TRANSLATE_NOOP("QuarantineForm", "Address"),
    "media_url": QT_TRANSLATE_NOOP("QuarantineForm", "Photo (link)"),
    "date_signalement": QT_TRANSLATE_NOOP("QuarantineForm", "Reported on"),
    "date_maj": QT_TRANSLATE_NOOP("QuarantineForm", "Updated at the source on"),
    "longitude": QT_TRANSLATE_NOOP("QuarantineForm", "Longitude (WGS84)"),
    "latitude": QT_TRANSLATE_NOOP("QuarantineForm", "Latitude (WGS84)"),
    "audience": QT_TRANSLATE_NOOP("QuarantineForm", "Reported by"),
    "donnees_source": QT_TRANSLATE_NOOP("QuarantineForm", "Record as received (JSON)"),
    "empreinte": QT_TRANSLATE_NOOP("QuarantineForm", "Fingerprint"),
    "recu_le": QT_TRANSLATE_NOOP("QuarantineForm", "Received on"),
    "synchronisation_id": QT_TRANSLATE_NOOP("QuarantineForm", "Synchronisation run"),
    REASONS_FIELD: QT_TRANSLATE_NOOP("QuarantineForm", "Why it is in quarantine"),
    TO_DO_FIELD: QT_TRANSLATE_NOOP("QuarantineForm", "How to release it"),
}
PROPOSAL_KEYS = {  # the fields a proposed fix can change, in the order they are shown
    "lon": QT_TRANSLATE_NOOP("QuarantineForm", "longitude"),
    "lat": QT_TRANSLATE_NOOP("QuarantineForm", "latitude"),
    "insee_code": QT_TRANSLATE_NOOP("QuarantineForm", "commune"),
    "description": QT_TRANSLATE_NOOP("QuarantineForm", "description"),
    "address": QT_TRANSLATE_NOOP("QuarantineForm", "address"),
    "service_name": QT_TRANSLATE_NOOP("QuarantineForm", "service label"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _case(subject: str, labels: Dict[str, str]) -> str:
    """A CASE expression giving each code's label (the code itself when unknown)."""
    whens = " ".join(
        "WHEN {} = {} THEN {}".format(
            subject, QgsExpression.quotedString(code), QgsExpression.quotedString(label)
        )
        for code, label in labels.items()
    )
    return "CASE {} ELSE {} END".format(whens, subject)


def reason_label_expression(code: str) -> str:
    """An expression giving the label of the reason code ``code`` (an expression)."""
    return _case(code, {code: reason_label(code) for code in quality.REASON_CODES})


def reasons_expression() -> str:
    """One line per reason: the guard's sentence, or, when it proposes a fix, the reason's
    label and the fix ('■ Latitude and longitude swapped — proposed fix: longitude « 2.39 »,
    latitude « 48.78 »')."""
    label = reason_label_expression("map_get(@element, 'code')")
    keys = {key: tr(label) for key, label in PROPOSAL_KEYS.items()}
    ordered_keys = "array_filter(array({}), map_exist(@fix, @element))".format(
        ", ".join(QgsExpression.quotedString(key) for key in PROPOSAL_KEYS)
    )
    proposed = QCoreApplication.translate("QuarantineForm", "proposed fix:")
    line = (
        "with_variable('fix', map_get(@element, 'proposal'), '■ ' || CASE WHEN @fix IS NULL "
        "THEN {} ELSE {} || ' — ' || {} || ' ' || array_to_string("
        "array_foreach({}, {} || ' « ' || to_string(map_get(@fix, @element)) || ' »'), ', ') "
        "END)"
    ).format(
        reason_text_expression("@element"),
        label,
        QgsExpression.quotedString(proposed),
        ordered_keys,
        _case("@element", keys),
    )
    return "array_to_string(array_foreach(\"details\", {}), '\\n')".format(line)


def to_do_expression() -> str:
    """What the person does: accept the proposed fixes when there are some, then release."""
    has_fix = (
        "array_length(array_filter(\"details\", map_get(@element, 'proposal') IS NOT NULL)) > 0"
    )
    fixes = QgsExpression.quotedString(
        QCoreApplication.translate(
            "QuarantineForm",
            "Accept the proposed fix: type it below, or release with \"Apply the "
            "proposed fixes\" ticked.",
        )
    )
    steps = QgsExpression.quotedString(
        QCoreApplication.translate(
            "QuarantineForm",
            "Fix the category, the position (or move the point) or the text, "
            "save, then release: GUP Signalement › Release quarantined reports.",
        )
    )
    return "CASE WHEN {} THEN {} || '\\n' ELSE '' END || {}".format(has_fix, fixes, steps)


def _add_virtual_field(layer: QgsVectorLayer, name: str, expression: str) -> None:
    index = layer.fields().indexOf(name)
    if index >= 0:
        layer.removeExpressionField(index)
    layer.addExpressionField(expression, QgsField(name, QVariant.String, "string"))


def _container(
    name: str, parent, fields: Iterable[str], layer: QgsVectorLayer, group_box: bool = True
) -> QgsAttributeEditorContainer:
    """A group box (or a tab) of fields; the texts computed for the form (virtual fields) go
    without a label: the group's title says what they are."""
    container = QgsAttributeEditorContainer(name, parent)
    container.setIsGroupBox(group_box)
    for field in fields:
        index = layer.fields().indexOf(field)
        if index >= 0:
            element = QgsAttributeEditorField(field, index, container)
            element.setShowLabel(field not in (REASONS_FIELD, TO_DO_FIELD))
            container.addChildElement(element)
    return container


def configure_quarantine_form(layer: QgsVectorLayer) -> None:
    """Aliases, widgets and the drag-and-drop layout of the quarantine form (the category
    widget is set by the caller, which knows the catalogue layer)."""
    _add_virtual_field(layer, REASONS_FIELD, reasons_expression())
    _add_virtual_field(layer, TO_DO_FIELD, to_do_expression())
    fields = layer.fields()
    for name, alias in ALIASES.items():
        if fields.indexOf(name) >= 0:
            layer.setFieldAlias(fields.indexOf(name), tr(alias))
    for name in MULTILINE_FIELDS:
        if fields.indexOf(name) >= 0:
            layer.setEditorWidgetSetup(
                fields.indexOf(name),
                QgsEditorWidgetSetup("TextEdit", {"IsMultiline": True, "UseHtml": False}),
            )
    for name in ("date_signalement", "date_maj", "recu_le"):
        if fields.indexOf(name) >= 0:
            layer.setEditorWidgetSetup(
                fields.indexOf(name),
                QgsEditorWidgetSetup(
                    "DateTime",
                    {
                        "display_format": "dd/MM/yyyy HH:mm",
                        "calendar_popup": True,
                        "allow_null": True,
                    },
                ),
            )
    if fields.indexOf("audience") >= 0:
        layer.setEditorWidgetSetup(
            fields.indexOf("audience"),
            QgsEditorWidgetSetup(
                "ValueMap",
                {
                    "map": [
                        {
                            QCoreApplication.translate(
                                "QuarantineForm", "Citizens (public)"
                            ): "public"
                        },
                        {QCoreApplication.translate("QuarantineForm", "Field agents"): "agents"},
                    ]
                },
            ),
        )
    for name in HIDDEN_FIELDS:
        if fields.indexOf(name) >= 0:
            layer.setEditorWidgetSetup(fields.indexOf(name), QgsEditorWidgetSetup("Hidden", {}))

    form = layer.editFormConfig()
    for index, field in enumerate(fields):
        form.setReadOnly(index, field.name() not in EDITABLE_FIELDS)
    form.setLayout(QgsEditFormConfig.TabLayout)
    root = form.invisibleRootContainer()
    root.clear()
    fix_tab = QgsAttributeEditorContainer(
        QCoreApplication.translate("QuarantineForm", "Fix and release"), root
    )
    fix_tab.setIsGroupBox(False)
    for title, names in (
        (QCoreApplication.translate("QuarantineForm", "Why it is here"), (REASONS_FIELD,)),
        (QCoreApplication.translate("QuarantineForm", "What to do"), TO_DO_GROUP),
        (QCoreApplication.translate("QuarantineForm", "The report"), REPORT_FIELDS),
    ):
        fix_tab.addChildElement(_container(title, fix_tab, names, layer))
    root.addChildElement(fix_tab)
    technical = QCoreApplication.translate("QuarantineForm", "Technical details")
    root.addChildElement(_container(technical, root, TECHNICAL_FIELDS, layer, False))
    layer.setEditFormConfig(form)
    layer.setDisplayExpression(
        "\"source\" || ' ' || \"id_externe\" || ' — ' || {}".format(
            reason_label_expression("array_get(\"raisons\", 0)")
        )
    )

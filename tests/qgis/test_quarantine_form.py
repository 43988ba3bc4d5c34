"""The quarantine layer's attribute form, as a person fixing a report sees it: French labels,
the reasons as sentences with the proposed fixes, the technical fields apart and read-only."""

import json

import pytest
from qgis.core import QgsProject

SWAPPED = ("s1", [48.7872, 2.392], "Dépôt sauvage rue Victor Hugo")
MOJIBAKE = ("m1", [2.392, 48.7872], "Nid de poule prÃ¨s de l'Ã©cole")
OUTSIDE = ("o1", [2.35, 48.86], "Banc cassé")  # Paris: outside the 24 communes, no fix


@pytest.fixture
def quarantine(gup_provider, gup_connection, tmp_path, qgis_new_project):
    """A quarantine layer with a swapped-coordinates report, a double-encoded one and one
    outside the territory."""
    import processing

    from gup_signalement_plugin.toolbelt.incoming_layers import add_quarantine_layer

    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": coords},
            "properties": {
                "id": key,
                "type": "proprete",
                "date": "2024-05-02",
                "description": text,
            },
        }
        for key, coords, text in (SWAPPED, MOJIBAKE, OUTSIDE)
    ]
    path = tmp_path / "agents.geojson"
    path.write_text(
        json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8"
    )
    result = processing.run(
        "gup_signalement:import_reports_file",
        {"CONNECTION_NAME": gup_connection, "INPUT": str(path), "SOURCE": "agents"},
    )
    assert result["QUARANTINED"] == 3
    layer = add_quarantine_layer(gup_connection, QgsProject.instance())
    assert layer.isValid() and layer.featureCount() == 3
    return layer


def _feature(layer, external_id):
    return [f for f in layer.getFeatures() if f["id_externe"] == external_id][0]


def _form_texts(layer, feature):
    """{field name: text shown} of the text widgets of the feature's attribute form."""
    from qgis.gui import QgsAttributeForm
    from qgis.PyQt.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

    form = QgsAttributeForm(layer, feature)
    texts = {}
    for widget in form.findChildren(QPlainTextEdit) + form.findChildren(QTextEdit):
        texts[widget.objectName()] = (
            widget.toPlainText(),
            widget.isReadOnly() or not widget.isEnabled(),
        )
    for widget in form.findChildren(QLineEdit):
        texts.setdefault(
            widget.objectName(), (widget.text(), widget.isReadOnly() or not widget.isEnabled())
        )
    form.deleteLater()
    return texts


def test_reasons_are_sentences_with_their_proposed_fix(quarantine):
    swapped = _form_texts(quarantine, _feature(quarantine, "s1"))
    text, read_only = swapped["pourquoi"]
    assert read_only and "swapped_coordinates" not in text and "{" not in text
    assert text == (
        "■ Latitude and longitude swapped — proposed fix: longitude « 2.392 », "
        "latitude « 48.7872 », commune « 94081 »"
    )
    assert swapped["a_faire"][0].startswith("Accept the proposed fix")
    mojibake = _form_texts(quarantine, _feature(quarantine, "m1"))["pourquoi"][0]
    assert mojibake == (
        "■ Badly encoded text — proposed fix: description « Nid de poule près de l'école »"
    )
    outside = _form_texts(quarantine, _feature(quarantine, "o1"))
    assert outside["pourquoi"][0] == "■ Point (2.35, 48.86) outside the communes of the territory."
    assert outside["a_faire"][0].startswith("Fix the category, the position")


def test_form_groups_labels_and_technical_fields(quarantine):
    from qgis.core import QgsEditFormConfig

    from gup_signalement_plugin.toolbelt import quarantine_form as qf

    form = quarantine.editFormConfig()
    assert form.layout() == QgsEditFormConfig.TabLayout
    tabs = form.tabs()
    assert [tab.name() for tab in tabs] == ["Fix and release", "Technical details"]
    groups = tabs[0].children()
    assert not tabs[0].isGroupBox() and not tabs[1].isGroupBox()
    assert [(g.name(), g.isGroupBox()) for g in groups] == [
        ("Why it is here", True),
        ("What to do", True),
        ("The report", True),
    ]
    assert [e.name() for e in groups[1].children()] == [
        "a_faire",
        "categorie_code",
        "longitude",
        "latitude",
    ]
    technical = [e.name() for e in tabs[1].children()]
    assert technical == list(qf.TECHNICAL_FIELDS)
    fields = quarantine.fields()
    shown = [e.name() for g in groups for e in g.children()] + technical
    for name in shown:  # every field shown has a label, none the raw column name
        assert quarantine.attributeDisplayName(fields.indexOf(name)) != name, name
    for name in technical + ["source", "id_externe", "pourquoi", "a_faire"]:
        assert form.readOnly(fields.indexOf(name)), name
    for name in ("categorie_code", "longitude", "latitude", "description", "adresse"):
        assert not form.readOnly(fields.indexOf(name)), name
    for name in qf.HIDDEN_FIELDS:
        assert quarantine.editorWidgetSetup(fields.indexOf(name)).type() == "Hidden", name
        assert name not in shown
    assert set(shown) | set(qf.HIDDEN_FIELDS) == set(fields.names())  # nothing forgotten
    category = quarantine.editorWidgetSetup(fields.indexOf("categorie_code"))
    assert category.type() == "ValueRelation"
    assert category.config()["Value"] == "libelle_public"  # as in the dialogs' lists
    texts = _form_texts(quarantine, _feature(quarantine, "s1"))
    assert texts["donnees_source"][1] and texts["details"][1]  # raw JSON: read-only


def test_display_name_says_the_reason(quarantine):
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(quarantine))
    expression = QgsExpression(quarantine.displayExpression())
    context.setFeature(_feature(quarantine, "m1"))
    assert expression.evaluate(context) == "agents m1 — Badly encoded text"


@pytest.fixture
def french_plugin(qgis_app):
    """The plugin loaded in a French QGIS (its translator installed), unloaded after."""
    from qgis.core import QgsSettings

    import gup_signalement_plugin

    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "fr_FR")
    plugin = gup_signalement_plugin.classFactory(None)
    yield plugin
    plugin.unload()
    settings.setValue("locale/userLocale", "en_US")


def test_form_in_french(french_plugin, gup_connection, quarantine):
    from gup_signalement_plugin.toolbelt.incoming_layers import add_quarantine_layer

    layer = add_quarantine_layer(gup_connection, QgsProject.instance())  # made in French
    form = layer.editFormConfig()
    assert [tab.name() for tab in form.tabs()] == ["Corriger et libérer", "Détails techniques"]
    assert [g.name() for g in form.tabs()[0].children()] == [
        "Pourquoi il est ici",
        "Que faire",
        "Le signalement",
    ]
    fields = layer.fields()
    assert layer.attributeDisplayName(fields.indexOf("id_externe")) == "Identifiant à la source"
    assert layer.attributeDisplayName(fields.indexOf("pourquoi")) == (
        "Pourquoi il est en quarantaine"
    )
    text = _form_texts(layer, _feature(layer, "s1"))["pourquoi"][0]
    assert text == (
        "■ Latitude et longitude inversées — correction proposée : longitude "
        "« 2.392 », latitude « 48.7872 », commune « 94081 »"
    )
    assert (
        "Appliquer les corrections proposées"
        in _form_texts(layer, _feature(layer, "s1"))["a_faire"][0]
    )
    # the guard's sentence, stored as a code and parameters, reads in French
    outside = _form_texts(layer, _feature(layer, "o1"))["pourquoi"][0]
    assert outside == "■ Point (2.35, 48.86) hors des communes du territoire."

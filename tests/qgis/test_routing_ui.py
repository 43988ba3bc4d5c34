"""Services dialog, default commune perimeters, routing layers and "Why this service?" on a
real PostGIS."""

import datetime as dt

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsPointXY, QgsProject
from qgis.PyQt.QtCore import Qt

MOMENT = dt.datetime(2024, 5, 1, 10, tzinfo=dt.timezone.utc)


@pytest.fixture
def routing_setup(gup_dsn):
    """Services, perimeters around a point of Vitry-sur-Seine, voirie open to the public there,
    and three reports: routed (Vitry), not open (éclairage), quarantine (outside)."""
    import shapely

    from gup_signalement_plugin.core.catalogue import CommuneSetting, Stage
    from gup_signalement_plugin.core.routing import Service
    from gup_signalement_plugin.db import repositories as repo
    from gup_signalement_plugin.db.database import Database
    from gup_signalement_plugin.usecases import routing as rr

    with Database(gup_dsn, author="routing-ui-test") as db:
        ids = rr.upsert_services_on_name(
            db,
            [
                Service(0, "Vitry voirie", "commune", "94081", ("voirie@vitry.example",)),
                Service(0, "Ivry services techniques", "commune", "94041"),
                Service(0, "Voirie EPT", "ept"),
                Service(0, "Bailleur Sud", "bailleur"),
                Service(0, "Commune sans code", "commune"),
            ],
        )
        point = db.query(
            "SELECT ST_X(p) AS x, ST_Y(p) AS y FROM (SELECT ST_PointOnSurface(geom) AS p "
            "FROM gup_signalement.commune WHERE code_insee = '94081') q"
        )[0]
        x, y = point["x"], point["y"]

        def box(size):
            return shapely.to_wkb(shapely.box(x - size, y - size, x + size, y + size))

        rr.import_perimeters(
            db,
            [
                rr.PerimeterRecord("Voirie EPT", "Voirie EPT secteur", box(400), ("voirie",), 2),
                rr.PerimeterRecord("Voirie EPT", "Éclairage EPT", box(300), ("eclairage",), 5),
                rr.PerimeterRecord("Bailleur Sud", "Résidence Sud", box(100), None, 0, True),
                rr.PerimeterRecord("Vitry voirie", "Vitry centre", box(800), None, 1),
            ],
            2154,
        )
        repo.save_settings(db, [CommuneSetting("94081", "voirie", Stage.PUBLIC)])
        reports = rr.insert_reports(
            db,
            [
                rr.ReportRecord("voirie", "public", MOMENT, shapely.to_wkb(shapely.Point(x, y))),
                rr.ReportRecord(
                    "eclairage", "public", MOMENT, shapely.to_wkb(shapely.Point(x + 10, y))
                ),
                rr.ReportRecord(
                    "voirie", "public", MOMENT, shapely.to_wkb(shapely.Point(600000, 6800000))
                ),
            ],
        )
        yield {"db": db, "services": ids, "reports": reports, "point": (x, y)}


@pytest.fixture
def services_dialog(routing_setup, qgis_app, messages):
    from gup_signalement_plugin.gui.services_dialog import ServicesDialog

    dialog = ServicesDialog(database=routing_setup["db"])
    dialog.messages = messages
    yield dialog
    dialog.deleteLater()


def stored_services(db):
    return {
        r["nom"]: r
        for r in db.query(
            "SELECT id, nom, type, code_insee, emails, actif FROM gup_signalement.service"
        )
    }


# Services --------------------------------------------------------------------------------
def test_services_dialog_save_and_deactivate_round_trip(services_dialog, routing_setup):
    db, ids = routing_setup["db"], routing_setup["services"]
    dialog = services_dialog
    assert dialog.table.rowCount() == 5
    assert dialog.pending_changes() == []

    # rename a service (its id is kept), change its e-mails, and add one
    row = dialog.row_of(ids["Voirie EPT"])
    dialog.table.item(row, 0).setText("Voirie et espaces publics EPT")
    dialog.table.item(row, 3).setText("voirie@ept.example; astreinte@ept.example")
    new_row = dialog.add_service("Propreté Orly", "commune", "94054", ["proprete@orly.example"])
    assert dialog.type_combo(new_row).currentData() == "commune"
    assert len(dialog.pending_changes()) == 2
    assert dialog.save()
    services = stored_services(db)
    assert services["Voirie et espaces publics EPT"]["id"] == ids["Voirie EPT"]
    assert services["Voirie et espaces publics EPT"]["emails"] == [
        "voirie@ept.example",
        "astreinte@ept.example",
    ]
    assert services["Propreté Orly"]["code_insee"] == "94054" and services["Propreté Orly"]["actif"]
    assert "Voirie EPT" not in services and dialog.table.rowCount() == 6
    assert dialog.pending_changes() == []

    # deactivate: pending until Save, then written
    dialog.table.clearSelection()
    dialog.table.selectRow(dialog.row_of(ids["Bailleur Sud"]))
    assert dialog.deactivate_selected() == 1
    assert stored_services(db)["Bailleur Sud"]["actif"] is True
    assert dialog.save()
    assert stored_services(db)["Bailleur Sud"]["actif"] is False
    assert dialog.table.item(dialog.row_of(ids["Bailleur Sud"]), 4).checkState() == Qt.Unchecked


def test_services_dialog_keeps_edits_when_the_database_refuses(services_dialog, routing_setup):
    db = routing_setup["db"]
    dialog = services_dialog
    before = stored_services(db)
    row = dialog.add_service("Vitry voirie", "ept")  # the name is taken by a saved service
    other = dialog.row_of(routing_setup["services"]["Ivry services techniques"])
    dialog.table.item(other, 0).setText("Ivry voirie")
    assert not dialog.save()
    assert dialog.messages[-1][0] == "critical" and "Nothing was saved" in dialog.messages[-1][1]
    assert stored_services(db) == before
    assert dialog.table.rowCount() == 6 and dialog.table.item(row, 0).text() == "Vitry voirie"
    assert dialog.table.item(other, 0).text() == "Ivry voirie"
    assert len(dialog.pending_changes()) == 2

    # an invalid e-mail is refused before the database is reached, every problem listed
    dialog.table.item(row, 0).setText("")
    dialog.table.item(row, 3).setText("not-an-address")
    assert not dialog.save()
    assert "not-an-address" in dialog.messages[-1][1] and "name is empty" in dialog.messages[-1][1]
    dialog.table.item(row, 0).setText("Voirie Vitry bis")
    dialog.table.item(row, 3).setText("")
    assert dialog.save() and "Ivry voirie" in stored_services(db)


def test_services_can_swap_names_in_one_save(routing_setup):
    from gup_signalement_plugin.usecases import routing as sr

    db, ids = routing_setup["db"], routing_setup["services"]
    services = {s.id: s for s in sr.list_services(db)}
    a, b = services[ids["Voirie EPT"]], services[ids["Bailleur Sud"]]
    a.name, b.name = b.name, a.name
    assert sr.save_services_by_id(db, [a, b]) == [a.id, b.id]
    assert stored_services(db)["Voirie EPT"]["id"] == ids["Bailleur Sud"]
    assert sr.deactivate_services(db, [ids["Voirie EPT"], ids["Vitry voirie"]]) == 2
    assert sr.deactivate_services(db, [ids["Voirie EPT"]]) == 0


# Default commune perimeters ---------------------------------------------------------------
def test_default_commune_perimeters_are_the_communes(services_dialog, routing_setup):
    from gup_signalement_plugin.usecases import routing as sr

    db, ids = routing_setup["db"], routing_setup["services"]
    # Vitry voirie already has a perimeter: only Ivry gets one; 'Commune sans code' is skipped
    created = services_dialog.give_default_perimeters()
    assert list(created) == [ids["Ivry services techniques"]]
    assert services_dialog.messages[-1][0] == "information"
    rows = db.query(
        """
        SELECT p.nom, p.categories, p.priorite, ST_Equals(p.geom, c.geom) AS same,
               abs(p.surface - ST_Area(c.geom)) < 1 AS same_area
        FROM gup_signalement.perimetre_competence p
        JOIN gup_signalement.commune c ON c.code_insee = '94041'
        WHERE p.id = %s""",
        (created[ids["Ivry services techniques"]],),
    )
    assert rows == [
        {
            "nom": "Ivry-sur-Seine (territoire communal)",
            "categories": None,
            "priorite": 1,
            "same": True,
            "same_area": True,
        }
    ]
    assert (
        services_dialog.table.item(
            services_dialog.row_of(ids["Ivry services techniques"]), 5
        ).text()
        == "1"
    )
    # again: nothing more
    assert services_dialog.give_default_perimeters() == {}
    # a new commune service saved with a selection gets its commune
    new_row = services_dialog.add_service("Orly voirie", "commune", "94054")
    services_dialog.table.clearSelection()
    services_dialog.table.selectRow(new_row)
    created = services_dialog.give_default_perimeters()
    orly = stored_services(db)["Orly voirie"]["id"]
    assert list(created) == [orly]
    assert (
        db.scalar(
            "SELECT count(*) FROM gup_signalement.perimetre_competence p "
            "JOIN gup_signalement.commune c ON ST_Equals(p.geom, c.geom) "
            "WHERE c.code_insee = '94054' AND p.service_id = %s",
            (orly,),
        )
        == 1
    )
    assert sr.create_default_commune_perimeters(db) == {}
    assert db.scalar("SELECT count(*) FROM gup_signalement.perimetre_competence") == 6


# Layers ----------------------------------------------------------------------------------
@pytest.fixture
def project():
    project = QgsProject.instance()
    yield project
    project.removeAllMapLayers()


def test_perimeters_layer_is_styled_by_service_with_value_maps(
    gup_connection, routing_setup, project
):
    from gup_signalement_plugin.toolbelt import routing_layers

    ids = routing_setup["services"]
    layer = routing_layers.add_perimeters_layer(gup_connection, project)
    assert layer.isValid() and layer.featureCount() == 4 and layer.crs().authid() == "EPSG:2154"
    renderer = layer.renderer()
    assert renderer.type() == "categorizedSymbol" and renderer.classAttribute() == "service_id"
    values = {c.value(): c.label() for c in renderer.categories()}
    assert values == {sid: name for name, sid in ids.items()}
    colors = {c.symbol().color().name() for c in renderer.categories()}
    assert len(colors) == 5 and all(
        0 < c.symbol().color().alpha() < 255 for c in renderer.categories()
    )
    assert layer.labelsEnabled() and "priorite" in layer.labeling().settings().fieldName

    setup = layer.editorWidgetSetup(layer.fields().indexOf("service_id"))
    assert setup.type() == "ValueMap"
    mapping = {k: v for entry in setup.config()["map"] for k, v in entry.items()}
    assert mapping == {name: str(sid) for name, sid in ids.items()}
    categories = layer.editorWidgetSetup(layer.fields().indexOf("categories"))
    assert categories.type() == "ValueRelation" and categories.config()["AllowMulti"]
    catalogue = project.mapLayer(categories.config()["Layer"])
    assert catalogue is not None and catalogue.featureCount() > 30


def test_perimeter_edited_with_qgis_tools_is_written(gup_connection, routing_setup, project):
    """Features added through the edit buffer with the values the form widgets give: ticked
    categories are stored as an array, nothing ticked as NULL (every category)."""
    from qgis.core import QgsFeature
    from qgis.gui import QgsGui
    from qgis.PyQt.QtWidgets import QWidget

    from gup_signalement_plugin.toolbelt import routing_layers

    ids, (x, y) = routing_setup["services"], routing_setup["point"]
    layer = routing_layers.add_perimeters_layer(gup_connection, project)
    index = layer.fields().indexOf("categories")
    setup = layer.editorWidgetSetup(index)
    parent = QWidget()
    widget = QgsGui.editorWidgetRegistry().create(
        setup.type(), layer, index, setup.config(), None, parent
    )
    assert layer.startEditing()
    for name, ticked in (("Secteur dessiné", ["voirie", "signalisation"]), ("Tout", [])):
        widget.setValues(ticked, [])
        feature = QgsFeature(layer.fields())
        feature["service_id"] = ids["Voirie EPT"]
        feature["nom"] = name
        feature["categories"] = widget.value()
        feature["priorite"] = 3
        feature["destinataire_supplementaire"] = False
        feature.setGeometry(
            QgsGeometry.fromWkt(
                "MultiPolygon((({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1})))".format(
                    x - 50, y - 50, x + 50, y + 50
                )
            )
        )
        assert layer.addFeature(feature)
    assert layer.commitChanges(), layer.commitErrors()
    rows = routing_setup["db"].query(
        "SELECT nom, service_id, categories, priorite, round(surface) AS surface "
        "FROM gup_signalement.perimetre_competence WHERE priorite = 3 ORDER BY nom"
    )
    assert rows == [
        {
            "nom": "Secteur dessiné",
            "service_id": ids["Voirie EPT"],
            "categories": ["signalisation", "voirie"],
            "priorite": 3,
            "surface": 10000,
        },
        {
            "nom": "Tout",
            "service_id": ids["Voirie EPT"],
            "categories": None,
            "priorite": 3,
            "surface": 10000,
        },
    ]
    # unticking everything on an existing perimeter means every category again
    feature = next(f for f in layer.getFeatures() if f["nom"] == "Secteur dessiné")
    widget.setValues([], [])
    assert layer.startEditing() and layer.changeAttributeValue(feature.id(), index, widget.value())
    assert layer.commitChanges(), layer.commitErrors()
    assert (
        routing_setup["db"].scalar(
            "SELECT categories IS NULL FROM gup_signalement.perimetre_competence "
            "WHERE nom = 'Secteur dessiné'"
        )
        is True
    )


def test_reports_layer_categorized_by_status_and_services_table(
    gup_connection, routing_setup, project
):
    from gup_signalement_plugin.toolbelt import routing_layers

    layers = routing_layers.add_routing_layers(gup_connection, project)
    reports = layers["reports"]
    assert reports.isValid() and reports.featureCount() == 3
    renderer = reports.renderer()
    assert renderer.classAttribute() == "statut_routage"
    assert [c.value() for c in renderer.categories()] == [
        "routed",
        "triage",
        "not_open",
        "quarantine",
    ]
    assert len({c.symbol().color().name() for c in renderer.categories()}) == 4
    statuses = sorted(f["statut_routage"] for f in reports.getFeatures())
    assert statuses == ["not_open", "quarantine", "routed"]
    services = layers["services"]
    assert services.isValid() and not services.isSpatial() and services.featureCount() == 5


# Why this service ---------------------------------------------------------------------------
def test_explain_report_matches_the_stored_routing(routing_setup):
    from gup_signalement_plugin.usecases import routing as rr
    from gup_signalement_plugin.usecases import routing as sr

    db, ids = routing_setup["db"], routing_setup["services"]
    routed, not_open, outside = routing_setup["reports"]
    stored = {r["id"]: r for r in rr.routing_rows(db)}
    explanation = sr.explain_report(db, routed)
    assert explanation.reason_code == stored[routed]["raison_code"] == "higher_priority"
    assert (
        explanation.sentence == stored[routed]["raison"]
        and "Voirie EPT secteur" in explanation.sentence
    )
    assert explanation.service_name == "Voirie EPT" and explanation.extra_service_names == (
        "Bailleur Sud",
    )
    names = [c.name for c in explanation.candidates]
    assert names == ["Voirie EPT secteur", "Vitry centre", "Résidence Sud", "Éclairage EPT"]
    first = explanation.candidates[0]
    assert first.deciding and first.id == stored[routed]["perimetre_id"] and first.priority == 2
    assert explanation.candidates[2].extra_recipient
    assert explanation.candidates[3].why_not == "category" and not explanation.candidates[3].applies
    assert not explanation.stale

    assert (
        sr.explain_report(db, not_open).reason_code
        == stored[not_open]["raison_code"]
        == "category_not_open"
    )
    quarantine = sr.explain_report(db, outside)
    assert quarantine.status == "quarantine" and quarantine.candidates == []

    # after a change of rules the stored routing is shown, and what re-routing would give
    db.query(
        "UPDATE gup_signalement.service SET actif = false WHERE id = %s RETURNING id",
        (ids["Voirie EPT"],),
    )
    changed = sr.explain_report(db, routed)
    assert changed.reason_code == "higher_priority" and changed.stale
    assert (
        changed.current_reason_code == "single_perimeter"
        and "Vitry centre" in changed.current_sentence
    )
    assert changed.candidates[0].deciding and changed.candidates[0].why_not == "inactive_service"
    with pytest.raises(Exception, match="no such report"):
        sr.explain_report(db, 999999)


def test_why_dialog_highlights_the_perimeters_on_a_canvas(routing_setup, qgis_app):
    from qgis.gui import QgsMapCanvas, QgsRubberBand

    from gup_signalement_plugin.gui.why_dialog import WhyThisServiceDialog

    canvas = QgsMapCanvas()
    canvas.resize(600, 400)
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    dialog = WhyThisServiceDialog(routing_setup["db"], routing_setup["reports"][0], canvas)
    try:
        assert dialog.table.rowCount() == 4
        assert dialog.table.item(0, 0).text() == "Voirie EPT secteur"
        assert dialog.table.item(0, 0).font().bold()
        assert "Voirie EPT secteur" in dialog.sentence_label.text()
        assert len(dialog.rubber_bands) == 5  # 4 perimeters + the report's point
        assert all(band.scene() is canvas.scene() for band in dialog.rubber_bands)
        deciding = dialog.rubber_bands[3]  # drawn last among the perimeters, on top
        assert deciding.strokeColor().name() == "#dc143c" and deciding.width() == 3
        x, y = routing_setup["point"]
        point = QgsGeometry.fromPointXY(QgsPointXY(x, y))
        point.transform(dialog._transform())
        extent = canvas.extent()
        assert extent.contains(point.asPoint()) and extent.width() < 5000
        dialog.show()
        dialog.close()
        assert dialog.rubber_bands == [] and not any(
            isinstance(item, QgsRubberBand) for item in canvas.scene().items()
        )
    finally:
        dialog.deleteLater()
        canvas.deleteLater()


class Bar:
    def __init__(self):
        self.warnings = []

    def pushWarning(self, title, text):  # noqa: N802
        self.warnings.append(text)


class Iface:
    """What explain_selected_report asks of QGIS's iface; no main window, as when the caller's
    reference is all that keeps the dialog alive."""

    def __init__(self, layer):
        from qgis.gui import QgsMapCanvas

        self.layer, self.canvas, self.bar = layer, QgsMapCanvas(), Bar()
        self.canvas.resize(600, 400)
        self.canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:2154"))

    def activeLayer(self):  # noqa: N802
        return self.layer

    def mapCanvas(self):  # noqa: N802
        return self.canvas

    def mainWindow(self):  # noqa: N802
        return None

    def messageBar(self):  # noqa: N802
        return self.bar


def rubber_bands_on(canvas):
    from qgis.gui import QgsRubberBand

    return [item for item in canvas.scene().items() if isinstance(item, QgsRubberBand)]


def test_explain_selected_report_from_the_reports_layer(
    gup_connection, routing_setup, project, qgis_app
):
    from gup_signalement_plugin.gui.why_dialog import explain_selected_report
    from gup_signalement_plugin.toolbelt import routing_layers

    reports = routing_layers.add_reports_layer(gup_connection, project)
    iface = Iface(reports)
    assert explain_selected_report(iface) is None and "0 selected" in iface.bar.warnings[-1]
    routed = routing_setup["reports"][0]
    reports.selectByExpression('"id" = {}'.format(routed))
    dialog = explain_selected_report(iface)
    try:
        assert dialog is not None and dialog.report_id == routed and dialog.isVisible()
        assert dialog.explanation.reason_code == "higher_priority" and len(dialog.rubber_bands) == 5
    finally:
        dialog.close()
    perimeters = routing_layers.add_perimeters_layer(gup_connection, project)
    assert explain_selected_report(Iface(perimeters)) is None


def test_why_dialog_from_the_menu_zooms_on_a_row_and_cleans_the_map_on_close(
    gup_connection, routing_setup, project, qgis_app
):
    """The menu action drops nothing: the dialog lives on after the action returns, a click on
    a row zooms to that perimeter, Close removes every highlight from the canvas."""
    import gc

    from qgis.core import QgsRectangle
    from qgis.PyQt.QtWidgets import QApplication, QDialogButtonBox

    import gup_signalement_plugin
    from gup_signalement_plugin.gui.why_dialog import WhyThisServiceDialog
    from gup_signalement_plugin.toolbelt import routing_layers

    reports = routing_layers.add_reports_layer(gup_connection, project)
    reports.selectByExpression('"id" = {}'.format(routing_setup["reports"][0]))
    iface = Iface(reports)
    plugin = gup_signalement_plugin.classFactory(iface)
    plugin.explain_selected_report()
    gc.collect()
    QApplication.processEvents()
    dialogs = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, WhyThisServiceDialog) and w.isVisible()
    ]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    canvas = iface.canvas
    assert len(rubber_bands_on(canvas)) == 5
    x, y = routing_setup["point"]
    far = QgsRectangle(x + 50000, y + 50000, x + 60000, y + 60000)
    canvas.setExtent(far)
    row = [
        r
        for r in range(dialog.table.rowCount())
        if dialog.table.item(r, 0).text() == "Vitry centre"
    ][0]  # a box of 1,600 m
    dialog.table.selectRow(row)
    extent = canvas.extent()
    assert extent.contains(QgsRectangle(x - 800, y - 800, x + 800, y + 800))
    assert extent.width() < 3000 or extent.height() < 3000
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Close).click()
    QApplication.processEvents()
    gc.collect()
    assert not dialog.isVisible() and rubber_bands_on(canvas) == []
    plugin.explain_selected_report()  # opened again, then the plugin unloads: map cleaned
    assert len(rubber_bands_on(canvas)) == 5
    plugin.unload()
    assert rubber_bands_on(canvas) == []


def test_services_dialog_loads_from_a_stored_connection(gup_connection, routing_setup, messages):
    from gup_signalement_plugin.gui.services_dialog import ServicesDialog

    dialog = ServicesDialog()
    try:
        assert dialog.connection_combo is not None and not dialog.table.isEnabled()
        dialog.connection_combo.setCurrentText(gup_connection)
        dialog._load_from_combo()
        assert dialog.table.rowCount() == 5 and dialog.table.isEnabled()
        assert dialog.commune_combo(0).count() == 25  # (none) + the 24 communes
    finally:
        if dialog.database is not None:
            dialog.database.close()
        dialog.deleteLater()

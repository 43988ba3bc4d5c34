"""The plugin speaks French when QGIS runs in French."""

from tests.qgis.test_plugin import _patch_database_menu


def test_menu_and_algorithms_in_french(french_qgis, qgis_iface, monkeypatch):
    import gup_signalement_plugin

    menu = _patch_database_menu(qgis_iface, monkeypatch)
    plugin = gup_signalement_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        texts = [a.text() for a in menu["GUP Signalement"]]
        assert "Catégories par commune…" in texts
        assert "Publier pour l'application de signalement (Open311)…" in texts
        algorithms = {a.name(): a for a in plugin.provider.algorithms()}
        assert (
            algorithms["create_database_structure"].displayName() == "Créer la structure de la base"
        )
        # a string written in a base class, seen through a subclass
        catalogue = algorithms["import_category_catalogue"]
        assert catalogue.outputDefinition("COUNT").description() == "Lignes importées"
        assert catalogue.group() == "Catalogue des catégories"
        # incoming reports: menu, a count output named through QT_TRANSLATE_NOOP, a run summary
        assert "Sources des signalements entrants et synchronisation…" in texts
        sync = algorithms["sync_open311_source"]
        assert sync.outputDefinition("QUARANTINED").description() == "Signalements en quarantaine"
        from gup_signalement_plugin.core.ingest import RunCounts
        from gup_signalement_plugin.toolbelt.incoming_text import counts_summary

        summary = counts_summary(
            RunCounts(read=3, new=3, quarantined=1, by_reason={"outside_territory": 1})
        )
        assert summary.startswith("3 lus, 3 nouveaux") and "1 × Hors des 24 communes" in summary
    finally:
        plugin.unload()
    # unload removes the translator
    from qgis.PyQt.QtCore import QCoreApplication

    assert (
        QCoreApplication.translate("GupSignalementPlugin", "Categories by commune…")
        == "Categories by commune…"
    )


def test_services_menu_and_perimeter_problems_in_french(french_qgis, qgis_iface, monkeypatch):
    import gup_signalement_plugin
    from gup_signalement_plugin.core import perimeters as rules
    from gup_signalement_plugin.toolbelt.perimeter_text import problem_text

    menu = _patch_database_menu(qgis_iface, monkeypatch)
    plugin = gup_signalement_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        texts = [a.text() for a in menu["GUP Signalement"]]
        assert "Importer des services…" in texts and "Exporter les services…" in texts
        problem = rules.PerimeterProblem.make(
            "entité 3 (Papillon)", rules.INVALID_GEOMETRY, reason="Self-intersection[1 2]"
        )
        assert problem_text(problem) == (
            "entité 3 (Papillon): géométrie invalide : Self-intersection[1 2] (corrigez-la, ou "
            "cochez l'option de réparation)"
        )
    finally:
        plugin.unload()


def test_standard_buttons_in_french(french_qgis, qgis_app):
    """Qt's own French catalogue is not installed with Debian's QGIS: the plugin names the
    standard buttons itself (the stage map dialog's Close, the questions' Discard/Cancel)."""
    from qgis.PyQt.QtWidgets import QDialogButtonBox, QMessageBox

    import gup_signalement_plugin
    from gup_signalement_plugin.gui.stage_map_dialog import StageMapDialog
    from gup_signalement_plugin.gui.standard_buttons import translate_buttons

    plugin = gup_signalement_plugin.classFactory(None)
    try:
        dialog = StageMapDialog()
        box = dialog.findChild(QDialogButtonBox)
        assert box.button(QDialogButtonBox.Close).text() == "Fermer"
        dialog.deleteLater()
        question = QMessageBox(
            QMessageBox.Question,
            "t",
            "q",
            QMessageBox.Discard | QMessageBox.Cancel | QMessageBox.Yes | QMessageBox.No,
        )
        translate_buttons(question)
        assert [
            question.button(b).text()
            for b in (QMessageBox.Discard, QMessageBox.Cancel, QMessageBox.Yes, QMessageBox.No)
        ] == ["Abandonner", "Annuler", "Oui", "Non"]
        question.deleteLater()
    finally:
        plugin.unload()


def test_hotspot_legend_refusals_and_points_noirs_in_french(french_qgis, qgis_iface, monkeypatch):
    import gup_signalement_plugin
    from gup_signalement_plugin.core.hotspots import HotspotRefusal
    from gup_signalement_plugin.toolbelt import hotspot_layers
    from gup_signalement_plugin.toolbelt.hotspot_text import refusal_text

    _patch_database_menu(qgis_iface, monkeypatch)
    plugin = gup_signalement_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        labels = [c.label() for c in hotspot_layers.gi_bin_renderer().categories()]
        assert labels == [
            "Point chaud 99 %",
            "Point chaud 95 %",
            "Point chaud 90 %",
            "Non significatif",
            "Point froid 90 %",
            "Point froid 95 %",
            "Point froid 99 %",
        ]
        emerging = [c.label() for c in hotspot_layers.emerging_renderer().categories()]
        assert "Nouveau point chaud" in emerging and "Point froid persistant" in emerging
        assert [c.label() for c in hotspot_layers.points_noirs_renderer().categories()] == [
            "Surveillance",
            "Plan d'action",
            "Travaux programmés",
            "Résolu",
        ]
        assert refusal_text(HotspotRefusal("too_few_reports", reports=12, minimum=30)).startswith(
            "Seulement 12 signalements à analyser : il en faut au moins 30"
        )
        assert hotspot_layers.gistar_layer_name() == "Points chauds (Gi*)"
        algorithms = {a.name(): a for a in plugin.provider.algorithms()}
        assert algorithms["hotspots_gistar"].group() == "Points chauds"
    finally:
        plugin.unload()

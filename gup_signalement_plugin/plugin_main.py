"""The plugin object QGIS loads: menu, toolbar, translations, Processing provider.

Works without a GUI: qgis_process calls classFactory(None) then initProcessing() only."""

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QTranslator
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .__about__ import I18N_DIR, PLUGIN_SLUG, PROVIDER_ID, resource_path
from .processing.provider import GupProvider
from .toolbelt.log import setup_logging


def user_locale() -> str:
    """Two-letter locale of the QGIS user interface ('fr', 'en'...)."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        locale = settings.value("locale/userLocale", "") or ""
    else:
        locale = QgsApplication.locale() or settings.value("locale/userLocale", "") or ""
    return str(locale)[0:2]


class GupSignalementPlugin:
    MENU = "GUP Signalement"

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.actions = []
        self.toolbar = None
        self.translator = None
        self.phone_tool = None
        self.why_dialog = None  # kept: its highlights and zoom live in its Python code
        self.triage_dock = None
        self.point_noir_dialog = None  # the page of a point noir, kept while open
        self._install_translator()
        setup_logging()  # desktop and qgis_process: both build the plugin object first

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("GupSignalementPlugin", text)

    def _install_translator(self) -> None:
        path = I18N_DIR / "{}_{}.qm".format(PLUGIN_SLUG, user_locale())
        if path.exists():
            self.translator = QTranslator()
            if self.translator.load(str(path)):
                QCoreApplication.installTranslator(self.translator)
            else:
                self.translator = None

    # Processing -----------------------------------------------------------------------------
    def initProcessing(self):  # noqa: N802
        if self.provider is None:
            provider = GupProvider()
            # fails (and the registry deletes the provider) if another instance is registered
            if QgsApplication.processingRegistry().addProvider(provider):
                self.provider = provider

    # GUI ------------------------------------------------------------------------------------
    def initGui(self):  # noqa: N802
        self.initProcessing()
        if self.iface is None:
            return
        self.toolbar = self.iface.addToolBar(self.MENU)
        self.toolbar.setObjectName("GupSignalementToolbar")
        icon = QIcon(str(resource_path("icons", "gup.svg")))
        self._add_action(icon, self.tr("Categories by commune…"), self.open_matrix, toolbar=True)
        self._add_action(icon, self.tr("Triage…"), self.open_triage_dock, toolbar=True)
        self._add_action(icon, self.tr("Map of a category's stages…"), self.open_stage_map)
        self._add_action(
            None,
            self.tr("Create database structure…"),
            lambda: self.run_algorithm("create_database_structure"),
        )
        self._add_action(
            None,
            self.tr("Upgrade database structure…"),
            lambda: self.run_algorithm("upgrade_database_structure"),
        )
        self._add_action(
            None, self.tr("Import communes…"), lambda: self.run_algorithm("import_communes")
        )
        self._add_action(
            None,
            self.tr("Import category catalogue…"),
            lambda: self.run_algorithm("import_category_catalogue"),
        )
        self._add_action(
            None,
            self.tr("Publish for the reporting app (Open311)…"),
            lambda: self.run_algorithm("export_open311_services"),
        )
        self._add_action(None, self.tr("Services…"), self.open_services)
        self._add_action(
            None, self.tr("Import services…"), lambda: self.run_algorithm("import_services")
        )
        self._add_action(
            None, self.tr("Export services…"), lambda: self.run_algorithm("export_services")
        )
        self._add_action(
            None, self.tr("Competence perimeters and reports layers"), self.add_routing_layers
        )
        self._add_action(
            None,
            self.tr("Export competence perimeters…"),
            lambda: self.run_algorithm("export_perimeters"),
        )
        self._add_action(None, self.tr("Why this service?"), self.explain_selected_report)
        self._add_action(
            None, self.tr("Incoming report sources and synchronisation…"), self.open_sources
        )
        self._add_action(
            None, self.tr("Phone report: click the place on the map…"), self.start_phone_report
        )
        self._add_action(
            None,
            self.tr("Quarantined reports layer (to fix and release)"),
            self.add_quarantine_layer,
        )
        self._add_action(None, self.tr("Release quarantined reports…"), self.release_quarantine)
        self._add_action(None, self.tr("Import reports from a file…"), self.open_report_import)
        self._add_renewal_actions()
        self._add_action(None, self.tr("People and rights…"), self.open_people)
        self._add_action(None, self.tr("Audit trail and contact of a report…"), self.open_audit)
        self._add_action(
            None, self.tr("Purge personal data…"), lambda: self.run_algorithm("purge_personal_data")
        )

    def _add_renewal_actions(self):
        """Urban renewal (issue 15): the layer group and its imports."""
        self._add_action(None, self.tr("Urban renewal layers"), self.add_renewal_layers)
        self._add_action(
            None,
            self.tr("Import QPV perimeters…"),
            lambda: self.run_algorithm("import_qpv_perimeters"),
        )
        self._add_action(
            None,
            self.tr("Import a relocation spreadsheet (RIME)…"),
            lambda: self.run_algorithm("import_relocation_sheet"),
        )
        self._add_action(None, self.tr("Atlas…"), lambda: self.run_algorithm("export_atlas"))
        self._add_action(None, self.tr("Statistics…"), self.open_statistics)
        self._add_action(
            None,
            self.tr("Round sheet (feuille de tournée)…"),
            lambda: self.run_algorithm("round_sheet"),
        )
        self._add_action(
            None, self.tr("Hot spots (Gi*)…"), lambda: self.run_algorithm("hotspots_gistar")
        )
        self._add_action(
            None, self.tr("Emerging hot spots…"), lambda: self.run_algorithm("emerging_hotspots")
        )
        self._add_action(None, self.tr("Points noirs layer"), self.add_points_noirs_layer)
        self._add_action(None, self.tr("Point noir: before / after…"), self.open_point_noir)

    def _add_action(self, icon, text, callback, toolbar=False):
        action = (
            QAction(icon, text, self.iface.mainWindow())
            if icon
            else QAction(text, self.iface.mainWindow())
        )
        action.triggered.connect(callback)
        self.iface.addPluginToDatabaseMenu(self.MENU, action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def unload(self):
        if self.iface is not None:
            for action in self.actions:
                self.iface.removePluginDatabaseMenu(self.MENU, action)
            if self.toolbar is not None:
                self.toolbar.deleteLater()
        self.actions = []
        self.toolbar = None
        if self.phone_tool is not None:
            self.phone_tool.canvas().unsetMapTool(self.phone_tool)
            self.phone_tool = None
        self.close_why_dialog()
        if self.triage_dock is not None:
            if self.iface is not None:
                self.iface.removeDockWidget(self.triage_dock)
            self.triage_dock.close()
            self.triage_dock.deleteLater()
            self.triage_dock = None
        self.point_noir_dialog = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None

    # Actions --------------------------------------------------------------------------------
    def run_algorithm(self, name: str, parameters=None):
        import processing  # QGIS's processing plugin, present whenever the GUI runs

        processing.execAlgorithmDialog("{}:{}".format(PROVIDER_ID, name), parameters or {})

    def release_quarantine(self):
        """The release algorithm, for the reports selected in the quarantine layer if any (on
        that layer's connection, after its unsaved corrections are saved)."""
        from qgis.core import QgsProject
        from qgis.PyQt.QtWidgets import QMessageBox

        from .core.errors import GupError
        from .gui.standard_buttons import ask
        from .toolbelt.incoming_layers import selected_quarantine

        title = self.tr("Release quarantined reports")
        try:
            connection, ids, layers = selected_quarantine(QgsProject.instance())
        except GupError as exc:
            QMessageBox.warning(self.iface.mainWindow(), title, str(exc))
            return
        for layer in (layer for layer in layers if layer.isModified()):
            answer = ask(
                self.iface.mainWindow(),
                title,
                self.tr(
                    "The quarantine layer has unsaved corrections: save them before the release?"
                ),
                QMessageBox.Save | QMessageBox.Cancel,
                QMessageBox.Save,
            )
            if answer != QMessageBox.Save:
                return
            if not layer.commitChanges(False):
                QMessageBox.critical(
                    self.iface.mainWindow(), title, "\n".join(layer.commitErrors())
                )
                return
        parameters = (
            {"CONNECTION_NAME": connection, "IDS": ",".join(map(str, ids))} if ids else None
        )
        self.run_algorithm("release_quarantine", parameters)

    def open_matrix(self):
        from .gui.matrix_dialog import CategoryMatrixDialog

        dialog = CategoryMatrixDialog(parent=self.iface.mainWindow())
        dialog.exec_()

    def open_triage_dock(self):
        """The triage dock, on the right of the map (made once, shown again)."""
        from qgis.PyQt.QtCore import Qt

        from .gui.triage_dock import TriageDock

        if self.triage_dock is None:
            self.triage_dock = TriageDock(self.iface.mapCanvas(), self.iface.mainWindow())
            self.iface.addDockWidget(Qt.RightDockWidgetArea, self.triage_dock)
            if self.triage_dock.connection_combo.currentText():
                self.triage_dock.load_connection()
        self.triage_dock.show()
        self.triage_dock.raise_()

    def open_stage_map(self):
        from .gui.stage_map_dialog import StageMapDialog

        dialog = StageMapDialog(parent=self.iface.mainWindow())
        dialog.exec_()

    def open_people(self):
        from .gui.rights_dialog import PeopleDialog

        PeopleDialog(parent=self.iface.mainWindow()).exec_()

    def open_audit(self):
        from .gui.audit_dialog import AuditDialog

        AuditDialog(parent=self.iface.mainWindow()).exec_()

    def open_statistics(self):
        from .gui.statistics_dialog import StatisticsDialog

        dialog = StatisticsDialog(parent=self.iface.mainWindow())
        dialog.exec_()

    def open_services(self):
        from .gui.services_dialog import ServicesDialog

        dialog = ServicesDialog(parent=self.iface.mainWindow())
        dialog.exec_()

    def _choose_connection(self, title: str):
        """A stored PostgreSQL connection chosen by the user (the last one proposed), or None."""
        from qgis.PyQt.QtWidgets import QInputDialog, QMessageBox

        from .gui.connection_picker import ConnectionCombo

        combo = ConnectionCombo()  # the connection list, and the last one chosen
        combo.deleteLater()
        names = [combo.itemText(i) for i in range(combo.count())]
        if not names:
            QMessageBox.warning(
                self.iface.mainWindow(),
                title,
                self.tr("There is no PostgreSQL connection in QGIS yet."),
            )
            return None
        name, ok = QInputDialog.getItem(
            self.iface.mainWindow(),
            title,
            self.tr("Connection"),
            names,
            max(0, combo.currentIndex()),
            False,
        )
        if not ok:
            return None
        combo.setCurrentText(name)
        combo.remember()
        return name

    def _add_layers(self, add):
        """Add layers with ``add(connection_name, project)`` after choosing the connection."""
        from qgis.core import QgsProject
        from qgis.PyQt.QtWidgets import QMessageBox

        from .core.errors import GupError

        title = self.tr("Layers")
        name = self._choose_connection(title)
        if name is None:
            return
        try:
            add(name, QgsProject.instance())
        except GupError as exc:
            QMessageBox.critical(self.iface.mainWindow(), title, str(exc))

    def add_routing_layers(self):
        from .toolbelt.routing_layers import add_routing_layers

        self._add_layers(add_routing_layers)

    def add_renewal_layers(self):
        from .toolbelt.renewal_layers import add_renewal_layers

        self._add_layers(add_renewal_layers)

    def add_quarantine_layer(self):
        from .toolbelt.incoming_layers import add_quarantine_layer

        self._add_layers(add_quarantine_layer)

    def open_sources(self):
        from .gui.sources_dialog import SourcesDialog

        dialog = SourcesDialog(parent=self.iface.mainWindow())
        dialog.exec_()

    def open_report_import(self):
        from .gui.import_dialog import ImportReportsDialog

        dialog = ImportReportsDialog(parent=self.iface.mainWindow())
        dialog.exec_()

    def start_phone_report(self):
        """The map tool: the next click on the canvas opens the phone report dialog there."""
        from .gui.phone_entry import PhoneReportTool

        if self.phone_tool is None:
            self.phone_tool = PhoneReportTool(self.iface.mapCanvas())
        self.iface.mapCanvas().setMapTool(self.phone_tool)

    def explain_selected_report(self):
        """Open "Why this service?" (replacing the one open, if any, and its highlights)."""
        from .gui.why_dialog import explain_selected_report

        self.close_why_dialog()
        self.why_dialog = explain_selected_report(self.iface)

    def add_points_noirs_layer(self):
        from .toolbelt.hotspot_layers import add_points_noirs_layer

        self._add_layers(add_points_noirs_layer)

    def open_point_noir(self):
        """The page of the selected point noir (kept: a dropped dialog would lose its code)."""
        from .gui.point_noir_dialog import open_selected_point_noir

        self.point_noir_dialog = open_selected_point_noir(self.iface) or self.point_noir_dialog

    def close_why_dialog(self):
        if self.why_dialog is not None:
            self.why_dialog.close()  # removes its highlights from the map
            self.why_dialog.deleteLater()
            self.why_dialog = None

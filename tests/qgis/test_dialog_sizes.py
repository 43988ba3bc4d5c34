"""Every dialog of the plugin fits a 1366×768 laptop screen (less a 40 px taskbar), loaded with
the real catalogue and communes: its buttons stay on screen, its content scrolls."""

from qgis.PyQt.QtCore import QRect, QSize
from qgis.PyQt.QtWidgets import QApplication, QDialogButtonBox

SMALL_SCREEN = QSize(1366, 728)


def _dialogs(gup_connection, gup_dsn):
    from gup_signalement_plugin.db.database import Database
    from gup_signalement_plugin.gui.audit_dialog import AuditDialog
    from gup_signalement_plugin.gui.import_dialog import ImportReportsDialog
    from gup_signalement_plugin.gui.matrix_dialog import CategoryMatrixDialog
    from gup_signalement_plugin.gui.phone_entry import PhoneReportDialog
    from gup_signalement_plugin.gui.rights_dialog import PeopleDialog
    from gup_signalement_plugin.gui.services_dialog import ServicesDialog
    from gup_signalement_plugin.gui.sources_dialog import SourcesDialog
    from gup_signalement_plugin.gui.stage_map_dialog import StageMapDialog
    from gup_signalement_plugin.gui.statistics_dialog import StatisticsDialog
    from gup_signalement_plugin.gui.why_dialog import WhyThisServiceDialog

    database = Database(gup_dsn, author="size-test")
    yield "matrix", CategoryMatrixDialog(database=database)
    yield "services", ServicesDialog(database=database)
    yield "sources", SourcesDialog(gup_connection)
    yield "import", ImportReportsDialog(gup_connection)
    yield "phone", PhoneReportDialog(2.39, 48.79, gup_connection)
    yield "stage map", StageMapDialog()
    yield "why", WhyThisServiceDialog(database, 1)
    yield "people", PeopleDialog(database)
    yield "audit", AuditDialog(database)
    yield "statistics", StatisticsDialog(database=database)
    database.close()


def test_every_dialog_fits_a_1366x768_screen(gup_connection, gup_dsn, messages):
    checked = []
    for name, dialog in _dialogs(gup_connection, gup_dsn):
        try:
            dialog.show()
            QApplication.processEvents()
            minimum = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
            assert minimum.width() <= SMALL_SCREEN.width(), name
            assert minimum.height() <= SMALL_SCREEN.height(), name
            # opened no larger than the screen (offscreen: 800×600), never beyond 1366×728
            assert dialog.width() <= SMALL_SCREEN.width(), name
            assert dialog.height() <= SMALL_SCREEN.height(), name
            dialog.resize(minimum)  # the smallest it can be: every button still inside
            QApplication.processEvents()
            for box in dialog.findChildren(QDialogButtonBox):
                for button in box.buttons():
                    top_left = button.mapTo(dialog, button.rect().topLeft())
                    assert dialog.rect().contains(QRect(top_left, button.size())), (
                        name,
                        button.text(),
                    )
            checked.append(name)
        finally:
            dialog.close()
            dialog.deleteLater()
    assert len(checked) == 10

"""What the screenshot scripts share: a GUI QgsApplication speaking the chosen language with
the staged plugin's translation (build/, as QGIS installs it)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def start_app(locale: str = "en"):
    from qgis.core import QgsApplication, QgsSettings
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    app = QgsApplication([], True)
    app.initQgis()
    QgsSettings().setValue("locale/overrideFlag", True)
    QgsSettings().setValue("locale/userLocale", locale)
    app.gup_translator = QTranslator()  # kept alive with the application
    if app.gup_translator.load(
        str(
            ROOT
            / "build"
            / "gup_signalement_plugin"
            / "i18n"
            / "gup_signalement_plugin_{}.qm".format(locale)
        )
    ):
        QCoreApplication.installTranslator(app.gup_translator)
    return app

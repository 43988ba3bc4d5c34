"""What every algorithm of the provider shares: the database connection parameter (the last
used connection pre-selected), the group, the help text (plain text, escaped for QGIS's HTML
view), and the translation of plugin errors into QgsProcessingException."""

import html

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterProviderConnection,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..__about__ import resource_path
from ..core.errors import GupError
from ..toolbelt.connections import database_for_connection, default_connection, remember_connection
from ..toolbelt.problem_text import error_text


class BaseAlgorithm(QgsProcessingAlgorithm):
    CONNECTION_NAME = "CONNECTION_NAME"
    GROUP_ID = "administration"

    def tr(self, text: str) -> str:
        """Translate in the context of the class that wrote the string (pylupdate5 extracts a
        string written in a base class under the base class's name)."""
        for cls in type(self).__mro__:
            translated = QCoreApplication.translate(cls.__name__, text)
            if translated != text:
                return translated
            if cls is BaseAlgorithm:
                break
        return text

    def createInstance(self):  # noqa: N802
        return type(self)()

    def icon(self):
        return QIcon(str(resource_path("icons", "gup.svg")))

    def group(self):
        return {
            "administration": QCoreApplication.translate("BaseAlgorithm", "Administration"),
            "catalogue": QCoreApplication.translate("BaseAlgorithm", "Category catalogue"),
            "publication": QCoreApplication.translate("BaseAlgorithm", "Publication"),
            "routing": QCoreApplication.translate("BaseAlgorithm", "Competences and routing"),
            "incoming": QCoreApplication.translate("BaseAlgorithm", "Incoming reports"),
            "renewal": QCoreApplication.translate("BaseAlgorithm", "Urban renewal"),
            "atlas": QCoreApplication.translate("BaseAlgorithm", "Atlas"),
            "triage": QCoreApplication.translate("BaseAlgorithm", "Triage"),
            "hotspots": QCoreApplication.translate("BaseAlgorithm", "Hotspots"),
            "rights": QCoreApplication.translate("BaseAlgorithm", "People and rights"),
        }[self.GROUP_ID]

    def groupId(self):  # noqa: N802
        return self.GROUP_ID

    def help_text(self) -> str:
        """The help as plain text (translated), paragraphs separated by new lines."""
        return ""

    def shortHelpString(self):  # noqa: N802
        """QGIS shows the help as HTML: '<folder>' or '&' in a help text must stay text."""
        return html.escape(self.help_text(), quote=False)

    def add_connection_parameter(self):
        self.addParameter(
            QgsProcessingParameterProviderConnection(
                self.CONNECTION_NAME,
                self.tr("PostgreSQL connection to the GUP database"),
                "postgres",
                default_connection() or None,
            )
        )

    def database(self, parameters, context):
        name = self.parameterAsConnectionName(parameters, self.CONNECTION_NAME, context)
        if not name:
            raise QgsProcessingException(self.tr("Choose a PostgreSQL connection."))
        try:
            db = database_for_connection(name)
        except GupError as exc:
            raise QgsProcessingException(error_text(exc)) from exc
        remember_connection(name)
        opened = getattr(self, "_opened", None)
        if opened is not None:  # closed when the algorithm ends (processAlgorithm)
            opened.append(db)
        return db

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if (
            "run" in cls.__dict__
        ):  # would shadow QgsProcessingAlgorithm.run(), used by processing.run
            raise TypeError("{}: implement process(), not run()".format(cls.__name__))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        """Runs ``process`` and turns the plugin's errors into Processing errors (nothing written);
        the database connections it opened are closed at the end."""
        self._opened = []
        try:
            return self.process(parameters, context, feedback)
        except GupError as exc:
            raise QgsProcessingException(error_text(exc)) from exc
        finally:
            for db in self._opened:
                db.close()
            self._opened = []

    def process(self, parameters, context, feedback):
        """The algorithm's work: parse parameters, call a job, report through feedback."""
        raise NotImplementedError

"""Create and upgrade the database structure."""

from qgis.core import QgsProcessingOutputString, QgsProcessingParameterBoolean

from ...usecases import catalogue as structure
from ..base import BaseAlgorithm


class CreateDatabaseStructure(BaseAlgorithm):
    OVERRIDE = "OVERRIDE"
    DATABASE_VERSION = "DATABASE_VERSION"

    def name(self):
        return "create_database_structure"

    def displayName(self):  # noqa: N802
        return self.tr("Create database structure")

    def help_text(self) -> str:
        return self.tr(
            "Installs the GUP schema (tables, views, functions, history triggers) in a "
            "PostGIS database, and PostGIS itself if the role may. An existing GUP "
            "structure is kept unless 'Drop the existing structure' is ticked: then "
            "the schema and ALL its data are deleted first."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_connection_parameter()
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.OVERRIDE,
                self.tr("Drop the existing structure and ALL its data"),
                defaultValue=False,
            )
        )
        self.addOutput(
            QgsProcessingOutputString(self.DATABASE_VERSION, self.tr("Database version"))
        )

    def process(self, parameters, context, feedback):
        db = self.database(parameters, context)
        override = self.parameterAsBool(parameters, self.OVERRIDE, context)
        version = structure.create_structure(db, override=override, progress=feedback.pushInfo)
        feedback.pushInfo(
            self.tr("Structure version {} installed in database '{}'.").format(version, db.name)
        )
        return {self.DATABASE_VERSION: version}


class UpgradeDatabaseStructure(BaseAlgorithm):
    RUN_MIGRATIONS = "RUN_MIGRATIONS"
    DATABASE_VERSION = "DATABASE_VERSION"

    def name(self):
        return "upgrade_database_structure"

    def displayName(self):  # noqa: N802
        return self.tr("Upgrade database structure")

    def help_text(self) -> str:
        return self.tr(
            "Applies, in version order, the upgrade files the database has not had yet. "
            "Each upgrade runs in one transaction: a failure leaves the database at the "
            "previous version. Data is kept. Back the database up first."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_connection_parameter()
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.RUN_MIGRATIONS, self.tr("I have a backup: run the upgrade"), defaultValue=False
            )
        )
        self.addOutput(
            QgsProcessingOutputString(self.DATABASE_VERSION, self.tr("Database version"))
        )

    def checkParameterValues(self, parameters, context):  # noqa: N802
        if not self.parameterAsBool(parameters, self.RUN_MIGRATIONS, context):
            return False, self.tr("Tick the box to confirm that you want to upgrade the database.")
        return super().checkParameterValues(parameters, context)

    def process(self, parameters, context, feedback):
        db = self.database(parameters, context)
        pending = structure.pending_upgrades(db)
        if not pending:
            version = structure.installed_version(db)
            feedback.pushInfo(self.tr("The database is up to date (version {}).").format(version))
            return {self.DATABASE_VERSION: version}
        feedback.pushInfo(self.tr("{} upgrade(s) to apply.").format(len(pending)))
        version = structure.upgrade_structure(db, progress=feedback.pushInfo)
        feedback.pushInfo(self.tr("Database upgraded to version {}.").format(version))
        return {self.DATABASE_VERSION: version}

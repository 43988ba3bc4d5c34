"""Import and export the category catalogue and the communes x categories settings (CSV)."""

from pathlib import Path

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from ...usecases import catalogue
from ..base import BaseAlgorithm


class _CsvImport(BaseAlgorithm):
    """Reads a CSV file (any encoding, ';' or ',') and hands its bytes to a job."""

    GROUP_ID = "catalogue"
    INPUT = "INPUT"
    COUNT = "COUNT"
    job = None  # set by subclasses: job(db, data, source) -> count

    def input_label(self):
        raise NotImplementedError

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_connection_parameter()
        self.addParameter(
            QgsProcessingParameterFile(self.INPUT, self.input_label(), extension="csv")
        )
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, self.tr("Rows imported")))

    def process(self, parameters, context, feedback):
        db = self.database(parameters, context)
        path = Path(self.parameterAsFile(parameters, self.INPUT, context))
        count = type(self).job(db, path.read_bytes(), path.name)
        feedback.pushInfo(self.tr("{} rows imported or updated from {}.").format(count, path.name))
        return {self.COUNT: count}


class _CsvExport(BaseAlgorithm):
    GROUP_ID = "catalogue"
    OUTPUT = "OUTPUT"
    job = None  # job(db) -> bytes

    def output_label(self):
        raise NotImplementedError

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_connection_parameter()
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, self.output_label(), self.tr("CSV files (*.csv)")
            )
        )

    def process(self, parameters, context, feedback):
        db = self.database(parameters, context)
        path = Path(self.parameterAsFileOutput(parameters, self.OUTPUT, context))
        path.write_bytes(type(self).job(db))
        feedback.pushInfo(self.tr("Written: {}").format(path))
        return {self.OUTPUT: str(path)}


class ImportCategoryCatalogue(_CsvImport):
    job = staticmethod(catalogue.import_catalogue)

    def name(self):
        return "import_category_catalogue"

    def displayName(self):  # noqa: N802
        return self.tr("Import category catalogue (CSV)")

    def input_label(self):
        return self.tr("Catalogue CSV file")

    def help_text(self) -> str:
        return self.tr(
            "Inserts or updates categories from a CSV file (UTF-8, UTF-8 with BOM or "
            "Latin-1; ';' or ',' separated) with the columns code, public_label, "
            "internal_label, group, parent_code, delay_working_days, active, "
            "description_required, sort_order. The whole file is checked first "
            "(codes, duplicates, missing parents): if a line is wrong nothing is "
            "imported and each problem is listed with its line."
        )


class ExportCategoryCatalogue(_CsvExport):
    job = staticmethod(catalogue.export_catalogue)

    def name(self):
        return "export_category_catalogue"

    def displayName(self):  # noqa: N802
        return self.tr("Export category catalogue (CSV)")

    def output_label(self):
        return self.tr("Catalogue CSV file")

    def help_text(self) -> str:
        return self.tr(
            "Writes the catalogue as a CSV file (UTF-8 with BOM, ';' separated) that "
            "the import algorithm reads back."
        )


class ImportCommuneSettings(_CsvImport):
    job = staticmethod(catalogue.import_settings)

    def name(self):
        return "import_commune_settings"

    def displayName(self):  # noqa: N802
        return self.tr("Import category opening per commune (CSV)")

    def input_label(self):
        return self.tr("Communes x categories CSV file")

    def help_text(self) -> str:
        return self.tr(
            "Sets, per commune and top-level category, the stage (closed, agents, "
            "public), the message of a closed category and the validity dates, from "
            "a CSV with the columns insee_code, category_code, stage, closed_message, "
            "valid_from, valid_to. Unknown communes or categories are refused with "
            "their line; every change is kept in the history."
        )


class ExportCommuneSettings(_CsvExport):
    job = staticmethod(catalogue.export_settings)

    def name(self):
        return "export_commune_settings"

    def displayName(self):  # noqa: N802
        return self.tr("Export category opening per commune (CSV)")

    def output_label(self):
        return self.tr("Communes x categories CSV file")

    def help_text(self) -> str:
        return self.tr(
            "Writes the communes x categories settings as a CSV file that the import "
            "algorithm reads back."
        )

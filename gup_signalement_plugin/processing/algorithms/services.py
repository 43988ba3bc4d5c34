"""Import and export the services (CSV), as the catalogue is imported and exported."""

from ...usecases import routing
from .catalogue import _CsvExport, _CsvImport


class ImportServices(_CsvImport):
    GROUP_ID = "routing"
    job = staticmethod(routing.import_services)

    def name(self):
        return "import_services"

    def displayName(self):  # noqa: N802
        return self.tr("Import services (CSV)")

    def input_label(self):
        return self.tr("Services CSV file")

    def help_text(self) -> str:
        return self.tr(
            "Inserts or updates services from a CSV file (UTF-8, UTF-8 with BOM or "
            "Latin-1; ';' or ',' separated) with the columns name, type (commune, "
            "ept, syndicat, bailleur, autre), insee_code (the commune, may be empty), "
            "emails (separated by commas) and active (true/false, default true). A "
            "service is matched on its name (case ignored); services missing from "
            "the file are left as they are. The whole file is checked first (empty "
            "or duplicate names, unknown types or communes, bad e-mail addresses): "
            "if a line is wrong nothing is imported and each problem is listed with "
            "its line."
        )


class ExportServices(_CsvExport):
    GROUP_ID = "routing"
    job = staticmethod(routing.export_services)

    def name(self):
        return "export_services"

    def displayName(self):  # noqa: N802
        return self.tr("Export services (CSV)")

    def output_label(self):
        return self.tr("Services CSV file")

    def help_text(self) -> str:
        return self.tr(
            "Writes every service (name, type, insee_code, emails, active) as a CSV "
            "file (UTF-8 with BOM, ';' separated) that the import algorithm reads "
            "back."
        )

"""Urban renewal on the QGIS side: the core's problem codes as translated sentences, status and
phase labels, and spreadsheets read through GDAL.

Why GDAL: QGIS ships GDAL with its XLSX and ODS drivers everywhere (Windows, macOS, Linux),
while openpyxl is not in QGIS's Python on every platform (not here). Each sheet is read as an
OGR sublayer of a QgsVectorLayer with the driver's HEADERS=DISABLE (our own header search finds
the header below blank, title or merged-cell rows) and FIELD_TYPES=STRING (cells as written;
dates typed as dates come as yyyy/mm/dd text, numbers as text, Excel serials included). QGIS
3.22 ignores open options in an ogr layer source ("|option:..."), so they are given as GDAL
configuration options (OGR_XLSX_HEADERS...) while the sheets are read, then restored."""

from pathlib import Path
from typing import List, Tuple

from osgeo import gdal
from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from ..core import renewal as rules
from ..core.errors import GupError, Problem
from ..usecases import renewal as renewal_uc
from .values import python_value


def _templates():
    translate = QCoreApplication.translate
    return {
        rules.NO_HEADER: translate(
            "RenewalText", "no header row with the columns {columns} in the first {rows} rows"
        ),
        rules.MISSING_COLUMNS: translate(
            "RenewalText", "column(s) not found in the header: {columns}"
        ),
        rules.EMPTY_VALUE: translate("RenewalText", "{field} is empty"),
        rules.UNKNOWN_PERIMETER: translate("RenewalText", "unknown perimeter code '{perimeter}'"),
        rules.UNKNOWN_STATUS: translate("RenewalText", "unknown status '{value}'"),
        rules.BAD_SIZE: translate(
            "RenewalText", "household size '{value}' is not a whole number from 1 to 20"
        ),
        rules.BAD_DATE: translate("RenewalText", "{field}: '{value}' is not a date"),
        rules.DUPLICATE: translate("RenewalText", "same household as line {line}: kept once"),
        rules.CONFLICTING_DUPLICATE: translate(
            "RenewalText", "household also on line {line} with other values: both refused"
        ),
        rules.BAD_COMMUNE: translate("RenewalText", "{field}: '{value}' is not an INSEE code"),
    }


def problem_text(problem: Problem) -> str:
    template = _templates().get(getattr(problem, "code", None))
    if template is None:
        return str(problem)
    return "{}: {}".format(problem.where, template.format(**problem.parameters))


def phase_labels():
    translate = QCoreApplication.translate
    return {
        "study": translate("RenewalText", "Study"),
        "relocation": translate("RenewalText", "Relocation"),
        "demolition": translate("RenewalText", "Demolition"),
        "reconstruction": translate("RenewalText", "Reconstruction"),
        "done": translate("RenewalText", "Done"),
    }


def type_labels():
    translate = QCoreApplication.translate
    return {
        "qpv": translate("RenewalText", "QPV (priority neighbourhood)"),
        "pru": translate("RenewalText", "Renewal project (PRU / NPNRU)"),
        "experimentation": translate("RenewalText", "Experiment perimeter"),
    }


def read_sheets(path: str) -> List[Tuple[str, List[list]]]:
    """(sheet name, rows of cells) of a .xlsx / .ods (through GDAL), or of a .csv."""
    file = Path(path)
    if file.suffix.lower() in (".csv", ".txt"):
        return [(file.stem, renewal_uc.read_csv_sheet(file.read_bytes()))]
    base = QgsVectorLayer(str(file), "sheets", "ogr")
    names = (
        [entry.split("!!::!!")[1] for entry in base.dataProvider().subLayers()]
        if base.isValid()
        else []
    )
    if not names:
        raise GupError(
            QCoreApplication.translate(
                "RenewalText",
                "Cannot read the spreadsheet {} (is it an .xlsx, .ods or .csv file?).",
            ).format(file.name)
        )
    options = {
        "OGR_{}_{}".format(driver, key): value
        for driver in ("XLSX", "ODS")
        for key, value in (("HEADERS", "DISABLE"), ("FIELD_TYPES", "STRING"))
    }
    before = {key: gdal.GetConfigOption(key) for key in options}
    sheets = []
    try:
        for key, value in options.items():
            gdal.SetConfigOption(key, value)
        for name in names:
            layer = QgsVectorLayer("{}|layername={}".format(file, name), name, "ogr")
            rows = (
                [
                    [python_value(value) for value in feature.attributes()]
                    for feature in layer.getFeatures()
                ]
                if layer.isValid()
                else []
            )
            sheets.append((name, rows))
    finally:
        for key, value in before.items():
            gdal.SetConfigOption(key, value)
    return sheets

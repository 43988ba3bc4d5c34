"""Incoming reports: synchronise an Open311 source, import a file (CSV, GeoJSON, GeoPackage...),
release quarantined reports. The work is in usecases/ingest.py; these only read parameters and
report."""

import dataclasses
from pathlib import Path

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ...core import report_files
from ...core.errors import GupError, InputError
from ...core.incoming import DEFAULT_SOURCE_TZ, source_zone
from ...toolbelt.incoming_layers import reason_label
from ...toolbelt.incoming_text import counted, counts_summary, file_refused_text, notice_text
from ...toolbelt.labels import routing_status_label
from ...toolbelt.layer_rows import GEOMETRY_KEY, layer_rows, qgis_to_lonlat
from ...usecases import ingest
from ..base import BaseAlgorithm

NO_COLUMN = "-"  # a mapping field given as '-' reads no column (not the guessed one)
CSV_SUFFIXES = (".csv", ".txt", ".tsv", ".csv.gz", ".txt.gz", ".tsv.gz")


def is_csv_file(path) -> bool:
    """Read by the core CSV reader (else opened as a layer by OGR)."""
    return str(path).lower().endswith(CSV_SUFFIXES)


COUNT_OUTPUTS = (
    ("READ", "read", QT_TRANSLATE_NOOP("_IncomingAlgorithm", "Reports read")),
    ("NEW", "new", QT_TRANSLATE_NOOP("_IncomingAlgorithm", "New reports")),
    ("UPDATED", "updated", QT_TRANSLATE_NOOP("_IncomingAlgorithm", "Reports updated")),
    ("UNCHANGED", "unchanged", QT_TRANSLATE_NOOP("_IncomingAlgorithm", "Reports unchanged")),
    ("QUARANTINED", "quarantined", QT_TRANSLATE_NOOP("_IncomingAlgorithm", "Reports quarantined")),
    ("ROUTED", "routed", QT_TRANSLATE_NOOP("_IncomingAlgorithm", "Reports routed to a service")),
)


class _IncomingAlgorithm(BaseAlgorithm):
    """Shared outputs and reporting of a run's counts."""

    GROUP_ID = "incoming"
    SUMMARY = "SUMMARY"

    def add_count_outputs(self):
        for key, _attribute, label in COUNT_OUTPUTS:
            self.addOutput(QgsProcessingOutputNumber(key, self.tr(label)))
        self.addOutput(QgsProcessingOutputString(self.SUMMARY, self.tr("Summary")))

    def callbacks(self, feedback):
        return dict(
            progress=feedback.setProgress, is_canceled=feedback.isCanceled, log=feedback.pushInfo
        )

    def outputs(self, result, feedback):
        summary = counts_summary(result.counts)
        feedback.pushInfo(summary)
        outputs = {key: getattr(result.counts, attribute) for key, attribute, _l in COUNT_OUTPUTS}
        outputs[self.SUMMARY] = summary
        return outputs


class SyncOpen311Source(_IncomingAlgorithm):
    SOURCE = "SOURCE"
    FULL = "FULL"

    def name(self):
        return "sync_open311_source"

    def displayName(self):  # noqa: N802
        return self.tr("Synchronise an Open311 source")

    def help_text(self) -> str:
        return self.tr(
            "Fetches the requests of an Open311 GeoReport v2 source (declared in the sources "
            "dialog) page by page and stores each page as it arrives: one report per source and "
            "external id; a request read again unchanged writes nothing; what the data-quality "
            "guard does not trust goes to the quarantine with its reason; the others are routed. "
            "An interrupted synchronisation resumes after its last stored page. Incremental by "
            "default (since the last synchronisation, minus the re-read days); tick 'full' to "
            "read everything from the source's first date. The API key comes from the source's "
            "QGIS authentication configuration. Suited to scheduled runs with qgis_process."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_connection_parameter()
        self.addParameter(QgsProcessingParameterString(self.SOURCE, self.tr("Source name")))
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.FULL, self.tr("Full re-read from the source's first date"), False
            )
        )
        self.add_count_outputs()

    def process(self, parameters, context, feedback):
        name = self.parameterAsString(parameters, self.SOURCE, context).strip()
        db = self.database(parameters, context)
        source = ingest.get_source(db, name)
        api_key = None
        if source.authcfg:
            from ...toolbelt.auth import api_key_for

            api_key = api_key_for(source.authcfg)
        result = ingest.sync_open311(
            db,
            name,
            api_key=api_key,
            full=self.parameterAsBoolean(parameters, self.FULL, context),
            **self.callbacks(feedback),
        )
        if result.resumed_from:
            feedback.pushInfo(self.tr("Resumed after {}.").format(result.resumed_from))
        return self.outputs(result, feedback)


class ImportReportsFile(_IncomingAlgorithm):
    INPUT = "INPUT"
    SOURCE = "SOURCE"
    PRESET = "PRESET"
    CRS = "CRS"
    HEADER = "HEADER"
    TIME_ZONE = "TIME_ZONE"
    HEADER_CHOICES = (None, True, False)  # detected, first row = column names, first row = data
    FIELDS = (
        ("FIELD_ID", "external_id", QT_TRANSLATE_NOOP("ImportReportsFile", "Identifier column")),
        (
            "FIELD_CATEGORY",
            "service_code",
            QT_TRANSLATE_NOOP("ImportReportsFile", "Category (external code) column"),
        ),
        (
            "FIELD_DESCRIPTION",
            "description",
            QT_TRANSLATE_NOOP("ImportReportsFile", "Description column(s), separated by commas"),
        ),
        ("FIELD_DATE", "requested_at", QT_TRANSLATE_NOOP("ImportReportsFile", "Date column")),
        (
            "FIELD_UPDATED",
            "updated_at",
            QT_TRANSLATE_NOOP("ImportReportsFile", "Last update date column"),
        ),
        (
            "FIELD_STATUS",
            "status",
            QT_TRANSLATE_NOOP("ImportReportsFile", "Status column (open / closed)"),
        ),
        (
            "FIELD_ADDRESS",
            "address",
            QT_TRANSLATE_NOOP("ImportReportsFile", "Address column(s), separated by commas"),
        ),
        ("FIELD_X", "x", QT_TRANSLATE_NOOP("ImportReportsFile", "Longitude / X column (CSV)")),
        ("FIELD_Y", "y", QT_TRANSLATE_NOOP("ImportReportsFile", "Latitude / Y column (CSV)")),
        ("FIELD_WKT", "wkt", QT_TRANSLATE_NOOP("ImportReportsFile", "WKT geometry column (CSV)")),
    )

    def name(self):
        return "import_reports_file"

    def displayName(self):  # noqa: N802
        return self.tr("Import reports from a file")

    def help_text(self) -> str:
        return self.tr(
            "Imports reports from a CSV file (UTF-8, UTF-8 with BOM or Latin-1; ';' or ','; "
            "decimal comma; French or ISO dates; longitude/latitude or X/Y columns, or a WKT "
            "column; a .csv.gz is read as well) or from any point layer file QGIS opens "
            "(GeoJSON, GeoPackage, Shapefile), as the file channel of a source (created on "
            "first use). Columns left empty are guessed from their names; the DansMaRue preset "
            "reads the Paris export as it is. A CSV without a header row is detected (a first "
            "row of ids, dates or coordinates) or declared: its columns are then named by their "
            "position, 1, 2, 3..., and the id, date, status and position columns are guessed "
            "from the values of the first rows. Duplicate column names are renamed ('col (2)') "
            "and cells beyond the header go to columns named by their position, so that no cell "
            "is lost. "
            "Dates without an offset are read in the time zone given (an IANA name, e.g. "
            "America/Chicago). Importing the same file again changes nothing; rows the "
            "data-quality guard does not trust go to the quarantine with their reason: nothing "
            "is dropped. A missing, binary, empty or header-only file is refused before "
            "anything is written."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_connection_parameter()
        self.addParameter(QgsProcessingParameterFile(self.INPUT, self.tr("File")))
        self.addParameter(
            QgsProcessingParameterString(
                self.SOURCE, self.tr("Source name (letters, digits, _ . -)"), "fichier"
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.PRESET,
                self.tr("Column mapping"),
                [
                    self.tr("Guessed from the column names"),
                    self.tr("DansMaRue export (Ville de Paris)"),
                ],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.HEADER,
                self.tr("First row of a CSV file"),
                [
                    self.tr("Detected (data when it holds ids, dates or coordinates)"),
                    self.tr("Column names (header row)"),
                    self.tr("Data (no header row: columns named 1, 2, 3...)"),
                ],
                defaultValue=0,
            )
        )
        for key, _attribute, label in self.FIELDS:
            self.addParameter(QgsProcessingParameterString(key, self.tr(label), optional=True))
        self.addParameter(
            QgsProcessingParameterCrs(
                self.CRS,
                self.tr("CRS of the X/Y or WKT columns (CSV; empty = WGS84 longitude/latitude)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.TIME_ZONE,
                self.tr("Time zone of dates without an offset (IANA name)"),
                DEFAULT_SOURCE_TZ,
            )
        )
        self.add_count_outputs()

    def has_header(self, parameters, context):
        """True, False, or None (detect) for the HEADER choice."""
        return self.HEADER_CHOICES[self.parameterAsEnum(parameters, self.HEADER, context)]

    def mapping(self, parameters, context, header, rows=()):
        """The preset or guessed mapping (from the column names, or from the values of the
        first ``rows`` when the columns are named by position), with the columns the user
        typed ('-': no column)."""
        preset = self.parameterAsEnum(parameters, self.PRESET, context)
        base = (
            report_files.DANSMARUE_MAPPING
            if preset == 1
            else report_files.guess_mapping(header, rows)
        )
        changes = {}
        for key, attribute, _label in self.FIELDS:
            text = self.parameterAsString(parameters, key, context).strip()
            if text:
                columns = (
                    ()
                    if text == NO_COLUMN
                    else tuple(c.strip() for c in text.split(",") if c.strip())
                )
                changes[attribute] = (
                    columns
                    if attribute in ("description", "address")
                    else (columns[0] if columns else None)
                )
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        if crs.isValid():
            if not crs.authid().upper().startswith("EPSG:"):
                raise GupError(
                    self.tr(
                        "The CRS of the X/Y or WKT columns must have an EPSG code (not {})."
                    ).format(crs.authid() or crs.description())
                )
            changes["srid"] = int(crs.authid().split(":")[1])
        zone = self.parameterAsString(parameters, self.TIME_ZONE, context).strip()
        if zone:
            source_zone(zone)  # an unknown zone is refused here, not on the first row
            changes["source_tz"] = zone
        return dataclasses.replace(base, **changes)

    def process(self, parameters, context, feedback):
        path = Path(self.parameterAsFile(parameters, self.INPUT, context))
        source = self.parameterAsString(parameters, self.SOURCE, context).strip()
        try:  # a file that cannot be imported is refused before anything is written
            if not path.is_file():
                raise report_files.FileRefused(
                    report_files.FILE_MISSING,
                    "{}: no such file".format(path),
                    file=str(path),
                    detail="",
                )
            if is_csv_file(path):
                reports, notices = self.read_csv(path, source, parameters, context, feedback)
            else:
                reports, notices = self.read_layer(path, source, parameters, context), []
        except report_files.FileRefused as exc:
            raise GupError(file_refused_text(exc)) from exc
        feedback.pushInfo(self.tr("{} rows read from {}.").format(len(reports), path.name))
        result = ingest.import_reports(
            self.database(parameters, context),
            source,
            reports,
            notes=[notice.describe() for notice in notices],
            **self.callbacks(feedback),
        )
        return self.outputs(result, feedback)

    def read_csv(self, path, source, parameters, context, feedback):
        """(reports, notices) of a CSV file; how it was read (no header row...) is logged first
        and repeated in the error when the mapping does not fit."""
        table = report_files.read_csv_table(
            report_files.file_bytes(path), self.has_header(parameters, context), path.name
        )
        said = [notice_text(notice) for notice in table.notices]
        for text in said:
            feedback.pushWarning(text)
        mapping = self.mapping(parameters, context, table.header, table.rows)
        try:
            mapping.validate(table.header, path.name)
        except InputError as exc:
            raise GupError("\n".join(said + [str(exc)])) from exc
        reports = report_files.reports_from_rows(
            table.rows,
            mapping,
            source,
            to_lonlat=qgis_to_lonlat(context.transformContext()),
            where=path.name,
        )
        feedback.pushInfo(
            self.tr("Encoding {}, separator '{}'.").format(table.encoding, table.separator)
        )
        return reports, table.notices

    def read_layer(self, path, source, parameters, context):
        """Rows of a layer file; the geometry, in WGS84, becomes a WKT column (a point is
        expected: the core flags any other geometry on its row)."""
        layer = QgsVectorLayer(str(path), path.stem, "ogr")
        if not layer.isValid():
            raise GupError(self.tr("{} cannot be opened as a CSV file or a layer.").format(path))
        if layer.featureCount() == 0:
            raise report_files.FileRefused(
                report_files.FILE_EMPTY, "{} is empty".format(path.name), file=path.name
            )
        mapping = dataclasses.replace(
            self.mapping(parameters, context, layer.fields().names()),
            x=None,
            y=None,
            wkt=GEOMETRY_KEY,
            srid=4326,
        )
        return report_files.reports_from_rows(
            layer_rows(layer, context.transformContext()), mapping, source, where=path.name
        )


class ReleaseQuarantine(_IncomingAlgorithm):
    IDS = "IDS"
    USE_PROPOSALS = "USE_PROPOSALS"
    RELEASED = "RELEASED"
    STILL = "STILL_QUARANTINED"

    def name(self):
        return "release_quarantine"

    def displayName(self):  # noqa: N802
        return self.tr("Release quarantined reports")

    def help_text(self) -> str:
        return self.tr(
            "Checks again the pending quarantined reports, as they were corrected in the "
            "quarantine layer (category chosen, point placed or moved, text fixed), and stores "
            "and routes those that now pass; the others stay in quarantine with their updated "
            "reasons. With 'apply the proposed fixes', swapped coordinates are swapped back and "
            "double-encoded text is repaired first."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_connection_parameter()
        self.addParameter(
            QgsProcessingParameterString(
                self.IDS,
                self.tr("Quarantine ids (comma separated; empty = every pending report)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.USE_PROPOSALS,
                self.tr("Apply the proposed fixes (swapped coordinates, text encoding)"),
                False,
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.RELEASED, self.tr("Reports released")))
        self.addOutput(QgsProcessingOutputNumber(self.STILL, self.tr("Reports still quarantined")))

    def process(self, parameters, context, feedback):
        text = self.parameterAsString(parameters, self.IDS, context).strip()
        try:
            ids = [int(part) for part in text.replace(";", ",").split(",") if part.strip()] or None
        except ValueError:
            raise GupError(self.tr("'{}' is not a list of ids.").format(text)) from None
        result = ingest.release_quarantined(
            self.database(parameters, context),
            ids,
            self.parameterAsBoolean(parameters, self.USE_PROPOSALS, context),
        )
        feedback.pushInfo(
            self.tr("{} released ({}), {} still quarantined ({}).").format(
                result.released,
                counted(result.by_routing, routing_status_label),
                result.still_quarantined,
                counted(result.by_reason, reason_label),
            )
        )
        return {self.RELEASED: result.released, self.STILL: result.still_quarantined}

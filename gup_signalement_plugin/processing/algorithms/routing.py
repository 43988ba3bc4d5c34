"""Competence perimeters and routing: import and export perimeters, re-route reports,
coverage check, dry-runs of edited perimeters and of an edited category matrix."""

import datetime as dt
import json
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingFeatureSource,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsVectorFileWriter,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

from ...core import coverage
from ...core.catalogue import parse_day
from ...core.errors import InputError, Problem
from ...toolbelt import perimeter_text
from ...toolbelt.values import python_value
from ...usecases import catalogue, routing
from ..base import BaseAlgorithm

LAMBERT93 = "EPSG:2154"


def _fields(*spec):
    fields = QgsFields()
    for name, kind in spec:
        fields.append(QgsField(name, kind))
    return fields


class _PerimeterLayerAlgorithm(BaseAlgorithm):
    """Reads a polygon layer of perimeters with a field mapping."""

    GROUP_ID = "routing"
    INPUT = "INPUT"
    FIELD_SERVICE = "FIELD_SERVICE"
    FIELD_NAME = "FIELD_NAME"
    FIELD_CATEGORIES = "FIELD_CATEGORIES"
    FIELD_PRIORITY = "FIELD_PRIORITY"
    FIELD_EXTRA = "FIELD_EXTRA"
    FIELD_VALID_FROM = "FIELD_VALID_FROM"
    FIELD_VALID_TO = "FIELD_VALID_TO"
    REPAIR = "REPAIR"

    def add_repair_parameter(self):
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.REPAIR, self.tr("Repair invalid geometries (ST_MakeValid)"), False
            )
        )

    def add_perimeter_parameters(self, label):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT, label, [QgsProcessing.SourceType.TypeVectorPolygon]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.FIELD_SERVICE, self.tr("Service name field"), "service", self.INPUT
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.FIELD_NAME, self.tr("Perimeter name field"), "nom", self.INPUT
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.FIELD_CATEGORIES,
                self.tr("Categories field (codes separated by commas, empty = all)"),
                None,
                self.INPUT,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.FIELD_PRIORITY,
                self.tr("Priority field (larger wins)"),
                None,
                self.INPUT,
                QgsProcessingParameterField.Numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.FIELD_EXTRA,
                self.tr("Extra recipient field (true/false)"),
                None,
                self.INPUT,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.FIELD_VALID_FROM,
                self.tr("Valid from field (date, empty = always)"),
                None,
                self.INPUT,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.FIELD_VALID_TO,
                self.tr("Valid to field (date, empty = always)"),
                None,
                self.INPUT,
                optional=True,
            )
        )

    def read_perimeters(self, parameters, context, feedback):
        """PerimeterRecords in Lambert-93 WKB, geometries read as they are (checked later)."""
        source = self.parameterAsSource(parameters, self.INPUT, context)
        field = {
            key: self.parameterAsString(parameters, key, context)
            for key in (
                self.FIELD_SERVICE,
                self.FIELD_NAME,
                self.FIELD_CATEGORIES,
                self.FIELD_PRIORITY,
                self.FIELD_EXTRA,
                self.FIELD_VALID_FROM,
                self.FIELD_VALID_TO,
            )
        }
        transform = QgsCoordinateTransform(
            source.sourceCrs(), QgsCoordinateReferenceSystem(LAMBERT93), context.transformContext()
        )
        records, problems = [], []
        for feature in source.getFeatures(
            QgsFeatureRequest(), QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks
        ):
            where = self.tr("feature {}").format(feature.id())

            def value(key, feature=feature):
                return python_value(feature[field[key]]) if field[key] else None

            geometry = feature.geometry()
            wkb = None
            if not geometry.isNull() and not geometry.isEmpty():
                geometry.transform(transform)
                wkb = bytes(geometry.asWkb())
            categories = value(self.FIELD_CATEGORIES)
            codes = (
                tuple(c.strip() for c in str(categories).split(",") if c.strip())
                if categories
                else None
            )
            try:
                priority = int(value(self.FIELD_PRIORITY) or 0)
            except (TypeError, ValueError):
                problems.append(
                    Problem(
                        where,
                        self.tr("field {}: '{}' is not a whole number (write 0, 1, 2…)").format(
                            field[self.FIELD_PRIORITY], value(self.FIELD_PRIORITY)
                        ),
                    )
                )
                continue
            dates = []
            for key in (self.FIELD_VALID_FROM, self.FIELD_VALID_TO):
                try:
                    dates.append(_date(value(key)))
                except ValueError:
                    problems.append(
                        Problem(
                            where,
                            self.tr(
                                "field {}: '{}' is not a date (write YYYY-MM-DD or DD/MM/YYYY)"
                            ).format(field[key], value(key)),
                        )
                    )
            if len(dates) < 2:
                continue
            valid_from, valid_to = dates
            extra = str(value(self.FIELD_EXTRA) or "").strip().lower() in (
                "1",
                "true",
                "t",
                "oui",
                "yes",
            )
            records.append(
                routing.PerimeterRecord(
                    service_name=str(value(self.FIELD_SERVICE) or "").strip(),
                    name=str(value(self.FIELD_NAME) or "").strip() or where,
                    wkb=wkb,
                    categories=codes or None,
                    priority=priority,
                    extra_recipient=extra,
                    valid_from=valid_from,
                    valid_to=valid_to,
                    where=where,
                )
            )
        if problems:
            raise InputError(problems, self.tr("No perimeter was read:"))
        feedback.pushInfo(self.tr("{} perimeters read.").format(len(records)))
        return records


class ImportPerimeters(_PerimeterLayerAlgorithm):
    REPLACE = "REPLACE"
    COUNT = "COUNT"

    def name(self):
        return "import_perimeters"

    def displayName(self):  # noqa: N802
        return self.tr("Import competence perimeters")

    def help_text(self) -> str:
        return (
            self.tr(
                "Imports competence perimeters from a polygon layer (transformed to "
                "Lambert-93). The services must exist (matched on their name) and the "
                "categories must be in the catalogue. Invalid geometries are refused with "
                "the list of features, unless the repair option is ticked. Nothing is "
                "imported if one feature is wrong."
            )
            + "\n\n"
            + self.tr(
                "A CSV file with the geometry as WKT (for example written by the export "
                "algorithm) is read as a layer: Layer › Add Layer › Add Delimited Text "
                "Layer, geometry definition « Well known text (WKT) », choose the WKT "
                "column and the CRS of the coordinates (EPSG:2154 for an export); or, "
                "from a script or qgis_process, give as input "
                "delimitedtext://file:///path/perimeters.csv?delimiter=;"
                "&wktField=WKT&crs=EPSG:2154 . An export is read back with "
                "the fields service, nom, categories, priorite, "
                "destinataire_supplementaire, valide_du and valide_au."
            )
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_connection_parameter()
        self.add_perimeter_parameters(self.tr("Perimeters layer"))
        self.add_repair_parameter()
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.REPLACE, self.tr("Replace the existing perimeters of these services"), False
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, self.tr("Perimeters imported")))

    def process(self, parameters, context, feedback):
        db = self.database(parameters, context)
        records = self.read_perimeters(parameters, context, feedback)
        try:
            count, warnings = routing.import_perimeters(
                db,
                records,
                2154,
                repair=self.parameterAsBool(parameters, self.REPAIR, context),
                replace_services=self.parameterAsBool(parameters, self.REPLACE, context),
            )
        except InputError as error:
            raise perimeter_text.translated(error, self.tr("No perimeter was imported:")) from error
        for warning in warnings:
            feedback.reportError(perimeter_text.problem_text(warning), False)
        feedback.pushInfo(self.tr("{} perimeters imported.").format(count))
        return {self.COUNT: count}


class RerouteReports(BaseAlgorithm):
    GROUP_ID = "routing"
    COUNT = "COUNT"

    def name(self):
        return "reroute_reports"

    def displayName(self):  # noqa: N802
        return self.tr("Re-route reports")

    def help_text(self) -> str:
        return self.tr(
            "Routes again every report in the database with the current services, "
            "perimeters and category matrix (reports routed by hand are kept). New "
            "reports are routed on arrival by the database itself."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_connection_parameter()
        self.addOutput(
            QgsProcessingOutputNumber(self.COUNT, self.tr("Reports whose routing changed"))
        )

    def process(self, parameters, context, feedback):
        count = routing.reroute(self.database(parameters, context))
        feedback.pushInfo(self.tr("{} reports changed routing.").format(count))
        return {self.COUNT: count}


class CheckCoverage(BaseAlgorithm):
    GROUP_ID = "routing"
    CATEGORY = "CATEGORY"
    DAY = "DAY"
    GAPS = "GAPS"
    OVERLAPS = "OVERLAPS"
    COMMUNES = "COMMUNES"

    def name(self):
        return "check_coverage"

    def displayName(self):  # noqa: N802
        return self.tr("Check competence coverage")

    def help_text(self) -> str:
        return self.tr(
            "For one category: the parts of the territory where no service is "
            "competent (gaps), where two services compete with the same priority "
            "(overlaps), and a summary per commune."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_connection_parameter()
        self.addParameter(QgsProcessingParameterString(self.CATEGORY, self.tr("Category code")))
        self.addParameter(
            QgsProcessingParameterString(
                self.DAY, self.tr("Day (YYYY-MM-DD, empty = today)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.GAPS, self.tr("Gaps"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OVERLAPS, self.tr("Overlaps"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.COMMUNES, self.tr("Coverage per commune"), QgsProcessing.SourceType.TypeVector
            )
        )

    def process(self, parameters, context, feedback):
        db = self.database(parameters, context)
        router = routing.load_router(db)
        category = self.parameterAsString(parameters, self.CATEGORY, context).strip()
        if category not in router.category_index:
            raise InputError(
                [],
                self.tr(
                    "Unknown category '{}': give the code of a category of the catalogue."
                ).format(category),
            )
        text = self.parameterAsString(parameters, self.DAY, context).strip()
        try:
            day = dt.date.fromisoformat(text) if text else dt.date.today()
        except ValueError as exc:
            raise InputError(
                [], self.tr("'{}' is not a date: write it as YYYY-MM-DD.").format(text)
            ) from exc
        report = coverage.check_coverage(router, category, day)
        crs = QgsCoordinateReferenceSystem(LAMBERT93)
        fields = _fields(("categorie", QVariant.String), ("surface_m2", QVariant.Double))
        gaps, gaps_id = self.parameterAsSink(
            parameters, self.GAPS, context, fields, QgsWkbTypes.MultiPolygon, crs
        )
        for part in [report.gaps] if not report.gaps.is_empty else []:
            self._add(gaps, fields, part, [category, part.area])
        fields = _fields(
            ("categorie", QVariant.String),
            ("perimetre_a", QVariant.Int),
            ("perimetre_b", QVariant.Int),
            ("service_a", QVariant.Int),
            ("service_b", QVariant.Int),
            ("priorite", QVariant.Int),
            ("surface_m2", QVariant.Double),
        )
        overlaps, overlaps_id = self.parameterAsSink(
            parameters, self.OVERLAPS, context, fields, QgsWkbTypes.MultiPolygon, crs
        )
        for item in report.overlaps:
            self._add(
                overlaps,
                fields,
                item.geometry,
                [
                    category,
                    *item.perimeter_ids,
                    *item.service_ids,
                    item.priority,
                    item.geometry.area,
                ],
            )
        fields = _fields(
            ("code_insee", QVariant.String),
            ("nom", QVariant.String),
            ("surface_lacunes_m2", QVariant.Double),
            ("part_lacunes", QVariant.Double),
            ("surface_chevauchements_m2", QVariant.Double),
        )
        table, table_id = self.parameterAsSink(
            parameters, self.COMMUNES, context, fields, QgsWkbTypes.NoGeometry, crs
        )
        for c in report.communes:
            self._add(
                table, fields, None, [c.insee_code, c.name, c.gap_area, c.gap_share, c.overlap_area]
            )
        feedback.pushInfo(
            self.tr("Gaps: {:.0f} m², overlaps: {}.").format(report.gaps.area, len(report.overlaps))
        )
        return {self.GAPS: gaps_id, self.OVERLAPS: overlaps_id, self.COMMUNES: table_id}

    @staticmethod
    def _add(sink, fields, geometry, attributes):
        feature = QgsFeature(fields)
        if geometry is not None:
            feature.setGeometry(_qgs_geometry(geometry, multi=True))
        feature.setAttributes(attributes)
        sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)


class ExportPerimeters(BaseAlgorithm):
    GROUP_ID = "routing"
    OUTPUT = "OUTPUT"
    COUNT = "COUNT"
    FIELDS = (
        ("service", QVariant.String),
        ("nom", QVariant.String),
        ("categories", QVariant.String),
        ("priorite", QVariant.Int),
        ("destinataire_supplementaire", QVariant.Bool),
        ("valide_du", QVariant.Date),
        ("valide_au", QVariant.Date),
    )
    # extension -> OGR driver and layer options (a CSV gets its geometry as a WKT column)
    FORMATS = {".gpkg": ("GPKG", []), ".csv": ("CSV", ["GEOMETRY=AS_WKT", "SEPARATOR=SEMICOLON"])}

    def name(self):
        return "export_perimeters"

    def displayName(self):  # noqa: N802
        return self.tr("Export competence perimeters")

    def help_text(self) -> str:
        return self.tr(
            "Writes the stored competence perimeters (service name, name, categories "
            "separated by commas, priority, extra recipient, validity dates, "
            "geometry in Lambert-93) to a GeoPackage (.gpkg) or to a CSV file with a "
            "WKT column (.csv, ';' separated), chosen by the file extension. Both "
            "are read back by the import algorithm (for the CSV, see its help)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_connection_parameter()
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT,
                self.tr("Perimeters file"),
                self.tr("GeoPackage (*.gpkg);;CSV with a WKT column (*.csv)"),
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, self.tr("Perimeters exported")))

    def process(self, parameters, context, feedback):
        db = self.database(parameters, context)
        path = Path(self.parameterAsFileOutput(parameters, self.OUTPUT, context))
        if path.suffix.lower() not in self.FORMATS:
            raise InputError(
                [], self.tr("Choose a .gpkg or a .csv file, not '{}'.").format(path.name)
            )
        driver, layer_options = self.FORMATS[path.suffix.lower()]
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName, options.layerOptions = driver, layer_options
        options.layerName, options.fileEncoding = "perimetres", "UTF-8"
        fields = _fields(*self.FIELDS)
        writer = QgsVectorFileWriter.create(
            str(path),
            fields,
            QgsWkbTypes.MultiPolygon,
            QgsCoordinateReferenceSystem(LAMBERT93),
            context.transformContext(),
            options,
        )
        if writer.hasError() != QgsVectorFileWriter.NoError:
            raise InputError([], self.tr("Cannot write {}: {}").format(path, writer.errorMessage()))
        rows = routing.perimeter_table(db)
        for row in rows:
            feature = QgsFeature(fields)
            feature.setGeometry(_qgs_geometry(row["wkb"]))
            feature.setAttributes([_qt_value(row[name]) for name, _kind in self.FIELDS])
            if not writer.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
                raise InputError(
                    [], self.tr("Cannot write {}: {}").format(path, writer.errorMessage())
                )
        del writer  # closes the file
        feedback.pushInfo(self.tr("{} perimeters written to {}.").format(len(rows), path))
        return {self.OUTPUT: str(path), self.COUNT: len(rows)}


class _DryRunOutput:
    """The output of a dry-run: a point layer of the reports that would move, with the
    counts per move and per commune in the log and in the results."""

    OUTPUT = "OUTPUT"
    MOVED = "MOVED"
    BY_SERVICE = "BY_SERVICE"
    BY_COMMUNE = "BY_COMMUNE"

    def add_dry_run_outputs(self):
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT,
                self.tr("Reports that would move"),
                QgsProcessing.SourceType.TypeVectorPoint,
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.MOVED, self.tr("Reports that would move")))
        self.addOutput(
            QgsProcessingOutputString(
                self.BY_SERVICE,
                self.tr("Reports per move 'service before -> service after' (JSON)"),
            )
        )
        self.addOutput(
            QgsProcessingOutputString(self.BY_COMMUNE, self.tr("Reports per commune (JSON)"))
        )

    def output_dry_run(self, parameters, context, feedback, reports, result):
        fields = _fields(
            ("signalement_id", QVariant.LongLong),
            ("code_insee", QVariant.String),
            ("service_avant", QVariant.Int),
            ("service_apres", QVariant.Int),
            ("statut_avant", QVariant.String),
            ("statut_apres", QVariant.String),
            ("raison_avant", QVariant.String),
            ("raison_apres", QVariant.String),
        )
        sink, dest_id = self.parameterAsSink(
            parameters,
            self.OUTPUT,
            context,
            fields,
            QgsWkbTypes.Point,
            QgsCoordinateReferenceSystem(LAMBERT93),
        )
        for n, index in enumerate(result.moved.tolist()):
            feature = QgsFeature(fields)
            feature.setGeometry(_qgs_geometry(reports.points[index]))
            feature.setAttributes(
                [
                    int(result.report_ids[n]),
                    result.insee_code[n],
                    _service(result.from_service[n]),
                    _service(result.to_service[n]),
                    str(result.from_status[n]),
                    str(result.to_status[n]),
                    str(result.from_reason[n]),
                    str(result.to_reason[n]),
                ]
            )
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        by_service = {}
        for (before, after), count in sorted(result.counts_by_move().items()):
            feedback.pushInfo(self.tr("Service {} -> {}: {} reports").format(before, after, count))
            by_service["{} -> {}".format(_service(before), _service(after))] = int(count)
        by_commune = {}
        for insee, count in sorted(result.counts_by_commune().items(), key=lambda kv: str(kv[0])):
            feedback.pushInfo(self.tr("Commune {}: {} reports").format(insee, count))
            by_commune[str(insee)] = int(count)
        return {
            self.OUTPUT: dest_id,
            self.MOVED: len(result),
            self.BY_SERVICE: json.dumps(by_service),
            self.BY_COMMUNE: json.dumps(by_commune),
        }


class DryRunPerimeters(_DryRunOutput, _PerimeterLayerAlgorithm):
    def name(self):
        return "dry_run_perimeters"

    def displayName(self):  # noqa: N802
        return self.tr("Dry-run edited perimeters")

    def help_text(self) -> str:
        return self.tr(
            "Routes every stored report with the perimeters of the given layer (for "
            "example an edited copy) instead of the stored ones, and outputs the "
            "reports that would change service or status, with counts per commune "
            "and per service. The layer is checked as the import checks it (the same "
            "problems refuse it; invalid geometries are repaired only when asked). "
            "Nothing is written to the database."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_connection_parameter()
        self.add_perimeter_parameters(self.tr("Edited perimeters layer"))
        self.add_repair_parameter()
        self.add_dry_run_outputs()

    def process(self, parameters, context, feedback):
        db = self.database(parameters, context)
        records = self.read_perimeters(parameters, context, feedback)
        try:
            edited = routing.perimeters_from_records(
                db, records, repair=self.parameterAsBool(parameters, self.REPAIR, context)
            )
        except InputError as error:
            raise perimeter_text.translated(
                error, self.tr("The edited perimeters cannot be used:")
            ) from error
        reports, result = routing.dry_run(db, perimeters=edited)
        return self.output_dry_run(parameters, context, feedback, reports, result)


class DryRunCommuneSettings(_DryRunOutput, BaseAlgorithm):
    GROUP_ID = "routing"
    INPUT = "INPUT"

    def name(self):
        return "dry_run_commune_settings"

    def displayName(self):  # noqa: N802
        return self.tr("Dry-run an edited category opening per commune")

    def help_text(self) -> str:
        return self.tr(
            "Routes every stored report with the communes x categories settings of "
            "the given CSV file (in the format of the export, for example an edited "
            "export) instead of the stored ones, and outputs the reports that would "
            "change service or status (before and after: status, service, reason), "
            "with counts per commune and per service. The cells of the file replace "
            "the stored ones as the import would (experiment perimeters are kept); "
            "nothing is written to the database."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_connection_parameter()
        self.addParameter(
            QgsProcessingParameterFile(
                self.INPUT, self.tr("Edited communes x categories CSV file"), extension="csv"
            )
        )
        self.add_dry_run_outputs()

    def process(self, parameters, context, feedback):
        db = self.database(parameters, context)
        path = Path(self.parameterAsFile(parameters, self.INPUT, context))
        edited = catalogue.read_settings_file(db, path.read_bytes(), path.name)
        feedback.pushInfo(self.tr("{} cells read from {}.").format(len(edited), path.name))
        reports, result = routing.dry_run(db, settings=edited)
        return self.output_dry_run(parameters, context, feedback, reports, result)


def _qgs_geometry(geometry, multi=False):
    """A QgsGeometry from a shapely geometry or WKB bytes."""
    result = QgsGeometry()
    result.fromWkb(geometry if isinstance(geometry, bytes) else geometry.wkb)
    if multi:
        result.convertToMultiType()
    return result


def _service(value):
    return int(value) if value >= 0 else None


def _date(value):
    """A date from an attribute: QDate, QDateTime, date, or text (ISO or DD/MM/YYYY)."""
    if isinstance(value, QDateTime):
        value = value.date()
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    if isinstance(value, dt.datetime):
        return value.date()
    if value is None or isinstance(value, dt.date):
        return value
    return parse_day(str(value))


def _qt_value(value):
    """A Python value for a QGIS attribute (dates as QDate: Python dates are refused)."""
    return QDate(value.year, value.month, value.day) if isinstance(value, dt.date) else value

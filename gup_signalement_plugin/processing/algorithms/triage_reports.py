"""Triage outputs (issue 12): the statistics table (and charts), the round sheet PDF."""

from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingOutputMultipleLayers,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterPoint,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ...core.errors import GupError
from ...core.triage_stats import FIGURE_COLUMNS
from ...core.workflow import REPORT_STATUSES
from ...toolbelt.atlas_layout import LAMBERT_93
from ...toolbelt.round_sheet_layout import export_round_sheet
from ...toolbelt.statistics_text import statistics_chart_texts
from ...usecases import round_sheet as round_uc
from ...usecases import triage_statistics as stats_uc
from ..base import BaseAlgorithm

BAR_DIMENSIONS = ("category", "service")


def _codes(text: str):
    codes = [code.strip() for code in text.split(",") if code.strip()]
    return codes or None


def statistics_fields() -> QgsFields:
    fields = QgsFields()
    for name in ("dimension", "code", "label"):
        fields.append(QgsField(name, QVariant.String))
    for name in ("reports",) + REPORT_STATUSES + ("closed_with_target",):
        fields.append(QgsField(name, QVariant.Int))
    for name in FIGURE_COLUMNS:
        if name != "closed_with_target":
            fields.append(QgsField(name, QVariant.Double))
    return fields


class TriageStatistics(BaseAlgorithm):
    GROUP_ID = "triage"
    START_DATE = "START_DATE"
    END_DATE = "END_DATE"
    COMMUNES = "COMMUNES"
    CATEGORIES = "CATEGORIES"
    OUTPUT = "OUTPUT"
    CHARTS_FOLDER = "CHARTS_FOLDER"
    BAR_CHART = "BAR_CHART"
    REPORTS = "REPORTS"
    CHARTS = "CHARTS"

    def name(self):
        return "triage_statistics"

    def displayName(self):  # noqa: N802
        return self.tr("Triage statistics")

    def help_text(self) -> str:
        return self.tr(
            "Writes a table of the reports received in the period (both days included): a "
            "first row for all the reports, then one row per commune, main service and "
            "category, each with its reports per status, the median time to acceptance and to "
            "closure in working days (French public holidays left out) and in calendar days, "
            "and the share of the closed reports with a target delay that were closed on or "
            "before their expected day. Duplicates are counted by status but left out of times "
            "and shares. Optional filters: INSEE codes and category codes, separated by "
            "commas. With a charts folder, also writes the bar chart (by category or service) "
            "and the reports received per month as SVG files."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_connection_parameter()
        for name, label in (
            (self.START_DATE, self.tr("Reports received from (included)")),
            (self.END_DATE, self.tr("Reports received until (included)")),
        ):
            self.addParameter(
                QgsProcessingParameterDateTime(
                    name, label, QgsProcessingParameterDateTime.Date, optional=True
                )
            )
        self.addParameter(
            QgsProcessingParameterString(
                self.COMMUNES,
                self.tr("Communes: INSEE codes, comma-separated (empty: all)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.CATEGORIES,
                self.tr("Categories: codes, comma-separated (empty: all)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Triage statistics"), QgsProcessing.SourceType.TypeVector
            )
        )
        self.addParameter(
            QgsProcessingParameterFolderDestination(
                self.CHARTS_FOLDER,
                self.tr("Charts folder (SVG; empty: no chart)"),
                optional=True,
                createByDefault=False,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.BAR_CHART,
                self.tr("Bar chart by"),
                [self.tr("Category"), self.tr("Service")],
                defaultValue=0,
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.REPORTS, self.tr("Reports")))
        self.addOutput(QgsProcessingOutputMultipleLayers(self.CHARTS, self.tr("Charts")))

    def _date(self, parameters, name, context):
        value = self.parameterAsDateTime(parameters, name, context)
        return value.date().toPyDate() if value.isValid() else None

    def process(self, parameters, context, feedback):
        db = self.database(parameters, context)
        filters = stats_uc.StatisticsFilters(
            self._date(parameters, self.START_DATE, context),
            self._date(parameters, self.END_DATE, context),
            insee_codes=_codes(self.parameterAsString(parameters, self.COMMUNES, context)),
            categories=_codes(self.parameterAsString(parameters, self.CATEGORIES, context)),
        )
        result = stats_uc.statistics(db, filters)
        fields = statistics_fields()
        sink, sink_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, QgsWkbTypes.NoGeometry
        )
        for row in result.table.to_dict("records"):
            feature = QgsFeature(fields)
            feature.setAttributes([_value(row[name]) for name in fields.names()])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        charts = []
        folder = self.parameterAsString(parameters, self.CHARTS_FOLDER, context)
        if folder:
            Path(folder).mkdir(parents=True, exist_ok=True)
            dimension = BAR_DIMENSIONS[self.parameterAsEnum(parameters, self.BAR_CHART, context)]
            charts = [
                str(p)
                for p in stats_uc.write_charts(
                    result, Path(folder), statistics_chart_texts(dimension), dimension
                )
            ]
        reports = int(result.overall["reports"])
        feedback.pushInfo(
            self.tr("{} reports in the statistics, {} rows.").format(reports, len(result.table))
        )
        return {self.OUTPUT: sink_id, self.REPORTS: reports, self.CHARTS: charts}


def _value(value):
    """pandas/numpy values to plain Python (NaN: NULL)."""
    if value is None:
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and value != value:
        return None
    return value


class RoundSheet(BaseAlgorithm):
    GROUP_ID = "triage"
    SERVICE = "SERVICE"
    START_POINT = "START_POINT"
    AREA = "AREA"
    EXTENT = "EXTENT"
    RETURN_TO_START = "RETURN_TO_START"
    OUTPUT = "OUTPUT"
    REPORTS = "REPORTS"
    LENGTH = "LENGTH"
    REPORT_IDS = "REPORT_IDS"

    def name(self):
        return "round_sheet"

    def displayName(self):  # noqa: N802
        return self.tr("Round sheet (PDF)")

    def help_text(self) -> str:
        return self.tr(
            "For one service (its name or id): its open reports (its part pending or accepted) "
            "in an area, ordered along a short path from the starting point, printed as a PDF: "
            "a map with the reports numbered in visiting order and the path drawn, then the "
            "list (number, address, category, description excerpt, received day, expected "
            "day). The area is the features of a polygon layer (e.g. its selection), an extent "
            "(the map canvas or a drawn rectangle), both (their intersection) or neither (all "
            "the service's open reports). The path is made of straight lines; it ends at the "
            "last report unless the round comes back to the start."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_connection_parameter()
        self.addParameter(
            QgsProcessingParameterString(self.SERVICE, self.tr("Service (name or id)"))
        )
        self.addParameter(QgsProcessingParameterPoint(self.START_POINT, self.tr("Starting point")))
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.AREA,
                self.tr("Area: polygons (empty: no limit)"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterExtent(
                self.EXTENT,
                self.tr("Area: extent (map canvas or drawn rectangle; empty: no limit)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.RETURN_TO_START, self.tr("Come back to the starting point"), False
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, self.tr("Round sheet PDF"), self.tr("PDF files (*.pdf)")
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.REPORTS, self.tr("Reports")))
        self.addOutput(QgsProcessingOutputNumber(self.LENGTH, self.tr("Length (m)")))
        self.addOutput(
            QgsProcessingOutputString(self.REPORT_IDS, self.tr("Report ids in visiting order"))
        )

    def _area(self, parameters, context, crs):
        """The area in Lambert-93 as WKB, or None."""
        area = None
        if parameters.get(self.AREA):
            source = self.parameterAsSource(parameters, self.AREA, context)
            transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
            parts = []
            for feature in source.getFeatures():
                geometry = feature.geometry()
                if not geometry.isNull() and not geometry.isEmpty():
                    geometry.transform(transform)
                    parts.append(geometry)
            if not parts:
                raise GupError(self.tr("The area layer has no polygon."))
            area = QgsGeometry.unaryUnion(parts)
        if parameters.get(self.EXTENT):
            extent = self.parameterAsExtentGeometry(parameters, self.EXTENT, context, crs)
            area = extent if area is None else area.intersection(extent)
        return None if area is None else bytes(area.asWkb())

    def process(self, parameters, context, feedback):
        db = self.database(parameters, context)
        crs = QgsCoordinateReferenceSystem(LAMBERT_93)
        service = round_uc.find_service(
            db, self.parameterAsString(parameters, self.SERVICE, context)
        )
        start = self.parameterAsPoint(parameters, self.START_POINT, context, crs)
        sheet = round_uc.plan_round_sheet(
            db,
            service["id"],
            (start.x(), start.y()),
            self._area(parameters, context, crs),
            self.parameterAsBoolean(parameters, self.RETURN_TO_START, context),
        )
        output = Path(self.parameterAsFileOutput(parameters, self.OUTPUT, context))
        export_round_sheet(db, sheet, output, feedback)
        feedback.pushInfo(
            self.tr("{} reports, {:.0f} m, written to {}.").format(
                len(sheet.stops), sheet.length, output
            )
        )
        return {
            self.OUTPUT: str(output),
            self.REPORTS: len(sheet.stops),
            self.LENGTH: sheet.length,
            self.REPORT_IDS: ",".join(str(s["id"]) for s in sheet.stops),
        }

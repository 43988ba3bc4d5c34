"""The atlas: one PDF page per commune (or per feature of any polygon layer), with a map of the
reports, key figures and charts (toolbelt/atlas_layout.py, usecases/atlas.py)."""

from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ...core.errors import GupError
from ...toolbelt import atlas_layout, hotspot_layers
from ...usecases.atlas import AtlasFilters, point_noir_pages
from ..base import BaseAlgorithm


class ExportAtlas(BaseAlgorithm):
    GROUP_ID = "atlas"
    COVERAGE = "COVERAGE"
    TITLE_FIELD = "TITLE_FIELD"
    POINTS_NOIRS = "POINTS_NOIRS"
    HOTSPOTS = "HOTSPOTS"
    CATEGORY_GROUP = "CATEGORY_GROUP"
    START_DATE = "START_DATE"
    END_DATE = "END_DATE"
    OUTPUT = "OUTPUT"
    PAGES = "PAGES"
    REPORTS = "REPORTS"

    def name(self):
        return "export_atlas"

    def displayName(self):  # noqa: N802
        return self.tr("Export the reports atlas (PDF)")

    def help_text(self) -> str:
        return self.tr(
            "Writes one PDF with a page per commune, or per feature of the polygon layer chosen "
            "as coverage: a map of the reports (open / closed) over the communes, the key "
            "figures (reports, open and closed, median delay from reception to closure where "
            "the closure date is known), a bar chart by category and the reports per month. "
            "Filters: category group and period of reception (both optional). The layout is "
            "the template resources/layouts/atlas_a4_landscape.qpt of the plugin, which can be "
            "edited in QGIS's layout designer. The share closed within the target delay counts the "
            "reports closed by triage that have a target day (a dash when there is none). 'One "
            "page per point noir' makes the pages the points noirs of the database, titled with "
            "their names. A Gi* hot spots result (layer with a Gi_Bin field) can be drawn under "
            "the reports, in its classes."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_connection_parameter()
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.COVERAGE,
                self.tr("Coverage: one page per feature (default: the communes)"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.TITLE_FIELD,
                self.tr("Page title field (default: the first text field)"),
                None,
                self.COVERAGE,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.POINTS_NOIRS,
                self.tr("One page per point noir (instead of the coverage)"),
                False,
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.HOTSPOTS,
                self.tr("Hot spots (Gi*) drawn on the maps"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.CATEGORY_GROUP,
                self.tr("Category group (empty: all categories)"),
                optional=True,
            )
        )
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
            QgsProcessingParameterFileDestination(
                self.OUTPUT, self.tr("Atlas PDF"), self.tr("PDF files (*.pdf)")
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.PAGES, self.tr("Pages")))
        self.addOutput(QgsProcessingOutputNumber(self.REPORTS, self.tr("Reports")))

    def _date(self, parameters, name, context):
        value = self.parameterAsDateTime(parameters, name, context)
        return value.date().toPyDate() if value.isValid() else None

    def process(self, parameters, context, feedback):
        db = self.database(parameters, context)
        pages = None
        if self.parameterAsBoolean(parameters, self.POINTS_NOIRS, context):
            if parameters.get(self.COVERAGE):
                raise GupError(
                    self.tr("Choose either a coverage layer or one page per point noir, not both.")
                )
            pages = point_noir_pages(db)
            if not pages:
                raise GupError(self.tr("There is no point noir in the database yet."))
        elif parameters.get(self.COVERAGE):
            source = self.parameterAsSource(parameters, self.COVERAGE, context)
            title_field = self.parameterAsString(parameters, self.TITLE_FIELD, context)
            pages = atlas_layout.pages_from_source(source, title_field, context.transformContext())
        group = self.parameterAsString(parameters, self.CATEGORY_GROUP, context).strip()
        filters = AtlasFilters(
            group or None,
            self._date(parameters, self.START_DATE, context),
            self._date(parameters, self.END_DATE, context),
        )
        output = Path(self.parameterAsFileOutput(parameters, self.OUTPUT, context))
        hotspots = self.parameterAsVectorLayer(parameters, self.HOTSPOTS, context)
        extra_layers = []
        if hotspots is not None:  # a layer of its own: this thread draws it, not the project's
            extra_layers.append(
                hotspot_layers.gistar_print_layer(hotspots.source(), hotspots.providerType())
            )
        result = atlas_layout.export_atlas(
            db, output, pages, filters, extra_layers=extra_layers, feedback=feedback
        )
        feedback.pushInfo(
            self.tr("{} pages written to {} ({} reports).").format(
                result.pages, result.output, result.reports
            )
        )
        return {
            self.OUTPUT: str(result.output),
            self.PAGES: result.pages,
            self.REPORTS: result.reports,
        }

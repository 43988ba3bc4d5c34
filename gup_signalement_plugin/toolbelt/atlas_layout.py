"""The atlas in QGIS: the shipped .qpt layout, bound to a private project, exported to one PDF.

How each page gets its own figures and charts: usecases/atlas.py computes them BEFORE the export and
writes one SVG per chart; the coverage of the atlas is a memory layer (one feature per page)
whose fields hold the page's texts and chart file paths. The template's labels read those fields
(``[% "figures" %]``) and its picture items take their source from a field (data-defined
``PictureSource``). Everything is plain atlas data definition, evaluated page by page by QGIS's
own atlas loop: no signal handler nor per-page Python during the export, which is what renders
reliably in 3.22 headless (``QgsLayoutExporter.exportToPdf(atlas, …)``, one multi-page PDF).

The export builds its own QgsProject (layers, CRS, ellipsoid: trap P15) and never touches the
user's project, so it can run in a Processing background task. The PDF is written to
``<output>.part`` and renamed at the end: a canceled or failed export leaves no file."""

import datetime as dt
import os
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional, Sequence

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeedback,
    QgsField,
    QgsFields,
    QgsFillSymbol,
    QgsGeometry,
    QgsLayoutExporter,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutSize,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsPalLayerSettings,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRenderContext,
    QgsRuleBasedRenderer,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QVariant
from qgis.PyQt.QtGui import QColor, QFont, QFontDatabase
from qgis.PyQt.QtXml import QDomDocument

from ..__about__ import __version__, resource_path
from ..core.atlas_figures import DEFAULT_PROVIDERS, NOT_AVAILABLE, FigureProvider, format_decimal
from ..core.errors import GupError
from ..db.database import Database
from ..usecases import atlas as atlas_uc
from .styles import marker_renderer
from .values import python_value

TEMPLATE = resource_path("layouts", "atlas_a4_landscape.qpt")
FONT_FAMILY = "DejaVu Sans"
LAMBERT_93 = "EPSG:2154"
LEGEND_COLUMNS = 6  # the legend's entries with extra layers (beyond: a second row, cut)
PAGE_RIGHT_MM = 287  # the right margin of the A4 landscape template
STATUS_COLORS = {"open": "#d35400", "closed": "#2c7fb8"}
PAGE_FIELDS = (
    ("key", QVariant.String),
    ("title", QVariant.String),
    ("subtitle", QVariant.String),
    ("heading", QVariant.String),
    ("figures", QVariant.String),
    ("bar_chart", QVariant.String),
    ("trend_chart", QVariant.String),
    ("source_line", QVariant.String),
    ("reports", QVariant.Int),
)


translate = QCoreApplication.translate  # pylupdate5 reads translate("AtlasLayout", "…") calls


@dataclass
class AtlasResult:
    output: Path
    pages: int
    reports: int


def chart_texts() -> atlas_uc.ChartTexts:
    return atlas_uc.ChartTexts(
        bar_title=translate("AtlasLayout", "Reports by category"),
        trend_title=translate("AtlasLayout", "Reports per month"),
        empty=translate("AtlasLayout", "No report"),
        others=translate("AtlasLayout", "Others"),
        month_names=[
            translate("AtlasLayout", "Jan"),
            translate("AtlasLayout", "Feb"),
            translate("AtlasLayout", "Mar"),
            translate("AtlasLayout", "Apr"),
            translate("AtlasLayout", "May"),
            translate("AtlasLayout", "Jun"),
            translate("AtlasLayout", "Jul"),
            translate("AtlasLayout", "Aug"),
            translate("AtlasLayout", "Sep"),
            translate("AtlasLayout", "Oct"),
            translate("AtlasLayout", "Nov"),
            translate("AtlasLayout", "Dec"),
        ],
    )


def provider_label(provider: FigureProvider) -> str:
    """Known providers' labels translated here; a new provider adds its label to this dict."""
    labels = {
        "share_within_target": translate(
            "AtlasLayout", "Share closed within the target delay (with triage)"
        )
    }
    return labels.get(provider.key, provider.label)


def ensure_font() -> str:
    """DejaVu Sans for the layout texts: the system's (Debian fonts-dejavu-core, installed by
    the Makefile) or else the copy matplotlib ships, registered for this session. Qt embeds
    the glyphs it uses in the PDF, so the file reads the same on any machine."""
    if FONT_FAMILY not in QFontDatabase().families():
        import matplotlib

        folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
        for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
            QFontDatabase.addApplicationFont(str(folder / name))
    if FONT_FAMILY not in QFontDatabase().families():
        raise GupError("The font {} is missing and could not be loaded.".format(FONT_FAMILY))
    return FONT_FAMILY


def number(value: int) -> str:
    return "{:,}".format(value).replace(",", "\u202f")


def figures_text(page: atlas_uc.PreparedPage, providers: Sequence[FigureProvider]) -> str:
    f = page.figures
    if f.median_delay_days is None:
        delay = translate("AtlasLayout", "{} (no closed report with a closure date)").format(
            NOT_AVAILABLE
        )
    else:
        delay = translate("AtlasLayout", "{} days (over {} closed reports)").format(
            format_decimal(
                f.median_delay_days, separator=translate("AtlasLayout", ".", "decimal separator")
            ),
            number(f.delays_counted),
        )
    lines = [
        translate("AtlasLayout", "Reports: {}").format(number(f.total)),
        translate("AtlasLayout", "Open: {}   Closed: {}").format(number(f.open), number(f.closed)),
        translate("AtlasLayout", "Median delay to closure: {}").format(delay),
    ]
    for provider in providers:
        lines.append(
            translate("AtlasLayout", "{}: {}").format(
                provider_label(provider), f.extra.get(provider.key, "")
            )
        )
    return "\n".join(lines)


def period_text(filters: atlas_uc.AtlasFilters, months: Sequence[str]) -> str:
    def day(value: dt.date) -> str:
        return value.strftime("%d/%m/%Y")

    if filters.start or filters.end:
        return translate("AtlasLayout", "Reports received from {} to {}").format(
            day(filters.start) if filters.start else "…", day(filters.end) if filters.end else "…"
        )
    if months:
        return translate("AtlasLayout", "Reports received from {} to {} (whole history)").format(
            "/".join(reversed(months[0].split("-"))), "/".join(reversed(months[-1].split("-")))
        )
    return translate("AtlasLayout", "No report received")


def subtitle_text(page: atlas_uc.PreparedPage, atlas: atlas_uc.PreparedAtlas) -> str:
    group = atlas.filters.group or translate("AtlasLayout", "all categories")
    return "{} · {} · {}".format(
        period_text(atlas.filters, atlas.months),
        translate("AtlasLayout", "Category group: {}").format(group),
        translate("AtlasLayout", "{} reports on this page").format(number(page.figures.total)),
    )


def source_text(database: str) -> str:
    return translate(
        "AtlasLayout",
        "Source: GUP Signalement database {} (reports of every channel; closed: "
        "by triage or by the external system). Median delay: from reception to the closure "
        "recorded by triage (to the last update for a report closed outside triage). Produced "
        "on {} with QGIS {} and GUP Signalement {}.",
    ).format(
        database, dt.date.today().strftime("%d/%m/%Y"), Qgis.QGIS_VERSION.split("-")[0], __version__
    )


def _memory_layer(uri: str, name: str, fields: QgsFields) -> QgsVectorLayer:
    layer = QgsVectorLayer("{}?crs={}".format(uri, LAMBERT_93), name, "memory")
    layer.dataProvider().addAttributes(list(fields))
    layer.updateFields()
    return layer


def pages_layer(
    atlas: atlas_uc.PreparedAtlas,
    providers: Sequence[FigureProvider],
    database: str,
    filled: bool = True,
) -> QgsVectorLayer:
    """The atlas coverage: one feature per page with its texts and chart paths; the page's area
    outlined, filled in white unless ``filled`` is False (drawn over other layers then)."""
    fields = QgsFields()
    for name, kind in PAGE_FIELDS:
        fields.append(QgsField(name, kind))
    layer = _memory_layer("MultiPolygon", translate("AtlasLayout", "Atlas pages"), fields)
    source = source_text(database)
    features = []
    for page in atlas.pages:
        feature = QgsFeature(fields)
        geometry = QgsGeometry()
        geometry.fromWkb(page.wkb)
        feature.setGeometry(geometry)
        feature.setAttributes(
            [
                page.key,
                page.title,
                subtitle_text(page, atlas),
                translate("AtlasLayout", "Key figures"),
                figures_text(page, providers),
                str(page.bar_chart) if page.bar_chart else None,
                str(page.trend_chart) if page.trend_chart else None,
                source,
                page.figures.total,
            ]
        )
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    symbol_current = QgsFillSymbol.createSimple(
        {
            "color": "#ffffff",
            "style": "solid" if filled else "no",
            "outline_color": "#222222",
            "outline_width": "0.6",
        }
    )
    symbol_other = QgsFillSymbol.createSimple({"color": "255,255,255,0", "outline_style": "no"})
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(
        QgsRuleBasedRenderer.Rule(
            symbol_current, 0, 0, "$id = @atlas_featureid", translate("AtlasLayout", "Page area")
        )
    )
    root.appendChild(QgsRuleBasedRenderer.Rule(symbol_other, 0, 0, "ELSE"))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    return layer


def context_layer(communes: Sequence[dict]) -> QgsVectorLayer:
    """The communes in light grey with their names: the background (no network basemap)."""
    fields = QgsFields()
    fields.append(QgsField("nom", QVariant.String))
    layer = _memory_layer("MultiPolygon", translate("AtlasLayout", "Communes"), fields)
    features = []
    for commune in communes:
        feature = QgsFeature(fields)
        geometry = QgsGeometry()
        geometry.fromWkb(commune["wkb"])
        feature.setGeometry(geometry)
        feature.setAttributes([commune["title"]])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.renderer().setSymbol(
        QgsFillSymbol.createSimple(
            {"color": "#f2f2ee", "outline_color": "#b5b5b5", "outline_width": "0.25"}
        )
    )
    settings = QgsPalLayerSettings()
    settings.fieldName = "nom"
    settings.placement = QgsPalLayerSettings.Horizontal
    text_format = QgsTextFormat()
    text_format.setFont(QFont(FONT_FAMILY))
    text_format.setSize(7)
    text_format.setColor(QColor("#8a8a8a"))
    settings.setFormat(text_format)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    return layer


def reports_layer(atlas: atlas_uc.PreparedAtlas) -> QgsVectorLayer:
    """The filtered reports as small markers coloured by external status."""
    fields = QgsFields()
    fields.append(QgsField("status", QVariant.String))
    fields.append(QgsField("category", QVariant.String))
    layer = _memory_layer("Point", translate("AtlasLayout", "Reports"), fields)
    features = []
    for report in atlas.reports:
        feature = QgsFeature(fields)
        feature.setGeometry(QgsGeometry.fromWkt("POINT({} {})".format(report.x, report.y)))
        feature.setAttributes([report.status, report.category])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    labels = {
        "open": translate("AtlasLayout", "Open report"),
        "closed": translate("AtlasLayout", "Closed report"),
    }
    layer.setRenderer(marker_renderer("status", STATUS_COLORS, labels.get, size=1.6))
    return layer


def load_template(project: QgsProject, template: Path = TEMPLATE) -> QgsPrintLayout:
    document = QDomDocument()
    try:
        content = Path(template).read_text(encoding="utf-8")
    except OSError as exc:
        raise GupError("Cannot read the atlas template {}: {}".format(template, exc)) from exc
    if not document.setContent(content)[0]:
        raise GupError("The atlas template {} is not a valid layout file.".format(template))
    layout = QgsPrintLayout(project)
    _, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not ok:
        raise GupError("The atlas template {} could not be loaded.".format(template))
    layout.setName("gup_atlas_{}".format(uuid.uuid4().hex[:8]))  # unique name (trap P15)
    return layout


def _bind(
    layout: QgsPrintLayout,
    pages: QgsVectorLayer,
    map_layers: List[QgsVectorLayer],
    legend_layers: List[QgsVectorLayer],
    with_charts: bool,
) -> None:
    atlas = layout.atlas()
    atlas.setCoverageLayer(pages)
    atlas.setPageNameExpression('"title"')
    atlas.setEnabled(True)
    for item in layout.items():
        if isinstance(item, QgsLayoutItemMap) and item.atlasDriven():
            item.setLayers(map_layers)
            item.setKeepLayerSet(True)
        elif isinstance(item, QgsLayoutItemLegend):
            item.setAutoUpdateModel(False)
            root = item.model().rootGroup()
            root.removeAllChildren()
            for layer in legend_layers:
                node = root.addLayer(layer)
                QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Hidden)
            # only what the page's map shows: the legend strip has room for a few entries
            item.setLegendFilterByMapEnabled(True)
            if len(legend_layers) > 1:  # reports and classes: one row to the page's right margin
                item.setColumnCount(LEGEND_COLUMNS)
                item.attemptResize(
                    QgsLayoutSize(PAGE_RIGHT_MM - item.pos().x(), item.rect().height())
                )
            item.updateLegend()
        elif (
            isinstance(item, QgsLayoutItemPicture)
            and not with_charts
            and item.id() in ("bar_chart", "trend_chart")
        ):
            layout.removeLayoutItem(item)


def check_output(output: Path) -> None:
    """A PDF that can be written there (the atlas, the round sheet), or a GupError."""
    if output.suffix.lower() != ".pdf":
        raise GupError(
            "A PDF file is written: give a file name ending in .pdf ({}).".format(output)
        )
    folder = output.parent
    if not folder.is_dir():
        raise GupError(
            "The folder {} does not exist: choose another place for the PDF.".format(folder)
        )
    part = output.with_name(output.name + ".part")
    try:  # the only sure test (permissions, read-only mounts, root): write, then remove
        with open(str(part), "wb"):
            pass
        part.unlink()
    except OSError as exc:
        raise GupError("Cannot write {}: {}.".format(output, exc.strerror or exc)) from exc


def export_atlas(
    db: Database,
    output: Path,
    pages: Optional[Sequence[dict]] = None,
    filters: atlas_uc.AtlasFilters = atlas_uc.AtlasFilters(),
    providers: Sequence[FigureProvider] = DEFAULT_PROVIDERS,
    extra_layers: Sequence[QgsVectorLayer] = (),
    feedback: Optional[QgsFeedback] = None,
    with_charts: bool = True,
    template: Path = TEMPLATE,
) -> AtlasResult:
    """One multi-page PDF: a page per feature of ``pages`` (the communes when None).

    ``extra_layers`` (e.g. hotspot classes, hotspot_layers.gistar_print_layer) are drawn under
    the reports and the page's outline, and listed in the legend;
    ``providers`` add key figures. ``with_charts=False`` leaves figures and charts out (the
    benchmark's reference). Progress: 0-40 % figures and charts, 40-100 % the PDF."""
    feedback = feedback or QgsFeedback()
    output = Path(output)
    check_output(output)
    ensure_font()
    communes = atlas_uc.commune_pages(db)
    pages = communes if pages is None else pages
    with tempfile.TemporaryDirectory(prefix="gup_atlas_") as folder:
        prepared = atlas_uc.prepare_atlas(
            db,
            pages,
            filters,
            Path(folder),
            chart_texts(),
            providers,
            progress=lambda pct: feedback.setProgress(0.4 * pct),
            is_canceled=feedback.isCanceled,
            draw_charts=with_charts,
        )
        project = QgsProject()
        project.setCrs(QgsCoordinateReferenceSystem(LAMBERT_93))
        project.setEllipsoid("EPSG:7019")  # GRS 1980, Lambert-93's ellipsoid
        project.setTitle(translate("AtlasLayout", "Reports atlas"))  # the PDF's title
        coverage = pages_layer(
            prepared, providers if with_charts else (), db.name, filled=not extra_layers
        )
        reports = reports_layer(prepared)
        context = context_layer(communes)
        # the project owns (and deletes) our layers; the caller's extra layers are only drawn
        project.addMapLayers([context, coverage, reports])
        layout = load_template(project, template)
        try:
            _bind(
                layout,
                coverage,
                # with extra layers, the page's area is outlined over them
                [reports, coverage, *extra_layers, context]
                if extra_layers
                else [reports, coverage, context],
                [reports, *extra_layers],
                with_charts,
            )
            return _export_pdf(layout, output, feedback, len(prepared.pages), len(prepared.reports))
        finally:  # deleted here, in the thread that made them (a Processing worker thread)
            sip.delete(layout)
            project.clear()


def pdf_settings() -> QgsLayoutExporter.PdfExportSettings:
    """Vector PDF, text kept as text (searchable), 300 dpi for what is rasterised."""
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = 300
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = True
    settings.appendGeoreference = False
    settings.exportMetadata = True
    settings.simplifyGeometries = True
    settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
    return settings


def export_layout_pdf(
    layout: QgsPrintLayout, output: Path, feedback: QgsFeedback, canceled: GupError
) -> None:
    """A layout without atlas (e.g. the round sheet) to ``output`` through ``<output>.part``:
    ``canceled`` is raised when the feedback was canceled, and no file is left behind."""
    part = output.with_name(output.name + ".part")
    try:
        if feedback.isCanceled():
            raise canceled
        result = QgsLayoutExporter(layout).exportToPdf(str(part), pdf_settings())
        if feedback.isCanceled():
            raise canceled
        if result != QgsLayoutExporter.Success:
            raise GupError(
                "The PDF could not be written to {} ({}).".format(output, _export_error(result))
            )
        os.replace(str(part), str(output))
    finally:
        if part.exists():
            part.unlink()


def _export_pdf(
    layout: QgsPrintLayout, output: Path, feedback: QgsFeedback, pages: int, reports: int
) -> AtlasResult:
    settings = pdf_settings()
    part = output.with_name(output.name + ".part")
    export_feedback = QgsFeedback()
    export_feedback.progressChanged.connect(lambda pct: feedback.setProgress(40 + 0.6 * pct))
    feedback.canceled.connect(export_feedback.cancel)
    try:
        result, error = QgsLayoutExporter.exportToPdf(
            layout.atlas(), str(part), settings, export_feedback
        )
        if feedback.isCanceled() or result == QgsLayoutExporter.Canceled:
            raise atlas_uc.AtlasCanceled("Atlas canceled: no file was written.")
        if result != QgsLayoutExporter.Success:
            raise GupError(
                "The atlas could not be written to {} ({}).".format(
                    output, error or _export_error(result)
                )
            )
        os.replace(str(part), str(output))
    finally:
        feedback.canceled.disconnect(export_feedback.cancel)
        if part.exists():
            part.unlink()
    return AtlasResult(output, pages, reports)


def _export_error(result) -> str:
    names: Dict[int, str] = {
        QgsLayoutExporter.FileError: "file error",
        QgsLayoutExporter.PrintError: "print error",
        QgsLayoutExporter.MemoryError: "not enough memory",
        QgsLayoutExporter.IteratorError: "atlas error",
    }
    return names.get(result, "error {}".format(int(result)))


def pages_from_source(source, title_field: str, transform_context) -> List[dict]:
    """Pages from the features of any polygon layer (or Processing feature source), in
    Lambert-93; the title is ``title_field`` (else the first text field, else 'Page n')."""
    if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.PolygonGeometry:
        raise GupError(
            "The coverage layer must be a polygon layer (this one is {}).".format(
                QgsWkbTypes.displayString(source.wkbType())
            )
        )
    fields = source.fields()
    if not title_field:
        title_field = next((f.name() for f in fields if f.type() == QVariant.String), "")
    transform = QgsCoordinateTransform(
        source.sourceCrs(), QgsCoordinateReferenceSystem(LAMBERT_93), transform_context
    )
    pages = []
    for number_, feature in enumerate(source.getFeatures(), start=1):
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        geometry.transform(transform)
        title = python_value(feature[title_field]) if title_field else None
        pages.append(
            {
                "key": str(feature.id()),
                "wkb": bytes(geometry.asWkb()),
                "title": str(title)
                if title not in (None, "")
                else translate("AtlasLayout", "Page {}").format(number_),
            }
        )
    return pages

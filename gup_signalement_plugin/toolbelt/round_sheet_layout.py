"""The round sheet (feuille de tournée) printed to PDF: a layout built in code, A4 portrait,
with a small map (the reports numbered in visiting order, the path drawn from the start) and
the ordered list (number, address, category, description excerpt, received and expected days),
continued on as many pages as it needs. Fonts, PDF settings and the ``.part`` export are the
atlas's (toolbelt/atlas_layout.py). Builds its own QgsProject, so it runs headless and in a
Processing background task."""

import datetime as dt
import uuid
from pathlib import Path
from typing import Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeedback,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemScaleBar,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsPointXY,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QRectF, QVariant
from qgis.PyQt.QtGui import QColor, QFont

from ..core.errors import GupError
from ..core.schema import TIME_ZONE
from ..usecases import atlas as atlas_uc
from ..usecases.round_sheet import RoundSheet
from . import atlas_layout
from .atlas_layout import FONT_FAMILY, LAMBERT_93, ensure_font

translate = QCoreApplication.translate  # pylupdate5 reads translate("RoundSheet", "…")

STOP_COLOUR = "#c0392b"
PATH_COLOUR = "#1f4e79"
MAP_RECT = (10, 30, 190, 118)  # x, y, width, height in mm on the first page
FIRST_TABLE_RECT = (10, 154, 190, 133)
NEXT_TABLE_RECT = (10, 12, 190, 275)
COLUMN_WIDTHS = (9, 40, 32, 55, 17, 17)  # mm: number, address, category, description, days
EXCERPT = 90


class RoundSheetCanceled(GupError):
    """The user canceled: no file was written."""


def column_names():
    return [
        translate("RoundSheet", "No."),
        translate("RoundSheet", "Address"),
        translate("RoundSheet", "Category"),
        translate("RoundSheet", "Description"),
        translate("RoundSheet", "Received"),
        translate("RoundSheet", "Expected"),
    ]


def _day(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, dt.datetime):
        from zoneinfo import ZoneInfo

        value = value.astimezone(ZoneInfo(TIME_ZONE)).date()
    return value.strftime("%d/%m/%Y")


def excerpt(text: Optional[str], size: int = EXCERPT) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"


def stop_row(stop: dict) -> list:
    address = stop.get("address") or (
        "({})".format(stop["commune"]) if stop.get("commune") else "—"
    )
    return [
        stop["number"],
        address,
        stop["category"],
        excerpt(stop.get("description")),
        _day(stop["received"]),
        _day(stop["due"]),
    ]


def _text_format(size: float, colour: str = "#000000", bold: bool = False) -> QgsTextFormat:
    text_format = QgsTextFormat()
    font = QFont(FONT_FAMILY)
    font.setBold(bold)
    text_format.setFont(font)
    text_format.setSize(size)
    text_format.setColor(QColor(colour))
    return text_format


def _memory_layer(uri: str, name: str, fields: QgsFields) -> QgsVectorLayer:
    if uri != "None":
        uri = "{}?crs={}".format(uri, LAMBERT_93)
    layer = QgsVectorLayer(uri, name, "memory")
    layer.dataProvider().addAttributes(list(fields))
    layer.updateFields()
    return layer


def stops_layer(sheet: RoundSheet) -> QgsVectorLayer:
    """The reports as red discs with their visiting number."""
    fields = QgsFields()
    fields.append(QgsField("number", QVariant.Int))
    layer = _memory_layer("Point", translate("RoundSheet", "Reports (visiting order)"), fields)
    features = []
    for stop in sheet.stops:
        feature = QgsFeature(fields)
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(stop["x"], stop["y"])))
        feature.setAttributes([stop["number"]])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.renderer().setSymbol(
        QgsMarkerSymbol.createSimple(
            {
                "name": "circle",
                "color": STOP_COLOUR,
                "size": "4.2",
                "outline_color": "#ffffff",
                "outline_width": "0.3",
            }
        )
    )
    settings = QgsPalLayerSettings()
    settings.fieldName = "number"
    settings.placement = QgsPalLayerSettings.OverPoint
    settings.displayAll = True  # every number is shown, even where discs overlap
    settings.setFormat(_text_format(7, "#ffffff", bold=True))
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    return layer


def path_layer(sheet: RoundSheet) -> QgsVectorLayer:
    """The path from the start through the reports in order (back to the start if asked)."""
    layer = _memory_layer("LineString", translate("RoundSheet", "Path"), QgsFields())
    points = [QgsPointXY(*sheet.start)] + [QgsPointXY(s["x"], s["y"]) for s in sheet.stops]
    if sheet.return_to_start:
        points.append(QgsPointXY(*sheet.start))
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromPolylineXY(points))
    layer.dataProvider().addFeatures([feature])
    layer.renderer().setSymbol(
        QgsLineSymbol.createSimple({"color": PATH_COLOUR, "width": "0.6", "line_style": "dash"})
    )
    return layer


def start_layer(sheet: RoundSheet) -> QgsVectorLayer:
    fields = QgsFields()
    fields.append(QgsField("label", QVariant.String))
    layer = _memory_layer("Point", translate("RoundSheet", "Start"), fields)
    feature = QgsFeature(fields)
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*sheet.start)))
    feature.setAttributes([translate("RoundSheet", "Start")])
    layer.dataProvider().addFeatures([feature])
    layer.renderer().setSymbol(
        QgsMarkerSymbol.createSimple(
            {
                "name": "square",
                "color": PATH_COLOUR,
                "size": "3.4",
                "outline_color": "#ffffff",
                "outline_width": "0.3",
            }
        )
    )
    settings = QgsPalLayerSettings()
    settings.fieldName = "label"
    settings.placement = QgsPalLayerSettings.AroundPoint
    settings.dist = 1.5
    text_format = _text_format(8, PATH_COLOUR, bold=True)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    text_format.setBuffer(buffer)
    settings.setFormat(text_format)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    return layer


def list_layer(sheet: RoundSheet) -> QgsVectorLayer:
    """The ordered list as a table without geometry (its field names are the headings)."""
    fields = QgsFields()
    for index, name in enumerate(column_names()):
        fields.append(QgsField(name, QVariant.Int if index == 0 else QVariant.String))
    layer = _memory_layer("None", translate("RoundSheet", "Round sheet"), fields)
    features = []
    for stop in sheet.stops:
        feature = QgsFeature(fields)
        feature.setAttributes(stop_row(stop))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def map_extent(sheet: RoundSheet, ratio: float = MAP_RECT[2] / MAP_RECT[3]) -> QgsRectangle:
    """The start and every report with a margin, widened to the map item's proportions
    (``zoomToExtent`` gives an empty extent on an item that was never drawn)."""
    xs = [sheet.start[0]] + [s["x"] for s in sheet.stops]
    ys = [sheet.start[1]] + [s["y"] for s in sheet.stops]
    margin = max(150.0, 0.08 * max(max(xs) - min(xs), max(ys) - min(ys)))
    width, height = max(xs) - min(xs) + 2 * margin, max(ys) - min(ys) + 2 * margin
    width, height = max(width, height * ratio), max(height, width / ratio)
    x, y = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return QgsRectangle(x - width / 2, y - height / 2, x + width / 2, y + height / 2)


def _label(
    layout: QgsPrintLayout, text: str, rect, text_format: QgsTextFormat
) -> QgsLayoutItemLabel:
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    label.setFont(text_format.font())
    label.setFontColor(text_format.color())
    layout.addLayoutItem(label)
    label.attemptMove(QgsLayoutPoint(rect[0], rect[1], QgsUnitTypes.LayoutMillimeters))
    label.attemptResize(QgsLayoutSize(rect[2], rect[3], QgsUnitTypes.LayoutMillimeters))
    return label


def _font(size: float, bold: bool = False) -> QgsTextFormat:
    text_format = _text_format(size, bold=bold)
    font = text_format.font()
    font.setPointSizeF(size)
    text_format.setFont(font)
    return text_format


def title_text(sheet: RoundSheet) -> str:
    return translate("RoundSheet", "Round sheet — {}").format(sheet.service)


def subtitle_text(sheet: RoundSheet) -> str:
    kilometres = "{:.1f}".format(sheet.length / 1000).replace(
        ".", translate("RoundSheet", ".", "decimal separator")
    )
    way = (
        translate("RoundSheet", "{} km as the crow flies, back to the start")
        if sheet.return_to_start
        else translate("RoundSheet", "{} km as the crow flies from the start")
    )
    return "{} · {} · {}".format(
        translate("RoundSheet", "{} open reports in visiting order").format(len(sheet.stops)),
        way.format(kilometres),
        translate("RoundSheet", "printed on {}").format(dt.date.today().strftime("%d/%m/%Y")),
    )


def _add_map(layout: QgsPrintLayout, layers, extent: QgsRectangle) -> QgsLayoutItemMap:
    item = QgsLayoutItemMap(layout)
    item.setId("map")
    item.attemptMove(QgsLayoutPoint(MAP_RECT[0], MAP_RECT[1], QgsUnitTypes.LayoutMillimeters))
    item.attemptResize(QgsLayoutSize(MAP_RECT[2], MAP_RECT[3], QgsUnitTypes.LayoutMillimeters))
    item.setCrs(QgsCoordinateReferenceSystem(LAMBERT_93))
    item.setLayers(layers)
    item.setKeepLayerSet(True)
    item.setFrameEnabled(True)
    layout.addLayoutItem(item)
    item.setExtent(extent)
    scale_bar = QgsLayoutItemScaleBar(layout)
    scale_bar.setStyle("Single Box")
    scale_bar.setLinkedMap(item)
    scale_bar.applyDefaultSize()
    scale_bar.setTextFormat(_font(7))
    layout.addLayoutItem(scale_bar)
    scale_bar.attemptMove(
        QgsLayoutPoint(
            MAP_RECT[0] + 2, MAP_RECT[1] + MAP_RECT[3] - 10, QgsUnitTypes.LayoutMillimeters
        )
    )
    return item


def _frame(layout: QgsPrintLayout, table: QgsLayoutItemAttributeTable, rect) -> QgsLayoutFrame:
    frame = QgsLayoutFrame(layout, table)
    frame.attemptSetSceneRect(QRectF(*rect))
    frame.setHidePageIfEmpty(True)
    table.addFrame(frame)
    return frame


def _add_table(layout: QgsPrintLayout, layer: QgsVectorLayer) -> QgsLayoutItemAttributeTable:
    """The list: on the first page under the map, then on full pages until it is finished."""
    table = QgsLayoutItemAttributeTable.create(layout)
    table.setVectorLayer(layer)
    table.setMaximumNumberOfFeatures(10000)
    table.setHeaderTextFormat(_font(8, bold=True))
    table.setContentTextFormat(_font(8))
    table.setWrapBehavior(QgsLayoutTable.WrapText)
    table.setHeaderMode(QgsLayoutTable.AllFrames)
    table.setCellMargin(1.0)
    columns = table.columns()
    for column, width in zip(columns, COLUMN_WIDTHS):
        column.setWidth(width)
    table.setColumns(columns)
    layout.addMultiFrame(table)
    _frame(layout, table, FIRST_TABLE_RECT)
    second = QgsLayoutItemPage(layout)
    second.setPageSize("A4", QgsLayoutItemPage.Portrait)
    layout.pageCollection().addPage(second)
    y = layout.pageCollection().pageCount() - 1
    top = layout.pageCollection().page(y).pos().y()
    _frame(
        layout,
        table,
        (NEXT_TABLE_RECT[0], top + NEXT_TABLE_RECT[1], NEXT_TABLE_RECT[2], NEXT_TABLE_RECT[3]),
    )
    table.setResizeMode(QgsLayoutMultiFrame.RepeatUntilFinished)
    table.refresh()
    return table


def build_layout(project: QgsProject, sheet: RoundSheet, layers) -> QgsPrintLayout:
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()  # one A4 page
    layout.pageCollection().page(0).setPageSize("A4", QgsLayoutItemPage.Portrait)
    layout.setName("gup_round_sheet_{}".format(uuid.uuid4().hex[:8]))
    _label(layout, title_text(sheet), (10, 8, 190, 10), _font(15, bold=True))
    _label(layout, subtitle_text(sheet), (10, 19, 190, 9), _font(9))
    _add_map(layout, layers[:-1], map_extent(sheet))
    _add_table(layout, layers[-1])
    return layout


def export_round_sheet(
    db, sheet: RoundSheet, output: Path, feedback: Optional[QgsFeedback] = None
) -> Path:
    """The round sheet as ONE PDF at ``output`` (written whole or not at all)."""
    feedback = feedback or QgsFeedback()
    output = Path(output)
    atlas_layout.check_output(output)
    ensure_font()
    project = QgsProject()
    project.setCrs(QgsCoordinateReferenceSystem(LAMBERT_93))
    project.setEllipsoid("EPSG:7019")
    project.setTitle(title_text(sheet))
    context = atlas_layout.context_layer(atlas_uc.commune_pages(db))
    layers = [start_layer(sheet), stops_layer(sheet), path_layer(sheet), context, list_layer(sheet)]
    project.addMapLayers(layers)
    feedback.setProgress(20)
    layout = build_layout(project, sheet, layers)
    try:
        atlas_layout.export_layout_pdf(
            layout,
            output,
            feedback,
            RoundSheetCanceled("Round sheet canceled: no file was written."),
        )
    finally:  # deleted in the thread that made them (a Processing worker thread)
        sip.delete(layout)
        project.clear()
    feedback.setProgress(100)
    return output

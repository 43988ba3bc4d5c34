"""Write resources/layouts/atlas_a4_landscape.qpt, the atlas print layout shipped with the plugin.

The .qpt is checked in: users edit it in QGIS's layout designer (Project > Layout Manager >
from template); this script is how it was first drawn, kept to redo it after a big change.

Items the plugin binds (by item id): ``map`` (atlas-driven, layers set at export), ``legend``
(the report layers), ``bar_chart`` / ``trend_chart`` (pictures whose source is the page's field
"bar_chart" / "trend_chart"). Texts read the coverage fields: "title", "subtitle", "heading",
"figures", "source_line". Every item can be moved, restyled or deleted.

    .venv/bin/python scripts/make_atlas_template.py
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TEMPLATE = ROOT / "resources" / "layouts" / "atlas_a4_landscape.qpt"
FONT = "DejaVu Sans"
DARK = "#222222"
GREY = "#666666"


def build(layout):
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsLayoutItemLabel,
        QgsLayoutItemLegend,
        QgsLayoutItemMap,
        QgsLayoutItemPicture,
        QgsLayoutItemScaleBar,
        QgsLayoutItemShape,
        QgsLayoutMeasurement,
        QgsLayoutObject,
        QgsLayoutPoint,
        QgsLayoutSize,
        QgsLegendStyle,
        QgsProperty,
        QgsRectangle,
        QgsScaleBarSettings,
        QgsSymbolLayerUtils,
        QgsTextFormat,
        QgsUnitTypes,
    )
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QColor, QFont

    mm = QgsUnitTypes.LayoutMillimeters

    def place(item, item_id, x, y, w, h):
        item.setId(item_id)
        layout.addLayoutItem(item)
        item.attemptMove(QgsLayoutPoint(x, y, mm))
        item.attemptResize(QgsLayoutSize(w, h, mm))
        return item

    def label(item_id, text, x, y, w, h, size, bold=False, color=DARK, valign=Qt.AlignTop):
        item = QgsLayoutItemLabel(layout)
        item.setText(text)
        font = QFont(FONT)
        font.setPointSizeF(size)
        font.setBold(bold)
        item.setFont(font)
        item.setFontColor(QColor(color))
        item.setVAlign(valign)
        item.setMarginX(0)
        item.setMarginY(0)
        return place(item, item_id, x, y, w, h)

    # header: title, subtitle, a thin rule
    label("title", '[% "title" %]', 10, 8, 230, 11, 20, bold=True)
    label(
        "page_number",
        "[% @atlas_featurenumber %] / [% @atlas_totalfeatures %]",
        240,
        9,
        47,
        6,
        9,
        color=GREY,
    ).setHAlign(Qt.AlignRight)
    label("subtitle", '[% "subtitle" %]', 10, 20, 277, 5, 9, color=GREY)
    rule = QgsLayoutItemShape(layout)
    rule.setShapeType(QgsLayoutItemShape.Rectangle)
    rule.setSymbol(rule.symbol().createSimple({"color": "#3b6e8f", "outline_style": "no"}))
    place(rule, "rule", 10, 26.5, 277, 0.6)

    # the map of the page's polygon
    map_item = QgsLayoutItemMap(layout)
    map_item.setFrameEnabled(True)
    map_item.setFrameStrokeColor(QColor("#999999"))
    map_item.setFrameStrokeWidth(QgsLayoutMeasurement(0.2, mm))
    map_item.setBackgroundColor(QColor("#ffffff"))
    map_item.setAtlasDriven(True)
    map_item.setAtlasScalingMode(QgsLayoutItemMap.Auto)
    map_item.setAtlasMargin(0.08)
    place(map_item, "map", 10, 30, 163, 155)
    # a valid extent of the item's own proportions: with none, the atlas's first zoom shrinks
    # the item to the page feature's proportions
    map_item.setCrs(QgsCoordinateReferenceSystem("EPSG:2154"))
    map_item.setExtent(QgsRectangle(645000, 6840000, 645000 + 16300, 6840000 + 15500))

    arrow = QgsLayoutItemPicture(layout)
    arrow.setPicturePath(
        QgsSymbolLayerUtils.svgSymbolNameToPath(
            "arrows/NorthArrow_02.svg", layout.project().pathResolver()
        )
    )
    arrow.setLinkedMap(map_item)
    arrow.setPictureRotation(0)
    place(arrow, "north_arrow", 161, 32, 9, 12)

    scale = QgsLayoutItemScaleBar(layout)
    scale.setStyle("Single Box")
    scale.setLinkedMap(map_item)
    scale.applyDefaultSize(QgsUnitTypes.DistanceKilometers)
    scale.setUnits(QgsUnitTypes.DistanceKilometers)
    scale.setUnitLabel("km")
    scale.setNumberOfSegmentsLeft(0)
    scale.setNumberOfSegments(2)
    scale.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFitWidth)  # fits every page's scale
    scale.setMinimumBarWidth(25)
    scale.setMaximumBarWidth(45)
    scale.setHeight(1.5)
    text_format = QgsTextFormat()
    text_format.setFont(QFont(FONT))
    text_format.setSize(7)
    text_format.setColor(QColor(DARK))
    scale.setTextFormat(text_format)
    place(scale, "scale_bar", 12, 187, 50, 9)

    legend = QgsLayoutItemLegend(layout)
    legend.setLinkedMap(map_item)
    legend.setTitle("")
    legend.setColumnCount(2)
    legend.setSplitLayer(True)
    legend.setResizeToContents(False)
    legend.setBackgroundEnabled(False)
    legend.setFrameEnabled(False)
    legend.setSymbolHeight(3)
    legend.setSymbolWidth(3)
    for style, size, bold in (
        (QgsLegendStyle.Title, 8, True),
        (QgsLegendStyle.Group, 7, True),
        (QgsLegendStyle.Subgroup, 7, True),
        (QgsLegendStyle.SymbolLabel, 7, False),
    ):
        font = QFont(FONT)
        font.setPointSizeF(size)
        font.setBold(bold)
        legend.setStyleFont(style, font)
    legend.setFontColor(QColor(DARK))
    place(legend, "legend", 75, 188, 98, 8)

    # the figures and the charts
    label("figures_title", '[% "heading" %]', 180, 30, 107, 5, 11, bold=True)
    label("figures", '[% "figures" %]', 180, 37, 107, 26, 9.5)
    for item_id, field, y, h in (
        ("bar_chart", "bar_chart", 66, 64),
        ("trend_chart", "trend_chart", 133, 52),
    ):
        picture = QgsLayoutItemPicture(layout)
        picture.setMode(QgsLayoutItemPicture.FormatSVG)
        picture.setResizeMode(QgsLayoutItemPicture.Zoom)
        picture.dataDefinedProperties().setProperty(
            QgsLayoutObject.PictureSource, QgsProperty.fromField(field)
        )
        place(picture, item_id, 180, y, 107, h)

    # source and date
    label("source_line", '[% "source_line" %]', 10, 199, 277, 8, 6.5, color=GREY)


def main() -> None:
    from qgis.core import (
        QgsApplication,
        QgsLayoutSize,
        QgsPrintLayout,
        QgsProject,
        QgsReadWriteContext,
        QgsUnitTypes,
    )

    app = QgsApplication([], False)
    app.initQgis()
    project = QgsProject()
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName("GUP atlas A4 landscape")
    layout.pageCollection().page(0).setPageSize(
        QgsLayoutSize(297, 210, QgsUnitTypes.LayoutMillimeters)
    )
    build(layout)
    TEMPLATE.parent.mkdir(parents=True, exist_ok=True)
    if not layout.saveAsTemplate(str(TEMPLATE), QgsReadWriteContext()):
        raise SystemExit("could not write {}".format(TEMPLATE))
    print("written: {}".format(TEMPLATE))
    del layout, project
    app.exitQgis()


if __name__ == "__main__":
    sys.exit(main())

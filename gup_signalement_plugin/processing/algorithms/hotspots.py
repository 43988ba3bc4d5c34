"""Hotspots: Gi* on a hexagonal grid or any polygons, emerging hotspots, DBSCAN clusters,
same-address concentrations, and saving a point noir. Thin: the work is in
usecases/hotspots.py; here parameters, the output layers, their style and the log."""

import datetime as dt
import json

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant

from ...core.catalogue import parse_day
from ...core.hotspots import DEFAULT_CELL_SIZE, HotspotRefusal
from ...core.hotspots.emerging import CATEGORIES, UNITS
from ...core.hotspots.gistar import DEFAULT_PERMUTATIONS, DEFAULT_SEED
from ...toolbelt import hotspot_layers as styles
from ...toolbelt.hotspot_text import category_label, choice_lines, refusal_text
from ...usecases import hotspots
from ...usecases.hotspots import POINT_NOIR_STATUSES, ReportFilter
from ..base import BaseAlgorithm

LAMBERT93 = "EPSG:2154"
# post-processors must outlive the algorithm run that created them (kept per output layer)
_POST_PROCESSORS = {}


def _fields(*spec):
    fields = QgsFields()
    for name, kind in spec:
        fields.append(QgsField(name, kind))
    return fields


def _qgs_polygon(polygon) -> QgsGeometry:
    """A QgsGeometry (multi) from a shapely polygon without holes (a hexagon). Built from its
    coordinates: under qgis_process shapely's WKB writer clashes with QGIS's GEOS."""
    ring = [QgsPointXY(x, y) for x, y in shapely.get_coordinates(polygon.exterior)]
    return QgsGeometry.fromMultiPolygonXY([[ring]])


def _codes(text: str):
    return tuple(code.strip() for code in (text or "").split(",") if code.strip())


def _float(value) -> float:
    return None if value is None or not np.isfinite(value) else float(value)


class _StyleOnLoad(QgsProcessingLayerPostProcessorInterface):
    """Names, styles and documents an output layer when QGIS loads it."""

    def __init__(self, name, renderer=None, choices=None, temporal=False):
        super().__init__()
        self.name, self.renderer, self.choices, self.temporal = name, renderer, choices, temporal

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        layer.setName(self.name)
        if self.renderer is not None:
            layer.setRenderer(self.renderer())
        if self.choices is not None:
            styles.set_choices_metadata(layer, self.name, self.choices)
        if self.temporal:
            styles.set_bins_temporal(layer)
        layer.triggerRepaint()


class _HotspotAlgorithm(BaseAlgorithm):
    """Report filters, neighbourhood parameters, refusals as sentences, styled outputs."""

    GROUP_ID = "hotspots"
    CATEGORIES = "CATEGORIES"
    GROUPS = "GROUPS"
    FIRST_DAY = "FIRST_DAY"
    LAST_DAY = "LAST_DAY"
    STATUSES = "STATUSES"
    SOURCES = "SOURCES"
    CELL_SIZE = "CELL_SIZE"
    NEIGHBOURHOOD = "NEIGHBOURHOOD"
    BAND = "BAND"
    K = "K"
    FDR = "FDR"
    OUTPUT = "OUTPUT"
    CHOICES = "CHOICES"

    def add_filter_parameters(self):
        self.add_connection_parameter()
        for key, label in (
            (
                self.CATEGORIES,
                self.tr(
                    "Categories (codes separated by commas; a category "
                    "includes its sub-categories; empty = all)"
                ),
            ),
            (self.GROUPS, self.tr("Category groups (separated by commas; empty = all)")),
            (
                self.FIRST_DAY,
                self.tr("First day (YYYY-MM-DD or DD/MM/YYYY; empty = from the first report)"),
            ),
            (self.LAST_DAY, self.tr("Last day (inclusive; empty = to the last report)")),
            (self.STATUSES, self.tr("Routing statuses (routed, triage, not_open; empty = all)")),
            (self.SOURCES, self.tr("Sources (separated by commas; empty = all)")),
        ):
            self.addParameter(QgsProcessingParameterString(key, label, optional=True))

    def add_cell_size_parameter(self):
        self.addParameter(
            QgsProcessingParameterNumber(
                self.CELL_SIZE,
                self.tr("Hexagon cell size (m, between the centres of two cells)"),
                QgsProcessingParameterNumber.Double,
                DEFAULT_CELL_SIZE,
                minValue=10.0,
            )
        )

    def add_neighbourhood_parameters(self):
        self.addParameter(
            QgsProcessingParameterEnum(
                self.NEIGHBOURHOOD,
                self.tr("Neighbourhood"),
                [self.tr("Distance band"), self.tr("k nearest neighbours")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.BAND,
                self.tr("Distance band (m; empty = the smallest giving every cell a neighbour)"),
                QgsProcessingParameterNumber.Double,
                optional=True,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.K,
                self.tr("Number of neighbours (k nearest)"),
                QgsProcessingParameterNumber.Integer,
                8,
                minValue=1,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.FDR, self.tr("Correct for multiple testing (false discovery rate)"), True
            )
        )

    def report_filter(self, parameters, context) -> ReportFilter:
        def text(key):
            return self.parameterAsString(parameters, key, context)

        try:
            first, last = parse_day(text(self.FIRST_DAY)), parse_day(text(self.LAST_DAY))
        except ValueError as exc:
            raise QgsProcessingException(
                self.tr("{}: not a date (YYYY-MM-DD or DD/MM/YYYY)").format(str(exc).split("'")[1])
            ) from exc
        if first and last and last < first:
            raise QgsProcessingException(self.tr("The last day is before the first day."))
        return ReportFilter(
            _codes(text(self.CATEGORIES)),
            _codes(text(self.GROUPS)),
            first,
            last,
            _codes(text(self.STATUSES)),
            _codes(text(self.SOURCES)),
        )

    def neighbourhood(self, parameters, context):
        """(band or None, k or None) as chosen."""
        if self.parameterAsEnum(parameters, self.NEIGHBOURHOOD, context) == 1:
            return None, self.parameterAsInt(parameters, self.K, context)
        band = parameters.get(self.BAND)
        band = (
            self.parameterAsDouble(parameters, self.BAND, context)
            if band not in (None, "")
            else None
        )
        return (band or None), None

    def analyse(self, call, *args, **kwargs):
        """Run a use case; a refusal becomes a sentence (nothing is written)."""
        try:
            return call(*args, **kwargs)
        except HotspotRefusal as exc:
            raise QgsProcessingException(refusal_text(exc)) from exc

    def log_choices(self, feedback, choices):
        feedback.pushInfo(self.tr("Choices made:"))
        for line in choice_lines(choices):
            feedback.pushInfo("  " + line)

    def style_on_load(self, context, dest_id, name, renderer=None, choices=None, temporal=False):
        if context.willLoadLayerOnCompletion(dest_id):
            post = _StyleOnLoad(name, renderer, choices, temporal)
            _POST_PROCESSORS[dest_id] = post
            context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(post)

    def write(self, sink, features, feedback, start=60.0):
        """Add features with progress and cancel; False when cancelled."""
        total = max(len(features), 1)
        for index, feature in enumerate(features):
            if feedback.isCanceled():
                return False
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
            if index % 500 == 0:
                feedback.setProgress(start + (100.0 - start) * index / total)
        feedback.setProgress(100)
        return True


class HotspotsGiStar(_HotspotAlgorithm):
    """Getis-Ord Gi* of the reports on a hexagonal grid over the communes or on polygons."""

    POLYGONS = "POLYGONS"
    PERMUTATIONS = "PERMUTATIONS"
    SEED = "SEED"
    HOT_CELLS = "HOT_CELLS"
    COLD_CELLS = "COLD_CELLS"

    def name(self):
        return "hotspots_gistar"

    def displayName(self):  # noqa: N802
        return self.tr("Hot spots (Getis-Ord Gi*)")

    def help_text(self):
        return self.tr(
            "Where do reports concentrate more than chance would give? Reports (filtered by "
            "category, group, period, routing status, source) are counted on a hexagonal grid "
            "over the communes (cells outside the territory do not exist, so they never count "
            "as zeros) or in the polygons of a layer (communes, QPV, districts). Each cell gets "
            "the Getis-Ord Gi* z-score (GiZScore), its p-value (GiPValue), a permutation "
            "pseudo p-value (p_sim) and a class Gi_Bin: +3/+2/+1 hot spot at 99/95/90 % "
            "confidence, -1/-2/-3 cold spot, 0 not significant, with the false discovery rate "
            "correction by default. NNeighbors counts the cells of the neighbourhood (the cell "
            "included); border flags the hexagons cut by the territory's edge. Every automatic "
            "choice (band, cells, reports, thresholds) is written in the log and in the layer's "
            "metadata. Fewer than 30 reports, equal counts everywhere or coordinates in degrees "
            "are refused with the reason."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_filter_parameters()
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.POLYGONS,
                self.tr("Polygons to count in (empty = hexagonal grid over the communes)"),
                [QgsProcessing.TypeVectorPolygon],
                optional=True,
            )
        )
        self.add_cell_size_parameter()
        self.add_neighbourhood_parameters()
        self.addParameter(
            QgsProcessingParameterNumber(
                self.PERMUTATIONS,
                self.tr("Permutations (0 = none)"),
                QgsProcessingParameterNumber.Integer,
                DEFAULT_PERMUTATIONS,
                minValue=0,
                maxValue=9999,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.SEED,
                self.tr("Random seed (same seed, same p_sim)"),
                QgsProcessingParameterNumber.Integer,
                DEFAULT_SEED,
                minValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Hot spots"), QgsProcessing.TypeVectorPolygon
            )
        )
        self.addOutput(QgsProcessingOutputString(self.CHOICES, self.tr("Choices made (JSON)")))
        self.addOutput(QgsProcessingOutputNumber(self.HOT_CELLS, self.tr("Hot cells")))
        self.addOutput(QgsProcessingOutputNumber(self.COLD_CELLS, self.tr("Cold cells")))

    def read_polygons(self, parameters, context):
        """Polygons of the layer in Lambert-93 (a layer without a CRS is read as it is: the
        analysis refuses coordinates that look like degrees), their feature ids and the
        QGIS geometries (written back as they are)."""
        source = self.parameterAsSource(parameters, self.POLYGONS, context)
        if source is None:
            return None, None, None
        crs = source.sourceCrs()
        transform = (
            QgsCoordinateTransform(
                crs, QgsCoordinateReferenceSystem(LAMBERT93), context.transformContext()
            )
            if crs.isValid()
            else None
        )
        polygons, ids, originals = [], [], []
        for feature in source.getFeatures():
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty():
                continue
            if transform is not None:
                geometry.transform(transform)
            geometry.convertToMultiType()
            polygons.append(shapely.from_wkb(bytes(geometry.asWkb())))
            ids.append(feature.id())
            originals.append(geometry)
        return polygons, ids, originals

    def process(self, parameters, context, feedback):
        report_filter = self.report_filter(parameters, context)
        band, k = self.neighbourhood(parameters, context)
        options = dict(
            band=band,
            k=k,
            permutations=self.parameterAsInt(parameters, self.PERMUTATIONS, context),
            seed=self.parameterAsInt(parameters, self.SEED, context),
            fdr=self.parameterAsBool(parameters, self.FDR, context),
        )
        polygons, ids, originals = self.read_polygons(parameters, context)
        db = self.database(parameters, context)
        feedback.setProgressText(self.tr("Reading the reports and computing Gi*…"))
        feedback.setProgress(5)
        if polygons is None:
            cells = self.analyse(
                hotspots.gistar_grid,
                db,
                report_filter,
                self.parameterAsDouble(parameters, self.CELL_SIZE, context),
                **options,
            )
            ids = list(range(cells.counts.size))
        else:
            cells = self.analyse(hotspots.gistar_polygons, db, report_filter, polygons, **options)
        if feedback.isCanceled():
            return {}
        feedback.setProgress(60)
        self.log_choices(feedback, cells.choices)
        fields = _fields(
            ("cell_id", QVariant.LongLong),
            ("count", QVariant.Int),
            ("GiZScore", QVariant.Double),
            ("GiPValue", QVariant.Double),
            ("p_sim", QVariant.Double),
            ("Gi_Bin", QVariant.Int),
            ("NNeighbors", QVariant.Int),
            ("border", QVariant.Bool),
        )
        sink, dest_id = self.parameterAsSink(
            parameters,
            self.OUTPUT,
            context,
            fields,
            QgsWkbTypes.MultiPolygon,
            QgsCoordinateReferenceSystem(LAMBERT93),
        )
        result = cells.result
        features = []
        for i, polygon in enumerate(cells.polygons):
            feature = QgsFeature(fields)
            feature.setGeometry(_qgs_polygon(polygon) if originals is None else originals[i])
            feature.setAttributes(
                [
                    int(ids[i]),
                    int(cells.counts[i]),
                    _float(result.z[i]),
                    _float(result.p[i]),
                    _float(result.p_sim[i]) if result.p_sim is not None else None,
                    int(result.bin[i]),
                    int(result.neighbours[i]),
                    bool(cells.border[i]),
                ]
            )
            features.append(feature)
        if not self.write(sink, features, feedback):
            return {}
        self.style_on_load(
            context, dest_id, styles.gistar_layer_name(), styles.gi_bin_renderer, cells.choices
        )
        return {
            self.OUTPUT: dest_id,
            self.HOT_CELLS: cells.choices["hot_cells"],
            self.COLD_CELLS: cells.choices["cold_cells"],
            self.CHOICES: json.dumps(cells.choices, default=str, ensure_ascii=False),
        }


class EmergingHotspots(_HotspotAlgorithm):
    """Emerging hot spots: Gi* per cell and time step, Mann-Kendall trend, categories."""

    UNIT = "UNIT"
    TIME_WINDOW = "TIME_WINDOW"
    BINS = "BINS"

    def name(self):
        return "emerging_hotspots"

    def displayName(self):  # noqa: N802
        return self.tr("Emerging hot spots (space-time)")

    def help_text(self):
        return self.tr(
            "Is it getting better or worse, and where? Reports are counted per hexagonal cell "
            "and per time step (week, month or quarter); each space-time bin gets a Gi* over "
            "its neighbourhood (the cells of the distance band or the k nearest, over the step "
            "itself and the k previous steps), a Mann-Kendall trend is computed on each cell's "
            "series, and each cell gets a category: new, consecutive, intensifying, persistent, "
            "diminishing, sporadic, oscillating or historical hot spot (or cold spot), or no "
            "pattern. At least 60 reports. The space-time bins can be written too, with their "
            "start and end dates for QGIS's Temporal Controller."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_filter_parameters()
        self.addParameter(
            QgsProcessingParameterEnum(
                self.UNIT,
                self.tr("Time step"),
                [self.tr("Week"), self.tr("Month"), self.tr("Quarter")],
                defaultValue=1,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.TIME_WINDOW,
                self.tr("Previous time steps in the neighbourhood"),
                QgsProcessingParameterNumber.Integer,
                1,
                minValue=0,
            )
        )
        self.add_cell_size_parameter()
        self.add_neighbourhood_parameters()
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Emerging hot spots"), QgsProcessing.TypeVectorPolygon
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.BINS,
                self.tr("Space-time bins (for the Temporal Controller)"),
                QgsProcessing.TypeVectorPolygon,
                optional=True,
                createByDefault=False,
            )
        )
        self.addOutput(QgsProcessingOutputString(self.CHOICES, self.tr("Choices made (JSON)")))

    def process(self, parameters, context, feedback):
        report_filter = self.report_filter(parameters, context)
        band, k = self.neighbourhood(parameters, context)
        unit = UNITS[self.parameterAsEnum(parameters, self.UNIT, context)]
        db = self.database(parameters, context)
        feedback.setProgressText(self.tr("Reading the reports and computing the space-time cube…"))
        feedback.setProgress(5)
        cube = self.analyse(
            hotspots.emerging_grid,
            db,
            report_filter,
            unit,
            self.parameterAsDouble(parameters, self.CELL_SIZE, context),
            self.parameterAsInt(parameters, self.TIME_WINDOW, context),
            band,
            k,
            self.parameterAsBool(parameters, self.FDR, context),
        )
        if feedback.isCanceled():
            return {}
        feedback.setProgress(50)
        self.log_choices(feedback, cube.choices)
        result = cube.result
        polygons = cube.grid.polygons()
        geometries = [_qgs_polygon(polygon) for polygon in polygons]
        fields = _fields(
            ("cell_id", QVariant.LongLong),
            ("count", QVariant.Int),
            ("category", QVariant.String),
            ("category_label", QVariant.String),
            ("trend_z", QVariant.Double),
            ("trend_p", QVariant.Double),
            ("hot_steps", QVariant.Int),
            ("cold_steps", QVariant.Int),
        )
        sink, dest_id = self.parameterAsSink(
            parameters,
            self.OUTPUT,
            context,
            fields,
            QgsWkbTypes.MultiPolygon,
            QgsCoordinateReferenceSystem(LAMBERT93),
        )
        features = []
        for i, geometry in enumerate(geometries):
            code = CATEGORIES[int(result.category[i])]
            feature = QgsFeature(fields)
            feature.setGeometry(geometry)
            feature.setAttributes(
                [
                    i,
                    int(result.counts[i].sum()),
                    code,
                    category_label(code),
                    _float(result.trend_z[i]),
                    _float(result.trend_p[i]),
                    int(result.hot[i].sum()),
                    int(result.cold[i].sum()),
                ]
            )
            features.append(feature)
        if not self.write(sink, features, feedback, start=50.0):
            return {}
        outputs = {
            self.OUTPUT: dest_id,
            self.CHOICES: json.dumps(cube.choices, default=str, ensure_ascii=False),
        }
        self.style_on_load(
            context, dest_id, styles.emerging_layer_name(), styles.emerging_renderer, cube.choices
        )
        bins_sink, bins_id = self.parameterAsSink(
            parameters,
            self.BINS,
            context,
            self.bin_fields(),
            QgsWkbTypes.MultiPolygon,
            QgsCoordinateReferenceSystem(LAMBERT93),
        )
        if bins_sink is not None:
            if not self.write(bins_sink, self.bin_features(cube, geometries), feedback, 75.0):
                return {}
            self.style_on_load(
                context,
                bins_id,
                styles.bins_layer_name(),
                lambda: styles.gi_bin_renderer("bin"),
                cube.choices,
                True,
            )
            outputs[self.BINS] = bins_id
        return outputs

    @staticmethod
    def bin_fields():
        return _fields(
            ("cell_id", QVariant.LongLong),
            ("step", QVariant.Int),
            ("step_start", QVariant.DateTime),
            ("step_end", QVariant.DateTime),
            ("count", QVariant.Int),
            ("GiZScore", QVariant.Double),
            ("GiPValue", QVariant.Double),
            ("bin", QVariant.Int),
        )

    def bin_features(self, cube, geometries):
        """Bins with a report or significant: -1 cold, +1 hot (90 %), 0 otherwise."""
        result, fields = cube.result, self.bin_fields()
        starts = [
            QDateTime(QDate.fromString(str(day), "yyyy-MM-dd"), QTime(0, 0))
            for day in cube.step_starts
        ]
        ends = starts[1:] + [self._next_start(cube)]
        kept = np.argwhere((result.counts > 0) | result.hot | result.cold)
        features = []
        for i, t in kept:
            feature = QgsFeature(fields)
            feature.setGeometry(geometries[i])
            feature.setAttributes(
                [
                    int(i),
                    int(t),
                    starts[t],
                    ends[t],
                    int(result.counts[i, t]),
                    _float(result.z[i, t]),
                    _float(result.p[i, t]),
                    int(result.hot[i, t]) - int(result.cold[i, t]),
                ]
            )
            features.append(feature)
        return features

    @staticmethod
    def _next_start(cube):
        last = cube.step_starts[-1]
        unit = cube.choices["unit"]
        if unit == "week":
            end = last + np.timedelta64(7, "D")
        else:
            months = 3 if unit == "quarter" else 1
            end = (last.astype("datetime64[M]") + np.timedelta64(months, "M")).astype(
                "datetime64[D]"
            )
        return QDateTime(QDate.fromString(str(end), "yyyy-MM-dd"), QTime(0, 0))


class ReportClusters(_HotspotAlgorithm):
    """DBSCAN clusters of reports (PostGIS ST_ClusterDBSCAN), optionally in space and time."""

    DISTANCE = "DISTANCE"
    MIN_REPORTS = "MIN_REPORTS"
    DAYS = "DAYS"
    CLUSTERS = "CLUSTERS"

    def name(self):
        return "report_clusters"

    def displayName(self):  # noqa: N802
        return self.tr("Report clusters (DBSCAN)")

    def help_text(self):
        return self.tr(
            "Groups of reports close to each other (DBSCAN, computed by PostGIS): a report "
            "with at least the minimum number of reports within the distance (itself included) "
            "starts or extends a cluster; isolated reports (noise) are left out. With a number "
            "of days, clusters are also cut in time: a cluster splits where two successive "
            "reports are more than that many days apart, and pieces too small become noise."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_filter_parameters()
        self.addParameter(
            QgsProcessingParameterNumber(
                self.DISTANCE,
                self.tr("Distance (m)"),
                QgsProcessingParameterNumber.Double,
                50.0,
                minValue=0.01,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MIN_REPORTS,
                self.tr("Minimum reports in a cluster"),
                QgsProcessingParameterNumber.Integer,
                5,
                minValue=2,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.DAYS,
                self.tr("Days between reports of a cluster (0 = space only)"),
                QgsProcessingParameterNumber.Integer,
                0,
                minValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Report clusters"), QgsProcessing.TypeVectorPoint
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.CLUSTERS, self.tr("Clusters")))

    def process(self, parameters, context, feedback):
        report_filter = self.report_filter(parameters, context)
        days = self.parameterAsInt(parameters, self.DAYS, context) or None
        db = self.database(parameters, context)
        rows = hotspots.report_clusters(
            db,
            report_filter,
            self.parameterAsDouble(parameters, self.DISTANCE, context),
            self.parameterAsInt(parameters, self.MIN_REPORTS, context),
            days,
        )
        clusters = len({row["cluster"] for row in rows})
        feedback.pushInfo(
            self.tr("{} clusters, {} reports in them (noise left out).").format(clusters, len(rows))
        )
        fields = _fields(
            ("report_id", QVariant.LongLong), ("cluster", QVariant.Int), ("day", QVariant.Date)
        )
        sink, dest_id = self.parameterAsSink(
            parameters,
            self.OUTPUT,
            context,
            fields,
            QgsWkbTypes.Point,
            QgsCoordinateReferenceSystem(LAMBERT93),
        )
        features = []
        for row in rows:
            feature = QgsFeature(fields)
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(row["x"], row["y"])))
            feature.setAttributes(
                [
                    int(row["id"]),
                    int(row["cluster"]),
                    QDate(row["day"].year, row["day"].month, row["day"].day),
                ]
            )
            features.append(feature)
        if not self.write(sink, features, feedback, start=0.0):
            return {}
        self.style_on_load(context, dest_id, styles.clusters_layer_name())
        return {self.OUTPUT: dest_id, self.CLUSTERS: clusters}


class ReportConcentrations(_HotspotAlgorithm):
    """Same-address concentrations, or reports within a few metres of each other."""

    DISTANCE = "DISTANCE"
    MIN_REPORTS = "MIN_REPORTS"
    CONCENTRATIONS = "CONCENTRATIONS"

    def name(self):
        return "report_concentrations"

    def displayName(self):  # noqa: N802
        return self.tr("Same-address concentrations")

    def help_text(self):
        return self.tr(
            "Several reports at one address (the address text compared without case, accents "
            "or punctuation: \"12, Rue de l'Église\" = \"12 rue de l eglise\"), or, with a "
            "distance, reports linked by steps of at most that many metres. One point per "
            "concentration, at the mean position, with the number of reports and their ids."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_filter_parameters()
        self.addParameter(
            QgsProcessingParameterNumber(
                self.DISTANCE,
                self.tr("Distance (m; 0 = same address text)"),
                QgsProcessingParameterNumber.Double,
                0.0,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MIN_REPORTS,
                self.tr("Minimum reports"),
                QgsProcessingParameterNumber.Integer,
                3,
                minValue=2,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Concentrations"), QgsProcessing.TypeVectorPoint
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.CONCENTRATIONS, self.tr("Concentrations")))

    def process(self, parameters, context, feedback):
        report_filter = self.report_filter(parameters, context)
        distance = self.parameterAsDouble(parameters, self.DISTANCE, context) or None
        db = self.database(parameters, context)
        points, found = self.analyse(
            hotspots.concentrations,
            db,
            report_filter,
            distance,
            self.parameterAsInt(parameters, self.MIN_REPORTS, context),
        )
        fields = _fields(
            ("kind", QVariant.String),
            ("address", QVariant.String),
            ("count", QVariant.Int),
            ("report_ids", QVariant.String),
        )
        sink, dest_id = self.parameterAsSink(
            parameters,
            self.OUTPUT,
            context,
            fields,
            QgsWkbTypes.Point,
            QgsCoordinateReferenceSystem(LAMBERT93),
        )
        features = []
        for item in found:
            feature = QgsFeature(fields)
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(item.x, item.y)))
            feature.setAttributes(
                [
                    item.kind,
                    item.key or None,
                    item.count,
                    ",".join(str(i) for i in points.ids[item.members]),
                ]
            )
            features.append(feature)
        feedback.pushInfo(self.tr("{} concentrations.").format(len(found)))
        if not self.write(sink, features, feedback, start=0.0):
            return {}
        self.style_on_load(context, dest_id, styles.concentrations_layer_name())
        return {self.OUTPUT: dest_id, self.CONCENTRATIONS: len(found)}


class SavePointNoir(_HotspotAlgorithm):
    """A point noir from polygons (the selected cells of a hot spot result, or drawn ones)."""

    INPUT = "INPUT"
    NAME = "NAME"
    STATUS = "STATUS"
    NOTES = "NOTES"
    WORKS_DAY = "WORKS_DAY"
    POINT_NOIR_ID = "POINT_NOIR_ID"
    LINKED = "LINKED"

    def name(self):
        return "save_point_noir"

    def displayName(self):  # noqa: N802
        return self.tr("Save a point noir")

    def help_text(self):
        return self.tr(
            "Keeps polygons as one point noir (dissolved): tick 'Selected features only' to "
            "save the selected cells of a hot spot result, or give a layer where you drew it. "
            "The reports falling in it (of its categories, or all) are linked now and as they "
            "arrive; its status, owner service, notes and works date are then edited in the "
            "'Points noirs' layer."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_connection_parameter()
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT,
                self.tr("Polygons (hot spot cells or a drawing)"),
                [QgsProcessing.TypeVectorPolygon],
            )
        )
        self.addParameter(QgsProcessingParameterString(self.NAME, self.tr("Name")))
        self.addParameter(
            QgsProcessingParameterString(
                self.CATEGORIES,
                self.tr("Categories followed (codes separated by commas; empty = all)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.STATUS,
                self.tr("Status"),
                [styles.status_label(code) for code in POINT_NOIR_STATUSES],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.NOTES, self.tr("Notes"), optional=True, multiLine=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.WORKS_DAY, self.tr("Works done on (YYYY-MM-DD or DD/MM/YYYY)"), optional=True
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.POINT_NOIR_ID, self.tr("Point noir id")))
        self.addOutput(QgsProcessingOutputNumber(self.LINKED, self.tr("Reports linked")))

    def process(self, parameters, context, feedback):
        name = self.parameterAsString(parameters, self.NAME, context).strip()
        if not name:
            raise QgsProcessingException(self.tr("Give the point noir a name."))
        try:
            works_day = parse_day(self.parameterAsString(parameters, self.WORKS_DAY, context))
        except ValueError as exc:
            raise QgsProcessingException(
                self.tr("The works date is not a date (YYYY-MM-DD or DD/MM/YYYY).")
            ) from exc
        source = self.parameterAsSource(parameters, self.INPUT, context)
        transform = QgsCoordinateTransform(
            source.sourceCrs(), QgsCoordinateReferenceSystem(LAMBERT93), context.transformContext()
        )
        polygons = []
        for feature in source.getFeatures():
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty():
                continue
            geometry.transform(transform)
            polygons.append(bytes(geometry.asWkb()))
        if not polygons:
            raise QgsProcessingException(self.tr("No polygon to save (is anything selected?)."))
        db = self.database(parameters, context)
        status = POINT_NOIR_STATUSES[self.parameterAsEnum(parameters, self.STATUS, context)]
        point_id = hotspots.save_point_noir(
            db,
            name,
            polygons,
            _codes(self.parameterAsString(parameters, self.CATEGORIES, context)),
            status,
            self.parameterAsString(parameters, self.NOTES, context) or None,
            works_day,
            origin=self.tr("{} polygon(s) of the layer '{}', saved on {}").format(
                len(polygons), source.sourceName(), dt.date.today().isoformat()
            ),
        )
        linked = len(hotspots.linked_reports(db, point_id))
        feedback.pushInfo(
            self.tr("Point noir {} saved: {} reports linked.").format(point_id, linked)
        )
        return {self.POINT_NOIR_ID: point_id, self.LINKED: linked}

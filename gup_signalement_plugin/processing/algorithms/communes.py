"""Import communes from any polygon layer, with a field mapping, transformed to Lambert-93."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingFeatureSource,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from ...core.communes import CommuneRecord
from ...toolbelt.values import python_value
from ...usecases.catalogue import import_communes
from ..base import BaseAlgorithm


class ImportCommunes(BaseAlgorithm):
    INPUT = "INPUT"
    FIELD_INSEE = "FIELD_INSEE"
    FIELD_NAME = "FIELD_NAME"
    FIELD_POPULATION = "FIELD_POPULATION"
    COUNT = "COUNT"

    def name(self):
        return "import_communes"

    def displayName(self):  # noqa: N802
        return self.tr("Import communes")

    def help_text(self) -> str:
        return self.tr(
            "Inserts or updates (matched on the INSEE code) the communes of a polygon "
            "layer, transformed to Lambert-93 (EPSG:2154). Every feature is checked "
            "first (INSEE code, name, empty or invalid geometry): if one is wrong, "
            "nothing is imported and the message lists each problem with its feature."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_connection_parameter()
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Communes layer"), [QgsProcessing.SourceType.TypeVectorPolygon]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.FIELD_INSEE, self.tr("INSEE code field"), "code_insee", self.INPUT
            )
        )
        self.addParameter(
            QgsProcessingParameterField(self.FIELD_NAME, self.tr("Name field"), "nom", self.INPUT)
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.FIELD_POPULATION,
                self.tr("Population field"),
                None,
                self.INPUT,
                QgsProcessingParameterField.Numeric,
                optional=True,
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, self.tr("Communes imported")))

    def process(self, parameters, context, feedback):
        db = self.database(parameters, context)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        insee_field = self.parameterAsString(parameters, self.FIELD_INSEE, context)
        name_field = self.parameterAsString(parameters, self.FIELD_NAME, context)
        population_field = self.parameterAsString(parameters, self.FIELD_POPULATION, context)
        target = QgsCoordinateReferenceSystem("EPSG:2154")
        transform = QgsCoordinateTransform(source.sourceCrs(), target, context.transformContext())
        records = []
        total = max(source.featureCount(), 1)
        # our own check lists every bad feature at once, with its reason (not just the first)
        for index, feature in enumerate(
            source.getFeatures(
                QgsFeatureRequest(), QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks
            )
        ):
            if feedback.isCanceled():
                return {self.COUNT: 0}
            geometry = feature.geometry()
            wkb = None
            if not geometry.isNull() and not geometry.isEmpty():
                geometry.transform(transform)
                wkb = bytes(geometry.asWkb())
            population = python_value(feature[population_field]) if population_field else None
            records.append(
                CommuneRecord(
                    insee_code=str(python_value(feature[insee_field]) or "").strip(),
                    name=str(python_value(feature[name_field]) or "").strip(),
                    wkb=wkb,
                    where=self.tr("feature {}").format(feature.id()),
                    population=int(population) if population is not None else None,
                )
            )
            feedback.setProgress(50.0 * (index + 1) / total)
        feedback.pushInfo(self.tr("{} features read, checking them.").format(len(records)))
        count = import_communes(db, records, 2154)
        feedback.setProgress(100)
        feedback.pushInfo(self.tr("{} communes imported or updated.").format(count))
        return {self.COUNT: count}

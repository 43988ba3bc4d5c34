"""Publish the configuration for the reporting app as Open311 GeoReport v2 services documents."""

import datetime as dt
from pathlib import Path

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFolderDestination,
)

from ...usecases.publication import publish_open311
from ..base import BaseAlgorithm


class ExportOpen311Services(BaseAlgorithm):
    GROUP_ID = "publication"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    DATE = "DATE"
    FORMATS = "FORMATS"
    DOCUMENTS = "DOCUMENTS"
    FORMAT_CHOICES = ["json", "xml"]

    def name(self):
        return "export_open311_services"

    def displayName(self):  # noqa: N802
        return self.tr("Publish Open311 services for the reporting app")

    def help_text(self) -> str:
        return self.tr(
            "Writes, for each commune (jurisdiction_id = INSEE code) and each audience "
            "(agents, public), an Open311 GeoReport v2 services document: "
            "<folder>/<audience>/<INSEE>/services.json and .xml. Open categories are "
            "listed; closed ones carry the keyword 'inactive' and their message as "
            "description; categories open to agents only carry 'staff' and are left "
            "out of the public documents. The stages in force on the chosen date are "
            "used (today by default). Each publication is logged in the database."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_connection_parameter()
        self.addParameter(
            QgsProcessingParameterDateTime(
                self.DATE,
                self.tr("Stages in force on (default: today)"),
                QgsProcessingParameterDateTime.Date,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.FORMATS,
                self.tr("Formats"),
                self.FORMAT_CHOICES,
                allowMultiple=True,
                defaultValue=[0, 1],
            )
        )
        self.addParameter(
            QgsProcessingParameterFolderDestination(
                self.OUTPUT_FOLDER, self.tr("Publication folder")
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.DOCUMENTS, self.tr("Documents written")))

    def process(self, parameters, context, feedback):
        db = self.database(parameters, context)
        folder = Path(self.parameterAsString(parameters, self.OUTPUT_FOLDER, context))
        chosen = self.parameterAsDateTime(parameters, self.DATE, context)
        on_date = chosen.date().toPyDate() if chosen.isValid() else dt.date.today()
        formats = [
            self.FORMAT_CHOICES[i] for i in self.parameterAsEnums(parameters, self.FORMATS, context)
        ]
        result = publish_open311(
            db,
            folder,
            on_date,
            formats or self.FORMAT_CHOICES,
            progress=feedback.setProgress,
            is_canceled=feedback.isCanceled,
        )
        feedback.pushInfo(
            self.tr("{} documents written in {} (stages of {}); open cells: {}.").format(
                len(result.documents),
                folder,
                on_date.isoformat(),
                ", ".join("{} {}".format(k, v) for k, v in sorted(result.open_counts.items())),
            )
        )
        return {self.OUTPUT_FOLDER: str(folder), self.DOCUMENTS: len(result.documents)}

"""The Processing provider ``gup_signalement``."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..__about__ import PROVIDER_ID, __version__, resource_path


def algorithm_classes():
    from .algorithms import (
        atlas,
        catalogue,
        communes,
        database,
        hotspots,
        incoming,
        publication,
        renewal,
        rights,
        routing,
        services,
        triage,
        triage_reports,
    )

    return (
        [
            database.CreateDatabaseStructure,
            database.UpgradeDatabaseStructure,
            communes.ImportCommunes,
            catalogue.ImportCategoryCatalogue,
            catalogue.ExportCategoryCatalogue,
            catalogue.ImportCommuneSettings,
            catalogue.ExportCommuneSettings,
            publication.ExportOpen311Services,
            routing.ImportPerimeters,
            routing.RerouteReports,
            routing.CheckCoverage,
            routing.DryRunPerimeters,
            incoming.SyncOpen311Source,
            incoming.ImportReportsFile,
            incoming.ReleaseQuarantine,
            routing.ExportPerimeters,
            routing.DryRunCommuneSettings,
            services.ImportServices,
            services.ExportServices,
            atlas.ExportAtlas,
            hotspots.HotspotsGiStar,
            hotspots.EmergingHotspots,
            hotspots.ReportClusters,
            hotspots.ReportConcentrations,
            hotspots.SavePointNoir,
        ]
        + renewal_algorithms(renewal)
        + triage_algorithms(triage, triage_reports)
        + rights_algorithms(rights)
    )


def rights_algorithms(rights):
    """People, rights and personal data (issue 14)."""
    return [rights.CreatePerson, rights.RevokePerson, rights.ListPeople, rights.PurgePersonalData]


def renewal_algorithms(renewal):
    """Urban renewal (issue 15)."""
    return [
        renewal.ImportQpvPerimeters,
        renewal.ImportRenewalProjects,
        renewal.ImportRelocationSheet,
        renewal.ExportRelocationIndicators,
        renewal.SetExperimentFromRenewal,
    ]


def triage_algorithms(triage, triage_reports):
    """Triage (issue 12): scheduled operations, statistics and the round sheet."""
    return [
        triage.SetDeliverySettings,
        triage.SendWeeklyDigest,
        triage.ExportOpen311Requests,
        triage.ListReminders,
        triage_reports.TriageStatistics,
        triage_reports.RoundSheet,
    ]


class GupProvider(QgsProcessingProvider):
    def id(self):
        return PROVIDER_ID

    def name(self):
        return QCoreApplication.translate("GupProvider", "GUP Signalement")

    def longName(self):  # noqa: N802
        return "{} {}".format(self.name(), __version__)

    def icon(self):
        return QIcon(str(resource_path("icons", "gup.svg")))

    def loadAlgorithms(self):  # noqa: N802
        for cls in algorithm_classes():
            self.addAlgorithm(cls())

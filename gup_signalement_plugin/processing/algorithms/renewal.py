"""Urban renewal: QPV perimeters from the ANCT national files, renewal projects from a layer,
relocation spreadsheets (RIME), published indicators with their chart, and the experiment
perimeter of a matrix cell taken from a renewal perimeter."""

from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingFeatureSource,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ...core.catalogue import parse_day
from ...core.errors import InputError, Problem
from ...core.renewal import FIELDS, PHASES
from ...toolbelt import renewal_text
from ...toolbelt.values import python_value, text_value
from ...usecases import renewal as renewal_uc
from ...usecases.renewal import RenewalPerimeter
from ..base import BaseAlgorithm

LAMBERT93 = "EPSG:2154"


def _translated(error: InputError, summary: str) -> InputError:
    return InputError([Problem("", renewal_text.problem_text(p)) for p in error.problems], summary)


class _RenewalAlgorithm(BaseAlgorithm):
    GROUP_ID = "renewal"

    def read_polygons(self, parameters, context, key):
        """(feature, Lambert-93 WKB or None) of a polygon source, geometries as they are."""
        source = self.parameterAsSource(parameters, key, context)
        transform = QgsCoordinateTransform(
            source.sourceCrs(), QgsCoordinateReferenceSystem(LAMBERT93), context.transformContext()
        )
        for feature in source.getFeatures(
            QgsFeatureRequest(), QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks
        ):
            geometry = feature.geometry()
            wkb = None
            if not geometry.isNull() and not geometry.isEmpty():
                geometry.transform(transform)
                wkb = bytes(geometry.asWkb())
            yield feature, wkb


class ImportQpvPerimeters(_RenewalAlgorithm):
    INPUT = "INPUT"
    FIELD_CODE = "FIELD_CODE"
    FIELD_NAME = "FIELD_NAME"
    FIELD_INSEE = "FIELD_INSEE"
    FIELD_COMMUNES = "FIELD_COMMUNES"
    QPV_LIST = "QPV_LIST"
    COUNT = "COUNT"
    OUTSIDE = "OUTSIDE"
    MISSING = "MISSING"
    EXTRA = "EXTRA"

    def name(self):
        return "import_qpv_perimeters"

    def displayName(self):  # noqa: N802
        return self.tr("Import QPV perimeters (ANCT national file)")

    def help_text(self) -> str:
        return self.tr(
            "Imports the priority neighbourhoods (QPV, 2024 geography) of the ANCT "
            "national file (GeoJSON or shapefile; fields code_qp, lib_qp, insee_com, "
            "lib_com) that touch the territory's communes; the others are left out. "
            "A QPV already stored is updated (matched on its code). With the QPV "
            "list of the territory (qpv_2024_gosb.csv), the codes missing from the "
            "database and the extra ones are reported. Nothing is imported if one "
            "feature is wrong (code, geometry)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_connection_parameter()
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT,
                self.tr("QPV layer (national file)"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
            )
        )
        for key, label, default in (
            (self.FIELD_CODE, self.tr("QPV code field"), "code_qp"),
            (self.FIELD_NAME, self.tr("QPV name field"), "lib_qp"),
            (self.FIELD_INSEE, self.tr("INSEE codes field (separated by commas)"), "insee_com"),
            (self.FIELD_COMMUNES, self.tr("Commune names field"), "lib_com"),
        ):
            self.addParameter(
                QgsProcessingParameterField(
                    key,
                    label,
                    default,
                    self.INPUT,
                    optional=key in (self.FIELD_INSEE, self.FIELD_COMMUNES),
                )
            )
        self.addParameter(
            QgsProcessingParameterFile(
                self.QPV_LIST,
                self.tr("Expected QPV list (CSV with code_qp, nom_qp)"),
                extension="csv",
                optional=True,
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, self.tr("QPV imported")))
        self.addOutput(
            QgsProcessingOutputNumber(self.OUTSIDE, self.tr("Features outside the territory"))
        )
        self.addOutput(QgsProcessingOutputString(self.MISSING, self.tr("Missing QPV codes")))
        self.addOutput(QgsProcessingOutputString(self.EXTRA, self.tr("Extra QPV codes")))

    def process(self, parameters, context, feedback):
        db = self.database(parameters, context)
        field = {
            key: self.parameterAsString(parameters, key, context)
            for key in (self.FIELD_CODE, self.FIELD_NAME, self.FIELD_INSEE, self.FIELD_COMMUNES)
        }
        perimeters = []
        for feature, wkb in self.read_polygons(parameters, context, self.INPUT):

            def value(key, feature=feature):
                return str(python_value(feature[field[key]]) or "").strip() if field[key] else ""

            insee = tuple(
                c.strip() for c in value(self.FIELD_INSEE).replace(";", ",").split(",") if c.strip()
            )
            attributes = {f.name(): text_value(feature[f.name()]) for f in feature.fields()}
            perimeters.append(
                RenewalPerimeter(
                    code=value(self.FIELD_CODE),
                    type="qpv",
                    name=value(self.FIELD_NAME) or "?",
                    wkb=wkb,
                    insee_codes=insee,
                    communes=value(self.FIELD_COMMUNES) or None,
                    source="ANCT",
                    attributes=attributes,
                )
            )
        path = self.parameterAsFile(parameters, self.QPV_LIST, context)
        expected = renewal_uc.read_qpv_list(Path(path).read_bytes()) if path else None
        result = renewal_uc.import_qpv(db, perimeters, expected)
        feedback.pushInfo(
            self.tr(
                "{} features read, {} outside the territory (left out), {} QPV imported or updated."
            ).format(result.read, result.outside, result.imported)
        )
        missing = extra = ""
        if result.check is not None:
            missing = ", ".join(code for code, _ in result.check.missing)
            extra = ", ".join(result.check.extra)
            if result.check.complete:
                feedback.pushInfo(
                    self.tr("The database holds exactly the {} QPV of the list.").format(
                        result.check.expected
                    )
                )
            for code, name in result.check.missing:
                feedback.reportError(self.tr("Missing QPV: {} {}").format(code, name))
            for code in result.check.extra:
                feedback.reportError(self.tr("QPV not in the list: {}").format(code))
        return {
            self.COUNT: result.imported,
            self.OUTSIDE: result.outside,
            self.MISSING: missing,
            self.EXTRA: extra,
        }


class ImportRenewalProjects(_RenewalAlgorithm):
    INPUT = "INPUT"
    KIND = "KIND"
    FIELD_CODE = "FIELD_CODE"
    FIELD_NAME = "FIELD_NAME"
    FIELD_QPV = "FIELD_QPV"
    FIELD_PROGRAMME = "FIELD_PROGRAMME"
    FIELD_PHASE = "FIELD_PHASE"
    FIELD_START = "FIELD_START"
    FIELD_END = "FIELD_END"
    COUNT = "COUNT"
    KINDS = ("pru", "experimentation")

    def name(self):
        return "import_renewal_projects"

    def displayName(self):  # noqa: N802
        return self.tr("Import renewal projects or experiment perimeters")

    def help_text(self) -> str:
        return self.tr(
            "Imports renewal projects (PRU / NPNRU) or experiment perimeters from a "
            "polygon layer: code, name, QPV codes (separated by commas), programme, "
            "phase (study, relocation, demolition, reconstruction, done), dates. A "
            "perimeter already stored is updated (matched on its code); a phase "
            "change is kept in the history. The communes are those the polygon "
            "touches. Nothing is imported if one feature is wrong."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_connection_parameter()
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT,
                self.tr("Perimeters layer"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.KIND,
                self.tr("Kind"),
                [self.tr("Renewal project (PRU / NPNRU)"), self.tr("Experiment perimeter")],
                defaultValue=0,
            )
        )
        for key, label, default, optional in (
            (self.FIELD_CODE, self.tr("Code field"), "code", False),
            (self.FIELD_NAME, self.tr("Name field"), "nom", False),
            (self.FIELD_QPV, self.tr("QPV codes field"), None, True),
            (self.FIELD_PROGRAMME, self.tr("Programme field"), None, True),
            (self.FIELD_PHASE, self.tr("Phase field"), None, True),
            (self.FIELD_START, self.tr("Start date field"), None, True),
            (self.FIELD_END, self.tr("End date field"), None, True),
        ):
            self.addParameter(
                QgsProcessingParameterField(key, label, default, self.INPUT, optional=optional)
            )
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, self.tr("Perimeters imported")))

    def process(self, parameters, context, feedback):
        db = self.database(parameters, context)
        kind = self.KINDS[self.parameterAsEnum(parameters, self.KIND, context)]
        field = {
            key: self.parameterAsString(parameters, key, context)
            for key in (
                self.FIELD_CODE,
                self.FIELD_NAME,
                self.FIELD_QPV,
                self.FIELD_PROGRAMME,
                self.FIELD_PHASE,
                self.FIELD_START,
                self.FIELD_END,
            )
        }
        communes = renewal_uc.commune_geometries(db)
        perimeters, problems = [], []
        for feature, wkb in self.read_polygons(parameters, context, self.INPUT):

            def value(key, feature=feature):
                return text_value(feature[field[key]]).strip() if field[key] else ""

            where = self.tr("feature {}").format(feature.id())
            phase = value(self.FIELD_PHASE) or None
            if phase is not None and phase not in PHASES:
                problems.append(
                    Problem(
                        where,
                        self.tr("unknown phase '{}' (expected: {})").format(
                            phase, ", ".join(PHASES)
                        ),
                    )
                )
            try:
                start, end = parse_day(value(self.FIELD_START)), parse_day(value(self.FIELD_END))
            except ValueError as exc:
                problems.append(Problem(where, str(exc)))
                continue
            if not value(self.FIELD_CODE) or wkb is None:
                problems.append(Problem(where, self.tr("no code or no geometry")))
                continue
            perimeters.append(
                RenewalPerimeter(
                    code=value(self.FIELD_CODE),
                    type=kind,
                    name=value(self.FIELD_NAME) or value(self.FIELD_CODE),
                    wkb=wkb,
                    qpv_codes=tuple(
                        c.strip() for c in value(self.FIELD_QPV).split(",") if c.strip()
                    ),
                    programme=value(self.FIELD_PROGRAMME) or None,
                    phase=phase,
                    start=start,
                    end=end,
                    source=self.tr("layer import"),
                )
            )
        if problems:
            raise InputError(problems, self.tr("No perimeter was imported:"))
        count = renewal_uc.import_projects(db, perimeters, communes)
        feedback.pushInfo(self.tr("{} perimeters imported or updated.").format(count))
        return {self.COUNT: count}


class ImportRelocationSheet(_RenewalAlgorithm):
    INPUT = "INPUT"
    LANDLORD = "LANDLORD"
    SHEET = "SHEET"
    MAPPING = "MAPPING"
    IMPORTED = "IMPORTED"
    REFUSED = "REFUSED"
    REPORT = "REPORT"

    def name(self):
        return "import_relocation_sheet"

    def displayName(self):  # noqa: N802
        return self.tr("Import a relocation spreadsheet (RIME)")

    def help_text(self) -> str:
        return self.tr(
            "Imports a landlord's relocation sheet (one line per household; .xlsx, .ods or "
            ".csv), read through GDAL, which QGIS ships. The header row is searched below "
            "blank, title or merged rows; without a sheet name, the first sheet whose header is "
            "found is used. The columns are those of the mapping given here (field=column; "
            "fields: {}), else the landlord's mapping remembered from the last import, else "
            "guessed from the headers. Dates as text or Excel serial numbers are read. Lines "
            "with an unknown perimeter code, an unknown status, a bad size or date, or a "
            "duplicate household are refused and listed; the other lines replace the "
            "landlord's previous ones, with the published indicators, in one transaction. "
            "Household lines stay in an administrator-only table; only counts are published, "
            "any count below 5 shown as '< 5'."
        ).format(", ".join(FIELDS))

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_connection_parameter()
        self.addParameter(
            QgsProcessingParameterFile(
                self.INPUT,
                self.tr("Spreadsheet (.xlsx, .ods, .csv)"),
                fileFilter="Spreadsheets (*.xlsx *.ods *.csv)",
            )
        )
        self.addParameter(QgsProcessingParameterString(self.LANDLORD, self.tr("Landlord")))
        self.addParameter(
            QgsProcessingParameterString(
                self.SHEET, self.tr("Sheet (empty: the first with a header)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.MAPPING,
                self.tr("Column mapping (field=column;…, empty: remembered or guessed)"),
                optional=True,
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.IMPORTED, self.tr("Households imported")))
        self.addOutput(QgsProcessingOutputNumber(self.REFUSED, self.tr("Lines refused")))
        self.addOutput(QgsProcessingOutputString(self.REPORT, self.tr("Report")))

    def process(self, parameters, context, feedback):
        db = self.database(parameters, context)
        path = self.parameterAsFile(parameters, self.INPUT, context)
        mapping = {}
        for part in self.parameterAsString(parameters, self.MAPPING, context).split(";"):
            if "=" in part:
                key, column = part.split("=", 1)
                if key.strip() not in FIELDS:
                    raise InputError(
                        [],
                        self.tr("Unknown field '{}' in the mapping (fields: {})").format(
                            key.strip(), ", ".join(FIELDS)
                        ),
                    )
                mapping[key.strip()] = column.strip()
        sheets = renewal_text.read_sheets(path)
        try:
            result = renewal_uc.import_relocation(
                db,
                self.parameterAsString(parameters, self.LANDLORD, context),
                path,
                sheets,
                self.parameterAsString(parameters, self.SHEET, context) or None,
                mapping or None,
            )
        except InputError as exc:
            if not exc.problems:
                raise
            raise _translated(
                exc, self.tr("Nothing was imported from {}:").format(Path(path).name)
            ) from exc
        lines = [
            self.tr("Sheet '{}', header on row {}; columns: {}.").format(
                result.sheet,
                result.header_row,
                ", ".join("{}={}".format(k, v) for k, v in sorted(result.mapping.items())),
            )
        ]
        for name, problem in result.skipped_sheets:
            lines.append(
                self.tr("Sheet '{}' skipped: {}").format(name, renewal_text.problem_text(problem))
            )
        lines.append(
            self.tr("{} household lines read, {} imported, {} refused.").format(
                result.read, result.imported, len({p.where for p in result.refused})
            )
        )
        lines += [renewal_text.problem_text(p) for p in result.refused]
        for line in lines:
            feedback.pushInfo(line)
        return {
            self.IMPORTED: result.imported,
            self.REFUSED: len({p.where for p in result.refused}),
            self.REPORT: "\n".join(lines),
        }


class ExportRelocationIndicators(_RenewalAlgorithm):
    OUTPUT = "OUTPUT"
    CHART = "CHART"
    REPORT_COUNTS = "REPORT_COUNTS"

    def name(self):
        return "export_relocation_indicators"

    def displayName(self):  # noqa: N802
        return self.tr("Export relocation indicators and chart")

    def help_text(self) -> str:
        return self.tr(
            "Writes the published relocation indicators (per perimeter, commune, "
            "landlord and household size; counts below 5 as '< 5', counts hidden "
            "so that no total gives them away as 's') as CSV, and a chart of "
            "relocation progress per perimeter (SVG or PNG): a point every 5 "
            "households or more, no curve for a perimeter whose count is hidden."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_connection_parameter()
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, self.tr("Indicators (CSV)"), "CSV (*.csv)"
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.CHART,
                self.tr("Progress chart (SVG or PNG)"),
                "SVG (*.svg);;PNG (*.png)",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.REPORT_COUNTS,
                self.tr("Reports per perimeter, category and month (CSV)"),
                "CSV (*.csv)",
                optional=True,
            )
        )

    def process(self, parameters, context, feedback):
        db = self.database(parameters, context)
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        Path(output).write_bytes(renewal_uc.export_indicators(db))
        results = {self.OUTPUT: output}
        chart = self.parameterAsFileOutput(parameters, self.CHART, context)
        if chart:
            curves = renewal_uc.relocation_chart(
                db,
                Path(chart),
                self.tr("Relocation progress per perimeter"),
                self.tr("date"),
                self.tr("households relocated (cumulative)"),
                self.tr("Not drawn (count hidden by statistical secrecy): {}"),
            )
            feedback.pushInfo(self.tr("{} curves drawn in {}.").format(curves, chart))
            results[self.CHART] = chart
        counts = self.parameterAsFileOutput(parameters, self.REPORT_COUNTS, context)
        if counts:
            Path(counts).write_bytes(renewal_uc.export_report_counts(db))
            results[self.REPORT_COUNTS] = counts
        return results


class SetExperimentFromRenewal(_RenewalAlgorithm):
    PERIMETER = "PERIMETER"
    COMMUNE = "COMMUNE"
    CATEGORY = "CATEGORY"

    def name(self):
        return "set_experiment_from_renewal"

    def displayName(self):  # noqa: N802
        return self.tr("Experiment perimeter of a commune's category from a renewal perimeter")

    def help_text(self) -> str:
        return self.tr(
            "Copies the part of a renewal perimeter (QPV, PRU or experiment "
            "perimeter, by its code) inside a commune into the experiment perimeter "
            "of that commune's category cell (created closed if it does not exist). "
            "The cell keeps a copy: its history records the change."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_connection_parameter()
        self.addParameter(
            QgsProcessingParameterString(self.PERIMETER, self.tr("Renewal perimeter code"))
        )
        self.addParameter(QgsProcessingParameterString(self.COMMUNE, self.tr("INSEE code")))
        self.addParameter(QgsProcessingParameterString(self.CATEGORY, self.tr("Category code")))

    def process(self, parameters, context, feedback):
        db = self.database(parameters, context)
        code, insee, category = (
            self.parameterAsString(parameters, key, context).strip()
            for key in (self.PERIMETER, self.COMMUNE, self.CATEGORY)
        )
        renewal_uc.set_experiment_from_renewal(db, code, insee, category)
        feedback.pushInfo(
            self.tr("Experiment perimeter of {} / {} taken from {}.").format(insee, category, code)
        )
        return {}

"""The scheduled triage operations (issue 12): the delivery settings, the weekly digest of each
service, the reporters' feedback (Open311) and the reminders table. They run headless under
qgis_process, so cron can schedule them (README, "Digest and feedback")."""

import datetime as dt
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QVariant

from ...connectors.smtp_sender import SECURITIES, SmtpSettings
from ...toolbelt.auth import api_key_for
from ...toolbelt.delivery_text import delivery_summary, digest_texts, problem_text, smtp_settings
from ...usecases import delivery, triage_ops
from ...usecases.delivery import DeliveryProblem, PushTarget
from ..base import BaseAlgorithm


def _text(value: str):
    """A string parameter, None when empty."""
    return (value or "").strip() or None


class _TriageAlgorithm(BaseAlgorithm):
    GROUP_ID = "triage"

    def date_parameter(self, parameters, name, context):
        chosen = self.parameterAsDateTime(parameters, name, context)
        return chosen.date().toPyDate() if chosen.isValid() else None


class SetDeliverySettings(_TriageAlgorithm):
    SMTP_HOST = "SMTP_HOST"
    SMTP_PORT = "SMTP_PORT"
    SMTP_SECURITY = "SMTP_SECURITY"
    SMTP_SENDER = "SMTP_SENDER"
    SMTP_TIMEOUT = "SMTP_TIMEOUT"
    SMTP_AUTHCFG = "SMTP_AUTHCFG"
    OPEN311_ENDPOINT = "OPEN311_ENDPOINT"
    OPEN311_JURISDICTION = "OPEN311_JURISDICTION"
    OPEN311_AUTHCFG = "OPEN311_AUTHCFG"

    def name(self):
        return "set_delivery_settings"

    def displayName(self):  # noqa: N802
        return self.tr("Set the digest and feedback delivery settings")

    def help_text(self) -> str:
        return self.tr(
            "Administrator: stores in the database the SMTP server the weekly digests are sent "
            "through (no server: the digests are only written to files) and the Open311 "
            "endpoint the reporters' feedback is pushed to. Passwords and API keys are never "
            "stored: give the id of a Basic configuration of QGIS's authentication manager "
            "(user name and password for SMTP, the API key as password for Open311). Every "
            "setting is replaced by the values given."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_connection_parameter()
        self.addParameter(
            QgsProcessingParameterString(
                self.SMTP_HOST, self.tr("SMTP server (empty: files only)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.SMTP_PORT,
                self.tr("SMTP port (empty: 25, 587 or 465 after the security)"),
                QgsProcessingParameterNumber.Integer,
                optional=True,
                minValue=1,
                maxValue=65535,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.SMTP_SECURITY,
                self.tr("SMTP security"),
                list(SECURITIES),
                defaultValue=SECURITIES.index("starttls"),
            )
        )
        self.addParameter(
            QgsProcessingParameterString(self.SMTP_SENDER, self.tr("Sender address"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.SMTP_TIMEOUT,
                self.tr("SMTP timeout (seconds)"),
                QgsProcessingParameterNumber.Double,
                defaultValue=30.0,
                minValue=0.1,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.SMTP_AUTHCFG,
                self.tr("Authentication configuration of the SMTP login (id)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.OPEN311_ENDPOINT,
                self.tr("Open311 feedback endpoint (URL, empty: files only)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.OPEN311_JURISDICTION, self.tr("Open311 jurisdiction_id"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.OPEN311_AUTHCFG,
                self.tr("Authentication configuration of the API key (id)"),
                optional=True,
            )
        )

    def process(self, parameters, context, feedback):
        def text(name):
            return _text(self.parameterAsString(parameters, name, context))

        port = parameters.get(self.SMTP_PORT)
        settings = triage_ops.DeliverySettings(
            smtp_host=text(self.SMTP_HOST),
            smtp_port=(
                self.parameterAsInt(parameters, self.SMTP_PORT, context)
                if port not in (None, "")
                else None
            ),
            smtp_security=SECURITIES[self.parameterAsEnum(parameters, self.SMTP_SECURITY, context)],
            smtp_sender=text(self.SMTP_SENDER),
            smtp_timeout=self.parameterAsDouble(parameters, self.SMTP_TIMEOUT, context),
            smtp_authcfg=text(self.SMTP_AUTHCFG),
            open311_endpoint=text(self.OPEN311_ENDPOINT),
            open311_jurisdiction=text(self.OPEN311_JURISDICTION),
            open311_authcfg=text(self.OPEN311_AUTHCFG),
        )
        if settings.smtp_host:
            problems = SmtpSettings(
                settings.smtp_host,
                settings.smtp_sender or "",
                settings.smtp_port,
                settings.smtp_security,
                settings.smtp_timeout,
            ).problems()
            if problems:
                raise QgsProcessingException(
                    " ".join(problem_text(DeliveryProblem(p.code, p.params)) for p in problems)
                )
        endpoint = settings.open311_endpoint
        if endpoint and not endpoint.startswith(("http://", "https://")):
            raise QgsProcessingException(
                self.tr("The Open311 endpoint must be an http:// or https:// URL: '{}'.").format(
                    endpoint
                )
            )
        triage_ops.save_delivery_settings(self.database(parameters, context), settings)
        feedback.pushInfo(
            self.tr("Delivery settings saved: SMTP {}, Open311 endpoint {}.").format(
                settings.smtp_host or self.tr("none (files only)"),
                endpoint or self.tr("none (files only)"),
            )
        )
        return {}


class SendWeeklyDigest(_TriageAlgorithm):
    START_DATE = "START_DATE"
    END_DATE = "END_DATE"
    SERVICES = "SERVICES"
    SEND = "SEND"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    DIGESTS = "DIGESTS"
    SENT = "SENT"
    NOT_SENT = "NOT_SENT"

    def name(self):
        return "send_weekly_digest"

    def displayName(self):  # noqa: N802
        return self.tr("Send the weekly digest of each service")

    def help_text(self) -> str:
        return self.tr(
            "For each service (default: every active service), writes its digest of the "
            "period (new reports, follow-ups, closures, overdue and unanswered ones) as HTML and "
            "CSV to the output folder, then e-mails it to the service's addresses through the "
            "SMTP server of the delivery settings (the login from QGIS's authentication "
            "manager). Default period: the last complete week, Monday to Sunday (Paris time). "
            "A digest that cannot be sent keeps its files and is reported in the log; the "
            "other services are still sent. Schedule it with cron and qgis_process (README)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_connection_parameter()
        self.addParameter(
            QgsProcessingParameterDateTime(
                self.START_DATE,
                self.tr("First day (default: Monday of the last complete week)"),
                QgsProcessingParameterDateTime.Date,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterDateTime(
                self.END_DATE,
                self.tr("Last day (default: six days after the first)"),
                QgsProcessingParameterDateTime.Date,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.SERVICES,
                self.tr("Service ids, comma separated (default: every active service)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.SEND,
                self.tr("Send by e-mail when an SMTP server is configured"),
                defaultValue=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER, self.tr("Digest folder"))
        )
        self.addOutput(QgsProcessingOutputNumber(self.DIGESTS, self.tr("Digests written")))
        self.addOutput(QgsProcessingOutputNumber(self.SENT, self.tr("Digests sent")))
        self.addOutput(QgsProcessingOutputNumber(self.NOT_SENT, self.tr("Digests not sent")))

    def period(self, parameters, context):
        start = self.date_parameter(parameters, self.START_DATE, context)
        end = self.date_parameter(parameters, self.END_DATE, context)
        if start is None:
            if end is not None:
                start = end - dt.timedelta(days=6)
            else:
                start, end = triage_ops.last_complete_week(triage_ops.paris_today())
        end = end or start + dt.timedelta(days=6)
        if end < start:
            raise QgsProcessingException(
                self.tr("The last day {} is before the first day {}.").format(end, start)
            )
        return start, end

    def service_ids(self, parameters, context):
        text = self.parameterAsString(parameters, self.SERVICES, context) or ""
        parts = [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]
        if not parts:
            return None
        try:
            return [int(part) for part in parts]
        except ValueError:
            raise QgsProcessingException(
                self.tr("Service ids must be whole numbers separated by commas: '{}'.").format(text)
            ) from None

    def process(self, parameters, context, feedback):
        start, end = self.period(parameters, context)
        ids = self.service_ids(parameters, context)
        folder = Path(self.parameterAsString(parameters, self.OUTPUT_FOLDER, context))
        db = self.database(parameters, context)
        try:
            services = triage_ops.digest_services(db, ids)
        except triage_ops.UnknownServices as exc:
            raise QgsProcessingException(
                self.tr("Unknown service id(s): {}.").format(", ".join(map(str, exc.ids)))
            ) from exc
        settings = triage_ops.delivery_settings(db)
        smtp = None
        if self.parameterAsBool(parameters, self.SEND, context) and settings.smtp_host:
            smtp = smtp_settings(
                settings.smtp_host,
                settings.smtp_sender or "",
                settings.smtp_port,
                settings.smtp_security,
                settings.smtp_timeout,
                settings.smtp_authcfg,
            )
        elif not settings.smtp_host:
            feedback.pushInfo(
                self.tr(
                    "No SMTP server in the delivery settings: the digests are "
                    "only written to files."
                )
            )
        feedback.pushInfo(
            self.tr("Digests of {} service(s), {} to {}.").format(
                len(services), start.isoformat(), end.isoformat()
            )
        )
        results = triage_ops.send_weekly_digests(
            db, services, start, end, folder, digest_texts(), smtp
        )
        for result in results:
            if result.problem is not None and result.status != delivery.PARTLY_SENT:
                feedback.reportError(delivery_summary(result))
            else:
                feedback.pushInfo(delivery_summary(result))
        sent = sum(r.status in (delivery.SENT, delivery.PARTLY_SENT) for r in results)
        not_sent = sum(r.status == delivery.NOT_SENT for r in results)
        written = sum(r.csv_path is not None for r in results)
        return {
            self.OUTPUT_FOLDER: str(folder),
            self.DIGESTS: written,
            self.SENT: sent,
            self.NOT_SENT: not_sent,
        }


class ExportOpen311Requests(_TriageAlgorithm):
    SOURCE = "SOURCE"
    PUSH = "PUSH"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    REQUESTS = "REQUESTS"
    PUSHED = "PUSHED"

    def name(self):
        return "export_open311_requests"

    def displayName(self):  # noqa: N802
        return self.tr("Export the reports' status for reporters (Open311)")

    def help_text(self) -> str:
        return self.tr(
            "Writes requests.json and requests.xml (Open311 GeoReport v2) with the status of "
            "the reports of a source (default: every source): open or closed, the latest "
            "public follow-up as status_notes, the responsible service, the expected and "
            "updated dates. Internal follow-ups and reporters' personal data never appear. "
            "Optionally pushes the JSON to the endpoint of the delivery settings; a failed push "
            "keeps the files and is reported."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_connection_parameter()
        self.addParameter(
            QgsProcessingParameterString(
                self.SOURCE, self.tr("Source (default: every source)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.PUSH,
                self.tr("Push to the Open311 endpoint of the delivery settings"),
                defaultValue=False,
            )
        )
        self.addParameter(
            QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER, self.tr("Feedback folder"))
        )
        self.addOutput(QgsProcessingOutputNumber(self.REQUESTS, self.tr("Requests written")))
        self.addOutput(QgsProcessingOutputNumber(self.PUSHED, self.tr("Pushed (1) or not (0)")))

    def process(self, parameters, context, feedback):
        source = _text(self.parameterAsString(parameters, self.SOURCE, context))
        folder = Path(self.parameterAsString(parameters, self.OUTPUT_FOLDER, context))
        db = self.database(parameters, context)
        push = None
        if self.parameterAsBool(parameters, self.PUSH, context):
            settings = triage_ops.delivery_settings(db)
            if not settings.open311_endpoint:
                raise QgsProcessingException(
                    self.tr(
                        "No Open311 endpoint in the delivery settings: set one with 'Set the "
                        "digest and feedback delivery settings', or do not push."
                    )
                )
            push = PushTarget(
                settings.open311_endpoint,
                api_key_for(settings.open311_authcfg),
                settings.open311_jurisdiction,
            )
        result = triage_ops.export_feedback(db, folder, source, push)
        feedback.pushInfo(
            self.tr("{} request(s) written to {} and {}.").format(
                result.count, result.json_path, result.xml_path
            )
        )
        if result.problem is not None:
            feedback.reportError(
                self.tr("Not pushed: {} Files kept.").format(problem_text(result.problem))
            )
        elif result.pushed:
            feedback.pushInfo(self.tr("Pushed to {}.").format(push.endpoint))
        return {
            self.OUTPUT_FOLDER: str(folder),
            self.REQUESTS: result.count,
            self.PUSHED: int(result.pushed),
        }


class ListReminders(_TriageAlgorithm):
    DATE = "DATE"
    OUTPUT = "OUTPUT"
    REMINDERS = "REMINDERS"

    def name(self):
        return "list_reminders"

    def displayName(self):  # noqa: N802
        return self.tr("List the reminders")

    def help_text(self) -> str:
        return self.tr(
            "A table of the reminders on a day (default: today, Paris time), one row each: the "
            "report, the service, the kind (unanswered: a service that has neither accepted "
            "nor refused after 3 working days; without_follow_up: an open report without "
            "follow-up for 20 days; overdue: an open report past its expected date) and since "
            "when (the assignment, the latest follow-up or arrival, the expected date). The "
            "delays are those of the triage settings."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_connection_parameter()
        self.addParameter(
            QgsProcessingParameterDateTime(
                self.DATE,
                self.tr("Day (default: today)"),
                QgsProcessingParameterDateTime.Date,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Reminders"), QgsProcessing.TypeVector
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.REMINDERS, self.tr("Reminders")))

    def process(self, parameters, context, feedback):
        day = self.date_parameter(parameters, self.DATE, context) or triage_ops.paris_today()
        rows = triage_ops.reminder_rows(self.database(parameters, context), day)
        fields = QgsFields()
        for name, kind in (
            ("report_id", QVariant.LongLong),
            ("service_id", QVariant.Int),
            ("kind", QVariant.String),
            ("since", QVariant.Date),
        ):
            fields.append(QgsField(name, kind))
        sink, dest_id = self.parameterAsSink(
            parameters,
            self.OUTPUT,
            context,
            fields,
            QgsWkbTypes.NoGeometry,
            QgsCoordinateReferenceSystem(),
        )
        for row in rows:
            feature = QgsFeature(fields)
            feature.setAttributes(
                [row.report_id, row.service_id, row.kind, QDate(row.since) if row.since else None]
            )
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        feedback.pushInfo(self.tr("{} reminder(s) on {}.").format(len(rows), day.isoformat()))
        return {self.OUTPUT: dest_id, self.REMINDERS: len(rows)}

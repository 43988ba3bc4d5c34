"""Delivery of the digests and of the reporters' feedback, as users read it (translated): the
problem codes of usecases/delivery.py and connectors/smtp_sender.py as sentences, the words of
the digest, and the SMTP settings with their login read from QGIS's authentication manager."""

from typing import Optional

from qgis.PyQt.QtCore import QCoreApplication

from ..connectors import smtp_sender as smtp
from ..connectors.smtp_sender import SmtpSettings
from ..usecases import delivery
from ..usecases.delivery import DeliveryProblem, DigestDelivery, DigestTexts
from .auth import credentials_for

_translate = QCoreApplication.translate


def smtp_settings(
    host: str,
    sender: str,
    port: Optional[int] = None,
    security: str = smtp.SECURITY_STARTTLS,
    timeout: float = 30.0,
    authcfg: Optional[str] = None,
    cafile: Optional[str] = None,
) -> SmtpSettings:
    """The SMTP settings, the login taken from the Basic configuration ``authcfg`` (none
    without it); a GupError when that configuration is missing or locked."""
    credentials = credentials_for(authcfg)
    user, password = credentials if credentials else (None, None)
    return SmtpSettings(
        host=host,
        sender=sender,
        port=port,
        security=security,
        timeout=timeout,
        user=user,
        password=password,
        cafile=cafile,
    )


def digest_texts() -> DigestTexts:
    """The digest's words in the user's language (core/digest.py codes)."""
    labels = {
        "new": _translate("DeliveryText", "New reports"),
        "follow_ups": _translate("DeliveryText", "Follow-ups"),
        "closures": _translate("DeliveryText", "Closures"),
        "overdue": _translate("DeliveryText", "Overdue"),
        "unanswered": _translate("DeliveryText", "Unanswered for 3 working days"),
        "without_follow_up": _translate("DeliveryText", "Without follow-up for 20 days"),
        "section": _translate("DeliveryText", "Section"),
        "report_id": _translate("DeliveryText", "Report"),
        "category": _translate("DeliveryText", "Category"),
        "insee_code": _translate("DeliveryText", "Commune"),
        "day": _translate("DeliveryText", "Date"),
        "detail": _translate("DeliveryText", "Detail"),
        "in_progress": _translate("DeliveryText", "In progress"),
        "to_triage": _translate("DeliveryText", "To triage"),
        "closed": _translate("DeliveryText", "Closed"),
        "duplicate": _translate("DeliveryText", "Duplicate"),
        "public": _translate("DeliveryText", "Public"),
        "internal": _translate("DeliveryText", "Internal"),
        "nothing": _translate("DeliveryText", "Nothing"),
    }
    return DigestTexts(
        labels,
        _translate(
            "DeliveryText", "Weekly digest of {service}, {start:%d/%m/%Y} to {end:%d/%m/%Y}"
        ),
    )


def _field_label(name: str) -> str:
    labels = {
        "host": _translate("DeliveryText", "server"),
        "port": _translate("DeliveryText", "port"),
        "security": _translate("DeliveryText", "security"),
        "sender": _translate("DeliveryText", "sender"),
        "timeout": _translate("DeliveryText", "timeout"),
        "cafile": _translate("DeliveryText", "certificate file"),
    }
    return labels.get(name, name)


def _visible(text) -> str:
    """A value shown as typed, line breaks included (an address may hide one)."""
    return str(text).replace("\r", "\\r").replace("\n", "\\n")


def _refused(recipients) -> str:
    return ", ".join("{} ({})".format(address, answer) for address, answer in recipients.items())


def _templates():
    """code -> sentence with the problem's parameters as {names}."""
    return {
        smtp.SETTINGS_INVALID: _translate(
            "DeliveryText", "Invalid SMTP setting: {field} = '{value}'."
        ),
        smtp.RECIPIENT_INVALID: _translate(
            "DeliveryText", "Invalid recipient address: '{address}'."
        ),
        smtp.CONNECTION_REFUSED: _translate(
            "DeliveryText",
            "The SMTP server {host}:{port} refused the connection (server, port or firewall?).",
        ),
        smtp.CONNECTION_FAILED: _translate(
            "DeliveryText", "Cannot connect to the SMTP server {host}:{port}: {detail}."
        ),
        smtp.TIMEOUT: _translate(
            "DeliveryText", "The SMTP server {host}:{port} did not answer within {seconds} s."
        ),
        smtp.TLS_FAILED: _translate(
            "DeliveryText",
            "The encrypted connection (TLS) with {host}:{port} failed: "
            "{detail} (unknown certificate, or wrong security mode?).",
        ),
        smtp.STARTTLS_UNSUPPORTED: _translate(
            "DeliveryText",
            "The SMTP server {host}:{port} does not offer STARTTLS: choose SSL or no encryption.",
        ),
        smtp.AUTH_UNSUPPORTED: _translate(
            "DeliveryText",
            "The SMTP server {host}:{port} does not offer a login: remove the "
            "authentication configuration, or use STARTTLS.",
        ),
        smtp.AUTH_FAILED: _translate(
            "DeliveryText",
            "The SMTP server {host} refused the user name '{user}' or its password ({detail}).",
        ),
        smtp.SENDER_REFUSED: _translate(
            "DeliveryText", "The SMTP server refused the sender {sender} ({detail})."
        ),
        smtp.SERVER_ERROR: _translate(
            "DeliveryText", "The SMTP server {host}:{port} answered an error: {detail}."
        ),
        delivery.NO_RECIPIENT: _translate(
            "DeliveryText", "The service {service} has no e-mail address."
        ),
        delivery.FILE_NOT_WRITTEN: _translate("DeliveryText", "Cannot write {path}: {detail}."),
        delivery.PUSH_REFUSED: _translate(
            "DeliveryText",
            "The server {endpoint} refused the reports' status (HTTP {status}): {message}",
        ),
        delivery.PUSH_FAILED: _translate(
            "DeliveryText", "The reports' status could not be sent to {endpoint}: {detail}"
        ),
    }


def problem_text(problem: DeliveryProblem) -> str:
    """One sentence saying what went wrong and what to check."""
    code, params = problem
    if code == smtp.RECIPIENT_REFUSED:
        template = (
            _translate("DeliveryText", "Sent, but refused for: {}.")
            if params["sent"]
            else _translate("DeliveryText", "Refused for every recipient: {}.")
        )
        return template.format(_refused(params["recipients"]))
    template = _templates().get(code)
    if template is None:
        return "{} {}".format(code, params)
    shown = {name: _visible(value) for name, value in params.items()}
    if code == smtp.SETTINGS_INVALID:
        shown["field"] = _field_label(params["field"])
    if code == delivery.PUSH_REFUSED and not params.get("message"):
        shown["message"] = _translate("DeliveryText", "no message")
    return template.format(**shown)


def delivery_summary(result: DigestDelivery) -> str:
    """'Service: sent to …' or 'Service: NOT sent. Why. Files kept: …' (one line)."""
    if result.status == delivery.SENT:
        return _translate("DeliveryText", "{}: digest sent to {}.").format(
            result.service_name, ", ".join(result.recipients)
        )
    if result.status == delivery.WRITTEN:
        return _translate(
            "DeliveryText", "{}: digest written to {} (no SMTP server configured)."
        ).format(result.service_name, result.html_path)
    if result.status == delivery.PARTLY_SENT:
        return "{}: {}".format(result.service_name, problem_text(result.problem))
    kept = (
        _translate("DeliveryText", "Files kept: {}, {}.").format(result.html_path, result.csv_path)
        if result.csv_path
        else _translate("DeliveryText", "Files not written.")
    )
    return _translate("DeliveryText", "{}: digest NOT sent. {} {}").format(
        result.service_name, problem_text(result.problem), kept
    )

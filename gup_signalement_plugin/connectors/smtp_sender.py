"""Sending e-mail with smtplib (no QGIS): plain text + HTML alternative + attachments.

The connection (``none``, ``STARTTLS`` or implicit ``SSL``), the login and every message can
fail; each failure is an ``SmtpFailure`` with a code and parameters (never a traceback), which
the use case reports and the QGIS side turns into a translated sentence. Credentials are given
in plain (user, password): the plugin never stores them, the QGIS side reads them from the
authentication manager. The password is never logged nor put in an error."""

import base64
import logging
import os
import smtplib
import socket
import ssl
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Dict, Optional, Sequence, Tuple

LOGGER = logging.getLogger(__name__)

SECURITY_NONE, SECURITY_STARTTLS, SECURITY_SSL = "none", "starttls", "ssl"
SECURITIES = (SECURITY_NONE, SECURITY_STARTTLS, SECURITY_SSL)
DEFAULT_PORTS = {SECURITY_NONE: 25, SECURITY_STARTTLS: 587, SECURITY_SSL: 465}

# failure codes (parameters in brackets)
SETTINGS_INVALID = "smtp_settings_invalid"  # (field, value)
RECIPIENT_INVALID = "recipient_invalid"  # (address)
CONNECTION_REFUSED = "smtp_connection_refused"  # (host, port)
CONNECTION_FAILED = "smtp_connection_failed"  # (host, port, detail): DNS, unreachable...
TIMEOUT = "smtp_timeout"  # (host, port, seconds)
TLS_FAILED = "smtp_tls_failed"  # (host, port, detail)
STARTTLS_UNSUPPORTED = "smtp_starttls_unsupported"  # (host, port)
AUTH_UNSUPPORTED = "smtp_auth_unsupported"  # (host, port)
AUTH_FAILED = "smtp_auth_failed"  # (host, user, detail)
SENDER_REFUSED = "smtp_sender_refused"  # (sender, detail)
RECIPIENT_REFUSED = "smtp_recipient_refused"  # (recipients: {address: "code message"}, sent)
SERVER_ERROR = "smtp_server_error"  # (host, port, detail)
# failures of the connection itself: no message can be sent on this server now
CONNECTION_CODES = frozenset(
    (
        CONNECTION_REFUSED,
        CONNECTION_FAILED,
        TLS_FAILED,
        STARTTLS_UNSUPPORTED,
        AUTH_UNSUPPORTED,
        AUTH_FAILED,
    )
)


class SmtpFailure(Exception):
    """A failure to send, as a code and its parameters (see the codes above)."""

    def __init__(self, code: str, **params):
        self.code = code
        self.params = params
        super().__init__("{} {}".format(code, params))


@dataclass(frozen=True)
class SmtpSettings:
    """An SMTP server. ``port`` None: the usual port of ``security``; ``timeout`` in seconds
    for the connection and each answer; ``cafile``: a certificate (PEM) to trust besides the
    system's, for a server with its own certificate authority."""

    host: str
    sender: str
    port: Optional[int] = None
    security: str = SECURITY_STARTTLS
    timeout: float = 30.0
    user: Optional[str] = None
    password: Optional[str] = field(default=None, repr=False)
    cafile: Optional[str] = None

    @property
    def effective_port(self) -> int:
        return self.port or DEFAULT_PORTS.get(self.security, 25)

    def problems(self) -> Tuple[SmtpFailure, ...]:
        """What makes these settings unusable (empty when they are fine)."""
        found = []
        if not (self.host or "").strip():
            found.append(SmtpFailure(SETTINGS_INVALID, field="host", value=self.host))
        if self.port is not None and not 1 <= self.port <= 65535:
            found.append(SmtpFailure(SETTINGS_INVALID, field="port", value=self.port))
        if self.security not in SECURITIES:
            found.append(SmtpFailure(SETTINGS_INVALID, field="security", value=self.security))
        if not self.timeout or self.timeout <= 0:
            found.append(SmtpFailure(SETTINGS_INVALID, field="timeout", value=self.timeout))
        if not valid_address(self.sender):
            found.append(SmtpFailure(SETTINGS_INVALID, field="sender", value=self.sender))
        if self.cafile and not os.path.isfile(self.cafile):
            found.append(SmtpFailure(SETTINGS_INVALID, field="cafile", value=self.cafile))
        return tuple(found)


@dataclass(frozen=True)
class Attachment:
    filename: str
    content: bytes
    mime_type: str = "text/csv"


def valid_address(address: Optional[str]) -> bool:
    """A bare address: one '@' with text on both sides, no space, no line break, no brackets
    (a CR/LF in a header would let a value inject headers)."""
    if not address or any(c.isspace() or c in "<>,;\"" for c in address):
        return False
    local, at, domain = address.rpartition("@")
    return bool(at and local and domain and "@" not in domain and "." in domain.strip("."))


def build_message(
    sender: str,
    recipients: Sequence[str],
    subject: str,
    text: str,
    html: Optional[str] = None,
    attachments: Sequence[Attachment] = (),
) -> EmailMessage:
    """multipart/mixed (multipart/alternative text + HTML, then the attachments), UTF-8."""
    message = EmailMessage()
    message["Subject"] = subject.replace("\r", " ").replace("\n", " ")
    message["From"] = sender
    message["To"] = ", ".join(recipients)
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    message.set_content(text, charset="utf-8")
    if html is not None:
        message.add_alternative(html, subtype="html", charset="utf-8")
    for attachment in attachments:
        maintype, _, subtype = attachment.mime_type.partition("/")
        message.add_attachment(
            attachment.content,
            maintype=maintype,
            subtype=subtype,
            filename=attachment.filename,
            params={"charset": "utf-8"} if maintype == "text" else None,
        )
    return message


def _timed_out(exc: BaseException) -> bool:
    """smtplib turns a read timeout into SMTPServerDisconnected: look at the chain."""
    while exc is not None:
        if isinstance(exc, socket.timeout):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """smtplib's login, except for non-ASCII credentials (a French password with an accent),
    which smtplib cannot encode: AUTH PLAIN in UTF-8 (RFC 4616) then."""
    if (user + password).isascii():
        smtp.login(user, password)
        return
    token = base64.b64encode("\0{}\0{}".format(user, password).encode("utf-8")).decode("ascii")
    code, answer = smtp.docmd("AUTH", "PLAIN " + token)
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, answer)


def _text(value) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


class SmtpSender:
    """One session with an SMTP server, for several messages::

        with SmtpSender(settings) as sender:
            refused = sender.send(message)

    Opening raises SmtpFailure for a connection, TLS or login failure; ``send`` raises it when
    the message was not sent, and returns the recipients refused when it was sent to the
    others."""

    def __init__(self, settings: SmtpSettings):
        self.settings = settings
        self._smtp: Optional[smtplib.SMTP] = None

    @property
    def connected(self) -> bool:
        return self._smtp is not None

    def _where(self) -> Dict[str, object]:
        return {"host": self.settings.host, "port": self.settings.effective_port}

    def _context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.settings.cafile)

    def _failure(self, exc: BaseException) -> SmtpFailure:
        """The failure code of an exception raised while talking to the server."""
        if _timed_out(exc):
            return SmtpFailure(TIMEOUT, seconds=self.settings.timeout, **self._where())
        if isinstance(exc, ssl.SSLError):
            return SmtpFailure(
                TLS_FAILED, detail=getattr(exc, "reason", None) or str(exc), **self._where()
            )
        if isinstance(exc, ConnectionRefusedError):
            return SmtpFailure(CONNECTION_REFUSED, **self._where())
        if isinstance(exc, smtplib.SMTPResponseException):
            return SmtpFailure(
                SERVER_ERROR,
                detail="{} {}".format(exc.smtp_code, _text(exc.smtp_error)),
                **self._where(),
            )
        if isinstance(exc, (smtplib.SMTPException, OSError)):
            return SmtpFailure(
                CONNECTION_FAILED, detail=str(exc) or type(exc).__name__, **self._where()
            )
        raise exc

    def open(self) -> None:
        settings = self.settings
        problems = settings.problems()
        if problems:
            raise problems[0]
        try:
            if settings.security == SECURITY_SSL:
                smtp = smtplib.SMTP_SSL(
                    settings.host,
                    settings.effective_port,
                    timeout=settings.timeout,
                    context=self._context(),
                )
            else:
                smtp = smtplib.SMTP(
                    settings.host, settings.effective_port, timeout=settings.timeout
                )
        except Exception as exc:  # noqa: BLE001 - classified, anything else re-raised
            raise self._failure(exc) from None
        try:
            self._greet(smtp)
        except BaseException:
            smtp.close()
            raise
        self._smtp = smtp

    def _greet(self, smtp: smtplib.SMTP) -> None:
        settings = self.settings
        try:
            smtp.ehlo()
            if settings.security == SECURITY_STARTTLS:
                if not smtp.has_extn("starttls"):
                    raise SmtpFailure(STARTTLS_UNSUPPORTED, **self._where())
                smtp.starttls(context=self._context())
                smtp.ehlo()
            if settings.user:
                if not smtp.has_extn("auth"):
                    raise SmtpFailure(AUTH_UNSUPPORTED, **self._where())
                _login(smtp, settings.user, settings.password or "")
        except smtplib.SMTPAuthenticationError as exc:
            raise SmtpFailure(
                AUTH_FAILED,
                host=settings.host,
                user=settings.user,
                detail="{} {}".format(exc.smtp_code, _text(exc.smtp_error)),
            ) from None
        except SmtpFailure:
            raise
        except Exception as exc:  # noqa: BLE001
            raise self._failure(exc) from None

    def close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is None:
            return
        try:
            smtp.quit()
        except (smtplib.SMTPException, OSError):
            smtp.close()

    def __enter__(self) -> "SmtpSender":
        self.open()
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def send(self, message: EmailMessage, recipients: Sequence[str]) -> Dict[str, str]:
        """Sends ``message`` to ``recipients`` (opening the session if needed); returns the
        refused recipients ({address: "code message"}) when the others got it."""
        bad = [address for address in recipients if not valid_address(address)]
        if bad:
            raise SmtpFailure(RECIPIENT_INVALID, address=bad[0])
        if self._smtp is None:
            self.open()
        try:
            refused = self._smtp.send_message(message, self.settings.sender, list(recipients))
        except smtplib.SMTPRecipientsRefused as exc:
            raise SmtpFailure(
                RECIPIENT_REFUSED,
                sent=False,
                recipients={
                    address: "{} {}".format(code, _text(text))
                    for address, (code, text) in exc.recipients.items()
                },
            ) from None
        except smtplib.SMTPSenderRefused as exc:
            raise SmtpFailure(
                SENDER_REFUSED,
                sender=self.settings.sender,
                detail="{} {}".format(exc.smtp_code, _text(exc.smtp_error)),
            ) from None
        except Exception as exc:  # noqa: BLE001
            failure = self._failure(exc)
            if isinstance(exc, (smtplib.SMTPServerDisconnected, OSError)):
                self.close()  # the session is dead: the next message opens a new one
            raise failure from None
        return {
            address: "{} {}".format(code, _text(text)) for address, (code, text) in refused.items()
        }

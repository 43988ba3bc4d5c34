"""A real SMTP server on 127.0.0.1 for tests (aiosmtpd), a silent one, a self-signed certificate.

``SmtpTestServer`` keeps every message it accepted (``messages``: envelope sender, recipients
and the parsed message); it can refuse some recipients, require a login (``users``), offer
STARTTLS (``tls_context``) or speak TLS from the start (``implicit_tls``). ``silent_port``
accepts connections and never answers (a hung server); ``closed_port`` is a port nobody
listens on."""

import contextlib
import datetime as dt
import email
import email.policy
import ipaddress
import socket
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Sequence, Tuple

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult


@dataclass
class Received:
    mail_from: str
    rcpt_tos: List[str]
    message: EmailMessage


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def closed_port() -> int:
    return _free_port()


@contextlib.contextmanager
def silent_port() -> Iterator[int]:
    """A port whose connections are accepted (by the kernel's backlog) but never answered."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        yield listener.getsockname()[1]


def self_signed_certificate(folder: Path) -> Tuple[Path, Path]:
    """(certificate, key) PEM files for 127.0.0.1 and localhost, valid for a day."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "GUP test SMTP")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "smtp_cert.pem", folder / "smtp_key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def server_context(cert_path: Path, key_path: Path) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(cert_path), str(key_path))
    return context


class _Handler:
    def __init__(self, owner: "SmtpTestServer"):
        self.owner = owner

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.owner.refuse:
            return "550 5.1.1 Boîte inconnue: {}".format(address)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(
            envelope.original_content or envelope.content, policy=email.policy.default
        )
        self.owner.messages.append(Received(envelope.mail_from, list(envelope.rcpt_tos), message))
        return "250 Message accepted"


class SmtpTestServer:
    """Use as a context manager; ``port`` is where it listens on 127.0.0.1."""

    def __init__(
        self,
        refuse: Sequence[str] = (),
        users: Optional[Dict[str, str]] = None,
        tls_context: Optional[ssl.SSLContext] = None,
        implicit_tls: bool = False,
    ):
        self.refuse = set(refuse)
        self.users = users
        self.messages: List[Received] = []
        self.logins: List[str] = []
        self.port = _free_port()
        options = dict(hostname="127.0.0.1", port=self.port, ready_timeout=5.0)
        if users is not None:
            options.update(authenticator=self._authenticate, auth_require_tls=False)
        if implicit_tls:
            options.update(ssl_context=tls_context)
        elif tls_context is not None:
            options.update(tls_context=tls_context, require_starttls=True)
        self._controller = Controller(_Handler(self), **options)

    def _authenticate(self, server, session, envelope, mechanism, auth_data):
        login = auth_data.login.decode("utf-8")
        self.logins.append(login)
        ok = self.users.get(login) == auth_data.password.decode("utf-8")
        return AuthResult(success=ok, handled=False)

    def __enter__(self) -> "SmtpTestServer":
        self._controller.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self._controller.stop()

"""The delivery settings of the triage (structure 0.7.0, one row of parametre_diffusion): the
SMTP server of the weekly digests and the Open311 endpoint of the reporters' feedback. Only the
ids of QGIS authentication configurations are stored, never a secret."""

from dataclasses import asdict, dataclass
from typing import Optional

from .database import SCHEMA, Database

S = SCHEMA
COLUMNS = {
    "smtp_host": "smtp_hote",
    "smtp_port": "smtp_port",
    "smtp_security": "smtp_securite",
    "smtp_sender": "smtp_expediteur",
    "smtp_timeout": "smtp_delai_s",
    "smtp_authcfg": "smtp_authcfg",
    "open311_endpoint": "open311_endpoint",
    "open311_jurisdiction": "open311_juridiction",
    "open311_authcfg": "open311_authcfg",
}


@dataclass(frozen=True)
class DeliverySettings:
    """``smtp_host`` None: digests are written to files only; ``open311_endpoint`` None: the
    feedback is not pushed. ``*_authcfg``: ids of QGIS authentication configurations."""

    smtp_host: Optional[str] = None
    smtp_port: Optional[int] = None
    smtp_security: str = "starttls"
    smtp_sender: Optional[str] = None
    smtp_timeout: float = 30.0
    smtp_authcfg: Optional[str] = None
    open311_endpoint: Optional[str] = None
    open311_jurisdiction: Optional[str] = None
    open311_authcfg: Optional[str] = None


def delivery_settings(db: Database) -> DeliverySettings:
    row = db.query(
        "SELECT {} FROM {}.parametre_diffusion".format(
            ", ".join("{} AS {}".format(c, k) for k, c in COLUMNS.items()), S
        )
    )[0]
    return DeliverySettings(**row)


def save_delivery_settings(db: Database, settings: DeliverySettings) -> None:
    """Replaces the settings in one transaction (the CHECK constraints refuse bad values)."""
    values = asdict(settings)
    with db.transaction() as cur:
        cur.execute(
            "UPDATE {}.parametre_diffusion SET {}".format(
                S, ", ".join("{} = %({})s".format(c, k) for k, c in COLUMNS.items())
            ),
            values,
        )

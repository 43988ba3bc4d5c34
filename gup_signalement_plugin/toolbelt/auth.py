"""Secrets kept in QGIS's authentication manager (the plugin stores only the config's id)."""

from typing import Optional, Tuple

from qgis.core import QgsApplication, QgsAuthMethodConfig
from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import GupError

KEY_FIELDS = ("apikey", "token", "password")  # a Basic config keeps the key as its password


def load_auth_config(authcfg: str) -> QgsAuthMethodConfig:
    """The decrypted configuration ``authcfg``; a GupError when it is unknown or locked."""
    manager = QgsApplication.authManager()
    if authcfg not in manager.configIds():
        raise GupError(
            QCoreApplication.translate(
                "Auth",
                "There is no authentication configuration '{}' in this QGIS profile "
                "(Settings > Options > Authentication).",
            ).format(authcfg)
        )
    config = QgsAuthMethodConfig()
    # a locked database may "load" an empty configuration (qgis_process without
    # QGIS_AUTH_PASSWORD_FILE): only a configuration with its name and method was read
    if not manager.loadAuthenticationConfig(authcfg, config, True) or not config.isValid(True):
        raise GupError(
            QCoreApplication.translate(
                "Auth",
                "The authentication configuration '{}' cannot be read (is the QGIS master "
                "password unlocked?)",
            ).format(authcfg)
        )
    return config


def api_key_for(authcfg: Optional[str]) -> Optional[str]:
    """The API key held by the configuration ``authcfg`` (None when no configuration is set)."""
    if not authcfg:
        return None
    config = load_auth_config(authcfg)
    for name in KEY_FIELDS:
        if config.config(name):
            return config.config(name)
    raise GupError(
        QCoreApplication.translate(
            "Auth",
            "The authentication configuration '{}' ({}) holds no API key: use a Basic "
            "configuration with the key as password.",
        ).format(authcfg, config.name())
    )


def credentials_for(authcfg: Optional[str]) -> Optional[Tuple[str, str]]:
    """(user name, password) of the Basic configuration ``authcfg`` (None when no
    configuration is set), e.g. an SMTP login; the plugin passes them on, never stores them."""
    if not authcfg:
        return None
    config = load_auth_config(authcfg)
    user, password = config.config("username"), config.config("password")
    if not user or not password:
        raise GupError(
            QCoreApplication.translate(
                "Auth",
                "The authentication configuration '{}' ({}) holds no user name and "
                "password: use a Basic configuration.",
            ).format(authcfg, config.name())
        )
    return user, password

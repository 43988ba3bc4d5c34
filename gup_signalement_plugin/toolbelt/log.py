"""The plugin's one logger, wired to QGIS (docs/DEVELOPER_GUIDE.md, "Logging").

Every module logs with the standard library, ``logging.getLogger(__name__)``, so the core and
the use cases stay free of QGIS; their loggers are children of ``LOGGER_NAME``, the package.
``setup_logging``, called when QGIS loads the plugin (desktop and qgis_process alike), sends
those records to QGIS's message log under the plugin's tag and, under qgis_process (a cron job,
where nobody reads the message log), to stderr as well."""

import logging
import sys

from qgis.core import Qgis, QgsApplication, QgsMessageLog

from ..__about__ import PLUGIN_SLUG, __title__

LOGGER_NAME = PLUGIN_SLUG
MESSAGE_TAG = __title__
MESSAGE_LOG_HANDLER = "gup_message_log"  # handler names: set up once, even after a reload
STDERR_HANDLER = "gup_stderr"


def message_level(levelno: int) -> Qgis.MessageLevel:
    if levelno >= logging.ERROR:
        return Qgis.Critical
    if levelno >= logging.WARNING:
        return Qgis.Warning
    return Qgis.Info


class MessageLogHandler(logging.Handler):
    """Writes records to QGIS's message log (thread-safe: QgsTask workers log too)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            QgsMessageLog.logMessage(
                self.format(record), MESSAGE_TAG, message_level(record.levelno), notifyUser=False
            )
        except Exception:  # noqa: BLE001 - logging must never break the caller
            self.handleError(record)


def under_qgis_process() -> bool:
    return QgsApplication.platform() == "qgis_process"


def _add_once(logger: logging.Logger, name: str, handler: logging.Handler, fmt: str) -> None:
    if any(existing.get_name() == name for existing in logger.handlers):
        return
    handler.set_name(name)
    handler.setFormatter(logging.Formatter(fmt))
    logger.addHandler(handler)


def setup_logging() -> logging.Logger:
    """The plugin's logger, with its handlers added once (INFO and above)."""
    logger = logging.getLogger(LOGGER_NAME)
    logger.setLevel(logging.INFO)
    _add_once(logger, MESSAGE_LOG_HANDLER, MessageLogHandler(), "%(name)s: %(message)s")
    if under_qgis_process():
        _add_once(
            logger,
            STDERR_HANDLER,
            logging.StreamHandler(sys.stderr),
            "%(asctime)s %(levelname)s %(name)s: %(message)s",
        )
    return logger

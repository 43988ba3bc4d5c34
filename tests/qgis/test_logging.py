"""The plugin's logger inside QGIS: its records reach the message log under the plugin's tag
(docs/DEVELOPER_GUIDE.md, "Logging")."""

import logging

import pytest


@pytest.fixture
def message_log(qgis_app):
    """(message, level) of every message the log receives under the plugin's tag."""
    from qgis.core import QgsApplication

    from gup_signalement_plugin.toolbelt.log import MESSAGE_TAG

    received = []

    def keep(message, tag, level):
        if tag == MESSAGE_TAG:
            received.append((message, level))

    QgsApplication.messageLog().messageReceived.connect(keep)
    yield received
    QgsApplication.messageLog().messageReceived.disconnect(keep)


def test_loading_the_plugin_sends_every_module_record_to_the_message_log(message_log):
    from qgis.core import Qgis

    import gup_signalement_plugin

    for _twice in range(2):  # loaded again (plugin reloader): still one handler
        gup_signalement_plugin.classFactory(None).unload()
    logging.getLogger("gup_signalement_plugin.usecases.ingest").info("Run %s done", 3)
    logging.getLogger("gup_signalement_plugin.connectors.open311_client").warning("retry 1")
    try:
        raise ValueError("lost")
    except ValueError:
        logging.getLogger("gup_signalement_plugin.gui.sources_dialog").error(
            "failed", exc_info=True
        )
    logging.getLogger("gup_signalement_plugin.usecases.ingest").debug("not shown")
    assert message_log[:2] == [
        ("gup_signalement_plugin.usecases.ingest: Run 3 done", Qgis.Info),
        ("gup_signalement_plugin.connectors.open311_client: retry 1", Qgis.Warning),
    ]
    ((failed, level),) = message_log[2:]
    assert level == Qgis.Critical and failed.startswith(
        "gup_signalement_plugin.gui.sources_dialog: failed\nTraceback (most recent call last):"
    )
    assert failed.endswith("ValueError: lost")


def test_a_failed_background_sync_is_logged(gup_dsn, message_log):
    from qgis.core import Qgis

    from gup_signalement_plugin.gui.sources_dialog import SyncTask
    from gup_signalement_plugin.toolbelt.log import setup_logging

    setup_logging()
    task = SyncTask(gup_dsn, "pytest", "no_such_source")
    assert task.run() is False and task.error
    assert (
        "gup_signalement_plugin.gui.sources_dialog: Synchronisation task of source "
        "'no_such_source' ended: {}".format(task.error),
        Qgis.Warning,
    ) in message_log

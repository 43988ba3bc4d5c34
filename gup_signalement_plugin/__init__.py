"""GUP Signalement QGIS plugin. Nothing but classFactory here: qgis_process calls it with
iface=None."""


def classFactory(iface):  # noqa: N802 (QGIS API name)
    from .plugin_main import GupSignalementPlugin

    return GupSignalementPlugin(iface)

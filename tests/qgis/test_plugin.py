"""The plugin loads, shows its menu and toolbar, registers its provider and unloads cleanly."""

from qgis.core import QgsApplication

# Every algorithm the provider must offer, no more, no less (the README's table lists them).
EXPECTED_ALGORITHMS = {
    "create_database_structure",
    "upgrade_database_structure",
    "import_communes",
    "import_category_catalogue",
    "export_category_catalogue",
    "import_commune_settings",
    "export_commune_settings",
    "export_open311_services",
    "import_services",
    "export_services",
    "import_perimeters",
    "export_perimeters",
    "reroute_reports",
    "check_coverage",
    "dry_run_perimeters",
    "dry_run_commune_settings",
    "sync_open311_source",
    "import_reports_file",
    "release_quarantine",
    "import_qpv_perimeters",
    "import_renewal_projects",
    "import_relocation_sheet",
    "export_relocation_indicators",
    "set_experiment_from_renewal",
    "export_atlas",
    "hotspots_gistar",
    "emerging_hotspots",
    "report_clusters",
    "report_concentrations",
    "save_point_noir",
    "set_delivery_settings",
    "send_weekly_digest",
    "export_open311_requests",
    "list_reminders",
    "triage_statistics",
    "round_sheet",
    "create_person",
    "revoke_person",
    "list_people",
    "purge_personal_data",
}


def _patch_database_menu(iface, monkeypatch):
    """pytest-qgis 2.1's iface stub has no database-menu methods (DEVELOPER_GUIDE T4): record
    calls."""
    menu = {}
    monkeypatch.setattr(
        iface,
        "addPluginToDatabaseMenu",
        lambda name, action: menu.setdefault(name, []).append(action),
        raising=False,
    )
    monkeypatch.setattr(
        iface,
        "removePluginDatabaseMenu",
        lambda name, action: menu[name].remove(action),
        raising=False,
    )
    return menu


def test_without_gui_only_processing(qgis_app):
    import gup_signalement_plugin

    plugin = gup_signalement_plugin.classFactory(None)
    plugin.initGui()  # must not touch iface
    try:
        provider = QgsApplication.processingRegistry().providerById("gup_signalement")
        assert provider is plugin.provider
        assert sorted(a.name() for a in provider.algorithms()) == sorted(EXPECTED_ALGORITHMS)
    finally:
        plugin.unload()
    assert QgsApplication.processingRegistry().providerById("gup_signalement") is None


def test_init_gui_and_unload(qgis_iface, monkeypatch):
    import gup_signalement_plugin

    menu = _patch_database_menu(qgis_iface, monkeypatch)
    plugin = gup_signalement_plugin.classFactory(qgis_iface)
    plugin.initGui()
    actions = menu["GUP Signalement"]
    assert len(actions) == 32  # 28 + people, audit trail, purge (issue 14) + triage dock
    assert plugin.toolbar.actions()[0] is actions[0]
    assert all(a.text() for a in actions)
    plugin.unload()
    assert menu["GUP Signalement"] == []
    assert plugin.provider is None


def test_phone_report_map_tool_is_set_then_unset_on_unload(qgis_iface, monkeypatch):
    import gup_signalement_plugin
    from gup_signalement_plugin.gui.phone_entry import PhoneReportTool

    menu = _patch_database_menu(qgis_iface, monkeypatch)
    plugin = gup_signalement_plugin.classFactory(qgis_iface)
    plugin.initGui()
    actions = {a.text(): a for a in menu["GUP Signalement"]}
    assert "Incoming report sources and synchronisation…" in actions
    actions["Phone report: click the place on the map…"].trigger()
    canvas = qgis_iface.mapCanvas()
    assert isinstance(canvas.mapTool(), PhoneReportTool) and canvas.mapTool() is plugin.phone_tool
    plugin.unload()
    assert canvas.mapTool() is None and plugin.phone_tool is None


def test_algorithms_have_help_group_and_icon(gup_provider):
    for algorithm in gup_provider.algorithms():
        assert algorithm.shortHelpString(), algorithm.name()
        assert algorithm.group() and algorithm.groupId()
        assert not algorithm.icon().isNull()
        assert algorithm.parameterDefinition("CONNECTION_NAME") is not None

"""The triage dock in a real QGIS on a real PostGIS: it opens on crafted reports, filters with
counts, loads further pages on demand, keeps the list and the map selection in step both ways,
runs every action through its handlers (one transaction each, the version read passed), refuses
a report changed meanwhile with the French "modifié par … rechargez" and writes nothing, and
styles the layer by triage status."""

import datetime as dt

import pytest
from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsProject,
    QgsSettings,
)

from tests.postgis.triage_helpers import add_reports, set_up_services, state, version

S = "gup_signalement"
TODAY = dt.date(2024, 6, 5)  # a Wednesday, two days after the reports (DAY)


@pytest.fixture
def db(gup_db):
    return set_up_services(gup_db)


@pytest.fixture
def dock(db, gup_connection, qgis_iface, messages):
    from gup_signalement_plugin.gui.triage_dock import TriageDock

    widget = TriageDock(qgis_iface.mapCanvas(), today=TODAY)
    widget.messages = messages
    yield widget
    widget.close_database()
    QgsProject.instance().removeAllMapLayers()
    widget.deleteLater()


def history(db, report_id):
    return [
        r["action"]
        for r in db.query(
            "SELECT action FROM {}.historique_signalement "
            "WHERE signalement_id = %s ORDER BY id".format(S),
            (report_id,),
        )
    ]


def combo_texts(combo):
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_dock_opens_on_the_reports_with_counts_per_filter_value(db, dock):
    from gup_signalement_plugin.usecases import triage

    voirie = add_reports(db, 3)
    proprete = add_reports(db, 2, category="proprete")
    for report in proprete:
        triage.accept(db, report, version(db, report), db.ids["A"])
    assert dock.load_connection("gup_test")
    assert dock.service_label.text() == "Triage operator: every service"
    assert dock.model.rowCount() == 5 and dock.model.total == 5
    assert combo_texts(dock.filter_combos["status"]) == [
        "All (5)",
        "New (3)",
        "In progress (2)",
        "To triage (0)",
        "Closed (0)",
        "Duplicate (0)",
    ]
    assert "Vitry-sur-Seine (5)" in combo_texts(dock.filter_combos["commune"])
    assert "A (5)" in combo_texts(dock.filter_combos["service"])
    combo = dock.filter_combos["status"]
    combo.setCurrentIndex(combo.findData("in_progress"))
    dock.apply_filters()
    assert sorted(r["id"] for r in dock.model.rows) == sorted(proprete)
    # the other dimensions count within the chosen status, the status keeps every value
    assert "Vitry-sur-Seine (2)" in combo_texts(dock.filter_combos["commune"])
    assert combo_texts(combo)[1] == "New (3)"
    combo.setCurrentIndex(0)
    dock.apply_filters()
    dock.filter_combos["category"].setCurrentIndex(
        dock.filter_combos["category"].findData("voirie")
    )
    dock.apply_filters()
    assert sorted(r["id"] for r in dock.model.rows) == sorted(voirie)
    dock.filter_combos["category"].setCurrentIndex(0)
    dock.overdue_box.setChecked(True)  # toggling re-filters: due in 5 working days, not late
    assert dock.model.rowCount() == 0 and dock.total_label.text() == "0 reports"


def test_an_agent_opens_on_their_service_and_waiting_for_my_answer(db, dock):
    ids = add_reports(db, 3)
    with db.transaction() as cur:
        cur.execute(
            "INSERT INTO {}.role_service VALUES (current_user, %s)".format(S), (db.ids["A"],)
        )
    from gup_signalement_plugin.usecases import triage

    triage.accept(db, ids[0], version(db, ids[0]), db.ids["A"])
    dock.load_connection("gup_test")
    assert dock.service_label.text() == "My service: A"
    assert dock.filter_combos["service"].currentData() == db.ids["A"]
    dock.waiting_box.setChecked(True)
    assert sorted(r["id"] for r in dock.model.rows) == sorted(ids[1:])


def test_the_list_loads_further_pages_on_demand(db, dock):
    from gup_signalement_plugin.gui.triage_model import PAGE_SIZE

    ids = add_reports(db, 2 * PAGE_SIZE + 1, step=0.5)
    dock.load_connection("gup_test")
    model = dock.model
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE_SIZE and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE_SIZE + 1 and not model.canFetchMore()
    assert [r["id"] for r in model.rows] == sorted(ids, reverse=True)  # same day: id desc


def start_ids_at(db, first):
    """Report ids from ``first`` on: the layer's feature ids (1, 2…) are not the report ids."""
    db.scalar(
        "SELECT setval(pg_get_serial_sequence('{}.signalement', 'id'), %s)".format(S), (first - 1,)
    )


def map_ids(layer):
    return sorted(f["id"] for f in layer.getSelectedFeatures())


def test_list_and_map_selections_follow_each_other(db, dock):
    start_ids_at(db, 1001)
    ids = add_reports(db, 4, step=10)
    dock.load_connection("gup_test")
    layer = dock.add_layer()
    assert layer.featureCount() == 4
    dock.select_ids(ids[:2])
    assert map_ids(layer) == ids[:2]
    layer.selectByExpression('"id" = {}'.format(ids[3]))
    assert dock.selected_ids() == [ids[3]]
    dock.zoom_to_selection()  # the selection stays (the test canvas has no size to zoom)
    assert map_ids(layer) == [ids[3]] and dock.selected_ids() == [ids[3]]
    assert "Report #{}".format(ids[3]) in dock.page.toPlainText()


def test_a_map_selection_beyond_the_first_page_is_loaded_and_selected(db, dock):
    from gup_signalement_plugin.gui.triage_model import PAGE_SIZE

    start_ids_at(db, 501)
    ids = add_reports(db, PAGE_SIZE + 5, step=0.5)
    dock.load_connection("gup_test")
    dock.add_layer().selectByExpression('"id" = {}'.format(ids[0]))  # last in the list
    assert dock.selected_ids() == [ids[0]] and dock.model.rowCount() == PAGE_SIZE + 5


def test_accept_then_close_then_reopen_through_the_dock(db, dock):
    report = add_reports(db)[0]
    dock.load_connection("gup_test")
    dock.select_ids([report])
    assert dock.act_accept()  # the operator answers for the report's main service (A)
    assert state(db, report)[2]["A"] == ("main", "accepted")
    assert dock.model.rows[0]["statut_traitement"] == "in_progress"
    assert dock.act_close()  # the operator closes the whole report
    assert state(db, report)[0] == "closed"
    assert dock.act_reopen()
    assert state(db, report)[0] != "closed"
    assert history(db, report)[-3:] == ["accept", "close", "reopen"]


def test_refuse_needs_a_reason_and_the_text_of_other(db, dock):
    report = add_reports(db)[0]
    dock.load_connection("gup_test")
    dock.select_ids([report])
    before = version(db, report)
    assert not dock.act_refuse(None)
    assert dock.last_message == "Report #{}: give the reason of the refusal".format(report)
    assert not dock.act_refuse("other", "")
    assert "explain the reason 'other'" in dock.last_message
    assert version(db, report) == before and history(db, report) == ["auto_route"]
    assert dock.act_refuse("other", "Chantier privé")
    assert state(db, report)[2]["A"] == ("main", "refused")
    assert "Chantier privé" in dock.page.toPlainText()


def test_qualify_shows_the_new_routing_before_saving(db, dock):
    report = add_reports(db)[0]
    with db.transaction() as cur:
        cur.execute(
            "INSERT INTO {s}.perimetre_competence (service_id, nom, geom, categories, "
            "priorite) SELECT %s, 'Nids B', geom, ARRAY['voirie.nid_de_poule'], 9 "
            "FROM {s}.perimetre_competence WHERE id = %s".format(s=S),
            (db.ids["B"], db.perimeters["A"]),
        )
    dock.load_connection("gup_test")
    dock.select_ids([report])
    before = version(db, report)
    preview = dock.qualify_preview(report, "voirie.nid_de_poule")
    assert preview.startswith("After qualifying: B — ") and "Nids B" in preview
    assert version(db, report) == before
    assert dock.act_qualify("voirie.nid_de_poule")
    assert state(db, report)[2]["B"] == ("main", "pending")
    assert dock.model.rows[0]["service"] == "B"


def test_reroute_follow_up_and_duplicate_through_the_dock(db, dock):
    first, second = add_reports(db, 2, step=5)
    dock.load_connection("gup_test")
    dock.select_ids([first])
    assert not dock.act_reroute(db.ids["D"], " ")
    assert "give the reason of the re-routing" in dock.last_message
    assert dock.act_reroute(db.ids["D"], "Voie privée du bailleur")
    assert state(db, first)[2]["D"] == ("main", "pending")
    assert dock.act_follow_up("Équipe passée", "public")
    assert db.query(
        "SELECT texte, visibilite FROM {}.suivi WHERE signalement_id = %s".format(S), (first,)
    ) == [{"texte": "Équipe passée", "visibilite": "public"}]
    dock.select_ids([second])
    assert not dock.act_duplicate(second)
    assert dock.last_message.endswith("a report cannot be its own duplicate")
    assert dock.act_duplicate(first)
    assert state(db, second)[0] == "duplicate"
    assert dock.model.data(dock.model.index(dock.model.row_of(second), 0)) == "{} → {}".format(
        second, first
    )


def test_a_bulk_action_is_all_or_nothing(db, dock):
    ids = add_reports(db, 3, step=5)
    from gup_signalement_plugin.usecases import triage

    dock.load_connection("gup_test")
    triage.accept(db, ids[1], version(db, ids[1]), db.ids["A"])  # meanwhile: stale in the list
    dock.select_ids(ids)
    before = {i: version(db, i) for i in ids}
    assert not dock.act_accept()
    assert dock.last_message.startswith("Report #{}: changed by pytest on ".format(ids[1]))
    assert {i: version(db, i) for i in ids} == before
    dock.apply_filters()  # reload: every version fresh
    dock.select_ids([ids[0], ids[2]])
    assert dock.act_follow_up("Passage groupé", "internal")
    assert db.scalar("SELECT count(*) FROM {}.suivi".format(S)) == 2


def test_a_stale_version_says_who_and_when_in_french_and_writes_nothing(
    db, gup_connection, qgis_iface, messages
):
    import gup_signalement_plugin
    from gup_signalement_plugin.gui.triage_dock import TriageDock
    from gup_signalement_plugin.usecases import triage

    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "fr_FR")
    plugin = gup_signalement_plugin.classFactory(None)
    try:
        report = add_reports(db)[0]
        dock = TriageDock(qgis_iface.mapCanvas(), today=TODAY)
        dock.load_connection("gup_test")
        dock.select_ids([report])
        triage.follow_up(db, report, version(db, report), "Vu", "internal")  # another agent
        before = version(db, report)
        assert not dock.act_accept()
        text = messages[-1][1]
        assert text.startswith("Signalement n° {} : modifié par pytest le ".format(report))
        assert text.endswith(" entre-temps : rechargez-le et recommencez")
        assert version(db, report) == before and history(db, report)[-1] == "follow_up"
        dock.close_database()
    finally:
        plugin.unload()
        settings.setValue("locale/userLocale", "en_US")


def test_the_layer_draws_each_status_overdue_and_duplicate_links(db, dock):
    from gup_signalement_plugin.usecases import triage

    late = add_reports(db)[0]  # due in June 2024: overdue on the real today the map uses
    first, second = add_reports(db, 2, step=5, moment=dt.datetime.now(dt.timezone.utc))
    triage.mark_duplicate(db, second, version(db, second), first)
    dock.load_connection("gup_test")
    layer = dock.add_layer()
    rules = layer.renderer().rootRule().children()
    assert [r.label() for r in rules] == [
        "Duplicate → its original",
        "New",
        "In progress",
        "To triage",
        "Closed",
        "Duplicate",
        "Overdue",
    ]
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    matched = {}
    for feature in layer.getFeatures():
        context.setFeature(feature)
        matched[feature.id()] = [
            r.label() for r in rules if QgsExpression(r.filterExpression()).evaluate(context)
        ]
    assert matched == {
        late: ["New", "Overdue"],
        first: ["New"],
        second: ["Duplicate → its original", "Duplicate"],
    }
    link = QgsExpression(rules[0].symbol().symbolLayer(0).geometryExpression())
    context.setFeature(layer.getFeature(second))
    line = link.evaluate(context)
    assert line.length() == pytest.approx(5.0)


def test_reminders_are_listed_when_their_tab_opens(db, dock):
    late = add_reports(db)[0]  # received Monday 3 June 2024, due 5 working days later
    add_reports(db, moment=dt.datetime(2024, 12, 30, 9, tzinfo=dt.timezone.utc))  # recent
    dock.today = dt.date(2024, 12, 31)
    dock.load_connection("gup_test")
    assert dock.reminder_table.rowCount() == 0  # not read before the tab is opened
    dock.tabs.setCurrentIndex(1)
    rows = [
        [dock.reminder_table.item(r, c).text() for c in range(4)]
        for r in range(dock.reminder_table.rowCount())
    ]
    assert rows == [
        ["No follow-up for 20 days", str(late), "A", "211 days"],
        ["Overdue", str(late), "A", "{} working days late".format(rows[1][3].split()[0])],
    ]
    assert int(rows[1][3].split()[0]) > 100
    assert dock.tabs.tabText(1) == "Reminders (2)"

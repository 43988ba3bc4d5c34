"""The plugin's layers under row-level security, opened by REAL login roles through stored QGIS
connections: exact counts (no estimated metadata), the agent's reports only, the reader's view
without personal data (docs/RIGHTS.md)."""

import pytest

from tests.rights_setup import create_people, drop_people


@pytest.fixture
def people(gup_dsn):
    made = create_people(gup_dsn)
    yield made
    drop_people(made)


@pytest.fixture
def connect_as(people, qgis_app):
    from qgis.core import QgsDataSourceUri, QgsProviderRegistry

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    stored = []

    def store(who):
        name = "gup_" + who
        connection = metadata.createConnection(
            QgsDataSourceUri(people.dsn_of(who)).uri(False),
            {"saveUsername": True, "savePassword": True, "estimatedMetadata": True},
        )
        metadata.saveConnection(connection, name)  # store() does not refresh the cache of a 2nd
        stored.append(name)
        return name

    yield store
    for name in stored:
        metadata.deleteConnection(name)


def test_reports_layer_counts_only_what_the_role_may_read(people, connect_as):
    from qgis.core import QgsDataSourceUri, QgsProject

    from gup_signalement_plugin.toolbelt.routing_layers import add_reports_layer

    project = QgsProject()
    counts = {}
    for who in ("agent_a", "agent_b", "operateur"):
        layer = add_reports_layer(connect_as(who), project)
        assert not QgsDataSourceUri(layer.source()).useEstimatedMetadata()
        counts[who] = (layer.featureCount(), sorted(f["id"] for f in layer.getFeatures()))
    a, b = people.reports["a"], people.reports["b"]
    assert counts["agent_a"] == (4, sorted(a + [b[1]]))
    assert counts["agent_b"] == (2, sorted(b))
    assert counts["operateur"][0] == 5


def test_an_agent_cannot_change_another_service_report_through_a_layer(people, connect_as):
    from qgis.core import QgsFeatureRequest, QgsProject

    from gup_signalement_plugin.toolbelt.routing_layers import add_reports_layer

    project = QgsProject()
    layer = add_reports_layer(connect_as("agent_a"), project)
    other = people.reports["b"][0]
    request = QgsFeatureRequest().setFilterExpression('"id" = {}'.format(other))
    assert [f.id() for f in layer.getFeatures(request)] == []
    layer.dataProvider().changeAttributeValues(
        {other: {layer.fields().indexOf("statut"): "closed"}}
    )
    assert not layer.dataProvider().deleteFeatures([other])
    assert _status(people, other) == "open"


def _status(people, report_id):
    import psycopg2

    conn = psycopg2.connect(people.dsn)
    with conn.cursor() as cur:
        cur.execute("SELECT statut FROM gup_signalement.signalement WHERE id = %s", (report_id,))
        status = cur.fetchone()[0]
    conn.close()
    return status


def test_reader_gets_reports_without_personal_data(people, connect_as):
    from qgis.core import QgsProject

    from gup_signalement_plugin.toolbelt.routing_layers import add_reports_layer

    project = QgsProject()
    layer = add_reports_layer(connect_as("lecteur"), project)
    assert layer.featureCount() == 5
    names = set(layer.fields().names())
    assert "donnees_source" not in names and "media_url" not in names
    texts = {f["description"] for f in layer.getFeatures()}
    assert "Appeler le [téléphone masqué]" in texts and not any("06 12" in t for t in texts)

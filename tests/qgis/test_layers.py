"""Styled layers: communes and one category's stages."""

from qgis.core import QgsProject


def test_stage_layer_has_24_communes_coloured_by_stage(gup_connection, gup_dsn):
    from gup_signalement_plugin.core.catalogue import CommuneSetting, Stage
    from gup_signalement_plugin.db import repositories as repo
    from gup_signalement_plugin.db.database import Database
    from gup_signalement_plugin.toolbelt import layers

    with Database(gup_dsn) as db:
        repo.save_settings(
            db,
            [
                CommuneSetting("94081", "eclairage", Stage.PUBLIC),
                CommuneSetting("94003", "eclairage", Stage.AGENTS),
            ],
        )
    project = QgsProject.instance()
    try:
        communes_layer = layers.add_communes_layer(gup_connection, project)
        stage_layer = layers.add_stage_layer(
            gup_connection, project, "eclairage", "Lampadaire en panne"
        )
        assert communes_layer.featureCount() == 24 and communes_layer.labelsEnabled()
        assert stage_layer.featureCount() == 24
        assert stage_layer.crs().authid() == "EPSG:2154"
        stages = {f["code_insee"]: f["etape"] for f in stage_layer.getFeatures()}
        assert (
            stages["94081"] == "public"
            and stages["94003"] == "agents"
            and stages["94041"] == "closed"
        )
        renderer = stage_layer.renderer()
        assert renderer.classAttribute() == "etape"
        assert [c.value() for c in renderer.categories()] == ["closed", "agents", "public"]
        perimeters = layers.add_experiment_perimeters_layer(gup_connection, project)
        assert perimeters.isValid() and perimeters.featureCount() == 2
    finally:
        project.removeAllMapLayers()


def test_quoting_of_category_code_in_the_filter(gup_connection):
    from gup_signalement_plugin.toolbelt import layers

    project = QgsProject.instance()
    try:
        layer = layers.add_stage_layer(gup_connection, project, "x' OR '1'='1", "injection")
        assert layer.featureCount() == 0
    finally:
        project.removeAllMapLayers()

"""The atlas end to end: real PostGIS, the shipped template, one multi-page PDF read back with
poppler (pdfinfo, pdftotext, pdftoppm)."""

import datetime as dt
import subprocess
import unicodedata
from pathlib import Path

import pytest

pytestmark = pytest.mark.postgis
PARIS = dt.timezone(dt.timedelta(hours=1))  # winter time: the reports below are in January
# (INSEE, category, status, received, hours to closure)
CRAFTED = [
    ("94081", "voirie", "closed", dt.datetime(2025, 1, 2, 10, tzinfo=PARIS), 24),
    ("94081", "voirie", "closed", dt.datetime(2025, 1, 3, 10, tzinfo=PARIS), 72),
    ("94081", "eclairage", "closed", dt.datetime(2025, 1, 31, 23, 30, tzinfo=PARIS), 48),
    ("94081", "proprete", "open", dt.datetime(2025, 1, 5, 9, tzinfo=PARIS), None),
    ("94041", "eclairage", "open", dt.datetime(2025, 1, 6, 9, tzinfo=PARIS), None),
]


def insert_reports(db, rows):
    with db.transaction() as cur:
        for index, (insee, category, status, received, hours) in enumerate(rows):
            updated = received + dt.timedelta(hours=hours) if hours is not None else None
            cur.execute(
                """
                INSERT INTO gup_signalement.signalement
                    (source, id_externe, categorie_code, audience, date_signalement, geom, statut,
                     date_maj)
                SELECT 'test', %s, %s, 'agents', %s, ST_PointOnSurface(geom), %s, %s
                FROM gup_signalement.commune WHERE code_insee = %s""",
                (str(index), category, received, status, updated, insee),
            )


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(
        next(line for line in info.stdout.splitlines() if line.startswith("Pages:")).split()[1]
    )


def page_text(pdf: Path, page: int) -> str:
    """The page's text, white space collapsed (a figure line may wrap), ligatures undone (Qt
    writes 'fi' as one glyph)."""
    text = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return " ".join(unicodedata.normalize("NFKC", text).split())


BAR_CHART_MM = (180, 66, 287, 130)  # where the template puts the bar chart (A4 landscape)


def inked_share(
    pdf: Path, page: int, folder: Path, box_mm=(0, 0, 297, 210), ink=lambda c: c.lightness() < 240
) -> float:
    """Share of inked pixels (``ink(QColor)``) of the page rendered by pdftoppm, in box_mm."""
    from qgis.PyQt.QtGui import QImage

    prefix = folder / "page{}".format(page)
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "25",
            "-f",
            str(page),
            "-l",
            str(page),
            "-png",
            "-singlefile",
            str(pdf),
            str(prefix),
        ],
        check=True,
    )
    image = QImage(str(prefix) + ".png")
    assert not image.isNull()
    scale = image.width() / 297.0
    x0, y0, x1, y1 = (int(v * scale) for v in box_mm)
    inked = sum(1 for y in range(y0, y1) for x in range(x0, x1) if ink(image.pixelColor(x, y)))
    return inked / ((x1 - x0) * (y1 - y0))


@pytest.fixture
def atlas_db(gup_db):
    insert_reports(gup_db, CRAFTED)
    return gup_db


def export(db, path, **kwargs):
    from gup_signalement_plugin.toolbelt import atlas_layout

    return atlas_layout.export_atlas(db, path, **kwargs)


def test_communes_atlas_one_page_per_commune_with_its_figures(atlas_db, tmp_path):
    pdf = tmp_path / "atlas.pdf"
    result = export(atlas_db, pdf)
    names = [
        r["nom"]
        for r in atlas_db.query("SELECT nom FROM gup_signalement.commune ORDER BY nom, code_insee")
    ]
    assert result.pages == page_count(pdf) == len(names) == 24
    assert result.reports == 5
    for number, name in enumerate(names, start=1):
        text = page_text(pdf, number)
        assert name in text, (number, text)
        assert "{} / 24".format(number) in text
        assert "Key figures" in text
    vitry_page = names.index("Vitry-sur-Seine") + 1
    vitry = page_text(pdf, vitry_page)
    assert "Reports: 4" in vitry and "Open: 1 Closed: 3" in vitry
    assert "Median delay to closure: 2.0 days (over 3 closed reports)" in vitry
    assert "Share closed within the target delay (with triage): —" in vitry
    assert "Reports received from 01/2025 to 01/2025 (whole history)" in vitry
    empty = page_text(pdf, names.index("Ablon-sur-Seine") + 1)
    assert "Reports: 0" in empty and "no closed report with a closure date" in empty
    for number in range(1, 25):  # every page drawn: map, texts, charts
        assert inked_share(pdf, number, tmp_path) > 0.05, number
    # the bar chart's blue bars (a missing picture would be a grey placeholder)
    assert (
        inked_share(pdf, vitry_page, tmp_path, BAR_CHART_MM, lambda c: c.blue() - c.red() > 40)
        > 0.02
    )


def test_period_and_group_filters(atlas_db, tmp_path):
    from gup_signalement_plugin.usecases.atlas import AtlasFilters

    pdf = tmp_path / "atlas.pdf"
    # the 31 January 23:30 (Paris) report is the only one of February 1 in UTC: not included
    result = export(
        atlas_db,
        pdf,
        filters=AtlasFilters("Équipements", dt.date(2025, 1, 6), dt.date(2025, 1, 31)),
    )
    assert result.reports == 2  # eclairage of 31 Jan (local) and of 6 Jan; 2 Jan voirie left out
    names = [
        r["nom"]
        for r in atlas_db.query("SELECT nom FROM gup_signalement.commune ORDER BY nom, code_insee")
    ]
    vitry = page_text(pdf, names.index("Vitry-sur-Seine") + 1)
    assert "Reports: 1" in vitry
    assert "Reports received from 06/01/2025 to 31/01/2025" in vitry
    assert "Category group: Équipements" in vitry


def test_any_polygon_layer_as_coverage(atlas_db, tmp_path, qgis_new_project):
    from qgis.core import QgsCoordinateTransformContext, QgsFeature, QgsGeometry, QgsVectorLayer

    from gup_signalement_plugin.toolbelt import atlas_layout

    layer = QgsVectorLayer("Polygon?crs=EPSG:2154&field=nom:string", "zones", "memory")
    vitry = atlas_db.query(
        "SELECT ST_AsText(ST_Buffer(ST_PointOnSurface(geom), 50)) AS wkt "
        "FROM gup_signalement.commune WHERE code_insee = '94081'"
    )[0]["wkt"]
    features = []
    for name, wkt in (("Zone du marché", vitry), ("Zone vide", "POLYGON((0 0,1 0,1 1,0 0))")):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name])
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    pages = atlas_layout.pages_from_source(layer, "", QgsCoordinateTransformContext())
    pdf = tmp_path / "zones.pdf"
    assert export(atlas_db, pdf, pages=pages).pages == page_count(pdf) == 2
    first, second = page_text(pdf, 1), page_text(pdf, 2)
    assert "Zone du marché" in first and "Reports: 4" in first
    assert "Zone vide" in second and "Reports: 0" in second


def test_bad_inputs_give_clear_messages_and_write_nothing(atlas_db, tmp_path, qgis_new_project):
    from qgis.core import QgsCoordinateTransformContext, QgsVectorLayer

    from gup_signalement_plugin.core.errors import GupError
    from gup_signalement_plugin.toolbelt import atlas_layout

    with pytest.raises(GupError, match="has no feature: there is no page to print"):
        export(atlas_db, tmp_path / "a.pdf", pages=[])
    lines = QgsVectorLayer("LineString?crs=EPSG:2154", "lines", "memory")
    with pytest.raises(GupError, match="must be a polygon layer"):
        atlas_layout.pages_from_source(lines, "", QgsCoordinateTransformContext())
    with pytest.raises(GupError, match="Cannot write /proc/atlas.pdf: "):  # even as root
        export(atlas_db, Path("/proc/atlas.pdf"))
    with pytest.raises(GupError, match="does not exist"):
        export(atlas_db, tmp_path / "missing" / "a.pdf")
    with pytest.raises(GupError, match="ending in .pdf"):
        export(atlas_db, tmp_path / "a.png")
    from gup_signalement_plugin.usecases.atlas import AtlasFilters

    with pytest.raises(GupError, match="Unknown category group 'Nope'"):
        export(atlas_db, tmp_path / "a.pdf", filters=AtlasFilters("Nope"))
    with pytest.raises(GupError, match="starts .* after it ends"):
        export(
            atlas_db,
            tmp_path / "a.pdf",
            filters=AtlasFilters(None, dt.date(2025, 2, 1), dt.date(2025, 1, 1)),
        )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("cancel_at", [10, 60])
def test_cancel_stops_the_export_and_leaves_no_file(atlas_db, tmp_path, cancel_at):
    """Cancel while the charts are drawn (10 %) or while the PDF is written (60 %)."""
    from qgis.core import QgsFeedback

    from gup_signalement_plugin.usecases.atlas import AtlasCanceled

    feedback = QgsFeedback()
    progress = []

    def on_progress(value):
        progress.append(value)
        if value >= cancel_at:
            feedback.cancel()

    feedback.progressChanged.connect(on_progress)
    previous = tmp_path / "atlas.pdf"
    previous.write_bytes(b"the previous atlas")
    with pytest.raises(AtlasCanceled, match="no file was written"):
        export(atlas_db, previous, feedback=feedback)
    assert max(progress) < 100
    assert previous.read_bytes() == b"the previous atlas"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["atlas.pdf"]


def test_export_atlas_algorithm(gup_connection, gup_provider, tmp_path):
    import processing

    from gup_signalement_plugin.db.database import Database
    from gup_signalement_plugin.toolbelt.connections import database_for_connection

    db: Database = database_for_connection(gup_connection)
    try:
        insert_reports(db, CRAFTED)
    finally:
        db.close()
    pdf = tmp_path / "atlas.pdf"
    result = processing.run(
        "gup_signalement:export_atlas",
        {"CONNECTION_NAME": gup_connection, "CATEGORY_GROUP": "Équipements", "OUTPUT": str(pdf)},
    )
    assert (result["PAGES"], result["REPORTS"], result["OUTPUT"]) == (24, 2, str(pdf))
    assert page_count(pdf) == 24


def run_in_background(algorithm_id, parameters, feedback):
    """As the Processing dialog runs a threaded algorithm: a QgsProcessingAlgRunnerTask."""
    import time

    from qgis.core import (
        QgsApplication,
        QgsProcessingAlgRunnerTask,
        QgsProcessingContext,
        QgsProject,
    )

    algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    task = QgsProcessingAlgRunnerTask(algorithm, parameters, context, feedback)
    done = []
    task.executed.connect(lambda ok, results: done.append((ok, results)))
    QgsApplication.taskManager().addTask(task)
    started = time.monotonic()
    while not done and time.monotonic() - started < 300:
        QgsApplication.processEvents()
        time.sleep(0.02)
    return done[0]


@pytest.mark.parametrize("cancel", [False, True])
def test_the_algorithm_runs_in_a_background_task(gup_connection, gup_provider, tmp_path, cancel):
    """The menu's 'Atlas…' opens the Processing dialog, which runs the algorithm in a task on a
    worker thread, with progress and Cancel: the export builds its own project there."""
    from qgis.core import QgsProcessingFeedback

    feedback = QgsProcessingFeedback()
    if cancel:
        feedback.progressChanged.connect(lambda value: value >= 60 and feedback.cancel())
    pdf = tmp_path / "atlas.pdf"
    ok, results = run_in_background(
        "gup_signalement:export_atlas",
        {"CONNECTION_NAME": gup_connection, "OUTPUT": str(pdf)},
        feedback,
    )
    if cancel:
        assert not ok and list(tmp_path.iterdir()) == []
    else:
        assert ok and results["PAGES"] == page_count(pdf) == 24


def test_extra_layers_are_drawn_and_stay_the_callers(atlas_db, tmp_path):
    """Where hotspot classes will plug in: a layer of the caller drawn over the reports, and
    still alive (not owned by the export's project) afterwards."""
    from qgis.core import QgsFeature, QgsFillSymbol, QgsGeometry, QgsVectorLayer

    from gup_signalement_plugin.db.atlas_repository import commune_pages

    vitry = next(p for p in commune_pages(atlas_db) if p["key"] == "94081")
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:2154", "hotspot classes", "memory")
    feature = QgsFeature()
    geometry = QgsGeometry()
    geometry.fromWkb(vitry["wkb"])
    feature.setGeometry(geometry)
    layer.dataProvider().addFeatures([feature])
    layer.renderer().setSymbol(
        QgsFillSymbol.createSimple({"color": "#ff0000", "outline_style": "no"})
    )
    pdf = tmp_path / "atlas.pdf"
    export(atlas_db, pdf, pages=[vitry], extra_layers=[layer])
    red = inked_share(
        pdf,
        1,
        tmp_path,
        (10, 30, 173, 185),
        lambda c: c.red() > 200 and c.green() < 60 and c.blue() < 60,
    )
    assert red > 0.3
    assert layer.isValid() and layer.featureCount() == 1

"""Test helpers shared by every layer: where the real data is, reading it without QGIS; and, for
the QGIS layer, running an algorithm and waiting for a background task (QGIS imported inside
those functions only: docs/DEVELOPER_GUIDE.md T3)."""

import json
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Dict, List

import shapely
import shapely.geometry

if TYPE_CHECKING:  # for the annotations only: the functions import the plugin when called
    from gup_signalement_plugin.core.communes import CommuneRecord

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = Path(os.environ.get("GUP_SHARED_DATA", REPO_ROOT.parent / "shared" / "data"))
COMMUNES_GEOJSON = SHARED_DATA / "communes_gosb.geojson"
DEFAULT_CATALOGUE = REPO_ROOT / "resources" / "catalogue" / "default_catalogue.csv"
DEMO_SETTINGS = REPO_ROOT / "resources" / "demo" / "commune_settings.csv"


def commune_records(path: Path = COMMUNES_GEOJSON) -> List["CommuneRecord"]:
    """The 24 real communes as CommuneRecords (WGS84 WKB, srid 4326)."""
    from gup_signalement_plugin.core.communes import CommuneRecord

    data = json.loads(path.read_text(encoding="utf-8"))
    records = []
    for index, feature in enumerate(data["features"]):
        props = feature["properties"]
        geom = shapely.geometry.shape(feature["geometry"])
        records.append(
            CommuneRecord(
                insee_code=props["code_insee"],
                name=props["nom"],
                wkb=shapely.to_wkb(geom),
                where="feature {}".format(index),
                population=props.get("population"),
            )
        )
    return records


def run_algorithm(name: str, params: Dict) -> Dict:
    """Run the plugin's Processing algorithm ``name`` (its id without the provider prefix)."""
    import processing

    return processing.run("gup_signalement:" + name, params)


def wait_for(condition: Callable[[], bool], seconds: float = 60.0) -> None:
    """Process Qt events until ``condition()`` holds; fails after ``seconds`` (a bound, not a
    timing assertion: a hung task fails the test instead of hanging the run)."""
    from qgis.PyQt.QtCore import QCoreApplication

    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out after {} s".format(seconds)
        QCoreApplication.processEvents()
        time.sleep(0.01)

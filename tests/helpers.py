"""Test helpers shared by every layer: where the real data is, reading it without QGIS."""
import json
import os
from pathlib import Path
from typing import List

import shapely
import shapely.geometry

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
        records.append(CommuneRecord(insee_code=props["code_insee"], name=props["nom"],
                                     wkb=shapely.to_wkb(geom), where="feature {}".format(index),
                                     population=props.get("population")))
    return records

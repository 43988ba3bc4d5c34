"""Test data for urban renewal: QPV features in the ANCT national format, built from the real
QPV list (qpv_2024_gosb.csv) and the real communes; the contours are invented (a disc inside
the first commune of each QPV), as no QPV polygon is in ../shared/data."""

import csv
import json
from pathlib import Path
from typing import Dict, List

import shapely
import shapely.geometry

from tests.helpers import COMMUNES_GEOJSON, SHARED_DATA

QPV_LIST = SHARED_DATA / "qpv_2024_gosb.csv"
# the fields of the ANCT "QP 2024" files (France hexagonale): code_qp, lib_qp, insee_com,
# lib_com, insee_dep, lib_dep, siren_epci, lib_epci
ANCT_FIELDS = ("code_qp", "lib_qp", "insee_com", "lib_com", "insee_dep", "siren_epci")


def qpv_rows() -> List[Dict[str, str]]:
    with open(QPV_LIST, encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def communes_wgs84() -> Dict[str, shapely.Geometry]:
    data = json.loads(COMMUNES_GEOJSON.read_text(encoding="utf-8"))
    return {
        f["properties"]["code_insee"]: shapely.geometry.shape(f["geometry"])
        for f in data["features"]
    }


def disc_in(commune: shapely.Geometry, index: int, radius_deg: float = 0.0025):
    """A small disc around a point inside the commune (moved a little per QPV)."""
    point = commune.point_on_surface()
    shifted = shapely.Point(point.x + (index % 3 - 1) * 0.001, point.y + (index % 2) * 0.001)
    if not commune.contains(shifted):
        shifted = point
    return shifted.buffer(radius_deg, 16).intersection(commune)


def anct_feature(row: Dict[str, str], geometry) -> Dict:
    codes = row["codes_insee"].split(";")
    return {
        "type": "Feature",
        "geometry": shapely.geometry.mapping(geometry),
        "properties": {
            "code_qp": row["code_qp"],
            "lib_qp": row["nom_qp"],
            "insee_com": ", ".join(codes),
            "lib_com": row["communes"].replace(";", ", "),
            "insee_dep": row["departement"],
            "siren_epci": "200058014",
        },
    }


def write_anct_geojson(path: Path, skip=(), extra=()) -> Path:
    """The 36 QPV of the list (minus ``skip`` codes) plus ``extra`` features (dicts), WGS84."""
    features = anct_features(skip, extra)
    path.write_text(
        json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False),
        encoding="utf-8",
    )
    return path


def paris_qpv_feature() -> Dict:
    """A QPV of Paris (outside the 24 communes): the import leaves it out."""
    return {
        "type": "Feature",
        "geometry": shapely.geometry.mapping(shapely.Point(2.3622, 48.8209).buffer(0.003)),
        "properties": {
            "code_qp": "QN07501M",
            "lib_qp": "Paris test",
            "insee_com": "75113",
            "lib_com": "Paris 13e",
            "insee_dep": "75",
            "siren_epci": "200054781",
        },
    }


def lambert93_wkb(db, geometry) -> bytes:
    """WGS84 shapely geometry -> Lambert-93 WKB, transformed by PostGIS (as the plugin does)."""
    return bytes(
        db.scalar(
            "SELECT ST_AsBinary(ST_Transform(ST_GeomFromWKB(%s, 4326), 2154))",
            (shapely.to_wkb(geometry),),
        )
    )


def qpv_perimeters(db, features) -> List:
    """RenewalPerimeters from ANCT features, as the import algorithm reads them."""
    from gup_signalement_plugin.db.renewal_repository import RenewalPerimeter

    return [
        RenewalPerimeter(
            code=f["properties"]["code_qp"],
            type="qpv",
            name=f["properties"]["lib_qp"],
            wkb=lambert93_wkb(db, shapely.geometry.shape(f["geometry"])),
            insee_codes=tuple(c.strip() for c in f["properties"]["insee_com"].split(",")),
            communes=f["properties"]["lib_com"],
            source="ANCT QP 2024 (test contours)",
            attributes=f["properties"],
        )
        for f in features
    ]


def anct_features(skip=(), extra=()) -> List[Dict]:
    communes = communes_wgs84()
    features = [
        anct_feature(
            row,
            disc_in(
                next(communes[c] for c in row["codes_insee"].split(";") if c in communes), index
            ),
        )
        for index, row in enumerate(qpv_rows())
        if row["code_qp"] not in skip
    ]
    return features + list(extra)

"""WGS84 / RGF93 longitude-latitude to Lambert-93 (EPSG:2154) for tests and benchmarks, without
PROJ: Lambert conformal conic, two standard parallels, GRS80 (Snyder 1987, eq. 15-1 to 15-10).
RGF93 and WGS84 differ by less than a metre, ignored here."""

import json
import math
from pathlib import Path

import numpy as np
import shapely
import shapely.geometry

A = 6378137.0
E = 0.0818191910428158
LON0, LAT0, LAT1, LAT2 = (math.radians(v) for v in (3.0, 46.5, 44.0, 49.0))
X0, Y0 = 700000.0, 6600000.0


def _m(phi):
    return np.cos(phi) / np.sqrt(1.0 - (E * np.sin(phi)) ** 2)


def _t(phi):
    s = E * np.sin(phi)
    return np.tan(math.pi / 4.0 - phi / 2.0) / ((1.0 - s) / (1.0 + s)) ** (E / 2.0)


N = (math.log(_m(LAT1)) - math.log(_m(LAT2))) / (math.log(_t(LAT1)) - math.log(_t(LAT2)))
F = _m(LAT1) / (N * _t(LAT1) ** N)
RHO0 = A * F * _t(LAT0) ** N


def lambert93(lon, lat):
    """Lambert-93 x, y (metres) of longitudes and latitudes in degrees."""
    phi = np.radians(np.asarray(lat, dtype=float))
    theta = N * (np.radians(np.asarray(lon, dtype=float)) - LON0)
    rho = A * F * _t(phi) ** N
    return X0 + rho * np.sin(theta), Y0 + RHO0 - rho * np.cos(theta)


def project_geometry(geometry):
    """A shapely geometry in degrees, projected to Lambert-93."""

    def transform(coords):
        x, y = lambert93(coords[:, 0], coords[:, 1])
        return np.column_stack([x, y])

    return shapely.transform(geometry, transform)


def ept_territory(path: Path):
    """The EPT contour (GeoJSON in CRS84) as one Lambert-93 geometry."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    parts = [shapely.geometry.shape(f["geometry"]) for f in data["features"]]
    return project_geometry(shapely.union_all(parts))

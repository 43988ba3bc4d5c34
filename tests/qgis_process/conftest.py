"""qgis_process-layer fixtures: fresh QGIS profiles with the staged plugin enabled."""

import pytest

from tests.qgis_process.test_qgis_process import make_profile


@pytest.fixture
def profile(tmp_path, postgis_dsn):
    """A profile whose connection points to a database with PostGIS only."""
    return make_profile(tmp_path, postgis_dsn)


@pytest.fixture
def loaded_profile(tmp_path, gup_dsn):
    """A profile whose connection points to a database with the structure and the communes."""
    return make_profile(tmp_path, gup_dsn)

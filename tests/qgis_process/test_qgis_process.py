"""The staged plugin under qgis_process (Debian: call qgis_process.bin, practice P7/P8)."""
import json
import os
import subprocess
import sysconfig
from pathlib import Path

import pytest

from tests.helpers import COMMUNES_GEOJSON, REPO_ROOT

pytestmark = pytest.mark.postgis
QGIS_PROCESS = "/usr/bin/qgis_process.bin"
BUILD = REPO_ROOT / "build"


@pytest.fixture
def profile(tmp_path, postgis_dsn):
    """A fresh QGIS profile with the staged plugin enabled and a connection 'gup_qp'."""
    if not (BUILD / "gup_signalement_plugin" / "metadata.txt").exists():
        pytest.fail("the staged plugin is missing: run `make stage` (make test does)")
    # qgis_process embeds the system Python: give it the venv's shapely 2, as a user gives it
    # to QGIS's Python (README, "Install in QGIS")
    site_packages = sysconfig.get_paths()["purelib"]
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"),
               QGIS_PLUGINPATH=str(BUILD), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join(filter(None, [site_packages, os.environ.get("PYTHONPATH")])))
    store = ("from qgis.core import QgsApplication, QgsProviderRegistry, QgsDataSourceUri\n"
             "from qgis.PyQt.QtCore import QCoreApplication\n"
             "QCoreApplication.setOrganizationName('QGIS'); QCoreApplication.setApplicationName('QGIS3')\n"
             "app = QgsApplication([], False); app.initQgis()\n"
             "md = QgsProviderRegistry.instance().providerMetadata('postgres')\n"
             "md.createConnection(QgsDataSourceUri({!r}).uri(False), "
             "{{'saveUsername': True, 'savePassword': True}}).store('gup_qp')\n"
             "from qgis.core import QgsSettings; QgsSettings().sync()\n"
             "app.exitQgis()\n").format(postgis_dsn)
    subprocess.run(["/usr/bin/python3", "-c", store], env=env, check=True, capture_output=True)
    enabled = subprocess.run([QGIS_PROCESS, "plugins", "enable", "gup_signalement_plugin"],
                             env=env, capture_output=True, text=True)
    assert enabled.returncode == 0, enabled.stderr
    return env


def qgis_process(env, *args):
    return subprocess.run([QGIS_PROCESS, *args], env=env, capture_output=True, text=True, timeout=300)


def test_list_shows_the_algorithms(profile):
    listed = qgis_process(profile, "list")
    assert listed.returncode == 0, listed.stderr
    for name in ("create_database_structure", "import_communes", "export_open311_services"):
        assert "gup_signalement:" + name in listed.stdout


def test_run_create_and_import_with_json_output(profile, postgis_dsn):
    created = qgis_process(profile, "run", "gup_signalement:create_database_structure", "--json",
                           "--", "CONNECTION_NAME=gup_qp")
    assert created.returncode == 0, created.stdout + created.stderr
    assert json.loads(created.stdout)["results"]["DATABASE_VERSION"]
    imported = qgis_process(profile, "run", "gup_signalement:import_communes", "--json", "--",
                            "CONNECTION_NAME=gup_qp", "INPUT={}".format(COMMUNES_GEOJSON),
                            "FIELD_INSEE=code_insee", "FIELD_NAME=nom")
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert json.loads(imported.stdout)["results"]["COUNT"] == 24
    again = qgis_process(profile, "run", "gup_signalement:create_database_structure", "--",
                         "CONNECTION_NAME=gup_qp")
    assert again.returncode != 0
    assert "already has a GUP structure" in again.stdout + again.stderr

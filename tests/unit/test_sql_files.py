"""Invariants of the SQL files and of version ordering."""
import re

import pytest

from gup_signalement_plugin.db import migrations


def test_versions_compare_as_tuples():
    assert migrations.parse_version("0.10.0") > migrations.parse_version("0.9.1")
    assert migrations.parse_version("1.2.3-dev") == (1, 2, 3)
    with pytest.raises(ValueError):
        migrations.parse_version("v1")


def test_upgrade_files_sorted_by_version(tmp_path):
    (tmp_path / "upgrade").mkdir()
    for name in ("upgrade_to_0.10.0.sql", "upgrade_to_0.9.0.sql", "upgrade_to_0.2.0.sql"):
        (tmp_path / "upgrade" / name).write_text("SELECT 1;")
    assert [v for v, _p in migrations.upgrade_files(tmp_path)] == [(0, 2, 0), (0, 9, 0), (0, 10, 0)]
    assert migrations.target_version(tmp_path) == "0.10.0"
    (tmp_path / "upgrade" / "fix.sql").write_text("SELECT 1;")
    with pytest.raises(ValueError, match="fix.sql"):
        migrations.upgrade_files(tmp_path)


def test_sql_files_hold_no_transaction_control():
    """The installer wraps each step in one transaction; a COMMIT inside a file would break it."""
    files = migrations.install_files() + [p for _v, p in migrations.upgrade_files()]
    assert files
    pattern = re.compile(r"^\s*(BEGIN|COMMIT|ROLLBACK)\s*;", re.IGNORECASE | re.MULTILINE)
    offenders = [p.name for p in files if pattern.search(p.read_text("utf-8"))]
    assert offenders == []


def test_geometries_are_lambert93_with_spatial_index():
    text = "\n".join(p.read_text("utf-8") for p in migrations.install_files())
    columns = re.findall(r"(\w+)\s+geometry\((\w+),\s*(\d+)\)", text)
    assert columns and all(srid == "2154" for _c, _t, srid in columns)
    for column, _type, _srid in columns:
        assert re.search(r"USING gist \({}\)".format(column), text), column


def test_metadata_declares_processing_provider_and_qgis_322():
    import configparser

    from gup_signalement_plugin.__about__ import METADATA_FILE, __version__

    meta = configparser.ConfigParser()
    meta.read(METADATA_FILE, encoding="utf-8")
    general = meta["general"]
    assert general["hasProcessingProvider"] == "yes"
    assert general["qgisMinimumVersion"] == "3.22"
    assert migrations.parse_version(__version__) == migrations.parse_version(general["version"])
    for key in ("name", "description", "about", "author", "email", "repository"):
        assert general.get(key), key

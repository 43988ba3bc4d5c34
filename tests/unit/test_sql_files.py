"""Invariants of the SQL files and of version ordering (docs/DEVELOPER_GUIDE.md, "The database
structure"): a fresh install is the frozen base then every upgrade file in version order; each
upgrade file names the step it makes; the plugin is never older than the structure it installs."""

import re
from pathlib import Path
from typing import List

import pytest

from gup_signalement_plugin.db import migrations

STEP_HEADER = re.compile(r"^-- Upgrade (\S+) -> (\S+)", re.MULTILINE)


def step_problems(sql_dir: Path = migrations.SQL_DIR) -> List[str]:
    """Upgrade files whose header line '-- Upgrade A -> B' does not name the previous version
    and their own: a file copied and renamed without its header, or a version skipped."""
    problems, previous = [], migrations.BASE_VERSION
    for version, path in migrations.upgrade_files(sql_dir):
        own = "{}.{}.{}".format(*version)
        step = STEP_HEADER.search("\n".join(path.read_text("utf-8").splitlines()[:5]))
        if step is None or step.groups() != (previous, own):
            problems.append(
                "{}: expected '-- Upgrade {} -> {}' in its first lines".format(
                    path.name, previous, own
                )
            )
        previous = own
    return problems


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


def test_install_is_the_base_then_every_upgrade_in_version_order(tmp_path):
    (tmp_path / "base").mkdir()
    (tmp_path / "upgrade").mkdir()
    for name in ("10_tables.sql", "00_init.sql"):
        (tmp_path / "base" / name).write_text("SELECT 1;")
    for name in ("upgrade_to_0.10.0.sql", "upgrade_to_0.9.0.sql"):
        (tmp_path / "upgrade" / name).write_text("SELECT 1;")
    assert [p.name for p in migrations.install_files(tmp_path)] == [
        "00_init.sql",
        "10_tables.sql",
        "upgrade_to_0.9.0.sql",
        "upgrade_to_0.10.0.sql",
    ]


def test_the_plugin_installs_its_base_and_upgrades():
    names = [p.name for p in migrations.install_files()]
    assert names[:5] == [
        "00_init.sql",
        "10_tables.sql",
        "20_functions.sql",
        "30_views.sql",
        "40_indexes.sql",
    ]
    assert names[5:] == [p.name for _v, p in migrations.upgrade_files()] != []


def test_each_upgrade_file_names_its_step():
    assert step_problems() == []


def test_a_wrong_step_header_is_found(tmp_path):
    (tmp_path / "upgrade").mkdir()
    (tmp_path / "upgrade" / "upgrade_to_0.2.0.sql").write_text("-- Upgrade 0.1.0 -> 0.2.0\n")
    (tmp_path / "upgrade" / "upgrade_to_0.4.0.sql").write_text("-- Upgrade 0.2.0 -> 0.3.0\n")
    (tmp_path / "upgrade" / "upgrade_to_0.5.0.sql").write_text("-- Structure 0.5.0\n")
    assert step_problems(tmp_path) == [
        "upgrade_to_0.4.0.sql: expected '-- Upgrade 0.2.0 -> 0.4.0' in its first lines",
        "upgrade_to_0.5.0.sql: expected '-- Upgrade 0.4.0 -> 0.5.0' in its first lines",
    ]


def test_the_plugin_is_not_older_than_its_structure():
    """Adding upgrade_to_X.Y.Z.sql means releasing a plugin of version X.Y.Z or later."""
    from gup_signalement_plugin.__about__ import __version__

    assert migrations.parse_version(migrations.target_version()) <= migrations.parse_version(
        __version__
    )
    assert migrations.parse_version(migrations.target_version()) > migrations.parse_version(
        migrations.BASE_VERSION
    )


def test_sql_files_hold_no_transaction_control():
    """The installer wraps each step in one transaction; a COMMIT inside a file would break it."""
    files = migrations.install_files()
    assert len(files) == len(set(files)) > 5
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

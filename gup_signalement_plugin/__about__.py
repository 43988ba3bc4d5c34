"""Plugin facts read from metadata.txt, and where the plugin's resources are.

In the staged plugin (what QGIS installs) metadata.txt, resources/ and i18n/ sit inside the
package folder; in a source checkout they sit one level up. Every path goes through here."""

import configparser
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.exists():
            return candidate
    return candidates[0]


METADATA_FILE = _first_existing(PACKAGE_DIR / "metadata.txt", PACKAGE_DIR.parent / "metadata.txt")
RESOURCES_DIR = _first_existing(PACKAGE_DIR / "resources", PACKAGE_DIR.parent / "resources")
I18N_DIR = _first_existing(PACKAGE_DIR / "i18n", PACKAGE_DIR.parent / "i18n")

_metadata = configparser.ConfigParser()
_metadata.read(METADATA_FILE, encoding="utf-8")
__title__ = _metadata.get("general", "name", fallback="GUP Signalement")
__version__ = _metadata.get("general", "version", fallback="0.0.0")
PLUGIN_SLUG = "gup_signalement_plugin"
PROVIDER_ID = "gup_signalement"


def resource_path(*parts: str) -> Path:
    """Path of a file in resources/, e.g. resource_path('styles', 'commune.qml')."""
    return RESOURCES_DIR.joinpath(*parts)

"""`make demo`: the 24-commune atlas of the demo reports (issue 13), in French, written by the
plugin's own export (toolbelt/atlas_layout.py). The points-noirs atlas comes with the hotspot
algorithms."""

import time
from pathlib import Path


def install_translator(locale: str = "fr"):
    """The plugin's translations for ``locale`` (kept by the caller while in use)."""
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    from gup_signalement_plugin.__about__ import I18N_DIR, PLUGIN_SLUG

    translator = QTranslator()
    if translator.load(str(I18N_DIR / "{}_{}.qm".format(PLUGIN_SLUG, locale))):
        QCoreApplication.installTranslator(translator)
    return translator


def communes_atlas(dsn: str, out: Path, locale: str = "fr") -> Path:
    from qgis.PyQt.QtCore import QCoreApplication

    from gup_signalement_plugin.db.database import Database
    from gup_signalement_plugin.toolbelt import atlas_layout

    path = out / "atlas_communes.pdf"
    translator = install_translator(locale)
    started = time.perf_counter()
    try:
        with Database(dsn) as db:
            result = atlas_layout.export_atlas(db, path)
    finally:
        QCoreApplication.removeTranslator(translator)
    seconds = time.perf_counter() - started
    print(
        "- atlas of the {} communes ({} reports): {} in {:.1f} s ({:.2f} s per page)".format(
            result.pages, result.reports, path, seconds, seconds / max(result.pages, 1)
        )
    )
    return path

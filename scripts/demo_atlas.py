"""`make demo`: the 24-commune atlas of the demo reports (issue 13), in French, written by the
plugin's own export (toolbelt/atlas_layout.py), and the atlas of the points noirs saved by
demo_hotspots.py, with its Gi* classes drawn."""

import time
from pathlib import Path
from typing import Optional


def install_translator(locale: str = "fr"):
    """The plugin's translations for ``locale`` (kept by the caller while in use)."""
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    from gup_signalement_plugin.__about__ import I18N_DIR, PLUGIN_SLUG

    translator = QTranslator()
    if translator.load(str(I18N_DIR / "{}_{}.qm".format(PLUGIN_SLUG, locale))):
        QCoreApplication.installTranslator(translator)
    return translator


def _export(dsn: str, path: Path, what: str, locale: str, hotspots: Optional[Path] = None):
    """One atlas through the plugin's export, in ``locale``, with its timing printed; the
    points noirs' pages (and the Gi* layer ``hotspots`` drawn) when ``what`` is "points_noirs"."""
    from qgis.PyQt.QtCore import QCoreApplication

    from gup_signalement_plugin.db.database import Database
    from gup_signalement_plugin.toolbelt import atlas_layout, hotspot_layers
    from gup_signalement_plugin.usecases.atlas import point_noir_pages

    translator = install_translator(locale)
    started = time.perf_counter()
    try:
        extra = [hotspot_layers.gistar_print_layer(str(hotspots))] if hotspots else []
        with Database(dsn) as db:
            pages = point_noir_pages(db) if what == "points_noirs" else None
            result = atlas_layout.export_atlas(db, path, pages, extra_layers=extra)
    finally:
        QCoreApplication.removeTranslator(translator)
    seconds = time.perf_counter() - started
    print(
        "- atlas of the {} {} ({} reports): {} in {:.1f} s ({:.2f} s per page)".format(
            result.pages,
            what.replace("_", " "),
            result.reports,
            path,
            seconds,
            seconds / max(result.pages, 1),
        )
    )
    return path


def communes_atlas(dsn: str, out: Path, locale: str = "fr") -> Path:
    return _export(dsn, out / "atlas_communes.pdf", "communes", locale)


def points_noirs_atlas(dsn: str, out: Path, gistar_path: Path, locale: str = "fr") -> Path:
    """A page per point noir, its name as title, the Gi* classes under the reports."""
    return _export(dsn, out / "atlas_points_noirs.pdf", "points_noirs", locale, gistar_path)

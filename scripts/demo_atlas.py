"""`make demo`: the 24-commune atlas of the demo reports (issue 13), written by the plugin's own
export (toolbelt/atlas_layout.py). The points-noirs atlas comes with the hotspot algorithms."""
import time
from pathlib import Path


def communes_atlas(dsn: str, out: Path) -> Path:
    from gup_signalement_plugin.db.database import Database
    from gup_signalement_plugin.toolbelt import atlas_layout

    path = out / "atlas_communes.pdf"
    started = time.perf_counter()
    with Database(dsn) as db:
        result = atlas_layout.export_atlas(db, path)
    seconds = time.perf_counter() - started
    print("- atlas of the {} communes ({} reports): {} in {:.1f} s ({:.2f} s per page)".format(
        result.pages, result.reports, path, seconds, seconds / max(result.pages, 1)))
    return path

"""Render the matrix dialog offscreen on a database and save a PNG (to look at what users see).

Usage: python scripts/screenshot_matrix.py --dsn "host=... dbname=..." --out file.png [--locale fr]
The database must hold the GUP structure (e.g. the demo database of `make demo`)."""

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dsn", required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--locale", default="en")
    parser.add_argument("--select", default="94081:eclairage", help="INSEE:category cell to select")
    args = parser.parse_args()

    from screenshot_common import start_app

    app = start_app(args.locale)
    from gup_signalement_plugin.db.database import Database
    from gup_signalement_plugin.gui.matrix_dialog import CategoryMatrixDialog

    dialog = CategoryMatrixDialog(database=Database(args.dsn, author="capture"))
    insee, code = args.select.split(":")
    row = [c["code_insee"] for c in dialog.communes].index(insee)
    col = [c.code for c in dialog.categories].index(code)
    dialog.table.setCurrentCell(row, col)
    dialog.show()
    app.processEvents()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(args.out))
    print("saved {}".format(args.out))


if __name__ == "__main__":
    main()

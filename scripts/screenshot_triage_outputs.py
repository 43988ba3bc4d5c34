"""Screenshots of the statistics panel and a round sheet page, on the demo database (run under
xvfb-run at 1366x768). Until the demo gives its reports a triage history, ``--history`` writes a
plausible one (accepted after 0-6 working days, two thirds closed after 1-25 days) into the
DEMO database only, with the triggers off for that transaction.

Usage: xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshot_triage_outputs.py \
           --dsn "host=127.0.0.1 port=54330 user=postgres dbname=gup_demo" --out docs/screenshots \
           [--locale fr] [--history]"""

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build"))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, "/usr/share/qgis/python/plugins")
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")


def write_history(db) -> None:
    """Random but reproducible acceptances and closures of the demo's routed reports."""
    with db.transaction() as cur:
        cur.execute("SET LOCAL session_replication_role = replica")
        cur.execute("SELECT setseed(0.42)")
        cur.execute("""
            WITH picked AS (
                SELECT s.id, s.date_signalement + (random() * 6 || ' days')::interval AS accepted,
                       random() AS draw
                FROM gup_signalement.signalement s
                WHERE EXISTS (SELECT 1 FROM gup_signalement.affectation a
                              WHERE a.signalement_id = s.id AND a.role = 'main'))
            UPDATE gup_signalement.affectation a
               SET accepte_le = p.accepted,
                   statut = CASE WHEN p.draw < 0.66 THEN 'closed' ELSE 'accepted' END,
                   cloture_le = CASE WHEN p.draw < 0.66
                                     THEN p.accepted + (p.draw * 30 || ' days')::interval END
              FROM picked p WHERE a.signalement_id = p.id AND a.role = 'main'""")
        cur.execute("""
            UPDATE gup_signalement.signalement s
               SET statut_traitement = CASE WHEN a.statut = 'closed' THEN 'closed'
                                            ELSE 'in_progress' END,
                   cloture_le = a.cloture_le
              FROM gup_signalement.affectation a
             WHERE a.signalement_id = s.id AND a.role = 'main'""")


def statistics_panel(app, db, out: Path, locale: str) -> None:
    from screenshot_dialogs import settle

    from gup_signalement_plugin.gui.statistics_dialog import StatisticsDialog

    dialog = StatisticsDialog(database=db)
    dialog.resize(1366, 728)
    dialog.show()
    settle(app)
    dialog.grab().save(str(out / "statistics_{}.png".format(locale)))
    dialog.close()


def round_sheet_page(db, out: Path, locale: str) -> None:
    from gup_signalement_plugin.toolbelt.round_sheet_layout import export_round_sheet
    from gup_signalement_plugin.usecases.round_sheet import plan_round_sheet

    service = db.query("""
        SELECT a.service_id, count(*) FROM gup_signalement.affectation a
        JOIN gup_signalement.signalement s ON s.id = a.signalement_id
        WHERE a.statut IN ('pending', 'accepted') AND s.code_insee = '94081'
        GROUP BY 1 ORDER BY 2 DESC LIMIT 1""")[0]["service_id"]
    area = db.query("""
        SELECT ST_AsBinary(ST_Buffer(ST_PointOnSurface(geom), 700)) AS wkb
        FROM gup_signalement.commune WHERE code_insee = '94081'""")[0]["wkb"]
    centre = db.query("""
        SELECT ST_X(ST_PointOnSurface(geom)) - 650 AS x, ST_Y(ST_PointOnSurface(geom)) - 650 AS y
        FROM gup_signalement.commune WHERE code_insee = '94081'""")[0]
    sheet = plan_round_sheet(db, service, (centre["x"], centre["y"]), bytes(area))
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "round.pdf"
        export_round_sheet(db, sheet, pdf)
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                "80",
                "-f",
                "1",
                "-l",
                "1",
                "-png",
                "-singlefile",
                str(pdf),
                str(out / "round_sheet_{}".format(locale)),
            ],
            check=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dsn", required=True)
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--locale", default="fr")
    parser.add_argument("--history", action="store_true")
    args = parser.parse_args()
    from screenshot_common import start_app

    app = start_app(args.locale)
    from gup_signalement_plugin.db.database import Database

    out = Path(args.out)
    with Database(args.dsn, author="capture") as db:
        if args.history:
            write_history(db)
        statistics_panel(app, db, out, args.locale)
        round_sheet_page(db, out, args.locale)
    app.exitQgis()


if __name__ == "__main__":
    main()

"""Refresh i18n/gup_signalement_plugin_fr.ts from the sources (keeps existing translations).

pylupdate5 (PyQt 5.15) does not see a ``tr(...)`` / ``translate(...)`` call whose last argument
is followed by a trailing comma, which the formatter (ruff format) writes when it splits a call
over several lines. So the strings are extracted from a copy of the sources without those commas;
the .ts keeps the real file names and line numbers (the copy has the same lines)."""

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = "gup_signalement_plugin"
TS_NAME = PLUGIN + "_fr.ts"
TRAILING_COMMA = re.compile(r",(\s*)\)")  # ", )" / ",\n    )": the comma pylupdate5 stumbles on


def project_file(sources) -> str:
    lines = ["SOURCES = \\"] + ["    ../{} \\".format(path) for path in sources]
    return "\n".join(lines) + "\n\nTRANSLATIONS = {}\n".format(TS_NAME)


def main() -> int:
    sources = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / PLUGIN).rglob("*.py"))
    pro = project_file(sources)
    (ROOT / "i18n" / (PLUGIN + ".pro")).write_text(pro, encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp)
        for source in sources:
            target = copy / source
            target.parent.mkdir(parents=True, exist_ok=True)
            text = (ROOT / source).read_text(encoding="utf-8")
            target.write_text(TRAILING_COMMA.sub(r"\1)", text), encoding="utf-8")
        (copy / "i18n").mkdir()
        (copy / "i18n" / (PLUGIN + ".pro")).write_text(pro, encoding="utf-8")
        shutil.copy(ROOT / "i18n" / TS_NAME, copy / "i18n" / TS_NAME)
        done = subprocess.run(["pylupdate5", "-noobsolete", PLUGIN + ".pro"], cwd=copy / "i18n")
        if done.returncode != 0:
            return done.returncode
        shutil.copy(copy / "i18n" / TS_NAME, ROOT / "i18n" / TS_NAME)
    return 0


if __name__ == "__main__":
    sys.exit(main())

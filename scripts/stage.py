"""Assemble the installable plugin folder: package + metadata.txt + resources/ + compiled i18n.

Usage: python scripts/stage.py BUILD_DIR [--zip ZIP_PATH]
QGIS installs a folder holding metadata.txt and __init__.py; ours keep metadata.txt,
resources/ and i18n/ at the repository root, so they are copied in here."""

import argparse
import shutil
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SLUG = "gup_signalement_plugin"
IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc", "*.ts", "*.pro")


def stage(build_dir: Path) -> Path:
    target = build_dir / SLUG
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(ROOT / SLUG, target, ignore=IGNORE)
    shutil.copy2(ROOT / "metadata.txt", target / "metadata.txt")
    shutil.copytree(ROOT / "resources", target / "resources", ignore=IGNORE)
    (target / "i18n").mkdir()
    compiled = list((ROOT / "i18n").glob("*.qm"))
    if not compiled:
        sys.exit("no compiled translation in i18n/: run `make i18n` first")
    for qm in compiled:
        shutil.copy2(qm, target / "i18n" / qm.name)
    for name in ("README.md", "LICENSE"):
        if (ROOT / name).exists():
            shutil.copy2(ROOT / name, target / name)
    return target


def make_zip(folder: Path, zip_path: Path) -> None:
    zip_path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            archive.write(path, path.relative_to(folder.parent).as_posix())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("build_dir", type=Path)
    parser.add_argument("--zip", type=Path, help="also write this zip (QGIS: Install from ZIP)")
    args = parser.parse_args()
    folder = stage(args.build_dir)
    print("staged {}".format(folder))
    if args.zip:
        make_zip(folder, args.zip)
        print("zipped {}".format(args.zip))


if __name__ == "__main__":
    main()

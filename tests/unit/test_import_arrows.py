"""The import arrows point one way: gui/ and processing/ -> usecases/ -> db/ and core/.

Every module of the plugin is read with ``ast`` (nothing is imported) and each import is
resolved to its absolute module name, relative imports included."""

import ast
import sys
from pathlib import Path
from typing import Iterator, List, Tuple

PACKAGE = "gup_signalement_plugin"
ROOT = Path(__file__).resolve().parents[2] / PACKAGE
CORE_LIBRARIES = {"numpy", "shapely", "pandas", "matplotlib"}  # what QGIS installations ship


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path, root: Path) -> Iterator[str]:
    """Absolute names of what ``path`` imports; ``from a import b`` gives a and a.b."""
    name = module_name(path, root)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            yield module
            yield from (module + "." + alias.name for alias in node.names)


def within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def layer(module: str) -> str:
    """'core', 'db', 'usecases'... for a module of the plugin, '' for the package itself."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def refusal(importer: str, module: str) -> str:
    """Why ``importer`` may not import ``module`` ('' when it may)."""
    own = within(module, PACKAGE)
    target = layer(module) if own else ""
    top = module.split(".")[0]
    kind = layer(importer)
    if kind == "core":
        if (
            own
            and target != "core"
            or not own
            and top not in sys.stdlib_module_names
            and top not in CORE_LIBRARIES
        ):
            return (
                "core/ imports only core/, the standard library, numpy, shapely, pandas, matplotlib"
            )
    if kind in ("gui", "processing") and target == "db":
        return "gui/ and processing/ go through usecases/, never db/"
    if kind == "toolbelt" and target == "db" and not within(module, PACKAGE + ".db.database"):
        return "toolbelt/ only opens connections (db/database.py); the rest is in usecases/"
    if kind == "db" and target in ("usecases", "gui", "processing", "toolbelt"):
        return "db/ only reads and writes: it imports core/ and db/, nothing above"
    if kind in ("db", "usecases", "core", "connectors") and top == "qgis":
        return "no QGIS import below usecases/"
    if kind == "usecases" and target in ("gui", "processing", "toolbelt"):
        return "usecases/ are below gui/, processing/ and toolbelt/"
    return ""


def forbidden_imports(root: Path) -> List[Tuple[str, str, str]]:
    found = []
    for path in sorted(root.rglob("*.py")):
        importer = module_name(path, root)
        for module in sorted(set(imported_modules(path, root))):
            why = refusal(importer, module)
            if why:
                found.append((str(path.relative_to(root.parent)), module, why))
    return found


def test_the_plugin_imports_point_one_way():
    assert forbidden_imports(ROOT) == []


def test_the_use_cases_live_in_one_package():
    assert not (ROOT / "jobs.py").exists() and not (ROOT / "ingest_jobs.py").exists()
    assert {p.stem for p in (ROOT / "usecases").glob("*.py")} >= {
        "__init__",
        "catalogue",
        "publication",
        "routing",
        "ingest",
    }


def write(root: Path, relative: str, text: str) -> None:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_each_forbidden_arrow_is_found(tmp_path):
    root = tmp_path / PACKAGE
    for package in ("", "core", "db", "usecases", "gui", "processing/algorithms", "toolbelt"):
        write(root, (package + "/" if package else "") + "__init__.py", "")
    write(root, "core/ok.py", "import re\nimport numpy as np\nfrom . import schema\n")
    write(root, "core/bad.py", "import requests\nfrom ..db import database\n")
    write(root, "db/bad.py", "from ..usecases import routing\nfrom .database import Database\n")
    write(root, "usecases/ok.py", "from ..db import routing_repository\nfrom ..core import x\n")
    write(root, "gui/bad.py", "from ..db.database import Database\nfrom .. import usecases\n")
    write(root, "gui/also_bad.py", "from .. import db\n")
    write(
        root,
        "processing/algorithms/bad.py",
        "from ...db import repositories as repo\nfrom ...usecases import catalogue\n",
    )
    write(root, "toolbelt/ok.py", "from ..db.database import Database\n")
    write(root, "toolbelt/bad.py", "from ..db import services_repository\n")
    found = {(path, module) for path, module, _why in forbidden_imports(root)}
    assert found == {
        (PACKAGE + "/core/bad.py", "requests"),
        (PACKAGE + "/core/bad.py", PACKAGE + ".db"),
        (PACKAGE + "/core/bad.py", PACKAGE + ".db.database"),
        (PACKAGE + "/db/bad.py", PACKAGE + ".usecases"),
        (PACKAGE + "/db/bad.py", PACKAGE + ".usecases.routing"),
        (PACKAGE + "/gui/bad.py", PACKAGE + ".db.database"),
        (PACKAGE + "/gui/bad.py", PACKAGE + ".db.database.Database"),
        (PACKAGE + "/gui/also_bad.py", PACKAGE + ".db"),
        (PACKAGE + "/processing/algorithms/bad.py", PACKAGE + ".db"),
        (PACKAGE + "/processing/algorithms/bad.py", PACKAGE + ".db.repositories"),
        (PACKAGE + "/toolbelt/bad.py", PACKAGE + ".db"),
        (PACKAGE + "/toolbelt/bad.py", PACKAGE + ".db.services_repository"),
    }

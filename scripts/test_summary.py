"""Sum up JUnit reports per test layer; exit 1 on any failure, error, skip or empty layer."""

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def counts(path: Path):
    if not path.exists():
        return None
    root = ET.parse(path).getroot()
    suites = [root] if root.tag == "testsuite" else list(root.iter("testsuite"))
    total = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for suite in suites:
        for key in total:
            total[key] += int(suite.get(key, 0))
    skipped = [
        case.get("classname", "") + "::" + case.get("name", "")
        for case in root.iter("testcase")
        if case.find("skipped") is not None
    ]
    return total, skipped


def main(paths):
    ok = True
    print("\n{:<14}{:>8}{:>8}{:>8}{:>8}".format("layer", "passed", "failed", "errors", "skipped"))
    for path in map(Path, paths):
        result = counts(path)
        if result is None:
            print("{:<14} no report".format(path.stem))
            ok = False
            continue
        total, skipped = result
        passed = total["tests"] - total["failures"] - total["errors"] - total["skipped"]
        print(
            "{:<14}{:>8}{:>8}{:>8}{:>8}".format(
                path.stem, passed, total["failures"], total["errors"], total["skipped"]
            )
        )
        for name in skipped:
            print("    skipped: {}".format(name))
        if total["failures"] or total["errors"] or total["skipped"] or total["tests"] == 0:
            ok = False
    print("all layers green" if ok else "SOME LAYER FAILED (or skipped or ran no test)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

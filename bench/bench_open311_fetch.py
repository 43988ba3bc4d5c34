"""Benchmark: fetch and parse N Open311 requests served in pages by the loopback test server,
then run the data-quality guard on them (no database: storage is measured elsewhere).

    .venv/bin/python bench/bench_open311_fetch.py [--count 100000] [--page-size 1000] [--xml]
"""

import argparse
import datetime as dt
import os
import platform
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from gup_signalement_plugin.connectors.open311_client import Open311Client  # noqa: E402
from gup_signalement_plugin.core.catalogue import read_catalogue_csv  # noqa: E402
from gup_signalement_plugin.core.quality import (
    QualityGuard,
    categories_requiring_description,
    communes_from_records,  # noqa: E402
)
from tests.helpers import DEFAULT_CATALOGUE, commune_records  # noqa: E402
from tests.open311_server import PARIS_WINTER, Open311TestServer  # noqa: E402


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return "{}, {} CPU(s), Python {}, {}".format(
        cpu, os.cpu_count(), platform.python_version(), platform.platform()
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100000)
    parser.add_argument("--page-size", type=int, default=1000)
    parser.add_argument("--xml", action="store_true")
    args = parser.parse_args()
    start = dt.datetime(2024, 1, 1, tzinfo=PARIS_WINTER)
    guard = QualityGuard(
        communes_from_records(commune_records()),
        categories_requiring_description(read_catalogue_csv(DEFAULT_CATALOGUE.read_bytes())),
        {"0042": "graffitis"},
    )
    print("Machine:", machine())
    with Open311TestServer(count=args.count, seed=1, lifetime=600) as server:
        client = Open311Client(
            server.url, "bench", page_size=args.page_size, fmt="xml" if args.xml else "json"
        )
        fetched = pages = 0
        reasons = Counter()
        guard_seconds = 0.0
        began = time.perf_counter()
        for page in client.requests_window(start, start + dt.timedelta(days=366)):
            pages += 1
            fetched += len(page.reports)
            tick = time.perf_counter()
            reasons.update(code for v in guard.check(page.reports) for code in v.codes)
            guard_seconds += time.perf_counter() - tick
        elapsed = time.perf_counter() - began
    print(
        "{} requests in {} pages ({}), {:.2f} s: {:.0f} requests/s; quality guard {:.2f} s; "
        "quarantine reasons {}".format(
            fetched,
            pages,
            "XML" if args.xml else "JSON",
            elapsed,
            fetched / elapsed,
            guard_seconds,
            dict(reasons),
        )
    )


if __name__ == "__main__":
    main()

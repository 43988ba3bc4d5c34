"""`make demo` as a new user runs it: from a copy of the checkout inside a folder of mode 700
(as /root is), with `../shared` beside it, without stdin, as CI runs it (as root). Exercises the
real path: the Makefile targets, scripts/pg_cluster.sh and scripts/demo.py.

Catches a demo cluster kept where its server cannot reach: as root the server runs as
'postgres', which cannot enter a folder of mode 700."""

import os
import re
import shutil
import subprocess

import psycopg2
import pytest

from tests.helpers import REPO_ROOT, SHARED_DATA

# Local state of a checkout, never part of a clone: not copied.
LOCAL_STATE = {
    ".git",
    ".venv",
    ".pgdata",
    "build",
    "dist",
    "out",
    ".pytest_cache",
    ".hypothesis",
    "__pycache__",
}
DEMO_REPORTS = 5000  # 3,000 from the agents' app, 2,000 from the citizens' one (scripts/demo.py)


def copy_checkout(closed_folder):
    """The checkout's files (not its local state) in closed_folder/checkout, and the shared data
    beside it as in CI (../shared/data). The copy uses this checkout's venv (a link)."""
    checkout = closed_folder / "checkout"
    shutil.copytree(
        REPO_ROOT,
        checkout,
        symlinks=True,
        ignore=lambda folder, names: [n for n in names if n in LOCAL_STATE],
    )
    (checkout / ".venv").symlink_to((REPO_ROOT / ".venv").resolve())
    (closed_folder / "shared").mkdir()
    (closed_folder / "shared" / "data").symlink_to(SHARED_DATA.resolve())
    return checkout


def run_make(checkout, target, port):
    """`make target` in the copy, as a user types it (no inherited make or demo settings). The
    venv is this checkout's, already made by `make test`: -o keeps make from re-making it."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k
        not in ("MAKEFLAGS", "MAKELEVEL", "MFLAGS", "GUP_SHARED_DATA", "DEMO_PGDATA", "DEMO_PGPORT")
    }
    return subprocess.run(
        ["make", "-o", ".venv/.installed", target, "DEMO_PGPORT={}".format(port)],
        cwd=checkout,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=900,
    )


def make(checkout, target, port):
    """run_make, which must succeed; its output."""
    done = run_make(checkout, target, port)
    assert done.returncode == 0, "make {} failed:\n{}\n{}".format(
        target, done.stdout[-4000:], done.stderr[-4000:]
    )
    return done.stdout


def found(pattern, text):
    """The groups of the first line matching pattern."""
    match = re.search(pattern, text, re.MULTILINE)
    assert match, "not in the demo's output: {}\n{}".format(pattern, text[-4000:])
    return list(match.groups())


def count(pattern, text):
    return [int(g) for g in found(pattern, text)]


def listed_total(heading, text):
    """Sum of the indented '  N  label' lines under a heading line of the summary."""
    match = re.search(r"^  {}.*$".format(re.escape(heading)), text, re.MULTILINE)
    assert match, "not in the demo's output: {}\n{}".format(heading, text[-4000:])
    block = text[match.end() :].splitlines()[1:]
    total = 0
    for line in block:
        row = re.match(r"^\s{4}\s*(\d+)  \S", line)
        if not row:
            break
        total += int(row.group(1))
    return total


@pytest.fixture
def closed_checkout(tmp_path):
    closed_folder = tmp_path / "closed"
    closed_folder.mkdir()
    closed_folder.chmod(0o700)
    return copy_checkout(closed_folder)


def test_make_demo_from_a_checkout_in_a_closed_folder(closed_checkout):
    port = int(os.environ.get("GUP_TEST_DEMO_PGPORT", "54331"))
    try:
        out = make(closed_checkout, "demo", port)
        started_port, data_dir = found(r"^PostgreSQL started on 127\.0\.0\.1:(\d+) \((.+)\)$", out)
        assert int(started_port) == port
        assert count(r"^  communes\s+(\d+) \(", out) == [24]
        assert count(r"^  services / perimeters\s+(\d+) / (\d+)$", out) == [28, 43]
        [stored] = count(r"^  reports stored\s+(\d+) ", out)
        [quarantined] = count(r"^  quarantined\s+(\d+) ", out)
        assert stored + quarantined == DEMO_REPORTS
        assert 0 < quarantined < DEMO_REPORTS // 10
        assert listed_total("quarantined ", out) == quarantined
        assert listed_total("reports per service:", out) == stored
        assert listed_total("reports per status and reason:", out) == stored
        # the triage history (scripts/demo_triage.py): every stored report has a status
        assert listed_total("triage (demo history", out) == stored
        triaged = dict(
            (label, int(n))
            for n, label in re.findall(
                r"^\s{4}\s*(\d+)  (new|in_progress|to_triage|closed|duplicate)$", out, re.MULTILINE
            )
        )
        assert triaged["duplicate"] == 8
        assert min(triaged.values()) > 0
        [overdue] = count(r"^  overdue\s+(\d+)$", out)
        assert 0 < overdue < stored
        again = re.findall(
            r"^  synchronised again: (\d+) new, (\d+) updated, (\d+) unchanged", out, re.MULTILINE
        )
        assert again == [("0", "0", "3000"), ("0", "0", "2000")]
        assert (closed_checkout / "out" / "demo" / "gup_demo.qgz").stat().st_size > 0

        # the cluster is kept: stopped, started again, the demo database is still there
        make(closed_checkout, "demo-stop", port)
        make(closed_checkout, "demo-start", port)
        conn = psycopg2.connect(host="127.0.0.1", port=port, user="postgres", dbname="gup_demo")
        try:
            with conn.cursor() as cur:
                cur.execute("SELECT count(*) FROM gup_signalement.signalement")
                assert cur.fetchone()[0] == stored
        finally:
            conn.close()
    finally:
        cleaned = run_make(closed_checkout, "demo-clean", port)
    assert cleaned.returncode == 0, cleaned.stderr
    assert not os.path.exists(data_dir)

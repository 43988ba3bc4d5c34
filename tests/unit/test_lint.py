"""The whole tree passes the house linter and formatter (ruff.toml): `ruff check` and
`ruff format --check`, run from the repository root as a developer runs them."""

import subprocess
import sys

import pytest

from tests.helpers import REPO_ROOT


@pytest.mark.parametrize("command", [["check", "."], ["format", "--check", "."]])
def test_ruff_finds_nothing(command):
    result = subprocess.run(
        [sys.executable, "-m", "ruff", *command],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, (
        "ruff {} found problems (fix them with `.venv/bin/ruff format . && "
        ".venv/bin/ruff check --fix .`, then by hand):\n{}{}".format(
            " ".join(command), result.stdout, result.stderr
        )
    )

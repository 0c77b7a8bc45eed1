"""Session-wide set-up: Prefect isolated from the network and from the user's own Prefect home."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports prefect: no telemetry, and a Prefect home of the test session's own.
os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
os.environ["PREFECT_HOME"] = tempfile.mkdtemp(prefix="triangulate-prefect-home-")
os.environ.pop("PREFECT_API_URL", None)

REPO = Path(__file__).resolve().parent.parent
BUNDLED_CORPUS = REPO / "corpus"


@pytest.fixture(scope="session")
def prefect_api_url() -> Iterator[str]:
    """One temporary Prefect server for the whole session (starting one costs ~10 s)."""
    from prefect.settings import PREFECT_API_URL
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        url = PREFECT_API_URL.value()
        assert url, "prefect_test_harness did not set an API URL"
        yield str(url)


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled corpus (documents and sources.yaml)."""
    target = tmp_path / "corpus"
    shutil.copytree(BUNDLED_CORPUS, target)
    return target


class TriangulateCLI:
    """The real `triangulate` command, run in subprocesses against the session's Prefect server."""

    def __init__(self, api_url: str) -> None:
        self.api_url = api_url

    def env(self, cwd: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
        env = {
            **os.environ,
            "PREFECT_API_URL": self.api_url,
            "PREFECT_HOME": str(cwd / ".prefect"),
            "PYTHONPATH": str(REPO),
            "TRIANGULATE_CONFIG": str(cwd / "triangulate.toml"),  # none there: defaults and flags only
        }
        env.pop("TRIANGULATE_FAILPOINT", None)
        env.update(extra or {})
        return env

    def command(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "flows.cli", *args]

    def run(
        self, *args: str, cwd: Path, env: dict[str, str] | None = None, timeout: float = 300
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self.command(*args),
            cwd=cwd,
            env=self.env(cwd, env),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )


@pytest.fixture(scope="session")
def triangulate_cli(prefect_api_url: str) -> TriangulateCLI:
    return TriangulateCLI(prefect_api_url)

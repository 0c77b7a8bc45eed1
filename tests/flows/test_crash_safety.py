"""A run killed at any stage harms nothing: the published warehouse and site stay whole, and the
next run succeeds. Analysts can query while a run is under way."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import time
from pathlib import Path
from typing import Any

import duckdb
import pytest


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _site_digest(site: Path) -> dict[str, str]:
    return {str(p.relative_to(site)): _digest(p) for p in sorted(site.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def published(triangulate_cli: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A working folder holding a corpus copy and a first published warehouse and site."""
    work = tmp_path_factory.mktemp("crash")
    corpus = Path(__file__).resolve().parents[2] / "corpus"
    done = triangulate_cli.run(
        "run", "--corpus", str(corpus), "--warehouse", "wh/t.duckdb", "--site", "site", cwd=work
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return work


def _run_args() -> list[str]:
    corpus = Path(__file__).resolve().parents[2] / "corpus"
    return ["run", "--full", "--corpus", str(corpus), "--warehouse", "wh/t.duckdb", "--site", "site"]


@pytest.mark.parametrize("stage", ["extract", "load", "reconcile", "render", "publish", "publish_site"])
def test_a_run_killed_at_a_stage_leaves_a_whole_warehouse_and_site(
    stage: str, published: Path, triangulate_cli: Any
) -> None:
    warehouse, site = published / "wh" / "t.duckdb", published / "site"
    warehouse_before, site_before = _digest(warehouse), _site_digest(site)
    killed = triangulate_cli.run(*_run_args(), cwd=published, env={"TRIANGULATE_FAILPOINT": f"{stage}:kill"})
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-2000:]
    assert _site_digest(site) == site_before, "a killed run changed the published site"
    if stage == "publish_site":  # killed between the two swaps: the new warehouse is whole and published
        assert _digest(warehouse) != warehouse_before
    else:
        assert _digest(warehouse) == warehouse_before, "a killed run changed the published warehouse"
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM documents").fetchone() == (5,)

    again = triangulate_cli.run(*_run_args(), cwd=published)
    assert again.returncode == 0, again.stderr[-3000:]
    assert not list(warehouse.parent.glob(".staging-*"))
    assert not list(site.parent.glob(".site-*"))


def test_sql_answers_while_a_run_is_under_way(published: Path, triangulate_cli: Any) -> None:
    warehouse = published / "wh" / "t.duckdb"
    before = _digest(warehouse)
    running = subprocess.Popen(
        triangulate_cli.command(*_run_args()),
        cwd=published,
        env=triangulate_cli.env(published, {"TRIANGULATE_FAILPOINT": "reconcile:sleep"}),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        while not list(warehouse.parent.glob(".staging-*")):  # the run has loaded its new file
            assert running.poll() is None, "the run ended before reaching reconcile"
            assert time.monotonic() < deadline, "the run never reached reconcile"
            time.sleep(0.2)
        answer = triangulate_cli.run(
            "sql", "select measure, count(*) from figures group by 1", "--warehouse", "wh/t.duckdb",
            cwd=published,
        )  # fmt: skip
        assert answer.returncode == 0, answer.stderr
        assert "fighters" in answer.stdout
    finally:
        os.kill(running.pid, signal.SIGKILL)
        running.wait()
    assert _digest(warehouse) == before

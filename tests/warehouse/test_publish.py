"""Building, publishing and locking real warehouse files."""

from __future__ import annotations

import datetime
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import polars as pl
import pytest

from warehouse.build import build_warehouse, schema_statements
from warehouse.publish import (
    RunInProgress,
    new_staging_path,
    publish_file,
    read_previous,
    remove_stale_staging,
    run_lock,
)


def _errors(name: str) -> pl.DataFrame:
    at = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    return pl.DataFrame({"file_name": [name], "reason": ["empty file (0 bytes)"], "at": [at]})


def _tables(path: Path) -> set[str]:
    with duckdb.connect(str(path), read_only=True) as con:
        return {
            name for (name,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall()
        }


def test_a_new_warehouse_has_every_relation_and_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "t.duckdb"
    counts = build_warehouse(path, {"ingest_errors": _errors("a")})
    assert counts == {"ingest_errors": 1}
    assert {
        "documents",
        "figures",
        "estimates",
        "conflicts",
        "quarantine",
        "ingest_errors",
        "runs",
    } <= _tables(path)
    assert schema_statements()
    with pytest.raises(FileExistsError):
        build_warehouse(path, {})


def test_unknown_columns_are_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="not in the warehouse schema"):
        build_warehouse(tmp_path / "t.duckdb", {"runs": pl.DataFrame({"no_such_column": [1]})})


def test_publish_replaces_the_file_while_a_reader_keeps_the_old_one(tmp_path: Path) -> None:
    published = tmp_path / "t.duckdb"
    build_warehouse(published, {"ingest_errors": _errors("old")})
    reader = duckdb.connect(str(published), read_only=True)
    staged = new_staging_path(published)
    build_warehouse(staged, {"ingest_errors": _errors("new")})
    publish_file(staged, published)
    assert not staged.exists()
    # The open reader still sees the snapshot it opened; a new reader sees the new file.
    assert reader.execute("SELECT file_name FROM ingest_errors").fetchall() == [("old",)]
    reader.close()
    with duckdb.connect(str(published), read_only=True) as fresh:
        assert fresh.execute("SELECT file_name FROM ingest_errors").fetchall() == [("new",)]


def test_the_run_lock_fails_fast_across_processes_and_dies_with_its_holder(tmp_path: Path) -> None:
    warehouse = tmp_path / "t.duckdb"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import time
                from pathlib import Path
                from warehouse.publish import run_lock
                with run_lock(Path({str(warehouse)!r})):
                    print("held", flush=True)
                    time.sleep(60)
                """
            ),
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(RunInProgress, match=f"pid {holder.pid}"), run_lock(warehouse):
            pass
    finally:
        holder.kill()
        holder.wait()
    deadline = time.monotonic() + 10
    while True:  # the kernel releases a killed holder's lock
        try:
            with run_lock(warehouse):
                break
        except RunInProgress:
            assert time.monotonic() < deadline
            time.sleep(0.05)


def test_stale_staging_files_are_removed(tmp_path: Path) -> None:
    warehouse = tmp_path / "t.duckdb"
    stale = new_staging_path(warehouse)
    stale.write_bytes(b"half-built")
    other = tmp_path / "unrelated.duckdb"
    other.write_bytes(b"keep")
    assert remove_stale_staging(warehouse) == [stale]
    assert not stale.exists() and other.exists()


def test_read_previous_returns_nothing_before_the_first_run(tmp_path: Path) -> None:
    documents, figures, runs = read_previous(tmp_path / "none.duckdb", "v1")
    assert documents.height == figures.height == runs.height == 0

"""Publishing a warehouse: one run at a time, built aside, swapped in atomically.

A run holds an exclusive lock on `<warehouse>.lock` (flock: the kernel drops it when the process
dies, even by SIGKILL), builds a complete new DuckDB file named `.staging-*` beside the published
one, and renames it over the published file only when everything downstream succeeded. Analysts'
read-only connections keep the old file's inode until they close; a reader never sees a half-built
warehouse and never blocks a run.
"""

from __future__ import annotations

import fcntl
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import polars as pl

STAGING_PREFIX = ".staging-"


class RunInProgress(RuntimeError):
    """Another run holds the warehouse's lock."""


@contextmanager
def run_lock(warehouse: Path) -> Iterator[Path]:
    """Hold the warehouse's run lock for the duration of the block, or fail fast."""
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    lock_path = warehouse.with_name(warehouse.name + ".lock")
    with lock_path.open("a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            raise RunInProgress(
                f"another triangulate run is building {warehouse} (lock {lock_path}, held by pid {holder})"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        try:
            yield lock_path
        finally:
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)


def remove_stale_staging(warehouse: Path) -> list[Path]:
    """Delete staging files left by killed runs. Call only while holding the run lock."""
    stale = sorted(warehouse.parent.glob(f"{STAGING_PREFIX}{warehouse.stem}-*"))
    for path in stale:
        path.unlink(missing_ok=True)
    return stale


def new_staging_path(warehouse: Path) -> Path:
    return warehouse.with_name(f"{STAGING_PREFIX}{warehouse.stem}-{uuid.uuid4().hex[:12]}{warehouse.suffix}")


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def publish_file(staged: Path, published: Path) -> None:
    """Atomically replace `published` with the fully written `staged` file (or folder's file)."""
    _fsync(staged)
    os.replace(staged, published)
    _fsync(published.parent)


def read_previous(warehouse: Path, extractor_version: str) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """The published warehouse's documents, figures and runs, for reuse by an incremental run.

    Only documents extracted by the same extractor version are returned (with their figures):
    a change of extraction rules makes every document new again. Returns empty frames when no
    warehouse is published yet.
    """
    if not warehouse.exists():
        return pl.DataFrame(), pl.DataFrame(), pl.DataFrame()
    with duckdb.connect(str(warehouse), read_only=True) as con:
        documents = con.sql(
            "SELECT * FROM documents WHERE extractor_version = ? ORDER BY doc_id", params=[extractor_version]
        ).pl()
        figures = con.sql(
            "SELECT f.* FROM figures f JOIN documents d USING (doc_id) "
            "WHERE d.extractor_version = ? ORDER BY f.figure_id",
            params=[extractor_version],
        ).pl()
        runs = con.sql("SELECT * FROM runs ORDER BY started_at").pl()
    return documents, figures, runs

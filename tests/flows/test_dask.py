"""Extraction fanned out over a Dask cluster gives the local run's warehouse, in batches of documents."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest

from flows.config import Settings
from flows.pipeline import build_indicators
from flows.runners import flow_with_runner

pytestmark = pytest.mark.usefixtures("prefect_api_url")

COMPARED = ("documents", "figures", "estimates", "conflicts", "estimate_figures")


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    from distributed import LocalCluster

    with LocalCluster(  # type: ignore[no-untyped-call]
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
    ) as local_cluster:
        yield local_cluster


def _rows(warehouse: Path) -> dict[str, list[tuple[Any, ...]]]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return {table: con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall() for table in COMPARED}


def test_dask_extraction_equals_the_local_run(cluster: Any, corpus_copy: Path, tmp_path: Path) -> None:
    from distributed import Client, get_task_stream

    local = flow_with_runner(build_indicators, Settings())(
        corpus=str(corpus_copy),
        warehouse=str(tmp_path / "local" / "t.duckdb"),
        site=str(tmp_path / "local-site"),
        full=True,
        batch_documents=2,
    )

    dask_flow = flow_with_runner(build_indicators, Settings(dask_address=cluster.scheduler_address))
    assert type(dask_flow.task_runner).__name__ == "DaskTaskRunner"
    with Client(cluster.scheduler_address) as client, get_task_stream(client) as stream:  # type: ignore[no-untyped-call]
        on_dask = dask_flow(
            corpus=str(corpus_copy),
            warehouse=str(tmp_path / "dask" / "t.duckdb"),
            site=str(tmp_path / "dask-site"),
            full=True,
            batch_documents=2,
        )
    records = list(stream.data)  # only the extraction batches are submitted to the task runner

    documents = local["documents_seen"]
    batches = -(-documents // 2)
    assert documents >= 3, "the corpus should make more than one batch"
    assert len(records) == batches, f"expected one Dask task per batch of 2 documents, got {len(records)}"
    assert {record["worker"] for record in records} <= set(cluster.scheduler_info["workers"])
    assert len({record["worker"] for record in records}) == 2, "extraction did not fan out to both workers"

    for key in ("documents_seen", "documents_extracted", "figures", "estimates", "conflicts", "quarantined"):
        assert on_dask[key] == local[key], key
    assert _rows(tmp_path / "dask" / "t.duckdb") == _rows(tmp_path / "local" / "t.duckdb")
    assert (tmp_path / "dask-site" / "index.html").is_file()

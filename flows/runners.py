"""Which Prefect task runner executes the extraction batches."""

from __future__ import annotations

from typing import Any

from prefect import Flow
from prefect.task_runners import ThreadPoolTaskRunner

from flows.config import Settings


def flow_with_runner(flow: Flow[Any, Any], settings: Settings) -> Flow[Any, Any]:
    """`flow` with a Dask task runner when a cluster address is configured, else local threads.

    Dask is imported only when asked for: it costs about a second to import.
    """
    if settings.dask_address or settings.task_runner == "dask":
        if not settings.dask_address:
            raise ValueError("task_runner = dask needs dask_address (tcp://HOST:PORT) or --dask-address")
        from prefect_dask import DaskTaskRunner

        return flow.with_options(task_runner=DaskTaskRunner(address=settings.dask_address))
    return flow.with_options(task_runner=ThreadPoolTaskRunner(max_workers=4))

"""Which Prefect task runner executes the extraction batches."""

from __future__ import annotations

from typing import Any, ParamSpec, TypeVar, cast

from prefect import Flow
from prefect.futures import PrefectFuture
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from flows.config import Settings

TASK_RUNNERS = ("threads", "dask")
LOCAL_THREADS = 4

P = ParamSpec("P")
R = TypeVar("R")


def flow_with_runner(flow: Flow[P, R], settings: Settings) -> Flow[P, R]:
    """`flow` with a Dask task runner when a cluster address is configured, else local threads.

    A Dask address (config `dask_address`, TRIANGULATE_DASK_ADDRESS or `--dask-address`) selects
    prefect-dask's DaskTaskRunner on that existing cluster, whatever `task_runner` says. The flow
    submits one task per batch of `batch_documents` documents, never one per document: a Dask task
    costs about 200 ms of overhead. The cluster's workers must be able to import this project
    (`pip install` it, or run them from a checkout with it on PYTHONPATH).

    Dask is imported only when asked for: it costs about a second to import.
    """
    if settings.task_runner not in TASK_RUNNERS:
        raise ValueError(
            f"task_runner must be one of {', '.join(TASK_RUNNERS)}, not {settings.task_runner!r}"
        )
    if settings.dask_address or settings.task_runner == "dask":
        if not settings.dask_address:
            raise ValueError("task_runner = dask needs dask_address (tcp://HOST:PORT) or --dask-address")
        from prefect_dask.task_runners import DaskTaskRunner

        runner: TaskRunner[Any] = DaskTaskRunner(address=settings.dask_address)
    else:
        runner = ThreadPoolTaskRunner(max_workers=LOCAL_THREADS)
    return flow.with_options(task_runner=cast("TaskRunner[PrefectFuture[Any]]", runner))

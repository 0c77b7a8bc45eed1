"""Serve build_indicators as a Prefect deployment on a schedule (this process runs the flow runs).

`triangulate serve` registers a deployment named `build_indicators/<name>` with the Prefect API
(PREFECT_API_URL) and then polls it: the server's scheduler creates flow runs on the schedule and
this process executes each one in a subprocess of its own. Teams that run Prefect workers deploy
the same flow with `prefect deploy` and the repository's prefect.yaml instead.
"""

from __future__ import annotations

import zoneinfo
from typing import Any

from prefect.schedules import Cron, Interval, Schedule

from flows.config import Settings


def build_schedule(settings: Settings, cron: str | None = None, interval: float | None = None) -> Schedule:
    """The schedule to serve on: an interval in seconds, else a cron, else the configured cron.

    Raises ValueError (which the CLI prints) for a non-positive interval, a cron Prefect cannot
    parse or an unknown time zone, before anything is registered with the API.
    """
    if interval is not None and cron is not None:
        raise ValueError("give either a cron or an interval, not both")
    if interval is not None:
        if not interval > 0:
            raise ValueError(f"--interval must be a positive number of seconds, not {interval:g}")
        return Interval(float(interval))  # Prefect reads a number as seconds
    expression = cron or settings.schedule_cron
    try:
        zoneinfo.ZoneInfo(settings.schedule_timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            f"schedule_timezone {settings.schedule_timezone!r} is not a known time zone"
        ) from None
    try:
        return Cron(expression, timezone=settings.schedule_timezone)
    except ValueError as error:
        raise ValueError(f"schedule: {error}") from None


def deployment_parameters(settings: Settings) -> dict[str, Any]:
    """The flow's parameters for every scheduled run, with paths made absolute (runs may not share cwd)."""
    return {
        "corpus": str(settings.corpus.resolve()),
        "warehouse": str(settings.warehouse.resolve()),
        "site": str(settings.site.resolve()),
        "batch_documents": settings.batch_documents,
        "max_document_bytes": settings.max_document_bytes,
    }


def serve_build_indicators(
    settings: Settings, cron: str | None = None, interval: float | None = None, name: str = "scheduled"
) -> None:
    """Block, creating and executing flow runs on the schedule until interrupted.

    An interval (seconds) or a cron from the command line wins over the configured cron (default
    daily at 06:00 UTC). This process runs at most one flow run at a time (`limit=1`), and a run
    that finds another holding the warehouse lock (e.g. a manual `triangulate run`) fails fast, so
    overlapping runs cannot corrupt anything. With a Dask address configured, each run's extraction
    goes to that cluster.
    """
    schedule = build_schedule(settings, cron=cron, interval=interval)
    # Imported here: the flow imports every domain room, which `build_schedule` callers do not need.
    from flows.pipeline import build_indicators
    from flows.runners import flow_with_runner

    flow = flow_with_runner(build_indicators, settings)
    flow.serve(
        name=name,
        schedules=[schedule],
        parameters=deployment_parameters(settings),
        description="Read the corpus, reconcile figures, publish the warehouse and the report.",
        tags=["triangulate"],
        limit=1,
    )

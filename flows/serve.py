"""Serve build_indicators as a Prefect deployment on a schedule (this process runs the flow runs)."""

from __future__ import annotations

from prefect.schedules import Cron, Interval

from flows.config import Settings
from flows.pipeline import build_indicators
from flows.runners import flow_with_runner


def serve_build_indicators(
    settings: Settings, cron: str | None = None, interval: float | None = None, name: str = "scheduled"
) -> None:
    """Block, creating and executing flow runs on the schedule until interrupted.

    An interval (seconds) wins over a cron; with neither, the configured cron applies
    (default daily at 06:00 UTC). Overlapping runs cannot corrupt anything: a run that finds
    another holding the warehouse lock fails fast.
    """
    schedule = (
        Interval(interval)
        if interval
        else Cron(cron or settings.schedule_cron, timezone=settings.schedule_timezone)
    )
    flow = flow_with_runner(build_indicators, settings)
    flow.serve(
        name=name,
        schedules=[schedule],
        parameters={
            "corpus": str(settings.corpus.resolve()),
            "warehouse": str(settings.warehouse.resolve()),
            "site": str(settings.site.resolve()),
            "batch_documents": settings.batch_documents,
            "max_document_bytes": settings.max_document_bytes,
        },
        description="Read the corpus, reconcile figures, publish the warehouse and the report.",
        tags=["triangulate"],
        limit=1,
    )

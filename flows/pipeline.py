"""The `build_indicators` flow: coarse Prefect tasks over the domain rooms' plain functions.

discover → extract (in batches of documents) → validate → load → reconcile → render → publish.
Everything is built aside (a staging DuckDB file, a staging site folder) and published only at
the end, under a run lock, so a failed or killed run leaves the published warehouse and site as
they were.
"""

from __future__ import annotations

import datetime
import shutil
import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import polars as pl
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_link_artifact, create_table_artifact
from prefect.futures import as_completed

from extract import EXTRACTOR_VERSION
from extract.figures import extract_figures
from flows.failpoints import failpoint
from flows.progress import progress_bar
from ingest.discover import CorpusRead, IngestLimits, read_corpus
from ingest.document import Document
from reconcile.estimates import reconcile_estimates
from reports.site import publish_site, render_site, site_is_current, staging_dir_for
from reports.site import remove_stale_staging as remove_stale_report_staging
from schemas.frames import FIGURE_COLUMNS, documents_frame, empty_figures, figures_frame
from schemas.models import ConflictSchema, DocumentSchema, EstimateSchema, FigureInDocumentSchema
from schemas.validate import empty_quarantine, validate_rows
from warehouse.build import build_warehouse, load_table
from warehouse.publish import (
    new_staging_path,
    publish_file,
    read_previous,
    remove_stale_staging,
    run_lock,
)


@dataclass
class RunSummary:
    """What one run did; printed by the CLI and kept in the warehouse's `runs` relation."""

    run_id: str
    corpus: str
    warehouse: str
    site_index: str
    mode: str
    documents_seen: int = 0
    documents_extracted: int = 0
    documents_reused: int = 0
    ingest_errors: int = 0
    figures: int = 0
    quarantined: int = 0
    estimates: int = 0
    conflicts: int = 0
    started_at: datetime.datetime = field(default_factory=lambda: datetime.datetime.now(datetime.UTC))
    finished_at: datetime.datetime | None = None

    def counts(self) -> list[dict[str, Any]]:
        names = (
            "documents_seen",
            "documents_extracted",
            "documents_reused",
            "ingest_errors",
            "figures",
            "quarantined",
            "estimates",
            "conflicts",
        )
        return [{"stage": name, "count": getattr(self, name)} for name in names]


@dataclass(frozen=True)
class Previous:
    """What the published warehouse already holds that this run may reuse."""

    documents: pl.DataFrame
    figures: pl.DataFrame
    runs: pl.DataFrame


def _batches(items: Sequence[Document], size: int) -> list[list[Document]]:
    return [list(items[i : i + size]) for i in range(0, len(items), max(1, size))]


@task(name="discover documents")
def discover_documents(corpus: Path, max_document_bytes: int) -> CorpusRead:
    failpoint("discover")
    result = read_corpus(corpus, IngestLimits(max_bytes=max_document_bytes))
    logger = get_run_logger()
    for error in result.errors:
        logger.warning("skipped %s: %s", error.file_name, error.reason)
    for warning in result.warnings:
        logger.warning("%s", warning)
    return result


@task(name="read previous warehouse")
def read_previous_warehouse(warehouse: Path) -> Previous:
    try:
        documents, figures, runs = read_previous(warehouse, EXTRACTOR_VERSION)
    except duckdb.Error as error:
        get_run_logger().warning("cannot reuse %s (%s): extracting every document", warehouse, error)
        return Previous(pl.DataFrame(), pl.DataFrame(), pl.DataFrame())
    if figures.width and set(figures.columns) != set(FIGURE_COLUMNS):
        get_run_logger().warning("%s has an older figures schema: extracting every document", warehouse)
        return Previous(pl.DataFrame(), pl.DataFrame(), runs)
    return Previous(documents, figures, runs)


@task(name="extract figures")
def extract_batch(documents: list[Document]) -> pl.DataFrame:
    failpoint("extract")
    frames = [figures_frame(doc.doc_id, extract_figures(doc)) for doc in documents]
    return pl.concat(frames) if frames else empty_figures()


def _reusable(documents: Sequence[Document], previous: Previous) -> set[str]:
    """Documents whose bytes and date are as in the published warehouse: their figures still hold."""
    if previous.documents.height == 0:
        return set()
    published = dict(previous.documents.select("doc_id", "published").iter_rows())
    return {
        doc.doc_id for doc in documents if doc.doc_id in published and published[doc.doc_id] == doc.published
    }


@task(name="validate")
def validate_relations(
    documents: pl.DataFrame, figures: pl.DataFrame
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """Documents and figures that pass their schemas, and the quarantine of those that do not."""
    failpoint("validate")
    docs = validate_rows(documents, DocumentSchema, "documents", key="doc_id")
    with_chars = figures.join(
        docs.valid.select("doc_id", pl.col("chars").alias("doc_chars")), on="doc_id", how="left"
    ).with_columns(pl.col("doc_chars").fill_null(0))
    figs = validate_rows(with_chars, FigureInDocumentSchema, "figures", key="figure_id")
    quarantine = pl.concat([docs.quarantine, figs.quarantine])
    return docs.valid, figs.valid.drop("doc_chars"), quarantine


@task(name="load warehouse")
def load_warehouse(staging: Path, tables: dict[str, pl.DataFrame]) -> dict[str, int]:
    failpoint("load")
    return build_warehouse(staging, tables)


@task(name="reconcile")
def reconcile_into(staging: Path, documents: pl.DataFrame, figures: pl.DataFrame) -> tuple[int, int, int]:
    """Reconcile the figures into estimates and conflicts, validate them, and load them."""
    failpoint("reconcile")
    result = reconcile_estimates(figures, documents)
    estimates = validate_rows(result.estimates, EstimateSchema, "estimates", key="estimate_id")
    conflicts = validate_rows(result.conflicts, ConflictSchema, "conflicts", key="conflict_id")
    quarantine = pl.concat([estimates.quarantine, conflicts.quarantine])
    with duckdb.connect(str(staging)) as con:
        for table, frame in result.tables().items():
            if table == "estimates":
                frame = estimates.valid
            elif table == "conflicts":
                frame = conflicts.valid
            load_table(con, table, frame)
        load_table(con, "quarantine", quarantine)
        con.execute("CHECKPOINT")
    return estimates.valid.height, conflicts.valid.height, quarantine.height


@task(name="render report")
def render_report(staging: Path, site: Path) -> Path | None:
    """Render the site from the staging warehouse into a staging folder beside the published site.

    Returns None when the published site was rendered by this code from the same rows: an
    unchanged corpus costs no rendering.
    """
    failpoint("render")
    site.parent.mkdir(parents=True, exist_ok=True)
    with duckdb.connect(str(staging), read_only=True) as con:
        if site_is_current(site, con):
            get_run_logger().info("report inputs unchanged: keeping the published site")
            return None
        staging_site = staging_dir_for(site)
        render_site(con, staging_site)
    return staging_site


@task(name="publish")
def publish(
    staging: Path, warehouse: Path, staging_site: Path | None, site: Path, summary: RunSummary
) -> Path:
    """Record the run, then swap the new warehouse and site in (each rename is atomic)."""
    failpoint("publish")
    summary.finished_at = datetime.datetime.now(datetime.UTC)
    row = {key: value for key, value in asdict(summary).items() if key not in ("warehouse", "site_index")}
    with duckdb.connect(str(staging)) as con:
        load_table(con, "runs", pl.DataFrame([row]))
        con.execute("CHECKPOINT")
    publish_file(staging, warehouse)
    failpoint("publish_site")  # between the two swaps: a new warehouse beside the old, whole site
    if staging_site is None:
        return site / "index.html"
    return publish_site(staging_site, site)


@flow(name="build_indicators", log_prints=True)
def build_indicators(
    corpus: str = "corpus",
    warehouse: str = "warehouse/triangulate.duckdb",
    site: str = "reports/site",
    full: bool = False,
    batch_documents: int = 200,
    max_document_bytes: int = 50_000_000,
) -> dict[str, Any]:
    """Read the corpus, extract and validate figures, reconcile them, and publish warehouse and report.

    Incremental by default: documents whose content (sha256), date and extractor version are as in
    the published warehouse keep their figures; only new or changed documents are extracted, and
    documents no longer in the corpus drop out. The output equals a full rebuild's (`full=True`).
    """
    logger = get_run_logger()
    corpus_dir, warehouse_path, site_dir = Path(corpus), Path(warehouse), Path(site)
    summary = RunSummary(
        run_id=uuid.uuid4().hex,
        corpus=str(corpus_dir),
        warehouse=str(warehouse_path),
        site_index=str(site_dir / "index.html"),
        mode="full" if full else "incremental",
    )
    with run_lock(warehouse_path):
        for stale in remove_stale_staging(warehouse_path):
            logger.info("removed %s left by an interrupted run", stale.name)
        for stale_site in remove_stale_report_staging(site_dir):
            logger.info("removed %s left by an interrupted run", stale_site.name)

        corpus_read = discover_documents(corpus_dir, max_document_bytes)
        documents = corpus_read.documents
        summary.documents_seen = len(documents)
        summary.ingest_errors = len(corpus_read.errors)
        if not documents and corpus_read.errors:
            raise RuntimeError(
                f"no document in {corpus_dir} could be read ({len(corpus_read.errors)} rejected)"
            )

        previous = Previous(pl.DataFrame(), pl.DataFrame(), pl.DataFrame())
        if warehouse_path.exists():
            previous = read_previous_warehouse(warehouse_path)
        reusable = set() if full else _reusable(documents, previous)
        to_extract = [doc for doc in documents if doc.doc_id not in reusable]
        summary.documents_extracted = len(to_extract)
        summary.documents_reused = len(reusable)
        logger.info(
            "%d documents: %d to extract, %d unchanged", len(documents), len(to_extract), len(reusable)
        )

        frames: list[pl.DataFrame] = []
        if reusable:
            frames.append(
                previous.figures.filter(pl.col("doc_id").is_in(sorted(reusable))).select(
                    [pl.col(name).cast(dtype) for name, dtype in FIGURE_COLUMNS.items()]
                )
            )
        batches = _batches(to_extract, batch_documents)
        futures = [extract_batch.submit(batch) for batch in batches]
        with progress_bar(len(to_extract), "extracting figures") as advance:
            for future, batch_size in zip(as_completed(futures), (len(b) for b in batches), strict=True):
                frames.append(future.result())
                advance(batch_size)
        figures = pl.concat(frames).sort("figure_id") if frames else empty_figures()

        documents_df = documents_frame(documents, EXTRACTOR_VERSION)
        documents_valid, figures_valid, quarantine = validate_relations(documents_df, figures)
        summary.figures = figures_valid.height
        ingest_errors = pl.DataFrame(
            [asdict(error) for error in corpus_read.errors],
            schema={"file_name": pl.Utf8, "reason": pl.Utf8, "at": pl.Datetime("us", "UTC")},
        )

        staging = new_staging_path(warehouse_path)
        staging_site: Path | None = None
        try:
            load_warehouse(
                staging,
                {
                    "documents": documents_valid,
                    "figures": figures_valid,
                    "quarantine": quarantine if quarantine.height else empty_quarantine(),
                    "ingest_errors": ingest_errors,
                    "runs": previous.runs,
                },
            )
            summary.estimates, summary.conflicts, more_quarantined = reconcile_into(
                staging, documents_valid, figures_valid
            )
            summary.quarantined = quarantine.height + more_quarantined
            staging_site = render_report(staging, site_dir)
            index = publish(staging, warehouse_path, staging_site, site_dir, summary)
        finally:
            staging.unlink(missing_ok=True)
            if staging_site is not None and staging_site.exists():
                shutil.rmtree(staging_site, ignore_errors=True)

    create_table_artifact(
        key="build-indicators-counts",
        table=summary.counts(),
        description=f"Counts per stage of run {summary.run_id} ({summary.mode})",
    )
    create_link_artifact(
        key="build-indicators-report",
        link=index.resolve().as_uri(),
        link_text="triangulate report",
        description=f"Report built from {warehouse_path}",
    )
    logger.info(
        "published %s (%d figures, %d estimates, %d conflicts, %d quarantined) and %s",
        warehouse_path,
        summary.figures,
        summary.estimates,
        summary.conflicts,
        summary.quarantined,
        index,
    )
    result = asdict(summary)
    result["site_index"] = str(index)
    return result

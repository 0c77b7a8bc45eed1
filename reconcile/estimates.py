"""Figures -> estimates (low/best/high, n_sources, status) and the conflicts between figures.

`reconcile_estimates(figures, documents)` runs, in order:

1. `independence.assign_sources`: each figure's `source_key` (figures on the same cited report,
   or the same claimant's statement, are one source) and the date its citation carries.
2. `grouping.date_figures`: the figure's effective date and `period_year`.
3. `normalise.normalise_values`: USD where a rate is known, rates per year, totals also as
   annual rates, the figure's best value.
4. `grouping.assign_quantities`: one quantity per subject x measure x location x region x
   victims x period_year (x unit x per); events of deaths/injured matched by date.
5. `best.summarise`: low/best/high by the rule in `reconcile.best` (and docs/reconcile.md).
6. `conflicts.find_conflicts`: non_overlapping, divergent, self_inconsistent, date_conflict,
   each with an explanation.

Status: `conflict` when any conflict names the estimate (as `estimate_id` or `estimate_id_b`),
else `agreed` when it rests on two or more independent sources, else `single`.

Figures left out of estimates (listed in `Reconciliation.excluded` with a reason): measure
`other` (a number that is none of the measures has no comparable quantity), figures with
neither bound, and figures lacking subject, measure or unit.

Output is deterministic: ids are short sha1 hashes of content (the quantity key; the conflict's
estimate, figures and kind) and every frame is sorted.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from reconcile.best import mark_used, summarise
from reconcile.conflicts import find_conflicts
from reconcile.frames import CONFLICTS_SCHEMA, ESTIMATE_FIGURES_SCHEMA, ESTIMATES_SCHEMA, FIGURES_SCHEMA
from reconcile.grouping import assign_quantities, date_figures, names_incident
from reconcile.independence import assign_sources
from reconcile.normalise import normalise_values, normalise_victims

EXCLUDED_MEASURES: tuple[str, ...] = ("other",)


@dataclass(frozen=True)
class Reconciliation:
    """The reconcile stage's output: frames shaped like the warehouse tables of the same names."""

    estimates: pl.DataFrame
    conflicts: pl.DataFrame
    estimate_figures: pl.DataFrame
    excluded: pl.DataFrame  # figure_id, reason: figures not in any estimate (not a warehouse table)

    def tables(self) -> dict[str, pl.DataFrame]:
        """The frames to load into the warehouse, by table name."""
        return {
            "estimates": self.estimates,
            "conflicts": self.conflicts,
            "estimate_figures": self.estimate_figures,
        }


def _documents(documents: pl.DataFrame) -> pl.DataFrame:
    def column(name: str, dtype: pl.DataType) -> pl.Expr:
        return pl.col(name).cast(dtype) if name in documents.columns else pl.lit(None, dtype=dtype)

    return (
        documents.select(
            pl.col("doc_id").cast(pl.String),
            pl.coalesce(
                column("title", pl.String()), column("file_name", pl.String()), pl.col("doc_id")
            ).alias("doc_title"),
            column("published", pl.Date()).alias("doc_published"),
        )
        .unique("doc_id", keep="first")
        .sort("doc_id")
    )


def _prepare(figures: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """(working frame, wording frame, excluded figures) from the input figures.

    The working frame carries only what reconciliation computes with; the wording columns (text,
    claimant, cited_source) travel separately, keyed by `fig_idx`, and are joined back only for
    the figures named in conflicts.
    """
    missing = [name for name in FIGURES_SCHEMA if name not in figures.columns]
    if missing:
        raise ValueError(f"figures frame lacks columns: {missing}")
    figs = figures.select([pl.col(name).cast(dtype) for name, dtype in FIGURES_SCHEMA.items()])
    figs = figs.with_row_index("fig_idx").with_columns(pl.col("fig_idx").cast(pl.Int64))
    reason = (
        pl.when(pl.col("subject").is_null() | pl.col("measure").is_null() | pl.col("unit").is_null())
        .then(pl.lit("no subject, measure or unit"))
        .when(pl.col("measure").is_in(list(EXCLUDED_MEASURES)))
        .then(pl.lit("measure 'other' is not a comparable quantity"))
        .when(pl.col("value_low").is_null() & pl.col("value_high").is_null())
        .then(pl.lit("no value"))
    )
    figs = figs.with_columns(reason.alias("_reason"))
    excluded = figs.filter(pl.col("_reason").is_not_null()).select(
        "figure_id", pl.col("_reason").alias("reason")
    )
    figs = figs.filter(pl.col("_reason").is_null()).drop("_reason")
    wording = figs.select("fig_idx", "text", "claimant", "claimant_type", "cited_source")
    victims = figs.select(pl.col("victims").drop_nulls().unique())
    victims = victims.with_columns(normalise_victims(pl.col("victims")).alias("victims_n"))
    figs = (
        figs.with_columns(names_incident(pl.col("quote")).alias("names_incident"))
        .drop("quote", "text")
        .join(victims, on="victims", how="left")
    )
    return figs, wording, excluded


def reconcile_estimates(figures: pl.DataFrame, documents: pl.DataFrame) -> Reconciliation:
    """Reconcile a figures frame (the `figures` table's columns) against its documents.

    See the module docstring for the steps, `reconcile.best` for the low/best/high rule and
    `reconcile.conflicts` for the conflict kinds.
    """
    figs, wording, excluded = _prepare(figures)
    docs = _documents(documents)
    figs = assign_sources(figs).drop("cited_source", "claimant", "start", "end")
    figs = date_figures(figs.join(docs.select("doc_id", "doc_published"), on="doc_id", how="left"))
    figs = figs.drop("victims", "period_end", "cite_date", "doc_published")
    rows = assign_quantities(normalise_values(figs).drop("total_years"))
    # row_id is internal (joins only); every output is ordered by content-derived keys.
    rows = rows.with_row_index("row_id").with_columns(pl.col("row_id").cast(pl.Int64))
    rows = mark_used(rows)
    summary = summarise(rows)
    rows = rows.join(summary.select("est_num", pl.col("best").alias("est_best")), on="est_num", how="left")
    conflicts = find_conflicts(rows, wording, docs)

    flagged = pl.concat(
        [conflicts.get_column("estimate_id"), conflicts.get_column("estimate_id_b").drop_nulls()]
    )
    status = (
        pl.when(pl.col("estimate_id").is_in(flagged.unique().implode()))
        .then(pl.lit("conflict"))
        .when(pl.col("n_sources") >= 2)
        .then(pl.lit("agreed"))
        .otherwise(pl.lit("single"))
    )
    estimates = (
        summary.with_columns(status.alias("status"))
        .sort("est_num")
        .select(list(ESTIMATES_SCHEMA))
        .cast(pl.Schema(ESTIMATES_SCHEMA))
    )
    bridge = (
        rows.select(
            "est_num",
            "estimate_id",
            "figure_id",
            "doc_id",
            "source_key",
            "basis",
            pl.col("n_low").alias("low"),
            pl.col("n_best").alias("best"),
            pl.col("n_high").alias("high"),
            pl.col("n_unit").alias("unit"),
            pl.col("n_per").alias("per"),
            "fx_rate",
            "subject_self",
            "used_for_best",
        )
        # Sorting the narrow selection moves only the bridge's columns, not every working column.
        .sort("est_num", pl.col("figure_id").hash())
        .drop("est_num")
        .cast(pl.Schema(ESTIMATE_FIGURES_SCHEMA))
    )
    return Reconciliation(
        estimates=estimates,
        conflicts=conflicts.select(list(CONFLICTS_SCHEMA)),
        estimate_figures=bridge,
        excluded=excluded.sort("figure_id"),
    )

"""low / best / high for each quantity.

The rule (also in docs/reconcile.md):

1. Which figures count. A figure whose claimant_type is `subject_self` (a group speaking of
   itself, a party claiming its own success) is kept, listed and counted in `n_subject_self`, but
   when the quantity has any other figure it is left out of low, best and high
   (`used_for_best = false` in `estimate_figures`). When every figure is a self-claim, they are
   used and the estimate is flagged `self_claim_only`.
2. A figure's best value: its value; the midpoint of its range (geometric, sqrt(low x high), for a
   vague range whose high is ten or more times its low, e.g. "tens of millions"); or its one
   stated bound ("up to 170" -> 170, "at least 100" -> 100).
3. best = the median over independent sources (source_key) of each source's best value, which
   is the median of that source's figures' best values. Two documents repeating one report
   count once.
4. low = the lowest low among the counted figures, where a figure without a low bound offers its
   best value; it is null when no counted figure states a low bound. high likewise: the highest
   high, a figure without a high offering its best value, null when none states a high bound.
   So "60" and "up to 170" give low 60, best 115, high 170; "at least 4,000" alone gives low
   4,000, best 4,000, high null. Because every figure's best lies within its own bounds, low <=
   best <= high wherever all three are present.
"""

from __future__ import annotations

import polars as pl

SUBJECT_SELF = "subject_self"


def mark_used(rows: pl.DataFrame) -> pl.DataFrame:
    """Add `subject_self` and `used_for_best` to rows carrying est_num and claimant_type."""
    is_self = (pl.col("claimant_type") == SUBJECT_SELF).fill_null(False)
    rows = rows.with_columns(is_self.alias("subject_self"))
    independent_exists = (~pl.col("subject_self")).any().over("est_num")
    return rows.with_columns((~pl.col("subject_self") | ~independent_exists).alias("used_for_best"))


def summarise(rows: pl.DataFrame) -> pl.DataFrame:
    """One row per estimate (est_num): low, best, high, counts, figure_ids, flags and the key columns."""
    # Only the columns the rule reads (filtering the wide frame would copy every column).
    used = rows.select("est_num", "source_id", "n_low", "n_best", "n_high", "used_for_best").filter(
        pl.col("used_for_best")
    )
    per_source = used.group_by("est_num", "source_id").agg(pl.col("n_best").median().alias("_source_best"))
    best = per_source.group_by("est_num").agg(pl.col("_source_best").median().alias("best"))
    # Plain aggregations (fast in a group-by), then the rule: a bound only when some figure has one.
    bounds = (
        used.select(
            "est_num",
            pl.coalesce("n_low", "n_best").alias("_low"),
            pl.coalesce("n_high", "n_best").alias("_high"),
            pl.col("n_low").is_not_null().alias("_has_low"),
            pl.col("n_high").is_not_null().alias("_has_high"),
        )
        .group_by("est_num")
        .agg(
            pl.col("_low").min(),
            pl.col("_high").max(),
            pl.col("_has_low").any(),
            pl.col("_has_high").any(),
        )
        .select(
            "est_num",
            pl.when(pl.col("_has_low")).then(pl.col("_low")).otherwise(None).alias("low"),
            pl.when(pl.col("_has_high")).then(pl.col("_high")).otherwise(None).alias("high"),
        )
    )
    totals = rows.group_by("est_num").agg(
        pl.col("estimate_id").first(),
        pl.col("subject").first(),
        pl.col("measure").first(),
        pl.col("q_location").first().alias("location"),
        pl.col("q_region").first().alias("region"),
        pl.col("q_victims").first().alias("victims"),
        pl.col("period_year").first(),
        pl.col("n_unit").first().alias("unit"),
        pl.col("q_per").first().alias("per"),
        pl.col("event_date").first(),
        pl.len().cast(pl.Int64).alias("n_figures"),  # a figure is in an estimate once
        pl.col("source_id").n_unique().cast(pl.Int64).alias("n_sources"),
        pl.col("figure_id").sort().alias("figure_ids"),
        pl.col("subject_self").sum().cast(pl.Int64).alias("n_subject_self"),
        pl.col("subject_self").all().alias("self_claim_only"),
    )
    return totals.join(best, on="est_num", how="left").join(bounds, on="est_num", how="left")

"""Date figures and group them into quantities (one estimate each).

Dating. A figure's effective date `as_of` is its `period_end`, else its `period_start`, else
its document's publication date; `period_year` is the year of `as_of` (for a cumulative total,
the year its period ends). One refinement: when the figure's period is only the document's date
(no `period_end`, or `period_end` equal to the publication date), or when the date is a span that
contains it, the latest full date written in the figure's citation (`cite_date`) is used instead,
because a figure taken from a report dated 19 July 2024 is as of July 2024, not as of the later
document that repeats it ("the 2021 Kabul airport bombing" footnoted to an AP story of
2021-08-26 is dated 2021-08-26). `founded_year` figures are timeless (no period_year).

Quantity key: subject x measure x location x region x victims (normalised) x period_year x unit
x per (after normalisation). A province's figure (`region` set) is a different quantity from
the national one (`region` null), so the two are never compared for conflicts.

Events: deaths and injured figures dated to a span of at most EVENT_MAX_SPAN_DAYS are events.
Event figures of one subject, measure and victims group whose dates lie within
EVENT_WINDOW_DAYS of each other (chained) are one event, however the text dates it; a chain
spanning more than EVENT_MAX_SPAN_DAYS (incidents every few days) is cut into windows of
EVENT_WINDOW_DAYS + 1 days from its first date. Within an
event a missing location or region is compatible with a stated one; the event is split by
location/region only when figures name two different ones. An event estimate's period_year is
the year of its earliest date, kept in `event_date`.

A loosely dated deaths/injured figure (a span of up to a year, e.g. "the 2021 Kabul airport
bombing" dated 2021-01-01..2021-12-31) whose sentence names a single incident (bombing, attack,
blast, explosion, assault, shooting, massacre, raid, ambush, siege; not the plural) joins the
precisely dated event of the same subject, measure and victims that falls within its span, when
there is exactly one such event and its location/region do not contradict the figure's.
Otherwise it stays a toll for its period_year.
"""

from __future__ import annotations

import hashlib

import polars as pl

EVENT_MEASURES: tuple[str, ...] = ("deaths", "injured")
TIMELESS_MEASURES: tuple[str, ...] = ("founded_year",)
EVENT_WINDOW_DAYS = 3
EVENT_MAX_SPAN_DAYS = 7
LOOSE_EVENT_MAX_SPAN_DAYS = 366
EVENT_WORDS = r"\b(?:bombing|attack|blast|explosion|assault|shooting|massacre|raid|ambush|siege)\b"
_NULL = "\u2205"


def date_figures(figures: pl.DataFrame) -> pl.DataFrame:
    """Add `as_of`, `period_year` and `is_event` (needs cite_date and doc_published)."""
    start, end, cite, published = (
        pl.col("period_start"),
        pl.col("period_end"),
        pl.col("cite_date"),
        pl.col("doc_published"),
    )
    defaulted = end.is_null() | (end == published).fill_null(False)
    within = start.is_not_null() & end.is_not_null() & (cite >= start) & (cite <= end)
    after_start = start.is_null() | (cite >= start)
    before_doc = published.is_null() | (cite <= published)
    refined_default = cite.is_not_null() & defaulted & after_start & before_doc
    refined_within = cite.is_not_null() & within.fill_null(False)
    as_of = (
        pl.when(refined_default | refined_within).then(cite).otherwise(pl.coalesce(end, start, published))
    )
    out = figures.with_columns(
        as_of.alias("as_of"),
        pl.when(refined_within).then(cite).otherwise(start).alias("period_from"),
    )
    span = (pl.col("as_of") - pl.coalesce(pl.col("period_from"), pl.col("as_of"))).dt.total_days()
    return out.with_columns(
        pl.when(pl.col("measure").is_in(list(TIMELESS_MEASURES)))
        .then(None)
        .otherwise(pl.col("as_of").dt.year().cast(pl.Int64))
        .alias("period_year"),
        (
            pl.col("measure").is_in(list(EVENT_MEASURES))
            & pl.col("as_of").is_not_null()
            & (span <= EVENT_MAX_SPAN_DAYS)
        ).alias("is_event"),
    )


def _cluster_events(events: pl.DataFrame) -> pl.DataFrame:
    """Number the events: chained dates within EVENT_WINDOW_DAYS in one subject/measure/victims."""
    events = events.with_columns(
        pl.struct("subject", "measure", "n_unit", "q_victims").hash().alias("_group"),
        pl.col("figure_id").hash().alias("_order"),
    ).sort("_group", "as_of", "_order")
    gap = pl.col("as_of").diff().dt.total_days().over("_group")
    events = events.with_columns((gap.is_null() | (gap > EVENT_WINDOW_DAYS)).cum_sum().alias("_chain"))
    # A chain of dates spanning more than EVENT_MAX_SPAN_DAYS (many incidents close together) is
    # cut into windows of EVENT_WINDOW_DAYS + 1 days from its first date.
    chain_start = pl.col("as_of").min().over("_chain")
    chain_span = (pl.col("as_of").max().over("_chain") - chain_start).dt.total_days()
    window = pl.when(chain_span > EVENT_MAX_SPAN_DAYS).then(
        (pl.col("as_of") - chain_start).dt.total_days() // (EVENT_WINDOW_DAYS + 1)
    )
    events = events.with_columns(
        (pl.col("_chain").cast(pl.Int64) * 1_000_000 + window.fill_null(0)).alias("_event")
    ).drop("_chain", "_group", "_order")
    n_locations = pl.col("location").drop_nulls().n_unique().over("_event")
    n_regions = pl.col("region").drop_nulls().n_unique().over("_event")
    merged = (n_locations <= 1) & (n_regions <= 1)
    return events.with_columns(
        pl.col("as_of").min().over("_event").alias("event_date"),
        pl.when(merged).then(pl.col("location").max().over("_event")).otherwise(pl.col("location")).alias("q_location"),
        pl.when(merged).then(pl.col("region").max().over("_event")).otherwise(pl.col("region")).alias("q_region"),
    ).drop("_event")


def hash_ids(keys: pl.Series, prefix: str) -> pl.DataFrame:
    """For each distinct key: `id` = prefix + 16 hex digits of its sha1 (content-derived, stable
    across runs and versions) and `id_num`, the same digits as UInt64 (sorting by id_num sorts
    by id, without a string sort)."""
    distinct = keys.unique().to_list()
    digests = [hashlib.sha1(key.encode("utf-8")).hexdigest()[:16] for key in distinct]
    return pl.DataFrame(
        {
            keys.name: distinct,
            "id": [prefix + digest for digest in digests],
            "id_num": [int(digest, 16) for digest in digests],
        },
        schema={keys.name: pl.String, "id": pl.String, "id_num": pl.UInt64},
    )


def _attach_imprecise(candidates: pl.DataFrame, events: pl.DataFrame) -> pl.DataFrame:
    """Map loosely dated event figures to the one precise event they can only be: _rid -> event columns."""
    group = ["subject", "measure", "n_unit", "q_victims"]
    clusters = events.select(*group, "event_date", "q_location", "q_region").unique()
    matched = (
        candidates.select("_rid", *group, "location", "region", "period_from", "as_of")
        .join(clusters, on=group, how="inner")
        .filter(
            (pl.col("event_date") >= pl.coalesce("period_from", "as_of"))
            & (pl.col("event_date") <= pl.col("as_of"))
            & (pl.col("location").is_null() | pl.col("location").eq_missing(pl.col("q_location")))
            & (pl.col("region").is_null() | pl.col("region").eq_missing(pl.col("q_region")))
        )
    )
    return matched.filter(pl.len().over("_rid") == 1).select("_rid", "event_date", "q_location", "q_region")


def assign_quantities(rows: pl.DataFrame) -> pl.DataFrame:
    """Add the quantity key columns (q_*), `event_date` and `estimate_id` to normalised rows."""
    timeless = pl.col("measure").is_in(list(TIMELESS_MEASURES))
    rows = rows.with_row_index("_rid").with_columns(
        pl.when(timeless).then(None).otherwise(pl.col("location")).alias("q_location"),
        pl.when(timeless).then(None).otherwise(pl.col("region")).alias("q_region"),
        pl.when(timeless).then(None).otherwise(pl.col("victims_n")).alias("q_victims"),
        pl.when(timeless).then(None).otherwise(pl.col("n_per")).alias("q_per"),
        pl.lit(None, dtype=pl.Date).alias("event_date"),
    )
    is_event = pl.col("is_event") & (pl.col("basis") == "stated")
    events = rows.filter(is_event)
    if events.height:
        events = _cluster_events(events).select(rows.columns)
        loose = (
            pl.col("measure").is_in(list(EVENT_MEASURES))
            & ~pl.col("is_event")
            & (pl.col("basis") == "stated")
            & ((pl.col("as_of") - pl.coalesce("period_from", "as_of")).dt.total_days() <= LOOSE_EVENT_MAX_SPAN_DAYS)
            & pl.col("quote").str.to_lowercase().str.contains(EVENT_WORDS)
        )
        attached = _attach_imprecise(rows.filter(loose), events)
        others = rows.filter(~is_event)
        if attached.height:
            others = others.join(attached, on="_rid", how="left", suffix="_event").with_columns(
                pl.coalesce("event_date_event", "event_date").alias("event_date"),
                pl.when(pl.col("event_date_event").is_not_null())
                .then(pl.col("q_location_event"))
                .otherwise(pl.col("q_location"))
                .alias("q_location"),
                pl.when(pl.col("event_date_event").is_not_null())
                .then(pl.col("q_region_event"))
                .otherwise(pl.col("q_region"))
                .alias("q_region"),
                (pl.col("is_event") | pl.col("event_date_event").is_not_null()).alias("is_event"),
            )
        rows = pl.concat([others.select(rows.columns), events], how="vertical")
        rows = rows.with_columns(
            pl.when(pl.col("event_date").is_not_null())
            .then(pl.col("event_date").dt.year().cast(pl.Int64))
            .otherwise(pl.col("period_year"))
            .alias("period_year")
        )
    key_columns = [
        "subject",
        "measure",
        "q_location",
        "q_region",
        "q_victims",
        "period_year",
        "n_unit",
        "q_per",
        "event_date",
    ]
    # Hash the key columns for the join back; the id itself is a sha1 of the key's text.
    rows = rows.with_columns(pl.struct(key_columns).hash().alias("_quantity"))
    keys = rows.select("_quantity", *key_columns).unique("_quantity")
    keys = keys.with_columns(
        pl.concat_str([pl.col(name).cast(pl.String).fill_null(_NULL) for name in key_columns], separator="|").alias(
            "_key"
        )
    )
    ids = hash_ids(keys.get_column("_key"), "est_").rename({"id": "estimate_id", "id_num": "est_num"})
    keys = keys.select("_quantity", "_key").join(ids, on="_key", how="left").drop("_key")
    return rows.join(keys, on="_quantity", how="left").drop("_quantity", "_rid")

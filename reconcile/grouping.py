"""Date figures and group them into quantities (one estimate each).

Dating. A figure's effective date `as_of` is its `period_end`, else its document's publication
date (the contract's default end: "since early 2022" runs to the document's date), else its
`period_start`; `period_year` is the year of `as_of` (for a cumulative total, the year its
period ends, which is also the year its derived annual rate is filed under). One refinement: when the figure's period is only the document's date
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


def names_incident(quote: pl.Expr) -> pl.Expr:
    """Whether a sentence names a single incident (see EVENT_WORDS)."""
    return quote.str.to_lowercase().str.contains(EVENT_WORDS).fill_null(False)


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
    as_of = pl.when(refined_default | refined_within).then(cite).otherwise(pl.coalesce(end, published, start))
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
    """Number the events (`_event`) and date them (`event_date`): chained dates within
    EVENT_WINDOW_DAYS in one subject/measure/victims group."""
    narrow = events.select(
        "_rid",
        "as_of",
        pl.struct("subject", "measure", "n_unit", "q_victims").hash().alias("_group"),
        pl.col("figure_id").hash().alias("_order"),
    ).sort("_group", "as_of", "_order")
    gap = pl.col("as_of").diff().dt.total_days().over("_group")
    narrow = narrow.with_columns((gap.is_null() | (gap > EVENT_WINDOW_DAYS)).cum_sum().alias("_chain"))
    # A chain of dates spanning more than EVENT_MAX_SPAN_DAYS (many incidents close together) is
    # cut into windows of EVENT_WINDOW_DAYS + 1 days from its first date.
    chain_start = pl.col("as_of").min().over("_chain")
    chain_span = (pl.col("as_of").max().over("_chain") - chain_start).dt.total_days()
    window = pl.when(chain_span > EVENT_MAX_SPAN_DAYS).then(
        (pl.col("as_of") - chain_start).dt.total_days() // (EVENT_WINDOW_DAYS + 1)
    )
    narrow = narrow.with_columns(
        (pl.col("_chain").cast(pl.Int64) * 1_000_000 + window.fill_null(0)).alias("_event")
    ).with_columns(pl.col("as_of").min().over("_event").alias("_event_date"))
    return (
        events.join(narrow.select("_rid", "_event", "_event_date"), on="_rid", how="left")
        .with_columns(pl.col("_event_date").alias("event_date"))
        .drop("_event_date")
    )


def _event_scope(events: pl.DataFrame) -> pl.DataFrame:
    """An event's location/region: a missing one is compatible with a stated one; split only when
    figures name two different ones."""
    n_locations = pl.col("location").drop_nulls().n_unique().over("_event")
    n_regions = pl.col("region").drop_nulls().n_unique().over("_event")
    merged = (n_locations <= 1) & (n_regions <= 1)
    return events.with_columns(
        pl.when(merged)
        .then(pl.col("location").max().over("_event"))
        .otherwise(pl.col("location"))
        .alias("q_location"),
        pl.when(merged)
        .then(pl.col("region").max().over("_event"))
        .otherwise(pl.col("region"))
        .alias("q_region"),
    )


def hash_ids(keys: pl.Series, prefix: str) -> tuple[pl.Series, pl.Series]:
    """For each key, aligned with `keys`: an id, `prefix` + the first 16 hex digits of the key's
    sha1 (content-derived, stable across runs and versions), and the id's first 15 hex digits as
    Int64 (sorting by it sorts by id without a string sort)."""
    sha1 = hashlib.sha1  # one bound lookup; the loop is the hot part for a million keys
    utf8 = keys.cast(pl.String).cast(pl.Binary).to_list()
    digests = pl.Series("d", [sha1(key).hexdigest()[:16] for key in utf8], dtype=pl.String)
    out = pl.DataFrame([digests]).select(
        (pl.lit(prefix) + pl.col("d")).alias("id"),
        pl.col("d").str.slice(0, 15).str.to_integer(base=16).alias("id_num"),
    )
    return out.get_column("id"), out.get_column("id_num")


def _sha1_prefix(key: str) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _attach_imprecise(candidates: pl.DataFrame, events: pl.DataFrame) -> pl.DataFrame:
    """Loosely dated event figures that can only be one precise event: _rid -> _event, event_date."""
    group = ["subject", "measure", "n_unit", "q_victims"]
    events = events.join(candidates.select(group).unique(), on=group, how="semi", nulls_equal=True)
    clusters = (
        events.group_by(*group, "_event", "event_date")
        .agg(
            pl.col("location").drop_nulls().unique().alias("_locations"),
            pl.col("region").drop_nulls().unique().alias("_regions"),
        )
        .with_row_index("_cluster")
    )
    # A candidate meets every cluster of its group (a big fan-out): test the dates on a narrow
    # frame first, and only then fetch the clusters' places for the pairs left.
    matched = (
        candidates.select("_rid", *group, "location", "region", "period_from", "as_of")
        .join(clusters.select("_cluster", *group, "event_date"), on=group, how="inner", nulls_equal=True)
        .filter(
            (pl.col("event_date") >= pl.coalesce("period_from", "as_of"))
            & (pl.col("event_date") <= pl.col("as_of"))
        )
        .join(
            clusters.select("_cluster", "_event", "_locations", "_regions"),
            on="_cluster",
            how="left",
            maintain_order="left",
        )
        .filter(
            (
                pl.col("location").is_null()
                | pl.col("_locations").list.set_difference(pl.concat_list("location")).list.len().eq(0)
            )
            & (
                pl.col("region").is_null()
                | pl.col("_regions").list.set_difference(pl.concat_list("region")).list.len().eq(0)
            )
        )
    )
    return matched.filter(pl.len().over("_rid") == 1).select("_rid", "_event", "event_date")


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
    loose = (
        pl.col("measure").is_in(list(EVENT_MEASURES))
        & ~pl.col("is_event")
        & (pl.col("basis") == "stated")
        & (
            (pl.col("as_of") - pl.coalesce("period_from", "as_of")).dt.total_days()
            <= LOOSE_EVENT_MAX_SPAN_DAYS
        )
        & pl.col("names_incident")
    )
    # Events are matched on a narrow frame, then joined back by row.
    narrow = rows.select(
        "_rid",
        "figure_id",
        "subject",
        "measure",
        "n_unit",
        "q_victims",
        "as_of",
        "period_from",
        "location",
        "region",
        is_event.alias("_precise"),
        loose.alias("_loose"),
    ).filter(pl.col("_precise") | pl.col("_loose"))
    precise = narrow.filter(pl.col("_precise"))
    if precise.height:
        clustered = _cluster_events(precise)
        members = clustered.select("_rid", "_event", "event_date", "location", "region")
        candidates = narrow.filter(pl.col("_loose"))
        attached = _attach_imprecise(candidates, clustered) if candidates.height else candidates
        if attached.height:
            attached = attached.join(narrow.select("_rid", "location", "region"), on="_rid", how="left")
            members = pl.concat([members, attached.select(members.columns)], how="vertical")
        scoped = _event_scope(members).select(
            "_rid",
            pl.col("event_date").alias("_event_date"),
            pl.col("q_location").alias("_event_location"),
            pl.col("q_region").alias("_event_region"),
        )
        in_event = pl.col("_event_date").is_not_null()
        rows = (
            rows.join(scoped, on="_rid", how="left")
            .with_columns(
                pl.col("_event_date").alias("event_date"),
                pl.when(in_event)
                .then(pl.col("_event_location"))
                .otherwise(pl.col("q_location"))
                .alias("q_location"),
                pl.when(in_event)
                .then(pl.col("_event_region"))
                .otherwise(pl.col("q_region"))
                .alias("q_region"),
                pl.when(in_event)
                .then(pl.col("_event_date").dt.year().cast(pl.Int64))
                .otherwise(pl.col("period_year"))
                .alias("period_year"),
            )
            .drop("_event_date", "_event_location", "_event_region")
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
        pl.concat_str(
            [pl.col(name).cast(pl.String).fill_null(_NULL) for name in key_columns], separator="|"
        ).alias("_key")
    )
    estimate_id, est_num = hash_ids(keys.get_column("_key"), "est_")
    keys = keys.select("_quantity").with_columns(estimate_id.alias("estimate_id"), est_num.alias("est_num"))
    return rows.join(keys, on="_quantity", how="left").drop(
        "_quantity", "_rid", "location", "region", "victims_n", "period_from", "names_incident"
    )

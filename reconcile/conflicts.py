"""Find conflicts between figures and explain each in a sentence.

Pairs are compared within one quantity (estimate) only, on normalised values, with missing
bounds open (an "up to 170" range is (-inf, 170]):

- `non_overlapping`: the two figures' ranges do not meet.
- `divergent`: neither figure is vague, and the larger best value is over 1.5 times the smaller
  (best values of opposite sign always diverge). Both kinds are recorded for a pair that is both.
  These two compare figures from different sources, or from one source quoted by different
  documents; two figures of one document resting on one source are checked only for:
- `self_inconsistent`: two figures in one document that cannot both hold: on the same basis
  their best values are an order of magnitude (10x) or more apart. Besides pairs within a
  quantity, this is checked across the subject x measure family for annual rates: a weekly rate
  and a cumulative total over a stated period land in different quantities (per=week became
  per=year; per=total stays total) but the total's derived annual rate is compared with the
  rate when their years are at most a year apart, their victims match, their locations match
  (or one is not stated) and their regions match (or the sub-national one is the larger, which
  cannot hold).
- `date_conflict`: two founding years (founded_year) that differ, whatever their sources.

In a quantity with more than PAIR_LIMIT figures, each figure is compared with the quantity's
anchor (the figure whose best value is nearest the estimate's best) instead of with every other
figure, so the work stays linear in the number of figures.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import polars as pl

from reconcile import explain
from reconcile.frames import CONFLICTS_SCHEMA, empty_frame
from reconcile.grouping import TIMELESS_MEASURES, hash_ids

PAIR_LIMIT = 8
DIVERGENCE_RATIO = 1.5
INCONSISTENCY_RATIO = 10.0
RATE_YEAR_SLACK = 1
_TOLERANCE = 1e-9

_CORE = (
    "estimate_id",
    "row_id",
    "figure_id",
    "doc_id",
    "source_id",
    "n_low",
    "n_high",
    "n_best",
    "qualifier",
    "measure",
    "basis",
)


def _ratio(a: pl.Expr, b: pl.Expr) -> pl.Expr:
    """Larger over smaller magnitude; infinite for opposite signs or zero against non-zero."""
    big = pl.max_horizontal(a.abs(), b.abs())
    small = pl.min_horizontal(a.abs(), b.abs())
    return (
        pl.when((a * b) < 0)
        .then(float("inf"))
        .when(big == 0)
        .then(1.0)
        .when(small == 0)
        .then(float("inf"))
        .otherwise(big / small)
    )


def _meets() -> pl.Expr:
    inf = float("inf")
    lo_a, hi_a = pl.col("n_low").fill_null(-inf), pl.col("n_high").fill_null(inf)
    lo_b, hi_b = pl.col("n_low_b").fill_null(-inf), pl.col("n_high_b").fill_null(inf)
    slack = _TOLERANCE * pl.max_horizontal(
        pl.lit(1.0), pl.col("n_best").abs().fill_null(1.0), pl.col("n_best_b").abs().fill_null(1.0)
    )
    return (lo_a <= hi_b + slack) & (lo_b <= hi_a + slack)


def _within_quantity_pairs(rows: pl.DataFrame) -> pl.DataFrame:
    core = (
        rows.select(*_CORE, "est_num", "est_best")
        .with_columns(pl.len().over("est_num").alias("_n"))
        .filter(pl.col("_n") >= 2)
    )
    small = core.filter(pl.col("_n") <= PAIR_LIMIT).drop("est_best", "_n")
    pairs = small.join(small.drop("estimate_id"), on="est_num", suffix="_b").filter(
        pl.col("figure_id") < pl.col("figure_id_b")
    )
    large = core.filter(pl.col("_n") > PAIR_LIMIT).drop("_n")
    if large.height:
        distance = (pl.col("n_best") - pl.col("est_best")).abs().fill_null(float("inf"))
        nearest = large.with_columns(distance.alias("_distance")).filter(
            pl.col("_distance") == pl.col("_distance").min().over("est_num")
        )
        order = pl.col("figure_id").hash()
        anchors = nearest.filter(order == order.min().over("est_num")).drop("_distance", "est_best")
        others = large.drop("est_best", "estimate_id")
        anchored = anchors.join(others, on="est_num", suffix="_b").filter(
            pl.col("row_id") != pl.col("row_id_b")
        )
        pairs = pl.concat([pairs, anchored.select(pairs.columns)], how="vertical")

    same_source = (pl.col("doc_id") == pl.col("doc_id_b")) & (pl.col("source_id") == pl.col("source_id_b"))
    same_doc = pl.col("doc_id") == pl.col("doc_id_b")
    timeless = pl.col("measure").is_in(list(TIMELESS_MEASURES))
    vague = (pl.col("qualifier") == "vague") | (pl.col("qualifier_b") == "vague")
    ratio = _ratio(pl.col("n_best"), pl.col("n_best_b"))
    pairs = pairs.with_columns(_meets().alias("_meets"), ratio.alias("ratio"))
    conditions = {
        "date_conflict": timeless & ~pl.col("_meets"),
        "non_overlapping": ~timeless & ~same_source & ~pl.col("_meets"),
        "divergent": ~timeless & ~same_source & ~vague & (pl.col("ratio") > DIVERGENCE_RATIO),
        "self_inconsistent": ~timeless
        & same_doc
        & (pl.col("n_best") > 0)
        & (pl.col("n_best_b") > 0)
        & (pl.col("ratio") >= INCONSISTENCY_RATIO),
    }
    pairs = pairs.with_columns(condition.alias(f"_is_{kind}") for kind, condition in conditions.items())
    columns = [
        "estimate_id",
        pl.col("estimate_id").alias("estimate_id_b"),
        "row_id",
        "row_id_b",
        "figure_id",
        "figure_id_b",
        "basis",
        "basis_b",
    ]
    found = [
        pairs.filter(pl.col(f"_is_{kind}")).select(*columns, pl.lit(kind).alias("kind"), "ratio")
        for kind in conditions
    ]
    return pl.concat(found, how="vertical")


def _rate_family_pairs(rows: pl.DataFrame) -> pl.DataFrame:
    """self_inconsistent annual rates of one document that sit in different quantities."""
    rates = rows.filter(
        (pl.col("n_per") == "year")
        & (pl.col("n_best") > 0)
        & ~pl.col("measure").is_in(list(TIMELESS_MEASURES))
    ).select(
        pl.struct("subject", "measure", "n_unit", "doc_id").hash().alias("_family"),
        "estimate_id",
        "est_num",
        "row_id",
        "figure_id",
        "basis",
        "n_best",
        "q_location",
        "q_region",
        "q_victims",
        "period_year",
    )
    rates = rates.filter(pl.col("est_num").n_unique().over("_family") >= 2)
    if rates.height == 0:
        return pl.DataFrame(
            schema={
                "estimate_id": pl.String,
                "estimate_id_b": pl.String,
                "row_id": pl.Int64,
                "row_id_b": pl.Int64,
                "figure_id": pl.String,
                "figure_id_b": pl.String,
                "basis": pl.String,
                "basis_b": pl.String,
                "kind": pl.String,
                "ratio": pl.Float64,
            }
        )
    pairs = rates.join(rates, on="_family", suffix="_b").filter(
        (pl.col("est_num") != pl.col("est_num_b")) & (pl.col("figure_id") < pl.col("figure_id_b"))
    )
    region_a, region_b = pl.col("q_region"), pl.col("q_region_b")
    compatible_region = (
        region_a.eq_missing(region_b)
        | (region_a.is_null() & region_b.is_not_null() & (pl.col("n_best_b") > pl.col("n_best")))
        | (region_b.is_null() & region_a.is_not_null() & (pl.col("n_best") > pl.col("n_best_b")))
    )
    years_close = (pl.col("period_year") - pl.col("period_year_b")).abs().fill_null(0) <= RATE_YEAR_SLACK
    ratio = _ratio(pl.col("n_best"), pl.col("n_best_b"))
    return (
        pairs.filter(
            (
                pl.col("q_location").eq_missing(pl.col("q_location_b"))
                | pl.col("q_location").is_null()
                | pl.col("q_location_b").is_null()
            )
            & pl.col("q_victims").eq_missing(pl.col("q_victims_b"))
            & years_close
            & compatible_region
        )
        .with_columns(ratio.alias("ratio"))
        .filter(pl.col("ratio") >= INCONSISTENCY_RATIO)
        .select(
            "estimate_id",
            "estimate_id_b",
            "row_id",
            "row_id_b",
            "figure_id",
            "figure_id_b",
            "basis",
            "basis_b",
            pl.lit("self_inconsistent").alias("kind"),
            "ratio",
        )
    )


def _describe(rows: pl.DataFrame) -> pl.DataFrame:
    """Per-row wording used in explanations."""
    rows = explain.with_amounts(
        rows,
        {"_a_low": ("n_low", "n_unit"), "_a_high": ("n_high", "n_unit"), "best_text": ("n_best", "n_unit")},
    )
    # The stated total is worded only for rows annualised from it.
    totals = explain.with_amounts(
        rows.filter(pl.col("basis") == "annualised_from_total").select(
            "row_id", "value_low", "value_high", "unit"
        ),
        {"_a_value_low": ("value_low", "unit"), "_a_value_high": ("value_high", "unit")},
    )
    rows = rows.join(totals.select("row_id", "_a_value_low", "_a_value_high"), on="row_id", how="left")
    per = pl.col("n_per")
    stated_range = explain.value_range(pl.col("n_low"), pl.col("n_high"), pl.col("_a_low"), pl.col("_a_high"))
    about = pl.lit("about ") + pl.col("best_text") + explain.per_suffix(per)
    original_total = explain.value_range(
        pl.col("value_low"), pl.col("value_high"), pl.col("_a_value_low"), pl.col("_a_value_high")
    )
    phrase = (
        pl.when(pl.col("basis") == "annualised_from_total")
        .then(
            original_total
            + pl.lit(" in total from ")
            + pl.col("period_start").cast(pl.String)
            + pl.lit(" to ")
            + pl.col("as_of").cast(pl.String)
            + pl.lit(", ")
            + about
        )
        .when(pl.col("basis") == "annualised")
        .then(
            pl.col("range") + explain.per_suffix(per) + pl.lit(" (stated per ") + pl.col("per") + pl.lit(")")
        )
        .otherwise(pl.col("range") + explain.per_suffix(per))
    )
    attribution = explain.attribution(pl.col("claimant"), pl.col("claimant_type"), pl.col("cited_source"))
    quoted = pl.lit(' ("') + explain.shorten(pl.col("text"), 120) + pl.lit('", ') + attribution + pl.lit(")")
    described = (
        rows.with_columns(stated_range.alias("range"))
        .with_columns(phrase.alias("phrase"), quoted.alias("quoted"))
        .select(
            "row_id",
            "figure_id",
            "doc_id",
            "subject",
            "n_best",
            "n_unit",
            "n_per",
            "best_text",
            "range",
            "document",
            "phrase",
            "quoted",
            (pl.col("document") + pl.lit(" gives ") + pl.col("phrase") + pl.col("quoted")).alias("side"),
            "est_num",
        )
    )
    labels = (
        rows.select(
            "est_num",
            "subject",
            "measure",
            "q_victims",
            "q_location",
            "q_region",
            "period_year",
            "event_date",
        )
        .unique("est_num")
        .select(
            "est_num",
            explain.quantity_label(
                pl.col("subject"),
                pl.col("measure"),
                pl.col("q_victims"),
                pl.col("q_location"),
                pl.col("q_region"),
                pl.col("period_year"),
                pl.col("event_date"),
            ).alias("quantity"),
            pl.col("subject")
            .replace_strict(explain.subject_names(), default=pl.col("subject"), return_dtype=pl.String)
            .alias("subject_name"),
        )
    )
    return described.join(labels, on="est_num", how="left").drop("est_num")


# The described columns each kind's sentence reads, for its first and its second figure.
_WORDING: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "divergent": (("quantity", "side", "best_text", "n_best"), ("side", "best_text", "n_best")),
    "non_overlapping": (("quantity", "side", "range"), ("side", "range")),
    "self_inconsistent": (
        ("doc_id", "document", "quantity", "phrase", "quoted", "best_text", "n_per"),
        ("doc_id", "document", "phrase", "quoted", "best_text", "n_per"),
    ),
    "date_conflict": (("document", "subject_name", "range", "quoted"), ("document", "range", "quoted")),
}


def _explanations() -> dict[str, pl.Expr]:
    """The explanation sentence for each kind of conflict."""
    side_a, side_b = pl.col("side"), pl.col("side_b")
    best_a, best_b = pl.col("best_text"), pl.col("best_text_b")
    big = pl.when(pl.col("n_best").abs() >= pl.col("n_best_b").abs()).then(best_a).otherwise(best_b)
    small = pl.when(pl.col("n_best").abs() >= pl.col("n_best_b").abs()).then(best_b).otherwise(best_a)
    times = pl.col("ratio").round(1).cast(pl.String).str.strip_suffix(".0")
    divergence = (
        pl.when(pl.col("ratio").is_infinite())
        .then(
            pl.lit("Their best values (")
            + best_a
            + pl.lit(" and ")
            + best_b
            + pl.lit(") differ in sign or one is zero, so the two sources diverge.")
        )
        .otherwise(
            pl.lit("The larger best value (")
            + big
            + pl.lit(") is ")
            + times
            + pl.lit(" times the smaller (")
            + small
            + pl.lit("), more than the 1.5 times two sources may differ by, so they diverge.")
        )
    )
    one_or_two_documents = (
        pl.when(pl.col("doc_id") == pl.col("doc_id_b"))
        .then(pl.col("document") + pl.lit(" gives two figures"))
        .otherwise(pl.col("document") + pl.lit(" and ") + pl.col("document_b") + pl.lit(" give two figures"))
    )
    return {
        "divergent": pl.col("quantity")
        + pl.lit(": ")
        + side_a
        + pl.lit("; but ")
        + side_b
        + pl.lit(". ")
        + divergence,
        "non_overlapping": pl.col("quantity")
        + pl.lit(": ")
        + side_a
        + pl.lit("; but ")
        + side_b
        + pl.lit(". The ranges ")
        + pl.col("range")
        + pl.lit(" and ")
        + pl.col("range_b")
        + pl.lit(" do not meet, so the two cannot both be right."),
        "self_inconsistent": one_or_two_documents
        + pl.lit(" for ")
        + pl.col("quantity")
        + pl.lit(" that cannot both hold: ")
        + pl.col("phrase")
        + pl.col("quoted")
        + pl.lit(" and ")
        + pl.col("phrase_b")
        + pl.col("quoted_b")
        + pl.lit(". On one basis these are ")
        + best_a
        + explain.per_suffix(pl.col("n_per"))
        + pl.lit(" and ")
        + best_b
        + explain.per_suffix(pl.col("n_per_b"))
        + pl.lit(", ")
        + times
        + pl.lit(" times apart, more than an order of magnitude."),
        "date_conflict": pl.col("document")
        + pl.lit(" dates the founding of ")
        + pl.col("subject_name")
        + pl.lit(" to ")
        + pl.col("range")
        + pl.col("quoted")
        + pl.lit(", but ")
        + pl.col("document_b")
        + pl.lit(" dates it to ")
        + pl.col("range_b")
        + pl.col("quoted_b")
        + pl.lit(". A group has one founding year, so the dates conflict."),
    }


def find_conflicts(rows: pl.DataFrame, wording: pl.DataFrame, documents: pl.DataFrame) -> pl.DataFrame:
    """Conflicts between normalised rows, as a frame with the `conflicts` table's columns.

    `rows` carry estimate_id/est_num, row_id, fig_idx and est_best; `wording` has fig_idx, text,
    claimant, claimant_type and cited_source; `documents` has doc_id, doc_title, doc_published.
    """
    pairs = pl.concat([_within_quantity_pairs(rows), _rate_family_pairs(rows)], how="vertical_relaxed")
    return _explained(rows, pairs, wording, documents) if pairs.height else empty_frame(CONFLICTS_SCHEMA)


def _involved_rows(
    rows: pl.DataFrame, pairs: pl.DataFrame, wording: pl.DataFrame, documents: pl.DataFrame
) -> pl.DataFrame:
    """The rows named in `pairs`, with their wording and their document's label."""
    involved = pl.concat([pairs.get_column("row_id"), pairs.get_column("row_id_b")]).unique()
    return (
        rows.select(
            "row_id",
            "fig_idx",
            "figure_id",
            "doc_id",
            "est_num",
            "subject",
            "measure",
            "n_low",
            "n_high",
            "n_best",
            "n_unit",
            "n_per",
            "basis",
            "value_low",
            "value_high",
            "unit",
            "per",
            "period_start",
            "as_of",
            "q_victims",
            "q_location",
            "q_region",
            "period_year",
            "event_date",
        )
        .filter(pl.col("row_id").is_in(involved.implode()))
        .join(wording, on="fig_idx", how="left")
        .join(
            documents.select(
                "doc_id",
                explain.document_label(pl.col("doc_title"), pl.col("doc_published")).alias("document"),
            ),
            on="doc_id",
            how="left",
        )
        .with_columns(pl.col("document").fill_null(pl.lit("“") + pl.col("doc_id") + pl.lit("”")))
    )


def _explained(
    rows: pl.DataFrame, pairs: pl.DataFrame, wording: pl.DataFrame, documents: pl.DataFrame
) -> pl.DataFrame:
    """Deduplicate pairs, word them and give them ids."""
    # One conflict per pair of figures and kind (a total and its annual rate can put one pair in
    # two quantities): prefer stated rows, then the smaller estimate id. Candidates for repeats are
    # found by a hash of the unordered pair (a collision only sends a unique pair through the
    # exact deduplication below, which keeps it).
    hash_a, hash_b = pl.col("figure_id").hash(), pl.col("figure_id_b").hash()
    pair_hash = pl.struct(
        pl.min_horizontal(hash_a, hash_b).alias("a"), pl.max_horizontal(hash_a, hash_b).alias("b"), "kind"
    ).hash()
    pairs = pairs.with_columns((pl.len().over(pair_hash) > 1).alias("_repeated"))
    deduplicated = (
        pairs.filter(pl.col("_repeated"))
        .with_columns(
            pl.min_horizontal("figure_id", "figure_id_b").alias("_first"),
            pl.max_horizontal("figure_id", "figure_id_b").alias("_second"),
            (pl.col("basis") == "annualised_from_total").cast(pl.Int8).alias("_derived"),
        )
        .sort("_first", "_second", "kind", "_derived", "estimate_id", "estimate_id_b")
        .unique(["_first", "_second", "kind"], keep="first", maintain_order=True)
        .drop("_first", "_second", "_derived")
    )
    pairs = pl.concat([pairs.filter(~pl.col("_repeated")), deduplicated], how="vertical").drop(
        "_repeated", "basis", "basis_b"
    )
    # Content-derived ids; the narrow frame is ordered by id before the wording is attached, and
    # the output is ordered by kind, then id, without sorting the long explanation strings.
    keys = pairs.select(
        pl.concat_str(["estimate_id", "figure_id", "figure_id_b", "kind"], separator="|")
    ).to_series()
    # Hashing is a Python loop holding the GIL while the wording below runs in polars without it:
    # overlap the two.
    with ThreadPoolExecutor(max_workers=1) as pool:
        hashing = pool.submit(hash_ids, keys, "con_")
        described = _describe(_involved_rows(rows, pairs, wording, documents))
        conflict_id, order = hashing.result()
    pairs = (
        pairs.with_columns(
            conflict_id.alias("conflict_id"),
            order.alias("_order"),
            pl.when(pl.col("estimate_id_b") == pl.col("estimate_id"))
            .then(None)
            .otherwise(pl.col("estimate_id_b"))
            .alias("estimate_id_b"),
        )
        .drop("figure_id", "figure_id_b")
        .sort("_order", maintain_order=True)
    )
    columns = [
        "conflict_id",
        "estimate_id",
        pl.col("figure_id").alias("figure_id_a"),
        "figure_id_b",
        "kind",
        "explanation",
        "estimate_id_b",
    ]
    # Each kind is split off the narrow frame first and joined only to the wording its sentence
    # uses (joins keep the left order, so each kind stays ordered by id).
    parts = []
    for kind, template in _explanations().items():
        side_a, side_b = _WORDING[kind]
        part = (
            pairs.filter(pl.col("kind") == kind)
            .join(
                described.select("row_id", "figure_id", *side_a),
                on="row_id",
                how="left",
                maintain_order="left",
            )
            .join(
                described.select(
                    pl.col("row_id").alias("row_id_b"),
                    *(pl.col(c).alias(f"{c}_b") for c in ("figure_id", *side_b)),
                ),
                on="row_id_b",
                how="left",
                maintain_order="left",
            )
        )
        parts.append(part.with_columns(template.alias("explanation")).select(columns))
    out = pl.concat(parts, how="vertical")
    return out.cast(pl.Schema(CONFLICTS_SCHEMA))

"""Vectorised wording for conflict explanations: numbers, values, documents and attributions."""

from __future__ import annotations

from functools import cache

import polars as pl

MEASURE_LABELS: dict[str, str] = {
    "fighters": "fighters",
    "core_members": "core members",
    "training_camps": "training camps",
    "new_training_camps": "new training camps",
    "provinces_active": "provinces active",
    "provinces_with_camps": "provinces with camps",
    "revenue": "revenue",
    "aid_funding": "aid funding",
    "bounty": "bounty",
    "attacks": "attacks",
    "attack_change_pct": "change in attacks",
    "deaths": "deaths",
    "injured": "injured",
    "released": "members released",
    "detained": "people detained",
    "operations_against": "operations against it",
    "groups_present": "groups present",
    "affiliates": "affiliates",
    "founded_year": "founding year",
}
CITATION_CHARS = 90


@cache
def subject_names() -> dict[str, str]:
    """Subject id -> display name (schemas/vocab/subjects.yaml), empty when unavailable."""
    try:
        from schemas.vocab import subjects

        return {key: str(spec.get("name", key)) for key, spec in subjects().items()}
    except Exception:  # the vocabulary is optional for wording
        return {}


def _trim(expr: pl.Expr) -> pl.Expr:
    """A float rounded to two decimals, without a trailing '.0' ("60", "1.64")."""
    return expr.round(2).cast(pl.String).str.strip_suffix(".0")


def number(expr: pl.Expr) -> pl.Expr:
    """Readable number: 13, 6,250, 87.5 million, 1.64 billion; negative values keep their sign."""
    size = expr.abs()
    whole = size.round(0)
    scaled = pl.when(size >= 1e9).then(size / 1e9).when(size >= 1e6).then(size / 1e6).otherwise(size)
    suffix = (
        pl.when(size >= 1e9)
        .then(pl.lit(" billion"))
        .when(size >= 1e6)
        .then(pl.lit(" million"))
        .otherwise(pl.lit(""))
    )
    thousands = (
        (whole // 1000).cast(pl.Int64).cast(pl.String)
        + pl.lit(",")
        + (whole % 1000).cast(pl.Int64).cast(pl.String).str.zfill(3)
    )
    body = pl.when((whole >= 1000) & (size < 1e6)).then(thousands).otherwise(_trim(scaled) + suffix)
    return pl.when(expr < 0).then(pl.lit("-") + body).otherwise(body)


_COUNT_UNITS = ["persons", "camps", "provinces", "attacks", "operations", "groups"]


def amount(expr: pl.Expr, unit: pl.Expr, formatted: pl.Expr | None = None) -> pl.Expr:
    """A number in its unit: $87.5 million, 1,200 PKR, -90%, 2013, 6,250.

    `formatted` is `number(expr)` when already computed (pass a column to avoid recomputing it).
    """
    text = number(expr) if formatted is None else formatted
    return (
        pl.when(unit == "USD")
        .then(pl.lit("$") + text)
        .when(unit == "percent")
        .then(pl.when(expr > 0).then(pl.lit("+")).otherwise(pl.lit("")) + text + pl.lit("%"))
        .when(unit == "year")
        .then(expr.round(0).cast(pl.Int64).cast(pl.String))
        .when(unit.is_in(_COUNT_UNITS))
        .then(text)
        .otherwise(text + pl.lit(" ") + unit)
    )


def with_amounts(frame: pl.DataFrame, columns: dict[str, tuple[str, str]]) -> pl.DataFrame:
    """Add {out: amount(value_column, unit_column)} columns, formatting each distinct (value, unit) once."""
    pairs = pl.concat(
        [
            frame.select(pl.col(value).alias("_value"), pl.col(unit).alias("_unit"))
            for value, unit in columns.values()
        ],
        how="vertical",
    ).unique()
    texts = pairs.with_columns(amount(pl.col("_value"), pl.col("_unit")).alias("_text"))
    for out, (value, unit) in columns.items():
        frame = frame.join(
            texts.rename({"_value": value, "_unit": unit, "_text": out}),
            on=[value, unit],
            how="left",
            nulls_equal=True,
        )
    return frame


def value_range(low: pl.Expr, high: pl.Expr, low_text: pl.Expr, high_text: pl.Expr) -> pl.Expr:
    """13; 1,500 to 2,200; at least 100; up to 170 (from bounds and their formatted amounts)."""
    return (
        pl.when(low.is_not_null() & high.is_not_null() & (low == high))
        .then(low_text)
        .when(low.is_not_null() & high.is_not_null())
        .then(low_text + pl.lit(" to ") + high_text)
        .when(low.is_not_null())
        .then(pl.lit("at least ") + low_text)
        .otherwise(pl.lit("up to ") + high_text)
    )


def per_suffix(per: pl.Expr) -> pl.Expr:
    return (
        pl.when(per == "year")
        .then(pl.lit(" a year"))
        .when(per == "total")
        .then(pl.lit(" in total"))
        .when(per.is_not_null())
        .then(pl.lit(" a ") + per)
        .otherwise(pl.lit(""))
    )


def document_label(title: pl.Expr, published: pl.Expr) -> pl.Expr:
    """'“Title” (2021-08-27)' or '“Title”'."""
    label = pl.lit("“") + title + pl.lit("”")
    return (
        pl.when(published.is_not_null())
        .then(label + pl.lit(" (") + published.cast(pl.String) + pl.lit(")"))
        .otherwise(label)
    )


def shorten(expr: pl.Expr, chars: int = CITATION_CHARS) -> pl.Expr:
    text = expr.str.strip_chars()
    return (
        pl.when(text.str.len_chars() > chars).then(text.str.slice(0, chars - 1) + pl.lit("…")).otherwise(text)
    )


def attribution(claimant: pl.Expr, claimant_type: pl.Expr, cited: pl.Expr) -> pl.Expr:
    """Who stands behind a figure, as a clause: 'according to the Taliban (its own claim)'."""
    own = (
        pl.when(claimant_type == "subject_self")
        .then(pl.lit(" (the group's claim about itself)"))
        .otherwise(pl.lit(""))
    )
    citing = pl.when(cited.is_not_null()).then(pl.lit(", citing ") + shorten(cited)).otherwise(pl.lit(""))
    return (
        pl.when(claimant.is_not_null())
        .then(pl.lit("according to ") + claimant + own.fill_null("") + citing)
        .when(cited.is_not_null())
        .then(pl.lit("citing ") + shorten(cited))
        .otherwise(pl.lit("as the author's own figure"))
    )


def quantity_label(
    subject: pl.Expr,
    measure: pl.Expr,
    victims: pl.Expr,
    location: pl.Expr,
    region: pl.Expr,
    period_year: pl.Expr,
    event_date: pl.Expr,
) -> pl.Expr:
    """'ISKP deaths of Afghans (AF), event of 2021-08-26' or 'TTP fighters (AF), 2024'."""
    name = subject.replace_strict(subject_names(), default=subject, return_dtype=pl.String)
    what = measure.replace_strict(MEASURE_LABELS, default=measure, return_dtype=pl.String)
    of_whom = pl.when(victims.is_not_null()).then(pl.lit(" of ") + victims).otherwise(pl.lit(""))
    place = pl.concat_str([region, location], separator=", ", ignore_nulls=True)
    where = pl.when(place != "").then(pl.lit(" (") + place + pl.lit(")")).otherwise(pl.lit(""))
    when = (
        pl.when(event_date.is_not_null())
        .then(pl.lit(", event of ") + event_date.cast(pl.String))
        .when(period_year.is_not_null())
        .then(pl.lit(", ") + period_year.cast(pl.String))
        .otherwise(pl.lit(""))
    )
    return name + pl.lit(" ") + what + of_whom + where + when

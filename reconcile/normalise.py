"""Put figures on one basis before they are compared.

- Bounds: `value_low`/`value_high` are ordered (low <= high); a missing bound stays missing.
- Money (revenue, aid_funding, bounty) in a currency with a known rate
  (`reconcile/data/fx_rates.yaml`, USD per unit by year, nearest year when the figure's year is
  missing) is converted to USD and the rate is kept (`fx_rate`). Other currencies keep their
  unit and so form their own quantities.
- Rates go to `per = 'year'`: week x 52, month x 12 (`basis = 'annualised'`).
- A cumulative total (`per = 'total'`) over a known period (a `period_start`, and an end: the
  figure's dated end) of at least four weeks is kept as a total AND yields a second row, its
  annual rate = total / (days / 365.25), `per = 'year'`, `basis = 'annualised_from_total'`.
- Vague ranges ("tens of millions") stay ranges; signed percentages keep their sign.
- Victims are normalised with `reconcile/data/victims.yaml` ("U.S. troops" = "US troops" =
  "American service members").

A figure's best value (`figure_best`) is its value; the midpoint of its range, geometric
(sqrt(low x high)) for a vague range whose high is at least ten times its low; or its one
stated bound.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import polars as pl

from schemas.vocab import load_yaml

DATA_DIR = Path(__file__).parent / "data"

MONEY_MEASURES: tuple[str, ...] = ("revenue", "aid_funding", "bounty")
PER_YEAR_FACTOR: dict[str, float] = {"week": 52.0, "month": 12.0, "year": 1.0}
MIN_TOTAL_DAYS = 28  # a total over a shorter period is not turned into an annual rate
DAYS_PER_YEAR = 365.25
FX_YEARS = range(1950, 2101)


def clean_label(expr: pl.Expr) -> pl.Expr:
    """The comparison form of a label: lower case, no dots, hyphens as spaces, no leading 'the'."""
    return (
        expr.str.to_lowercase()
        .str.replace_all(r"[.’'`]", "")
        .str.replace_all(r"[-_/]", " ")
        .str.replace_all(r"\s+", " ")
        .str.strip_chars()
        .str.replace(r"^the ", "")
    )


def _clean_text(text: str) -> str:
    frame = pl.DataFrame({"v": [text]}).select(clean_label(pl.col("v")))
    return str(frame.item())


@cache
def victim_aliases() -> dict[str, str]:
    """Cleaned alias -> canonical victims label, from reconcile/data/victims.yaml."""
    data = load_yaml(DATA_DIR / "victims.yaml") or {}
    mapping: dict[str, str] = {}
    for canonical, aliases in data.items():
        for alias in [canonical, *(aliases or [])]:
            mapping[_clean_text(str(alias))] = str(canonical)
    return mapping


def normalise_victims(expr: pl.Expr) -> pl.Expr:
    """Canonical victims label; a name not in the YAML keeps its cleaned form."""
    cleaned = clean_label(expr)
    return cleaned.replace_strict(victim_aliases(), default=cleaned, return_dtype=pl.String)


@cache
def fx_table() -> pl.DataFrame:
    """(unit, fx_year, fx_rate) for every year in FX_YEARS, each filled from the nearest known year."""
    data = load_yaml(DATA_DIR / "fx_rates.yaml") or {}
    rows: list[tuple[str, int, float]] = []
    for unit, by_year in data.items():
        known = {int(year): float(rate) for year, rate in by_year.items()}
        for year in FX_YEARS:
            nearest = min(known, key=lambda y: (abs(y - year), y))
            rows.append((str(unit), year, known[nearest]))
    return pl.DataFrame(
        rows, schema={"unit": pl.String, "fx_year": pl.Int64, "fx_rate": pl.Float64}, orient="row"
    )


def figure_best(low: pl.Expr, high: pl.Expr, qualifier: pl.Expr) -> pl.Expr:
    """A figure's best value: value, (geometric) midpoint of its range, or its one stated bound."""
    both = low.is_not_null() & high.is_not_null()
    geometric = (qualifier == "vague") & (low > 0) & (high >= 10 * low)
    return (
        pl.when(both & geometric)
        .then((low * high).sqrt())
        .when(both)
        .then((low + high) / 2)
        .otherwise(pl.coalesce(low, high))
    )


def normalise_values(figures: pl.DataFrame) -> pl.DataFrame:
    """Rows on a comparable basis: n_low, n_high, n_best, n_unit, n_per, basis, fx_rate.

    Needs the figure columns plus `as_of` (the figure's effective end date) and `period_year`.
    Returns one row per figure, plus one `annualised_from_total` row per annualisable total.
    """
    lo, hi = pl.col("value_low"), pl.col("value_high")
    ordered = figures.with_columns(
        pl.when(lo.is_not_null() & hi.is_not_null())
        .then(pl.min_horizontal(lo, hi))
        .otherwise(lo)
        .alias("_lo"),
        pl.when(lo.is_not_null() & hi.is_not_null())
        .then(pl.max_horizontal(lo, hi))
        .otherwise(hi)
        .alias("_hi"),
    )

    # Money in a currency with a known rate -> USD.
    fx = fx_table()
    is_money = pl.col("measure").is_in(list(MONEY_MEASURES))
    ordered = ordered.with_columns(
        pl.when(is_money & pl.col("unit").is_in(fx.get_column("unit").unique().to_list()))
        .then(pl.col("period_year"))
        .otherwise(None)
        .alias("fx_year")
    ).join(fx, on=["unit", "fx_year"], how="left")
    converted = pl.col("fx_rate").is_not_null()
    ordered = ordered.with_columns(
        pl.when(converted).then(pl.col("_lo") * pl.col("fx_rate")).otherwise(pl.col("_lo")).alias("_lo"),
        pl.when(converted).then(pl.col("_hi") * pl.col("fx_rate")).otherwise(pl.col("_hi")).alias("_hi"),
        pl.when(converted).then(pl.lit("USD")).otherwise(pl.col("unit")).alias("n_unit"),
    ).drop("fx_year")

    # Rates -> per year.
    factor = pl.col("per").replace_strict(PER_YEAR_FACTOR, default=None, return_dtype=pl.Float64)
    annualised = factor.is_not_null() & (pl.col("per") != "year")
    stated = ordered.with_columns(
        pl.when(factor.is_not_null()).then(pl.col("_lo") * factor).otherwise(pl.col("_lo")).alias("n_low"),
        pl.when(factor.is_not_null()).then(pl.col("_hi") * factor).otherwise(pl.col("_hi")).alias("n_high"),
        pl.when(factor.is_not_null()).then(pl.lit("year")).otherwise(pl.col("per")).alias("n_per"),
        pl.when(annualised).then(pl.lit("annualised")).otherwise(pl.lit("stated")).alias("basis"),
        pl.lit(None, dtype=pl.Float64).alias("total_years"),
    )

    # Totals over a known period -> an annual rate beside the total.
    days = (pl.col("as_of") - pl.col("period_start")).dt.total_days() + 1
    totals = stated.filter(
        (pl.col("per") == "total")
        & (pl.col("measure") != "founded_year")
        & pl.col("period_start").is_not_null()
        & pl.col("as_of").is_not_null()
    ).filter(days >= MIN_TOTAL_DAYS)
    years = days.cast(pl.Float64) / DAYS_PER_YEAR
    derived = totals.with_columns(
        (pl.col("n_low") / years).alias("n_low"),
        (pl.col("n_high") / years).alias("n_high"),
        pl.lit("year").alias("n_per"),
        pl.lit("annualised_from_total").alias("basis"),
        years.alias("total_years"),
    )
    rows = pl.concat([stated, derived], how="vertical")
    return rows.with_columns(
        figure_best(pl.col("n_low"), pl.col("n_high"), pl.col("qualifier")).alias("n_best")
    ).drop("_lo", "_hi")

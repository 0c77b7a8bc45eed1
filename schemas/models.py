"""pandera (polars backend) models of the warehouse relations every stage's output must pass.

Validate collected DataFrames only: on a LazyFrame pandera checks the schema, not the values.
"""

from __future__ import annotations

import datetime

import pandera.polars as pa
import polars as pl
from pandera.api.polars.types import PolarsData
from pandera.engines import polars_engine as pe

from schemas import vocab

MONEY_MEASURES = ("revenue", "aid_funding", "bounty")


def _either_null_or(condition: pl.Expr, *nullable: str) -> pl.Expr:
    """A row passes when any of `nullable` is null, otherwise when `condition` holds."""
    any_null = pl.any_horizontal([pl.col(name).is_null() for name in nullable])
    return any_null | condition


class DocumentSchema(pa.DataFrameModel):
    doc_id: str = pa.Field(unique=True, str_matches=r"^[0-9a-f]{16}$")
    file_name: str = pa.Field(str_length={"min_value": 1})
    title: str = pa.Field(nullable=True)
    author: str = pa.Field(nullable=True)
    publisher: str = pa.Field(nullable=True)
    published: datetime.date = pa.Field(nullable=True)
    url: str = pa.Field(nullable=True)
    sha256: str = pa.Field(str_matches=r"^[0-9a-f]{64}$")
    chars: int = pa.Field(ge=0)
    format: str = pa.Field(isin=["txt", "md", "html", "pdf"])
    file_names: pe.List = pa.Field(dtype_kwargs={"inner": pl.Utf8})
    extractor_version: str

    class Config:
        strict = True

    @pa.dataframe_check
    @classmethod
    def doc_id_is_hash_prefix(cls, data: PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("sha256").str.starts_with(pl.col("doc_id")))


class FigureSchema(pa.DataFrameModel):
    figure_id: str = pa.Field(unique=True)
    doc_id: str
    start: int = pa.Field(ge=0)
    end: int = pa.Field(ge=1)
    quote: str = pa.Field(str_length={"min_value": 1})
    text: str = pa.Field(str_length={"min_value": 1})
    subject: str = pa.Field(isin=list(vocab.subjects()))
    measure: str = pa.Field(isin=list(vocab.measures()))
    value_low: float = pa.Field(nullable=True)
    value_high: float = pa.Field(nullable=True)
    qualifier: str = pa.Field(isin=list(vocab.QUALIFIERS))
    unit: str = pa.Field(isin=list(vocab.allowed_units()))
    per: str = pa.Field(nullable=True, isin=list(vocab.PERS))
    period_start: datetime.date = pa.Field(nullable=True)
    period_end: datetime.date = pa.Field(nullable=True)
    location: str = pa.Field(nullable=True, str_matches=r"^[A-Z]{2}$")
    region: str = pa.Field(nullable=True)
    victims: str = pa.Field(nullable=True)
    claimant: str = pa.Field(nullable=True)
    claimant_type: str = pa.Field(nullable=True, isin=list(vocab.claimant_types()))
    cited_source: str = pa.Field(nullable=True)

    class Config:
        strict = True

    @pa.dataframe_check
    @classmethod
    def low_not_above_high(cls, data: PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(
            _either_null_or(pl.col("value_low") <= pl.col("value_high"), "value_low", "value_high")
        )

    @pa.dataframe_check
    @classmethod
    def a_value_is_given(cls, data: PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("value_low").is_not_null() | pl.col("value_high").is_not_null())

    @pa.dataframe_check
    @classmethod
    def offsets_span_the_text(cls, data: PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(
            (pl.col("end") > pl.col("start"))
            & ((pl.col("end") - pl.col("start")) == pl.col("text").str.len_chars())
        )

    @pa.dataframe_check
    @classmethod
    def figure_id_names_its_span(cls, data: PolarsData) -> pl.LazyFrame:
        expected = pl.format("{}:{}:{}", pl.col("doc_id"), pl.col("start"), pl.col("end"))
        return data.lazyframe.select(pl.col("figure_id") == expected)

    @pa.dataframe_check
    @classmethod
    def unit_fits_measure(cls, data: PolarsData) -> pl.LazyFrame:
        units = {name: str(spec["unit"]) for name, spec in vocab.measures().items()}
        expected = pl.col("measure").replace_strict(units, default=None, return_dtype=pl.Utf8)
        money = pl.col("measure").is_in(MONEY_MEASURES) & pl.col("unit").is_in(vocab.CURRENCY_UNITS)
        # A number that is none of the measures keeps its own unit (USD, percent, persons ...).
        other = pl.col("measure") == "other"
        return data.lazyframe.select((pl.col("unit") == expected) | money | other)

    @pa.dataframe_check
    @classmethod
    def period_in_order(cls, data: PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(
            _either_null_or(pl.col("period_start") <= pl.col("period_end"), "period_start", "period_end")
        )


class FigureInDocumentSchema(FigureSchema):
    """A figure joined to its document's length, to check that its offsets fall inside the text."""

    doc_chars: int = pa.Field(ge=0)

    @pa.dataframe_check
    @classmethod
    def offsets_inside_document(cls, data: PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("end") <= pl.col("doc_chars"))


class EstimateSchema(pa.DataFrameModel):
    estimate_id: str = pa.Field(unique=True)
    subject: str = pa.Field(isin=list(vocab.subjects()))
    measure: str = pa.Field(isin=list(vocab.measures()))
    location: str = pa.Field(nullable=True)
    region: str = pa.Field(nullable=True)
    victims: str = pa.Field(nullable=True)
    period_year: int = pa.Field(nullable=True)
    unit: str = pa.Field(isin=list(vocab.allowed_units()))
    per: str = pa.Field(nullable=True, isin=list(vocab.PERS))
    low: float = pa.Field(nullable=True)
    best: float = pa.Field(nullable=True)
    high: float = pa.Field(nullable=True)
    n_figures: int = pa.Field(ge=1)
    n_sources: int = pa.Field(ge=1)
    status: str = pa.Field(isin=list(vocab.ESTIMATE_STATUSES))
    figure_ids: pe.List = pa.Field(dtype_kwargs={"inner": pl.Utf8})

    class Config:
        strict = False  # reconciliation may carry columns of its own beside the contract's

    @pa.dataframe_check
    @classmethod
    def low_best_high_in_order(cls, data: PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(
            _either_null_or(pl.col("low") <= pl.col("best"), "low", "best")
            & _either_null_or(pl.col("best") <= pl.col("high"), "best", "high")
        )

    @pa.dataframe_check
    @classmethod
    def sources_not_more_than_figures(cls, data: PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(
            (pl.col("n_sources") <= pl.col("n_figures"))
            & (pl.col("figure_ids").list.len() == pl.col("n_figures"))
        )


class ConflictSchema(pa.DataFrameModel):
    conflict_id: str = pa.Field(unique=True)
    estimate_id: str
    figure_id_a: str
    figure_id_b: str
    kind: str = pa.Field(isin=list(vocab.conflict_kinds()))
    explanation: str = pa.Field(str_length={"min_value": 10})

    class Config:
        strict = False

    @pa.dataframe_check
    @classmethod
    def two_different_figures(cls, data: PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("figure_id_a") != pl.col("figure_id_b"))

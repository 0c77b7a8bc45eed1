"""Validate a collected frame, setting failing rows aside in quarantine instead of dropping them."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pandera.polars as pa
import polars as pl
from pandera.api.polars.model import DataFrameModel

QUARANTINE_COLUMNS = {
    "relation": pl.Utf8,
    "row_key": pl.Utf8,
    "check_name": pl.Utf8,
    "column_name": pl.Utf8,
    "failure_case": pl.Utf8,
    "row_json": pl.Utf8,
}


class SchemaMismatch(ValueError):
    """The frame's shape (columns, dtypes) is wrong: a programming error, not bad data."""


@dataclass(frozen=True)
class Validated:
    valid: pl.DataFrame
    quarantine: pl.DataFrame


def empty_quarantine() -> pl.DataFrame:
    return pl.DataFrame(schema=QUARANTINE_COLUMNS)


def validate_rows(
    frame: pl.DataFrame, model: type[DataFrameModel], relation: str, key: str | None = None
) -> Validated:
    """Split `frame` into rows that pass `model` and quarantine rows (one per failed check and row).

    pandera reports each failing value with its row index; those rows are joined back and kept,
    whole, as JSON beside the check that failed. A failure with no row index is a schema-level
    mismatch (a missing column, a wrong dtype) and raises SchemaMismatch.
    """
    try:
        model.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as errors:
        cases = errors.failure_cases
    else:
        return Validated(frame, empty_quarantine())

    if cases.get_column("index").null_count():
        schema_level = cases.filter(pl.col("index").is_null())
        raise SchemaMismatch(f"{relation}: {schema_level.select('check', 'failure_case').rows()}")

    indexed = frame.with_row_index("_row")
    bad_rows = indexed.join(
        cases.select(
            pl.col("index").cast(pl.UInt32).alias("_row"),
            pl.col("check").alias("check_name"),
            pl.col("column").alias("column_name"),
            pl.col("failure_case").cast(pl.Utf8),
        ),
        on="_row",
        how="inner",
    )
    row_json = [
        json.dumps(row, default=str, ensure_ascii=False)
        for row in bad_rows.select(frame.columns).iter_rows(named=True)
    ]
    quarantine = pl.DataFrame(
        {
            "relation": [relation] * bad_rows.height,
            "row_key": bad_rows.get_column(key).cast(pl.Utf8) if key else [None] * bad_rows.height,
            "check_name": bad_rows.get_column("check_name"),
            "column_name": bad_rows.get_column("column_name"),
            "failure_case": bad_rows.get_column("failure_case"),
            "row_json": row_json,
        },
        schema=QUARANTINE_COLUMNS,
    )
    bad_index = cases.get_column("index").cast(pl.UInt32).unique()
    valid = indexed.filter(~pl.col("_row").is_in(bad_index.implode())).drop("_row")
    return Validated(valid, quarantine)

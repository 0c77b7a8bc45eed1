"""Column names and dtypes of the frames reconciliation reads and writes.

The output schemas mirror `warehouse/sql/002_estimates_conflicts.sql` column for column, so a
frame loads into its table by name. `figures_frame` / `documents_frame` build input frames from
plain records (tests, benchmarks, notebooks) with the warehouse's dtypes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

import polars as pl

FIGURES_SCHEMA: dict[str, pl.DataType] = {
    "figure_id": pl.String(),
    "doc_id": pl.String(),
    "start": pl.Int64(),
    "end": pl.Int64(),
    "quote": pl.String(),
    "text": pl.String(),
    "subject": pl.String(),
    "measure": pl.String(),
    "value_low": pl.Float64(),
    "value_high": pl.Float64(),
    "qualifier": pl.String(),
    "unit": pl.String(),
    "per": pl.String(),
    "period_start": pl.Date(),
    "period_end": pl.Date(),
    "location": pl.String(),
    "region": pl.String(),
    "victims": pl.String(),
    "claimant": pl.String(),
    "claimant_type": pl.String(),
    "cited_source": pl.String(),
}

DOCUMENTS_SCHEMA: dict[str, pl.DataType] = {
    "doc_id": pl.String(),
    "file_name": pl.String(),
    "title": pl.String(),
    "author": pl.String(),
    "publisher": pl.String(),
    "published": pl.Date(),
    "url": pl.String(),
    "sha256": pl.String(),
    "chars": pl.Int64(),
    "format": pl.String(),
    "file_names": pl.List(pl.String()),
    "extractor_version": pl.String(),
}

ESTIMATES_SCHEMA: dict[str, pl.DataType] = {
    "estimate_id": pl.String(),
    "subject": pl.String(),
    "measure": pl.String(),
    "location": pl.String(),
    "region": pl.String(),
    "victims": pl.String(),
    "period_year": pl.Int64(),
    "unit": pl.String(),
    "per": pl.String(),
    "low": pl.Float64(),
    "best": pl.Float64(),
    "high": pl.Float64(),
    "n_figures": pl.Int64(),
    "n_sources": pl.Int64(),
    "status": pl.String(),
    "figure_ids": pl.List(pl.String()),
    # project additions (not in the contract)
    "event_date": pl.Date(),
    "n_subject_self": pl.Int64(),
    "self_claim_only": pl.Boolean(),
}

CONFLICTS_SCHEMA: dict[str, pl.DataType] = {
    "conflict_id": pl.String(),
    "estimate_id": pl.String(),
    "figure_id_a": pl.String(),
    "figure_id_b": pl.String(),
    "kind": pl.String(),
    "explanation": pl.String(),
    # project addition: the other figure's estimate when a self_inconsistent pair spans two
    "estimate_id_b": pl.String(),
}

ESTIMATE_FIGURES_SCHEMA: dict[str, pl.DataType] = {
    "estimate_id": pl.String(),
    "figure_id": pl.String(),
    "doc_id": pl.String(),
    "source_key": pl.String(),
    "basis": pl.String(),
    "low": pl.Float64(),
    "best": pl.Float64(),
    "high": pl.Float64(),
    "unit": pl.String(),
    "per": pl.String(),
    "fx_rate": pl.Float64(),
    "subject_self": pl.Boolean(),
    "used_for_best": pl.Boolean(),
}


def _coerce(value: Any, dtype: pl.DataType) -> Any:
    if isinstance(dtype, pl.Date) and isinstance(value, str):
        return date.fromisoformat(value)
    if isinstance(dtype, pl.Float64) and isinstance(value, int):
        return float(value)
    return value


def frame_from_records(
    records: Iterable[Mapping[str, Any]], schema: Mapping[str, pl.DataType]
) -> pl.DataFrame:
    """A frame with exactly `schema`'s columns; missing fields are null, ISO strings become dates."""
    rows = [{name: _coerce(record.get(name), dtype) for name, dtype in schema.items()} for record in records]
    return pl.DataFrame(rows, schema=dict(schema), orient="row") if rows else empty_frame(schema)


def empty_frame(schema: Mapping[str, pl.DataType]) -> pl.DataFrame:
    return pl.DataFrame(schema=dict(schema))


def figures_frame(records: Iterable[Mapping[str, Any]]) -> pl.DataFrame:
    """Figures from dicts; `figure_id` defaults to doc_id:start:end and `text`/`quote` to ''."""
    filled: list[dict[str, Any]] = []
    for record in records:
        row = dict(record)
        row.setdefault("start", 0)
        row.setdefault("end", 0)
        row.setdefault("text", "")
        row.setdefault("quote", row["text"])
        row.setdefault("figure_id", f"{row['doc_id']}:{row['start']}:{row['end']}")
        filled.append(row)
    return frame_from_records(filled, FIGURES_SCHEMA)


def documents_frame(records: Iterable[Mapping[str, Any]]) -> pl.DataFrame:
    filled: list[dict[str, Any]] = []
    for record in records:
        row = dict(record)
        row.setdefault("file_name", f"{row['doc_id']}.txt")
        row.setdefault("sha256", row["doc_id"])
        row.setdefault("chars", 0)
        row.setdefault("format", "txt")
        row.setdefault("file_names", [row["file_name"]])
        row.setdefault("extractor_version", "test")
        filled.append(row)
    return frame_from_records(filled, DOCUMENTS_SCHEMA)

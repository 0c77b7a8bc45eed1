"""Read what the report needs out of a warehouse connection, as plain data.

Only the figure contract's columns (section 6) are relied on. A missing table or column is read as
empty or null, so the site still renders (with less in it) while other parts of the warehouse evolve.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import polars as pl

from schemas.frames import DOCUMENT_COLUMNS, FIGURE_COLUMNS

ESTIMATE_COLUMNS: dict[str, pl.DataType] = {
    "estimate_id": pl.Utf8(),
    "subject": pl.Utf8(),
    "measure": pl.Utf8(),
    "location": pl.Utf8(),
    "region": pl.Utf8(),
    "victims": pl.Utf8(),
    "period_year": pl.Int64(),
    "unit": pl.Utf8(),
    "per": pl.Utf8(),
    "low": pl.Float64(),
    "best": pl.Float64(),
    "high": pl.Float64(),
    "n_figures": pl.Int64(),
    "n_sources": pl.Int64(),
    "status": pl.Utf8(),
    "figure_ids": pl.List(pl.Utf8()),
}

CONFLICT_COLUMNS: dict[str, pl.DataType] = {
    "conflict_id": pl.Utf8(),
    "estimate_id": pl.Utf8(),
    "figure_id_a": pl.Utf8(),
    "figure_id_b": pl.Utf8(),
    "kind": pl.Utf8(),
    "explanation": pl.Utf8(),
}


def _relation_columns(con: duckdb.DuckDBPyConnection, relation: str) -> set[str]:
    rows = con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [relation]
    ).fetchall()
    return {str(name) for (name,) in rows}


def read_relation(
    con: duckdb.DuckDBPyConnection, relation: str, columns: dict[str, pl.DataType], order_by: Sequence[str]
) -> pl.DataFrame:
    """The contract columns of `relation`; absent columns are null, an absent relation is empty."""
    present = _relation_columns(con, relation)
    if not present:
        return pl.DataFrame(schema=columns)
    selected = [name for name in columns if name in present]
    quoted = ", ".join(f'"{name}"' for name in selected)
    order = ", ".join(f'"{name}"' for name in order_by if name in present) or "1"
    frame: pl.DataFrame = con.sql(f'SELECT {quoted} FROM "{relation}" ORDER BY {order}').pl()
    frame = frame.with_columns(pl.lit(None).alias(name) for name in columns if name not in present)
    return frame.select(pl.col(name).cast(dtype) for name, dtype in columns.items())


@dataclass(frozen=True)
class Warehouse:
    """The four contract relations as frames, plus lookups by id."""

    documents: pl.DataFrame
    figures: pl.DataFrame
    estimates: pl.DataFrame
    conflicts: pl.DataFrame
    document_by_id: dict[str, dict[str, Any]] = field(default_factory=dict)
    figure_by_id: dict[str, dict[str, Any]] = field(default_factory=dict)

    def figures_of(self, estimate: dict[str, Any]) -> list[dict[str, Any]]:
        """The figures an estimate rests on, in the order it lists them (unknown ids skipped)."""
        ids = estimate.get("figure_ids") or []
        return [self.figure_by_id[fid] for fid in ids if fid in self.figure_by_id]


REPORT_SOURCES = Path(__file__).parent
_ORDERS = {
    "documents": ["published", "doc_id"],
    "figures": ["doc_id", "start", "figure_id"],
    "estimates": ["subject", "measure", "period_year", "estimate_id"],
    "conflicts": ["estimate_id", "conflict_id"],
}


def _contract_relations(con: duckdb.DuckDBPyConnection) -> dict[str, pl.DataFrame]:
    columns = {
        "documents": DOCUMENT_COLUMNS,
        "figures": FIGURE_COLUMNS,
        "estimates": ESTIMATE_COLUMNS,
        "conflicts": CONFLICT_COLUMNS,
    }
    return {name: read_relation(con, name, columns[name], _ORDERS[name]) for name in columns}


def inputs_digest(con: duckdb.DuckDBPyConnection) -> str:
    """A digest of everything the site is a function of: the report's own code and templates,
    and the rows it reads. Equal digests mean the published site is already this site."""
    digest = hashlib.sha256()
    for path in sorted(p for p in REPORT_SOURCES.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(REPORT_SOURCES).as_posix().encode())
        digest.update(path.read_bytes())
    for name, frame in _contract_relations(con).items():
        digest.update(f"{name}:{frame.height}".encode())
        digest.update(b"".join(h.to_bytes(8, "little") for h in frame.hash_rows(seed=0).to_list()))
    return digest.hexdigest()


def read_warehouse(con: duckdb.DuckDBPyConnection) -> Warehouse:
    relations = _contract_relations(con)
    documents, figures = relations["documents"], relations["figures"]
    estimates, conflicts = relations["estimates"], relations["conflicts"]
    return Warehouse(
        documents=documents,
        figures=figures,
        estimates=estimates,
        conflicts=conflicts,
        document_by_id={row["doc_id"]: row for row in documents.iter_rows(named=True)},
        figure_by_id={row["figure_id"]: row for row in figures.iter_rows(named=True)},
    )


def year_of(value: dt.date | None) -> int | None:
    return value.year if value is not None else None

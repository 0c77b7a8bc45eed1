"""Create a warehouse file from the versioned SQL beside this module and load frames into it.

A warehouse is always built whole into a fresh file (see `warehouse.publish`), so the DDL
is plain CREATE statements with no migrations: the SQL files are applied in name order,
tables first (sql/*.sql), then views (sql/views/*.sql).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import duckdb
import polars as pl

SQL_DIR = Path(__file__).parent / "sql"


def schema_statements() -> list[str]:
    """The DDL files' contents, tables before views, each in file-name order."""
    files = sorted(SQL_DIR.glob("*.sql")) + sorted((SQL_DIR / "views").glob("*.sql"))
    return [path.read_text(encoding="utf-8") for path in files]


def create_schema(con: duckdb.DuckDBPyConnection) -> None:
    for statement in schema_statements():
        con.execute(statement)


def table_columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    rows = con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
        [table],
    ).fetchall()
    return [name for (name,) in rows]


def load_table(con: duckdb.DuckDBPyConnection, table: str, frame: pl.DataFrame) -> int:
    """Insert a frame into a table by column name; columns the frame lacks are null. Returns rows loaded."""
    if frame.height == 0:
        return 0
    columns = table_columns(con, table)
    unknown = set(frame.columns) - set(columns)
    if unknown:
        raise ValueError(f"{table}: columns not in the warehouse schema: {sorted(unknown)}")
    present = [name for name in columns if name in frame.columns]
    quoted = ", ".join(f'"{name}"' for name in present)
    con.register("_incoming", frame.select(present).to_arrow())
    try:
        con.execute(f'INSERT INTO "{table}" ({quoted}) SELECT {quoted} FROM _incoming')
    finally:
        con.unregister("_incoming")
    return frame.height


def build_warehouse(path: Path, tables: Mapping[str, pl.DataFrame]) -> dict[str, int]:
    """Create a new warehouse file at `path` (which must not exist) holding `tables`. Returns row counts."""
    if path.exists():
        raise FileExistsError(f"{path}: a warehouse is built into a new file only")
    path.parent.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    with duckdb.connect(str(path)) as con:
        create_schema(con)
        for table, frame in tables.items():
            counts[table] = load_table(con, table, frame)
        con.execute("CHECKPOINT")
    return counts

"""Polars frames of the documents and figures relations, built from the stages' plain records."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence

import polars as pl

from extract.figure import FIGURE_FIELDS, Figure
from ingest.document import Document

DOCUMENT_COLUMNS: dict[str, pl.DataType] = {
    "doc_id": pl.Utf8(),
    "file_name": pl.Utf8(),
    "title": pl.Utf8(),
    "author": pl.Utf8(),
    "publisher": pl.Utf8(),
    "published": pl.Date(),
    "url": pl.Utf8(),
    "sha256": pl.Utf8(),
    "chars": pl.Int64(),
    "format": pl.Utf8(),
    "file_names": pl.List(pl.Utf8()),
    "extractor_version": pl.Utf8(),
}

_FIGURE_DTYPES: dict[str, pl.DataType] = {
    "start": pl.Int64(),
    "end": pl.Int64(),
    "value_low": pl.Float64(),
    "value_high": pl.Float64(),
    "period_start": pl.Date(),
    "period_end": pl.Date(),
}
FIGURE_COLUMNS: dict[str, pl.DataType] = {
    "figure_id": pl.Utf8(),
    "doc_id": pl.Utf8(),
    **{name: _FIGURE_DTYPES.get(name, pl.Utf8()) for name in FIGURE_FIELDS if name != "doc"},
}


def figure_id(doc_id: str, start: int, end: int) -> str:
    """A figure's id names its document and span, so re-extraction gives the same id."""
    return f"{doc_id}:{start}:{end}"


def documents_frame(documents: Iterable[Document], extractor_version: str) -> pl.DataFrame:
    rows = [
        {
            "doc_id": doc.doc_id,
            "file_name": doc.file_name,
            "title": doc.title,
            "author": doc.author,
            "publisher": doc.publisher,
            "published": doc.published,
            "url": doc.url,
            "sha256": doc.sha256,
            "chars": doc.chars,
            "format": doc.format,
            "file_names": list(doc.file_names or (doc.file_name,)),
            "extractor_version": extractor_version,
        }
        for doc in documents
    ]
    return pl.DataFrame(rows, schema=DOCUMENT_COLUMNS)


def _iso_date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


def figures_frame(doc_id: str, figures: Sequence[Figure]) -> pl.DataFrame:
    """The figures of one document as rows of the `figures` relation."""
    rows = []
    for figure in figures:
        record = figure.to_json_dict()
        del record["doc"]
        record["period_start"] = _iso_date(figure.period_start)
        record["period_end"] = _iso_date(figure.period_end)
        record["value_low"] = figure.value_low
        record["value_high"] = figure.value_high
        rows.append({"figure_id": figure_id(doc_id, figure.start, figure.end), "doc_id": doc_id, **record})
    return pl.DataFrame(rows, schema=FIGURE_COLUMNS)


def empty_figures() -> pl.DataFrame:
    return pl.DataFrame(schema=FIGURE_COLUMNS)

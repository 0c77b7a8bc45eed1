"""Shared helpers for the extractor's tests."""

from __future__ import annotations

from datetime import date

from extract.figure import Figure
from extract.figures import extract_figures
from ingest.document import Document


def doc(text: str, *, name: str = "t.txt", published: date | None = None) -> Document:
    return Document(doc_id="t", file_name=name, text=text, sha256="0", published=published)


def figures(text: str, published: date | None = None) -> list[Figure]:
    return extract_figures(doc(text, published=published))


def keys(text: str, published: date | None = None) -> list[tuple[object, ...]]:
    return [(f.subject, f.measure, f.value_low, f.value_high, f.per) for f in figures(text, published)]


def only(text: str, published: date | None = None) -> Figure:
    found = figures(text, published)
    assert len(found) == 1, [(f.subject, f.measure, f.value_low, f.value_high, f.text) for f in found]
    return found[0]

"""The document record every later stage reads: identity, provenance and text."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path


def content_id(raw: bytes) -> tuple[str, str]:
    """Return (doc_id, sha256) for a file's raw bytes: the id is the hash's first 16 hex digits."""
    digest = hashlib.sha256(raw).hexdigest()
    return digest[:16], digest


@dataclass(frozen=True)
class Document:
    """One document as read: its text (UTF-8, offsets are Python str indices) and provenance."""

    doc_id: str
    file_name: str
    text: str
    sha256: str
    format: str = "txt"
    path: Path | None = None
    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    published: date | None = None
    url: str | None = None
    # Every file name that carried these exact bytes (duplicates are one document).
    file_names: tuple[str, ...] = field(default_factory=tuple)

    @property
    def chars(self) -> int:
        return len(self.text)

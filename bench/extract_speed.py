"""Extraction speed: MB/s on one core over the bundled corpus repeated to about 10 MB.

Run: .venv/bin/python bench/extract_speed.py
"""

from __future__ import annotations

import time
from pathlib import Path

from extract.figures import extract_figures
from ingest.document import Document, content_id

ROOT = Path(__file__).resolve().parents[1]
TARGET_BYTES = 10 * 1024 * 1024


def corpus() -> list[Document]:
    docs = []
    for path in sorted((ROOT / "corpus" / "documents").glob("*.txt")):
        raw = path.read_bytes()
        doc_id, sha = content_id(raw)
        docs.append(Document(doc_id=doc_id, file_name=path.name, text=raw.decode("utf-8"), sha256=sha))
    return docs


def main() -> None:
    base = corpus()
    size = sum(len(d.text.encode("utf-8")) for d in base)
    # Each copy is a distinct document (a varied prefix defeats any per-text caching).
    docs: list[Document] = []
    total = 0
    i = 0
    while total < TARGET_BYTES:
        for d in base:
            text = f"Copy {i}.\n\n" + d.text
            docs.append(Document(doc_id=f"{d.doc_id}-{i}", file_name=d.file_name, text=text, sha256=d.sha256))
            total += len(text.encode("utf-8"))
        i += 1
    extract_figures(base[0])  # load and compile the rules once, outside the timing
    started = time.perf_counter()
    figures = sum(len(extract_figures(d)) for d in docs)
    elapsed = time.perf_counter() - started
    mb = total / 1_000_000
    print(
        f"corpus: {len(base)} documents, {size / 1000:.0f} KB, repeated to {mb:.1f} MB ({len(docs)} documents)"
    )
    print(f"figures: {figures}")
    print(f"time: {elapsed:.2f} s")
    print(f"speed: {mb / elapsed:.1f} MB/s")


if __name__ == "__main__":
    main()

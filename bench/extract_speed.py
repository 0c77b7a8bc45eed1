"""Extraction speed: MB/s on one core over the bundled corpus repeated to about 10 MB.

Run: .venv/bin/python bench/extract_speed.py

The headline is the bundled mix's `speed (cpu)`: megabytes divided by the process's CPU time
(`time.process_time`), which is what "one core" means when other work shares the machine. More
lines put it in context:

- `speed (wall)` divides by the wall clock instead, which drops when the machine is busy;
- `digit scan` is a plain regex scan for digits over the same text at the same moment, the floor
  any extractor is measured against (about 200 MB/s on an idle machine here); when the machine is
  busy both numbers drop together;
- `scan floor` is the two whole-text passes every document needs (lower-casing, then the one
  regex that finds where a number may start); `per anchor` is the CPU the extractor spends beyond
  them for each such place (reading the quantity, and for a candidate its sentence, measure,
  subject, period and claimant). Together they are the cost model: at 10 MB/s a megabyte has
  100 ms, of which the scan takes its share and the anchors the rest;
- `prose mix` repeats the extractor's own test documents (monitoring-team paragraphs, wire copy,
  digests, op-eds, date-dense prose), which carry more numbers per byte than the bundled reports.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from extract.figures import extract_figures
from extract.rules import rules
from extract.structure import Structure
from ingest.document import Document, content_id

ROOT = Path(__file__).resolve().parents[1]
TARGET_BYTES = 10 * 1024 * 1024
PROSE_DIR = ROOT / "tests" / "extract" / "docs"


def corpus(folder: Path | None = None) -> list[Document]:
    docs = []
    for path in sorted((folder or ROOT / "corpus" / "documents").glob("*.txt")):
        raw = path.read_bytes()
        doc_id, sha = content_id(raw)
        docs.append(Document(doc_id=doc_id, file_name=path.name, text=raw.decode("utf-8"), sha256=sha))
    return docs


def repeated(base: list[Document], target: int) -> tuple[list[Document], int]:
    """Copies of the documents to about `target` bytes; each copy is a distinct document (a varied
    prefix defeats any per-text caching)."""
    docs: list[Document] = []
    total = 0
    i = 0
    while total < target:
        for d in base:
            text = f"Copy {i}.\n\n" + d.text
            docs.append(Document(doc_id=f"{d.doc_id}-{i}", file_name=d.file_name, text=text, sha256=d.sha256))
            total += len(text.encode("utf-8"))
        i += 1
    return docs, total


def measure(docs: list[Document]) -> tuple[int, float, float]:
    """(figures, wall seconds, CPU seconds) for extracting every document once."""
    started, cpu_started = time.perf_counter(), time.process_time()
    figures = sum(len(extract_figures(d)) for d in docs)
    return figures, time.perf_counter() - started, time.process_time() - cpu_started


def digit_scan(docs: list[Document]) -> float:
    """Seconds of CPU for a plain regex scan for digits over the same documents."""
    digits = re.compile(r"[0-9]+")
    started = time.process_time()
    for d in docs:
        digits.findall(d.text)
    return time.process_time() - started


def scan_floor(docs: list[Document]) -> tuple[int, float]:
    """(number anchors, CPU seconds) of the whole-text passes alone: lower-casing and the anchor scan
    over the body (up to the notes or references)."""
    anchor = rules().anchor_lower
    started = time.process_time()
    anchors = sum(len(anchor.findall(d.text.lower(), 0, Structure(d.text).body_end)) for d in docs)
    return anchors, time.process_time() - started


def main() -> None:
    base = corpus()
    size = sum(len(d.text.encode("utf-8")) for d in base)
    docs, total = repeated(base, TARGET_BYTES)
    extract_figures(base[0])  # load and compile the rules once, outside the timing
    figures, elapsed, cpu = measure(docs)
    mb = total / 1_000_000
    print(
        f"corpus: {len(base)} documents, {size / 1000:.0f} KB, repeated to {mb:.1f} MB ({len(docs)} documents)"
    )
    print(f"figures: {figures}")
    print(f"time: {elapsed:.2f} s (cpu {cpu:.2f} s)")
    print(f"speed (cpu): {mb / cpu:.1f} MB/s")
    print(f"speed (wall): {mb / elapsed:.1f} MB/s")
    print(f"digit scan (cpu, same text): {mb / digit_scan(docs):.0f} MB/s")
    anchors, floor = scan_floor(docs)
    print(
        f"scan floor (lower-casing + anchor scan): {mb / floor:.0f} MB/s; "
        f"{anchors / mb:.0f} anchors per MB, {(cpu - floor) / anchors * 1e6:.1f} µs CPU per anchor beyond the scan"
    )
    prose = corpus(PROSE_DIR)
    if prose:
        prose_docs, prose_total = repeated(prose, TARGET_BYTES // 4)
        _figures, prose_elapsed, prose_cpu = measure(prose_docs)
        prose_mb = prose_total / 1_000_000
        print(
            f"prose mix ({len(prose)} test documents, {prose_mb:.1f} MB): "
            f"cpu {prose_mb / prose_cpu:.2f} MB/s (wall {prose_mb / prose_elapsed:.2f} MB/s)"
        )


if __name__ == "__main__":
    main()

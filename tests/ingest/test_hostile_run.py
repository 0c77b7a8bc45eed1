"""A whole run over a corpus holding one file of each bad kind beside good documents.

The run exits 0, loads every figure of the good documents, records each bad file in
`ingest_errors` with a reason a person understands, and publishes the report.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb

from extract.figures import extract_figures
from ingest.discover import IngestLimits, read_corpus

BUNDLED = Path(__file__).resolve().parents[2] / "corpus"
GOOD = ("000_19a3dde3721b4554.txt", "004_ea8ecce3fe93bc84.txt")
LIMIT = 20_000  # bytes; both good documents are smaller, the oversize file is larger


def _hostile_corpus(root: Path, pdf: bytes) -> Path:
    corpus = root / "corpus"
    docs = corpus / "documents"
    docs.mkdir(parents=True)
    for name in GOOD:
        shutil.copy(BUNDLED / "documents" / name, docs / name)
    shutil.copy(BUNDLED / "sources.yaml", corpus / "sources.yaml")
    shutil.copy(BUNDLED / "documents" / GOOD[0], docs / "copy_of_000.txt")  # same bytes, one document
    (docs / "empty.txt").write_bytes(b"")
    (docs / "stray.bin").write_bytes(bytes(range(256)) * 8)
    (docs / "legacy.txt").write_bytes("Caf\u00e9 talk: ISKP had 1,200 fighters in 2019.\n".encode("latin-1"))
    (docs / "dump.txt").write_bytes(b"padding " * 4000)  # 32,000 bytes
    (docs / "truncated.pdf").write_bytes(pdf[: len(pdf) // 2])
    (docs / "loop_a.txt").symlink_to(docs / "loop_b.txt")
    (docs / "loop_b.txt").symlink_to(docs / "loop_a.txt")
    (docs / "unreadable.txt").symlink_to(docs / "gone.txt")  # as root, chmod 000 would not stop a read
    os.mkfifo(docs / "pipe.txt")
    return corpus


def test_a_hostile_corpus_gives_a_clean_run(
    tmp_path: Path, triangulate_cli: Any, pdf_factory: Callable[..., bytes]
) -> None:
    pdf = pdf_factory([["TTP fighters numbered 5,000 in 2024."]])
    corpus = _hostile_corpus(tmp_path, pdf)
    done = triangulate_cli.run(
        "run", "--corpus", str(corpus), "--warehouse", "wh/t.duckdb", "--site", "site",
        cwd=tmp_path, env={"TRIANGULATE_MAX_DOCUMENT_BYTES": str(LIMIT)},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    assert (tmp_path / "site" / "index.html").is_file()

    expected = read_corpus(corpus, IngestLimits(max_bytes=LIMIT))
    good = {doc.doc_id: doc for doc in expected.documents if doc.file_name in GOOD}
    assert len(good) == 2
    with duckdb.connect(str(tmp_path / "wh" / "t.duckdb"), read_only=True) as con:
        errors = dict(con.execute("SELECT file_name, reason FROM ingest_errors").fetchall())
        for doc_id, doc in good.items():
            loaded = {
                row[0]
                for row in con.execute("SELECT figure_id FROM figures WHERE doc_id = ?", [doc_id]).fetchall()
            }
            extracted = {f"{doc_id}:{f.start}:{f.end}" for f in extract_figures(doc)}
            assert extracted and loaded == extracted, doc.file_name
        (names,) = con.execute(
            "SELECT file_names FROM documents WHERE file_name = ?", [GOOD[0]]
        ).fetchone() or (None,)
        legacy = con.execute("SELECT count(*) FROM documents WHERE file_name = 'legacy.txt'").fetchone()
    assert names == [GOOD[0], "copy_of_000.txt"]
    assert legacy == (1,), "invalid UTF-8 is read with replacement characters, not rejected"
    assert errors == {
        "empty.txt": "empty file (0 bytes)",
        "stray.bin": "binary content, not a document",
        "dump.txt": "file too large: 31.2 KB (32000 bytes) is over the size limit of 19.5 KB (20000 bytes)",
        "truncated.pdf": "truncated PDF: no %%EOF marker at the end of the file",
        "loop_a.txt": "symlink loop (too many levels of symbolic links)",
        "loop_b.txt": "symlink loop (too many levels of symbolic links)",
        "unreadable.txt": f"dangling symlink: target {corpus / 'documents' / 'gone.txt'} does not exist",
        "pipe.txt": "not a regular file (a FIFO)",
    }
    log = done.stdout + done.stderr
    assert "legacy.txt: invalid UTF-8 at byte offset 3" in log
    for name in errors:
        assert name in log, f"the run's log does not name {name}"

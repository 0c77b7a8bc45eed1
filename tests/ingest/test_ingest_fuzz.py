"""Property tests: ingestion never crashes on hostile bytes; it gives a Document or an IngestFailure."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.discover import IngestFailure, IngestLimits, read_document
from ingest.formats import extract_text

# tmp_path is shared by a test's examples: each example overwrites the one file, so that is safe.
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
SUFFIXES = st.sampled_from([".txt", ".md", ".html", ".pdf", ".bin", ""])
LIMITS = IngestLimits(max_bytes=1 << 16)

HTML = (
    b"<!DOCTYPE html>\n<html><head><title>Kabul</title><style>p{}</style></head>\n"
    b"<body><nav>menu</nav><h1>Strength</h1><p>ISKP had <b>4,000</b> fighters &amp; 3 camps.</p>"
    b"<div><p>Caf\xc3\xa9 owners paid</p><script>var a = '<p>';</script></div></body></html>\n"
)


def check(path: Path, raw: bytes) -> None:
    path.write_bytes(raw)
    try:
        document = read_document(path, LIMITS)
    except IngestFailure as failure:
        assert "\n" not in str(failure)
        assert str(failure).startswith(str(path))
        return
    assert isinstance(document.text, str)
    assert document.text.strip()
    assert document.format in {"txt", "md", "html", "pdf"}


@FUZZ
@given(raw=st.binary(max_size=2048), suffix=SUFFIXES)
def test_arbitrary_bytes(tmp_path: Path, raw: bytes, suffix: str) -> None:
    check(tmp_path / f"fuzz{suffix}", raw)


@FUZZ
@given(text=st.text(max_size=500), suffix=SUFFIXES)
def test_arbitrary_text(tmp_path: Path, text: str, suffix: str) -> None:
    check(tmp_path / f"fuzz{suffix}", text.encode("utf-8", errors="surrogatepass"))


@FUZZ
@given(data=st.data())
def test_truncated_and_damaged_pdfs(
    tmp_path: Path, pdf_factory: Callable[..., bytes], data: st.DataObject
) -> None:
    pdf = pdf_factory([["Fighters numbered 2,500 in terror-", "ism cells."], ["Second page (b)."]], title="T")
    cut = data.draw(st.integers(0, len(pdf)), label="cut")
    damaged = bytearray(pdf[:cut])
    for _ in range(data.draw(st.integers(0, 3), label="flips")):
        if damaged:
            at = data.draw(st.integers(0, len(damaged) - 1), label="at")
            damaged[at] = data.draw(st.integers(0, 255), label="byte")
    check(tmp_path / "doc.pdf", bytes(damaged) + data.draw(st.sampled_from([b"", b"\n%%EOF\n"]), label="eof"))


@FUZZ
@given(cut=st.integers(0, len(HTML)), suffix=st.sampled_from([".html", ".txt"]))
def test_truncated_html(tmp_path: Path, cut: int, suffix: str) -> None:
    check(tmp_path / f"page{suffix}", HTML[:cut])


@pytest.mark.parametrize("name", ["a.txt", "a.html", "a.pdf", "a"])
@settings(max_examples=100, deadline=None)
@given(raw=st.binary(max_size=512))
def test_extract_text_raises_only_format_errors(name: str, raw: bytes) -> None:
    from ingest.formats import FormatError

    try:
        extracted = extract_text(name, raw)
    except FormatError as error:
        assert error.reason and "\n" not in error.reason
    else:
        assert isinstance(extracted.text, str)


@FUZZ
@given(body=st.binary(max_size=1024))
def test_pdf_header_with_garbage_body(tmp_path: Path, body: bytes) -> None:
    check(tmp_path / "junk.pdf", b"%PDF-1.4\n" + body + b"\n%%EOF\n")

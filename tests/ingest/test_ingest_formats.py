"""Format recognition and text extraction (ingest.formats)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from ingest.formats import (
    FormatError,
    dehyphenate,
    detect_format,
    extract_text,
    html_to_text,
    is_binary,
)


@pytest.mark.parametrize(
    ("name", "raw", "expected"),
    [
        ("a.txt", b"plain", "txt"),
        ("a.md", b"# title", "md"),
        ("a.markdown", b"# title", "md"),
        ("a.html", b"no tags at all", "html"),
        ("a.txt", b"%PDF-1.7\n...", "pdf"),
        ("noext", b"\xef\xbb\xbf  <!DOCTYPE html><html></html>", "html"),
        ("saved.txt", b"<!-- saved from url -->\n<html><body>x</body></html>", "html"),
        ("a.md", b"<body>inline</body>", "html"),
        ("a.md", b"Text that mentions <html> later", "md"),
        ("a.csv", b"a,b\n1,2\n", "txt"),
    ],
)
def test_detect_format_by_content_then_name(name: str, raw: bytes, expected: str) -> None:
    assert detect_format(name, raw) == expected


def test_pdf_name_without_pdf_content_is_rejected() -> None:
    with pytest.raises(FormatError, match="no %PDF- header"):
        detect_format("a.pdf", b"just text")


def test_text_drops_bom_and_normalises_line_ends() -> None:
    extracted = extract_text("a.txt", b"\xef\xbb\xbfone\r\ntwo\rthree\n")
    assert extracted.text == "one\ntwo\nthree\n"
    assert extracted.warnings == ()


def test_utf16_with_bom_is_decoded() -> None:
    assert extract_text("a.txt", "Kabul 2021\n".encode("utf-16")).text == "Kabul 2021\n"


def test_invalid_utf8_is_replaced_and_warned_with_offset() -> None:
    extracted = extract_text("a.txt", b"\xef\xbb\xbfabc\xc3(def")
    assert extracted.text == "abc\ufffd(def"
    assert extracted.warnings == (
        "invalid UTF-8 at byte offset 6 (0xc3); decoded with replacement characters",
    )


@pytest.mark.parametrize(
    ("raw", "binary"),
    [
        (b"text\twith\ttabs\nand\x0cform feeds\r\n", False),
        (b"a\x00b", True),
        (bytes(range(1, 32)) * 4, True),
        (b"mostly text " * 50 + b"\x1b[0m", False),
        (b"", False),
    ],
)
def test_is_binary(raw: bytes, binary: bool) -> None:
    assert is_binary(raw) is binary


def test_whitespace_only_file_is_rejected() -> None:
    with pytest.raises(FormatError, match="only whitespace"):
        extract_text("a.txt", b" \n\t\n")


def test_unknown_extension_read_as_text_with_warning() -> None:
    extracted = extract_text("table.csv", b"a,b\n")
    assert extracted.format == "txt"
    assert extracted.warnings == ("unrecognised extension .csv; read as plain text",)


def test_html_drops_non_content_and_separates_blocks() -> None:
    text, title = html_to_text(
        "<html><head><title>T</title><script>x()</script></head><body>"
        "<nav>menu</nav><header>banner</header><main><h2>Heading</h2>"
        "<p>One <i>inline</i>\n   sentence.<br/>Next line.</p>"
        "<table><tr><td>cell 1</td><td>cell 2</td></tr></table>"
        "<noscript>js</noscript><!-- hidden comment --><style>p{}</style>"
        "</main><aside>ad</aside><footer>foot</footer></body></html>"
    )
    assert title == "T"
    assert text == "Heading\n\nOne inline sentence.\nNext line.\n\ncell 1\n\ncell 2"


def test_html_keeps_text_after_dropped_elements() -> None:
    text, _ = html_to_text("<p>Before<script>x()</script> after<!-- c --> end <nav>n</nav>tail<br>next</p>")
    assert text == "Before after end tail\nnext"


def test_html_nested_beyond_the_parser_depth_limit_is_an_error_not_a_hang() -> None:
    with pytest.raises(FormatError, match="no text in the HTML body"):
        extract_text("deep.html", b"<html><body>" + b"<div>" * 100_000 + b"x")


def test_html_entities_and_xml_prolog() -> None:
    raw = b'<?xml version="1.0" encoding="utf-8"?><html><body><p>Al-Shabaab &amp; ISKP</p></body></html>'
    extracted = extract_text("page.xhtml", raw)
    assert extracted.format == "html"
    assert extracted.text == "Al-Shabaab & ISKP"


def test_html_without_body_text_is_rejected() -> None:
    with pytest.raises(FormatError, match="no text in the HTML body"):
        extract_text("a.html", b"<html><head><title>x</title></head><body><nav>only nav</nav></body></html>")


def test_truncated_html_is_read_with_a_warning() -> None:
    extracted = extract_text("cut.html", b"<!doctype html><html><body><p>Fighters: 4,000</p><p>Camps: fi")
    assert extracted.text == "Fighters: 4,000\n\nCamps: fi"
    assert extracted.warnings == ("HTML looks truncated (no closing </html> tag); read what is there",)


def test_html_content_under_another_name_warns() -> None:
    extracted = extract_text("page.txt", b"<html><body><p>Hello</p></body></html>")
    assert extracted.format == "html"
    assert extracted.warnings == ("content is HTML although named .txt",)


@pytest.mark.parametrize(
    ("laid_out", "joined"),
    [
        ("terror-\nism", "terrorism"),
        ("the terror- \n  ism rose", "the terrorism rose"),
        ("al-\nQaeda", "al-Qaeda"),
        ("Tehrik-\ni-Taliban", "Tehrik-i-Taliban"),
        ("2014-\n2015", "2014-2015"),
        ("self-\nfinancing", "self-financing"),
        ("non-\nstate", "non-state"),
        ("end of page terror-\n\nism", "end of page terrorism"),
        ("soft\u00ad\nhyphen", "softhyphen"),
        ("a dash - \nnext", "a dash - \nnext"),
        ("no hyphen\nhere", "no hyphen\nhere"),
    ],
)
def test_dehyphenate(laid_out: str, joined: str) -> None:
    assert dehyphenate(laid_out) == joined


def test_pdf_pages_are_joined_and_dehyphenated(pdf_factory: Callable[..., bytes]) -> None:
    raw = pdf_factory(
        [["ISKP had 4,000 fight-", "ers in Kunar (estimate)."], ["Counter-terror-", "ism in 2024."]],
        title="Report",
    )
    extracted = extract_text("r.pdf", raw)
    assert extracted.format == "pdf"
    assert extracted.title == "Report"
    assert extracted.text == "ISKP had 4,000 fighters in Kunar (estimate).\n\nCounter-terrorism in 2024."


def test_pdf_under_another_name_is_read_with_a_warning(pdf_factory: Callable[..., bytes]) -> None:
    extracted = extract_text("r.txt", pdf_factory([["Hello PDF"]]))
    assert extracted.text == "Hello PDF"
    assert extracted.warnings == ("content is a PDF although named .txt",)


def test_truncated_and_corrupt_pdfs_are_clear_errors(pdf_factory: Callable[..., bytes]) -> None:
    raw = pdf_factory([["Hello PDF"]])
    with pytest.raises(FormatError, match=r"^truncated PDF: no %%EOF marker"):
        extract_text("r.pdf", raw[:-40])
    garbage = b"%PDF-1.4\n" + b"garbage " * 50 + b"\n%%EOF\n"
    with pytest.raises(FormatError, match=r"^corrupt PDF \("):
        extract_text("r.pdf", garbage)


def test_pdf_without_text_is_rejected(pdf_factory: Callable[..., bytes]) -> None:
    with pytest.raises(FormatError, match="no extractable text"):
        extract_text("r.pdf", pdf_factory([[]]))

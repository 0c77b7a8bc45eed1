"""Recognise a document's format from its bytes and name, and turn it into text.

Formats (`Extracted.format`): ``"txt"``, ``"md"``, ``"html"``, ``"pdf"``.

Recognition looks at the content first and the name second:

- ``%PDF-`` at the start (after optional whitespace) is a PDF, whatever the name;
- a file whose first non-blank character is ``<`` and whose first KB holds ``<html``,
  ``<!doctype html``, ``<body`` or ``<head`` is HTML, whatever the name; so is a file named
  ``.html``/``.htm``/``.xhtml``;
- a file named ``.pdf`` that is neither is rejected (truncated or not a PDF);
- anything else is text: ``.md``/``.markdown`` is ``md``, every other name ``txt``.

Truncation: a PDF without ``%%EOF`` in its last KB is rejected ("truncated PDF"); pypdf's errors
on corrupt files become "corrupt PDF (...)". HTML closing tags are optional, so a page cut short
is read as far as it goes, with a warning when it opened ``<html`` but never closed it; a page
with no body text left is rejected.

Every failure is a :class:`FormatError` carrying a one-line reason; nothing else escapes
:func:`extract_text` (corrupt PDFs make pypdf raise many exception types, all are caught).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import PurePath

HEAD_BYTES = 1024
# Share of control bytes in the first KB above which a file is binary, not text.
MAX_CONTROL_SHARE = 0.10

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
MD_SUFFIXES = frozenset({".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
PDF_SUFFIXES = frozenset({".pdf"})
DOCUMENT_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES

BINARY_REASON = "binary content, not a document"

# C0 controls other than tab, LF, FF and CR, plus DEL: text never holds many of them.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
_UTF8_BOM = b"\xef\xbb\xbf"
_HTML_MARKERS = (b"<html", b"<!doctype html", b"<body", b"<head")

# Elements whose content is never document text.
DROPPED_HTML_TAGS = ("script", "style", "nav", "header", "footer", "aside", "noscript", "template")
# Elements that start a new paragraph (separated by a blank line in the text).
BLOCK_HTML_TAGS = (
    "address", "article", "blockquote", "caption", "dd", "details", "dialog", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "form", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li",
    "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
    "tr", "ul",
)  # fmt: skip
_BLOCK_SET = frozenset(BLOCK_HTML_TAGS)
_SKIPPED_SET = frozenset((*DROPPED_HTML_TAGS, "head", "title"))
_PARA = "\ue000"  # private-use marks for breaks inserted while the tree is flattened
_LINE = "\ue001"
_BREAK_RUN = re.compile(r"[\s\ue000\ue001]*[\ue000\ue001][\s\ue000\ue001]*")
_SPACE_RUN = re.compile(r"\s+")

# PDF line-break hyphenation: "word-" at a line end (a page break may add a blank line).
_HYPHEN_BREAK = re.compile(r"(\w+)-[ \t]*\n(?:[ \t]*\n)?[ \t]*(\w)")
# Hyphenated prefixes kept even before a lowercase continuation ("self-financing", "non-state").
KEEP_HYPHEN_PREFIXES = frozenset({"self", "non", "al"})


class FormatError(Exception):
    """A file whose bytes cannot become a document's text; `reason` is one line for a person."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Extracted:
    """A document's text with its recognised format; `warnings` name no file (the caller adds it)."""

    text: str
    format: str
    title: str | None = None
    warnings: tuple[str, ...] = ()


def is_binary(raw: bytes) -> bool:
    """True for bytes that are not text: any NUL byte, or >10% control bytes in the first KB."""
    if b"\x00" in raw:
        return True
    head = raw[:HEAD_BYTES]
    if not head:
        return False
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls / len(head) > MAX_CONTROL_SHARE


def _lead(raw: bytes) -> bytes:
    """The first KB without a UTF-8 BOM and leading whitespace, lowercased."""
    head = raw[: HEAD_BYTES + len(_UTF8_BOM)]
    head = head.removeprefix(_UTF8_BOM)
    return head.lstrip().lower()


def sniff_format(raw: bytes) -> str | None:
    """The format the content alone proves ("pdf" or "html"), or None."""
    lead = _lead(raw)
    if lead.startswith(b"%pdf-"):
        return "pdf"
    if lead.startswith(b"<") and any(marker in lead for marker in _HTML_MARKERS):
        return "html"
    return None


def detect_format(name: str, raw: bytes) -> str:
    """The format of a file: by content (PDF, HTML) first, then by name; raises FormatError."""
    suffix = PurePath(name).suffix.lower()
    sniffed = sniff_format(raw)
    if sniffed is not None:
        return sniffed
    if suffix in PDF_SUFFIXES:
        raise FormatError("named .pdf but has no %PDF- header: truncated or not a PDF")
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MD_SUFFIXES:
        return "md"
    return "txt"


def decode_text(raw: bytes) -> tuple[str, list[str]]:
    """Decode bytes as UTF-8 (a BOM is dropped) with LF line ends.

    Invalid UTF-8 is decoded with U+FFFD replacement characters and reported in the warnings with
    the first bad byte's offset in the file. A UTF-16 file with a BOM is decoded as UTF-16.
    """
    warnings: list[str] = []
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16", errors="replace")
        if "\ufffd" in text:
            warnings.append("invalid UTF-16; decoded with replacement characters")
    else:
        offset = len(_UTF8_BOM) if raw.startswith(_UTF8_BOM) else 0
        body = memoryview(raw)[offset:]
        try:
            text = str(body, "utf-8")
        except UnicodeDecodeError as exc:
            text = str(body, "utf-8", errors="replace")
            bad = offset + exc.start
            warnings.append(
                f"invalid UTF-8 at byte offset {bad} (0x{raw[bad]:02x}); decoded with replacement characters"
            )
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, warnings


def html_to_text(markup: str) -> tuple[str, str | None]:
    """The text of an HTML page's body, and its <title>.

    script, style, nav, header, footer, aside, noscript and template elements are dropped, as are
    comments. Block elements become paragraphs separated by a blank line, <br> a line break; all
    other whitespace collapses to single spaces (as a browser renders it; <pre> is not kept).

    Parsing uses lxml's HTML parser directly (the parser BeautifulSoup would drive): on a 1.4 MB
    page BeautifulSoup's tree building took 3 s against lxml's 0.07 s, which matters at 10,000
    documents. One iterative walk (no recursion, no tree edits) keeps hostile nesting cheap.
    """
    from lxml import etree

    data = markup.replace(_PARA, "").replace(_LINE, "").encode("utf-8", errors="replace")
    try:
        parser = etree.HTMLParser(
            encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True, recover=True
        )
        root = etree.fromstring(data, parser)
        if root is None:
            return "", None
        title_el = root.find(".//title")
        title = None
        if title_el is not None:
            title = _SPACE_RUN.sub(" ", "".join(title_el.itertext())).strip() or None
        parts: list[str] = []
        walker = etree.iterwalk(root, events=("start", "end"))
        for event, element in walker:
            tag = element.tag if isinstance(element.tag, str) else ""
            if event == "start":
                if not tag or tag in _SKIPPED_SET:
                    walker.skip_subtree()  # its end event still comes, and emits its tail
                    continue
                if tag == "br":
                    parts.append(_LINE)
                elif tag in _BLOCK_SET:
                    parts.append(_PARA)
                if element.text:
                    parts.append(element.text)
            else:
                if tag in _BLOCK_SET:
                    parts.append(_PARA)
                if element.tail:
                    parts.append(element.tail)
        flat = "".join(parts)
    except Exception as exc:  # lxml on hostile markup: report, never crash
        raise FormatError(f"HTML could not be parsed ({type(exc).__name__}: {_one_line(exc)})") from exc
    flat = _SPACE_RUN.sub(" ", flat)
    text = _BREAK_RUN.sub(lambda m: "\n\n" if _PARA in m.group() else "\n", flat).strip()
    return text, title


def dehyphenate(text: str) -> str:
    """Undo line-break hyphenation in text laid out in lines (PDF).

    "terror-\\nism" becomes "terrorism": the hyphen and line break go when the next line starts
    with a lowercase letter and the fragment before is lowercase and not a prefix that keeps its
    hyphen (self, non, al). Otherwise ("al-\\nQaeda", "Tehrik-\\ni-Taliban", "2014-\\n15") the
    hyphen stays and only the line break goes. Soft hyphens (U+00AD) are removed.
    """

    def join(match: re.Match[str]) -> str:
        before, after = match.group(1), match.group(2)
        if after.islower() and before.islower() and before.lower() not in KEEP_HYPHEN_PREFIXES:
            return before + after
        return f"{before}-{after}"

    if "\u00ad" in text:
        text = re.sub(r"\u00ad[ \t]*\n[ \t]*", "", text).replace("\u00ad", "")
    return _HYPHEN_BREAK.sub(join, text)


def pdf_to_text(raw: bytes) -> tuple[str, str | None, list[str]]:
    """The text of a PDF's pages (joined by a blank line, hyphenation undone), its title, warnings."""
    from pypdf import PdfReader

    if b"%%EOF" not in raw[-HEAD_BYTES:]:
        raise FormatError("truncated PDF: no %%EOF marker at the end of the file")
    warnings: list[str] = []
    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and not reader.decrypt(""):
            raise FormatError("encrypted PDF: a password is needed to read it")
        pages = reader.pages
        count = len(pages)
    except FormatError:
        raise
    except Exception as exc:  # pypdf raises many types on corrupt files
        raise FormatError(f"corrupt PDF ({type(exc).__name__}: {_one_line(exc)})") from exc
    texts: list[str] = []
    failed: list[int] = []
    for number in range(count):
        try:
            texts.append(pages[number].extract_text() or "")
        except Exception:
            failed.append(number + 1)
    if failed and len(failed) == count:
        raise FormatError(f"corrupt PDF: text extraction failed on all {count} pages")
    if failed:
        shown = ", ".join(str(n) for n in failed[:10]) + (" ..." if len(failed) > 10 else "")
        warnings.append(f"PDF text extraction failed on page(s) {shown}; those pages are skipped")
    text = "\n\n".join(page.strip("\n") for page in texts)
    text = dehyphenate(text.replace("\r\n", "\n").replace("\r", "\n"))
    title: str | None = None
    try:
        meta = reader.metadata
        if meta is not None and meta.title:
            title = _SPACE_RUN.sub(" ", str(meta.title)).strip() or None
    except Exception:
        title = None
    return text, title, warnings


def extract_text(name: str, raw: bytes) -> Extracted:
    """Recognise the format of a file's bytes and return its text; raises FormatError on bad input."""
    if not raw:
        raise FormatError("empty file (0 bytes)")
    fmt = detect_format(name, raw)
    suffix = PurePath(name).suffix.lower()
    warnings: list[str] = []
    if fmt == "pdf":
        if suffix not in PDF_SUFFIXES:
            warnings.append(f"content is a PDF although named {suffix or 'without extension'}")
        text, title, pdf_warnings = pdf_to_text(raw)
        warnings.extend(pdf_warnings)
        if not text.strip():
            raise FormatError("no extractable text in the PDF (scanned images only?)")
        return Extracted(text, fmt, title, tuple(warnings))
    if is_binary(raw) and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise FormatError(BINARY_REASON)
    decoded, warnings = decode_text(raw)
    if fmt == "html":
        if suffix not in HTML_SUFFIXES:
            warnings.append(f"content is HTML although named {suffix or 'without extension'}")
        text, title = html_to_text(decoded)
        if b"<html" in _lead(raw) and b"</html" not in raw[-HEAD_BYTES:].lower():
            warnings.append("HTML looks truncated (no closing </html> tag); read what is there")
        if not text:
            raise FormatError("no text in the HTML body (after dropping script, style and navigation)")
        return Extracted(text, fmt, title, tuple(warnings))
    if suffix not in TEXT_SUFFIXES:
        warnings.append(f"unrecognised extension {suffix or '(none)'}; read as plain text")
    if not decoded.strip():
        raise FormatError("no text: the file holds only whitespace")
    return Extracted(decoded, fmt, None, tuple(warnings))


def _one_line(exc: BaseException, limit: int = 200) -> str:
    text = _SPACE_RUN.sub(" ", str(exc)).strip() or "no detail"
    return text if len(text) <= limit else text[: limit - 3] + "..."

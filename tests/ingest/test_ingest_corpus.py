"""read_corpus / read_document on a corpus holding one file of each bad kind beside good ones.

Unreadable files: the tests run as root in CI, where chmod 000 does not stop reading. There the
corpus's "unreadable" cases are a FIFO (never opened: it would block), a dangling symlink and a
directory named like a document. A real chmod 000 file is read by a forked child that dropped root
for nobody, and the permission-denied path is also checked by making os.open raise EACCES.
"""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from collections.abc import Callable
from datetime import UTC, date
from pathlib import Path

import pytest

from ingest.discover import IngestFailure, IngestLimits, read_corpus, read_document

IS_ROOT = os.geteuid() == 0
LIMITS = IngestLimits(max_bytes=4096)

GOOD_TXT = "\ufeffThe group had 4,000 fighters in 2024.\r\nSecond line.\r\n".encode()
NOTES_MD = b"# Notes\n\nISKP claimed *12* attacks in March.\n"
PAGE_HTML = b"""<!doctype html>
<html><head><title>Saved page</title><style>.x { color: red }</style>
<script>var tracking = "do not keep";</script></head>
<body><nav><a href="/">Home</a> | <a href="/about">About</a></nav>
<header>Site banner</header>
<h1>Camps in Kunar</h1>
<p>Analysts count <b>five</b>
camps.</p><p>Revenue fell.</p>
<aside>Related stories</aside><footer>Copyright</footer></body></html>
"""
LATIN1_TXT = "Caf\u00e9 owners paid 300 dollars.\n".encode("latin-1")


def build_corpus(root: Path, pdf: bytes) -> Path:
    corpus = root / "corpus"
    docs = corpus / "documents"
    docs.mkdir(parents=True)
    (docs / "good.txt").write_bytes(GOOD_TXT)
    (docs / "z_copy_of_good.txt").write_bytes(GOOD_TXT)
    (docs / "notes.md").write_bytes(NOTES_MD)
    (docs / "page.html").write_bytes(PAGE_HTML)
    (docs / "report.pdf").write_bytes(pdf)
    (docs / "sub").mkdir()
    (docs / "sub" / "nested.md").write_bytes(b"Nested document text.\n")
    # the bad ones
    (docs / "empty.txt").write_bytes(b"")
    (docs / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (docs / "latin1.txt").write_bytes(LATIN1_TXT)
    (docs / "huge.txt").write_bytes(b"word " * 1000)  # 5000 bytes > 4096
    (docs / "truncated.pdf").write_bytes(pdf[: len(pdf) // 2])
    os.mkfifo(docs / "fifo.txt")
    (docs / "dangling.txt").symlink_to(docs / "missing.txt")
    (docs / "loop_a.txt").symlink_to(docs / "loop_b.txt")
    (docs / "loop_b.txt").symlink_to(docs / "loop_a.txt")
    (docs / "back").symlink_to(docs, target_is_directory=True)
    (docs / "folder.txt").mkdir()
    (docs / "folder.txt" / "inner.txt").write_bytes(b"Inside a folder named like a file.\n")
    (docs / ".hidden.txt").write_bytes(b"never read")
    (corpus / "sources.yaml").write_text(
        "good.txt:\n"
        "  title: Good report\n"
        "  author: A. Analyst\n"
        "  publisher: Think Tank\n"
        "  published: 2025-03-01\n"
        "  url: https://example.org/good\n"
        "report.pdf:\n"
        "  published: '2024-11-30'\n"
        "nowhere.txt:\n"
        "  title: Not in the corpus\n"
    )
    return corpus


@pytest.fixture
def corpus(tmp_path: Path, pdf_factory: Callable[..., bytes]) -> Path:
    pdf = pdf_factory(
        [["Fighters numbered 2,500 after the terror-", "ism surge and al-", "Qaeda support."], ["Page two."]],
        title="PDF title",
    )
    return build_corpus(tmp_path, pdf)


def test_good_documents_are_read_with_text_and_metadata(corpus: Path) -> None:
    seen: list[str] = []
    result = read_corpus(corpus, LIMITS, on_file=seen.append)
    by_name = {d.file_name: d for d in result.documents}
    assert sorted(by_name) == [
        "folder.txt/inner.txt",
        "good.txt",
        "latin1.txt",
        "notes.md",
        "page.html",
        "report.pdf",
        "sub/nested.md",
    ]
    assert [d.doc_id for d in result.documents] == sorted(d.doc_id for d in result.documents)

    good = by_name["good.txt"]
    assert good.text == "The group had 4,000 fighters in 2024.\nSecond line.\n"
    assert good.format == "txt"
    assert good.file_names == ("good.txt", "z_copy_of_good.txt")
    assert (good.title, good.author, good.publisher) == ("Good report", "A. Analyst", "Think Tank")
    assert good.published == date(2025, 3, 1)
    assert good.url == "https://example.org/good"

    assert by_name["notes.md"].format == "md"
    assert by_name["notes.md"].text == NOTES_MD.decode()

    page = by_name["page.html"]
    assert page.format == "html"
    assert page.text == "Camps in Kunar\n\nAnalysts count five camps.\n\nRevenue fell."
    assert page.title == "Saved page"  # from <title>: sources.yaml has no entry

    report = by_name["report.pdf"]
    assert report.format == "pdf"
    assert report.text == (
        "Fighters numbered 2,500 after the terrorism surge and al-Qaeda support.\n\nPage two."
    )
    assert report.title == "PDF title"
    assert report.published == date(2024, 11, 30)

    latin1 = by_name["latin1.txt"]
    assert latin1.text == "Caf\ufffd owners paid 300 dollars.\n"

    assert ".hidden.txt" not in seen and "sources.yaml" not in seen
    assert "good.txt" in seen and "fifo.txt" in seen
    assert seen == sorted(seen)


def test_every_bad_file_gets_a_reason(corpus: Path) -> None:
    result = read_corpus(corpus, LIMITS)
    reasons = {e.file_name: e.reason for e in result.errors}
    assert reasons == {
        "back": "symlink loop: leads back to the folder .",
        "dangling.txt": f"dangling symlink: target {corpus / 'documents' / 'missing.txt'} does not exist",
        "empty.txt": "empty file (0 bytes)",
        "fifo.txt": "not a regular file (a FIFO)",
        "folder.txt": "is a directory, not a document (its files are read)",
        "huge.txt": "file too large: 4.9 KB (5000 bytes) is over the size limit of 4 KB (4096 bytes)",
        "image.txt": "binary content, not a document",
        "loop_a.txt": "symlink loop (too many levels of symbolic links)",
        "loop_b.txt": "symlink loop (too many levels of symbolic links)",
        "truncated.pdf": "truncated PDF: no %%EOF marker at the end of the file",
    }
    for error in result.errors:
        assert error.at.tzinfo is UTC
        assert "\n" not in error.reason


def test_warnings_name_the_file_and_the_problem(corpus: Path) -> None:
    result = read_corpus(corpus, LIMITS)
    offset = LATIN1_TXT.index(b"\xe9")
    assert result.warnings == [
        f"latin1.txt: invalid UTF-8 at byte offset {offset} (0xe9); decoded with replacement characters",
        "z_copy_of_good.txt: same content as good.txt; recorded as one document",
        "sources.yaml: entry 'nowhere.txt' matches no file in the corpus",
    ]


def _read_as_nobody(folder: Path) -> list[tuple[str, str]]:
    """read_corpus(folder)'s errors, computed in a forked child that dropped root for nobody."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: drop privileges, read, report through the pipe, exit without cleanup
        status = 1
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(65534)
            os.setuid(65534)
            result = read_corpus(folder)
            lines = [f"{e.file_name}\t{e.reason}" for e in result.errors]
            os.write(write_end, "\n".join(lines).encode())
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        output = pipe.read().decode()
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    return [tuple(line.split("\t", 1)) for line in output.splitlines()]  # type: ignore[misc]


def test_chmod_000_file_is_unreadable() -> None:
    # Root reads chmod 000 files, so as root the read happens in a child that became nobody.
    # The folder is made with mkdtemp (not tmp_path, whose parent is private to root) and 0755.
    folder = Path(tempfile.mkdtemp(prefix="ingest-chmod-"))
    try:
        folder.chmod(0o755)
        (folder / "open.txt").write_text("public")
        locked = folder / "locked.txt"
        locked.write_text("secret")
        locked.chmod(0)
        if IS_ROOT:
            errors = _read_as_nobody(folder)
        else:
            errors = [(e.file_name, e.reason) for e in read_corpus(folder).errors]
    finally:
        shutil.rmtree(folder)
    assert errors == [("locked.txt", "unreadable: permission denied")]


def test_permission_denied_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "locked.txt").write_text("secret")
    (tmp_path / "open.txt").write_text("public")
    real_open = os.open

    def deny(path: object, flags: int, *args: object, **kwargs: object) -> int:
        if str(path).endswith("locked.txt"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", deny)
    result = read_corpus(tmp_path)
    assert [d.file_name for d in result.documents] == ["open.txt"]
    assert [(e.file_name, e.reason) for e in result.errors] == [
        ("locked.txt", "unreadable: permission denied")
    ]


def test_size_limit_is_checked_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "dump.txt"
    with big.open("wb") as handle:  # sparse: 60 MB on stat, nothing on disk
        handle.truncate(60 * 1024 * 1024)
    monkeypatch.setattr(os, "open", lambda *a, **k: pytest.fail("opened a file over the limit"))
    with pytest.raises(IngestFailure) as caught:
        read_document(big)
    assert str(caught.value) == (
        f"{big}: file too large: 60 MB (62914560 bytes) is over the size limit of 50 MB (52428800 bytes)"
    )


def test_plain_folder_layout_skips_sources_yaml(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Alpha text.")
    (tmp_path / "sources.yaml").write_text("a.txt: {title: Alpha, published: 2020-02-30}\n")
    result = read_corpus(tmp_path)
    assert [d.file_name for d in result.documents] == ["a.txt"]
    assert result.documents[0].title == "Alpha"
    assert result.documents[0].published is None
    assert result.warnings == [
        "sources.yaml: entry 'a.txt': published '2020-02-30' is not a YYYY-MM-DD date; ignored"
    ]
    assert result.errors == []


def test_malformed_sources_yaml_is_an_error_naming_the_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Alpha text.")
    (tmp_path / "sources.yaml").write_text("a.txt:\n  title: Alpha\n  author: [unclosed\n")
    result = read_corpus(tmp_path)
    assert [d.file_name for d in result.documents] == ["a.txt"]
    assert result.documents[0].title is None
    [error] = result.errors
    assert error.file_name == "sources.yaml"
    assert error.reason.startswith("malformed YAML at line 4, column 1:")


def test_sources_yaml_that_is_not_a_mapping(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Alpha text.")
    (tmp_path / "sources.yaml").write_text("- a.txt\n- b.txt\n")
    result = read_corpus(tmp_path)
    assert [(e.file_name, e.reason) for e in result.errors] == [
        ("sources.yaml", "expected a mapping keyed by file name, found a list")
    ]


def test_missing_corpus_folder_raises(tmp_path: Path) -> None:
    with pytest.raises(IngestFailure, match="corpus folder not found"):
        read_corpus(tmp_path / "nope")


def test_read_document_reports_one_line_errors(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(IngestFailure) as caught:
        read_document(empty)
    assert str(caught.value) == f"{empty}: empty file (0 bytes)"
    assert caught.value.reason == "empty file (0 bytes)"
    assert caught.value.path == empty

    with pytest.raises(IngestFailure, match="is a directory, not a document"):
        read_document(tmp_path)
    with pytest.raises(IngestFailure, match="dangling symlink"):
        (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere")
        read_document(tmp_path / "gone.txt")


def test_read_document_sends_warnings_to_the_callback(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(b"ok \xff\xfe bad\n")
    warnings: list[str] = []
    document = read_document(path, on_warning=warnings.append)
    assert document.text == "ok \ufffd\ufffd bad\n"
    assert document.file_name == "legacy.txt"
    assert warnings == [
        "legacy.txt: invalid UTF-8 at byte offset 3 (0xff); decoded with replacement characters"
    ]


def test_duplicate_of_a_bad_file_is_an_error_too(tmp_path: Path) -> None:
    (tmp_path / "a.bin").write_bytes(b"\x00\x01\x02")
    (tmp_path / "b.bin").write_bytes(b"\x00\x01\x02")
    result = read_corpus(tmp_path)
    assert [(e.file_name, e.reason) for e in result.errors] == [
        ("a.bin", "binary content, not a document"),
        ("b.bin", "binary content, not a document"),
    ]

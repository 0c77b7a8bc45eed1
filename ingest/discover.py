"""Find the documents in a corpus folder and read each one, rejecting bad files with a reason.

Layout: documents live in ``CORPUS/documents/`` when that folder exists, else directly in
``CORPUS/``; ``CORPUS/sources.yaml`` maps file names to metadata (title, author, publisher,
published YYYY-MM-DD, url). File names are paths relative to the documents folder, with ``/``.

Every file gets an answer: a :class:`~ingest.document.Document`, or an :class:`IngestError` with a
reason a person understands; the walk goes on after each bad file. Hidden files and folders
(``.name``) are skipped. Symlinks are followed; a loop or a dangling link is an error naming it.
Files with identical bytes are one document listing every name (``file_names``).
"""

from __future__ import annotations

import dataclasses
import errno
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from ingest.document import Document, content_id
from ingest.formats import DOCUMENT_SUFFIXES, FormatError, extract_text

SOURCES_FILE = "sources.yaml"
DOCUMENTS_DIR = "documents"
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
META_FIELDS = ("title", "author", "publisher", "published", "url")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class IngestLimits:
    """Limits on what is read: `max_bytes` per file (checked with stat before reading)."""

    max_bytes: int = DEFAULT_MAX_BYTES
    max_depth: int = 32  # folder nesting below the documents folder


DEFAULT_LIMITS = IngestLimits()


@dataclass(frozen=True)
class IngestError:
    """One rejected file: a row of the `ingest_errors` relation."""

    file_name: str
    reason: str
    at: datetime


@dataclass
class CorpusRead:
    """What reading a corpus gave: documents sorted by doc_id, rejected files, warnings."""

    documents: list[Document] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class IngestFailure(Exception):
    """A file that could not be read; str() is one line naming the file and the problem."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = " ".join(reason.split())
        super().__init__(f"{self.path}: {self.reason}")


@dataclass(frozen=True)
class SourceMeta:
    """One sources.yaml entry."""

    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    published: date | None = None
    url: str | None = None


# libyaml's C loader where PyYAML was built with it: a 10,000-entry sources.yaml parses in a
# fraction of the pure-Python loader's time.
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _SourcesLoader(_SafeLoader):  # type: ignore[valid-type,misc]
    """A safe loader that leaves timestamps as text, so one bad date is a warning, not a failed file."""


def _timestamp_as_text(loader: yaml.SafeLoader, node: yaml.Node) -> str:
    return str(node.value)


_SourcesLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_as_text)


class _Reject(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _now() -> datetime:
    return datetime.now(UTC)


def _size(n: int) -> str:
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= scale:
            return f"{n / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{n} bytes"


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


def _os_reason(path: Path, exc: OSError) -> str:
    code = exc.errno
    if code == errno.ELOOP:
        return "symlink loop (too many levels of symbolic links)"
    if code == errno.ENOENT and path.is_symlink():
        try:
            target = os.readlink(path)
        except OSError:
            target = "?"
        return f"dangling symlink: target {target} does not exist"
    if code == errno.ENOENT:
        return "file vanished before it could be read"
    if code in (errno.EACCES, errno.EPERM):
        return "unreadable: permission denied"
    if code == errno.EISDIR:
        return "is a directory, not a document"
    return f"unreadable: {exc.strerror or type(exc).__name__}"


def _too_large(size: int, limits: IngestLimits) -> str:
    return (
        f"file too large: {_size(size)} ({size} bytes) is over the size limit of "
        f"{_size(limits.max_bytes)} ({limits.max_bytes} bytes)"
    )


def _read_bytes(path: Path, limits: IngestLimits) -> bytes:
    """The file's bytes, read once, after stat checks of type and size; raises _Reject."""
    try:
        st = os.stat(path)
    except OSError as exc:
        raise _Reject(_os_reason(path, exc)) from exc
    if stat.S_ISDIR(st.st_mode):
        raise _Reject("is a directory, not a document")
    if not stat.S_ISREG(st.st_mode):
        raise _Reject(f"not a regular file ({_kind(st.st_mode)})")  # never open a FIFO: it blocks
    if st.st_size == 0:
        raise _Reject("empty file (0 bytes)")
    if st.st_size > limits.max_bytes:
        raise _Reject(_too_large(st.st_size, limits))
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise _Reject(_os_reason(path, exc)) from exc
    try:
        with open(fd, "rb", closefd=True) as handle:
            st = os.fstat(handle.fileno())  # the file opened may not be the one stat saw
            if not stat.S_ISREG(st.st_mode):
                raise _Reject(f"not a regular file ({_kind(st.st_mode)})")
            if st.st_size > limits.max_bytes:
                raise _Reject(_too_large(st.st_size, limits))
            raw = handle.read(limits.max_bytes + 1)
    except OSError as exc:
        raise _Reject(_os_reason(path, exc)) from exc
    if not raw:
        raise _Reject("empty file (0 bytes)")
    if len(raw) > limits.max_bytes:
        raise _Reject(_too_large(len(raw), limits))
    return raw


def _document(
    raw: bytes, path: Path, file_name: str, warn: Callable[[str], None]
) -> tuple[Document, str | None]:
    """Extract one file's text; returns the document and the title its content states (or None)."""
    try:
        extracted = extract_text(file_name, raw)
    except FormatError as exc:
        raise _Reject(exc.reason) from exc
    except Exception as exc:  # a bug or a library failure: the file gets an answer, the run goes on
        raise _Reject(f"unexpected error while reading ({type(exc).__name__}: {exc})") from exc
    for message in extracted.warnings:
        warn(f"{file_name}: {message}")
    doc_id, sha256 = content_id(raw)
    document = Document(
        doc_id=doc_id,
        file_name=file_name,
        text=extracted.text,
        sha256=sha256,
        format=extracted.format,
        path=path,
        title=extracted.title,
        file_names=(file_name,),
    )
    return document, extracted.title


def read_document(
    path: Path,
    limits: IngestLimits = DEFAULT_LIMITS,
    *,
    on_warning: Callable[[str], None] | None = None,
) -> Document:
    """Read one file as a document (used by `triangulate extract PATH`).

    Raises IngestFailure(path, reason) for a bad file. Warnings (invalid UTF-8 with the first bad
    byte's offset, a name that disagrees with the content, ...) go to `on_warning`, each naming
    the file. When the file sits in a corpus (a sources.yaml in its folder, or in the folder above
    for the CORPUS/documents/ layout), that entry's metadata applies, so a document's date is the
    same whether it is read alone or with its corpus.
    """
    path = Path(path)
    warn = on_warning or (lambda _message: None)
    try:
        raw = _read_bytes(path, limits)
        document, _ = _document(raw, path, path.name, warn)
    except _Reject as exc:
        raise IngestFailure(path, exc.reason) from None
    return _with_meta(document, [path.name], _find_meta([path.name], _corpus_sources(path, warn)))


def _corpus_sources(path: Path, warn: Callable[[str], None]) -> dict[str, SourceMeta]:
    for folder in (path.parent, path.parent.parent):
        candidate = folder / SOURCES_FILE
        if candidate.is_file():
            entries, errors, _ = read_sources(candidate)
            for error in errors:
                warn(f"{candidate}: {error.reason}")
            return entries
    return {}


def _with_meta(base: Document, names: list[str], meta: SourceMeta | None) -> Document:
    """The document under its first name, with every name and the sources.yaml entry's metadata."""
    return dataclasses.replace(
        base,
        file_name=names[0],
        title=(meta.title if meta and meta.title else base.title),
        author=meta.author if meta else None,
        publisher=meta.publisher if meta else None,
        published=meta.published if meta else None,
        url=meta.url if meta else None,
        file_names=tuple(names),
    )


def read_sources(path: Path) -> tuple[dict[str, SourceMeta], list[IngestError], list[str]]:
    """Parse sources.yaml: (entries by file name, errors, warnings). A missing file is no entries.

    A malformed file is one error naming it and the line; the corpus is then read without metadata.
    A bad field (a date that is not YYYY-MM-DD, an entry that is not a mapping) is a warning.
    """
    name = path.name
    errors: list[IngestError] = []
    warnings: list[str] = []
    if not path.exists() and not path.is_symlink():
        return {}, errors, warnings
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return {}, [IngestError(name, _os_reason(path, exc), _now())], warnings
    try:
        data: Any = yaml.load(raw, Loader=_SourcesLoader)  # a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        problem = getattr(exc, "problem", None) or getattr(exc, "reason", None) or str(exc)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        reason = " ".join(f"malformed YAML{where}: {problem}".split())
        return {}, [IngestError(name, reason, _now())], warnings
    except Exception as exc:  # e.g. RecursionError on absurd nesting
        reason = " ".join(f"malformed YAML: {type(exc).__name__}: {exc}".split())
        return {}, [IngestError(name, reason, _now())], warnings
    if data is None:
        return {}, errors, warnings
    if not isinstance(data, dict):
        reason = f"expected a mapping keyed by file name, found a {type(data).__name__}"
        return {}, [IngestError(name, reason, _now())], warnings
    entries: dict[str, SourceMeta] = {}
    for key, value in data.items():
        file_name = str(key)
        if value is None:
            entries[file_name] = SourceMeta()
            continue
        if not isinstance(value, dict):
            warnings.append(f"{name}: entry {file_name!r} is not a mapping; ignored")
            continue
        fields: dict[str, Any] = {}
        for meta_field in ("title", "author", "publisher", "url"):
            item = value.get(meta_field)
            fields[meta_field] = None if item is None else str(item).strip() or None
        fields["published"] = _parse_date(value.get("published"), f"{name}: entry {file_name!r}", warnings)
        entries[file_name] = SourceMeta(**fields)
    return entries, errors, warnings


def _parse_date(value: Any, where: str, warnings: list[str]) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if _ISO_DATE.fullmatch(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    warnings.append(f"{where}: published {text!r} is not a YYYY-MM-DD date; ignored")
    return None


def _walk(
    root: Path, limits: IngestLimits, reject: Callable[[str, str], None], skip_top: frozenset[str]
) -> list[tuple[str, Path]]:
    """Every candidate file under root as (relative name, path), sorted by name."""
    found: list[tuple[str, Path]] = []

    def visit(folder: Path, prefix: str, ancestors: dict[tuple[int, int], str], depth: int) -> None:
        try:
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
        except OSError as exc:
            reject(prefix.rstrip("/") or ".", f"folder cannot be listed: {_os_reason(folder, exc)}")
            return
        for entry in entries:
            if entry.name.startswith(".") or (depth == 0 and entry.name in skip_top):
                continue
            rel = prefix + entry.name
            path = Path(entry.path)
            try:
                is_link = entry.is_symlink()
                st = os.stat(path) if is_link or entry.is_dir(follow_symlinks=False) else None
            except OSError as exc:
                reject(rel, _os_reason(path, exc))
                continue
            if st is None or not stat.S_ISDIR(st.st_mode):
                found.append((rel, path))
                continue
            key = (st.st_dev, st.st_ino)
            if key in ancestors:
                reject(rel, f"symlink loop: leads back to the folder {ancestors[key] or '.'}")
                continue
            if PurePosixPath(entry.name).suffix.lower() in DOCUMENT_SUFFIXES:
                reject(rel, "is a directory, not a document (its files are read)")
            if depth + 1 > limits.max_depth:
                reject(rel, f"folder nested deeper than {limits.max_depth} levels; not read")
                continue
            visit(path, rel + "/", {**ancestors, key: rel}, depth + 1)

    root_stat = os.stat(root)
    visit(root, "", {(root_stat.st_dev, root_stat.st_ino): ""}, 0)
    found.sort(key=lambda item: item[0])
    return found


@dataclass
class _Group:
    document: Document
    names: list[str]


def read_corpus(
    corpus_dir: Path,
    limits: IngestLimits = DEFAULT_LIMITS,
    on_file: Callable[[str], None] | None = None,
) -> CorpusRead:
    """Read every document of a corpus folder. Raises IngestFailure only if the folder is missing.

    `on_file(file_name)` is called before each file is read (for a progress bar).
    """
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        reason = "corpus folder not found" if not corpus_dir.exists() else "corpus path is not a folder"
        raise IngestFailure(corpus_dir, reason)
    documents_dir = corpus_dir / DOCUMENTS_DIR
    root = documents_dir if documents_dir.is_dir() else corpus_dir
    skip_top = frozenset({SOURCES_FILE}) if root == corpus_dir else frozenset()

    result = CorpusRead()
    sources, source_errors, source_warnings = read_sources(corpus_dir / SOURCES_FILE)
    result.errors.extend(source_errors)
    result.warnings.extend(source_warnings)

    def reject(file_name: str, reason: str) -> None:
        result.errors.append(IngestError(file_name, reason, _now()))

    files = _walk(root, limits, reject, skip_top)
    groups: dict[str, _Group] = {}  # by sha256
    failed: dict[str, str] = {}  # sha256 -> reason, so a duplicate of a bad file is not re-read
    for file_name, path in files:
        if on_file is not None:
            on_file(file_name)
        try:
            raw = _read_bytes(path, limits)
        except _Reject as exc:
            reject(file_name, exc.reason)
            continue
        _, sha256 = content_id(raw)
        if sha256 in failed:
            reject(file_name, failed[sha256])
            continue
        if sha256 in groups:
            group = groups[sha256]
            result.warnings.append(f"{file_name}: same content as {group.names[0]}; recorded as one document")
            group.names.append(file_name)
            continue
        try:
            document, _ = _document(raw, path, file_name, result.warnings.append)
        except _Reject as exc:
            failed[sha256] = exc.reason
            reject(file_name, exc.reason)
            continue
        groups[sha256] = _Group(document, [file_name])

    matched: set[str] = set()
    for file_name, _ in files:
        matched.update((file_name, PurePosixPath(file_name).name))
    for key in sources:
        if key not in matched:
            result.warnings.append(f"{SOURCES_FILE}: entry {key!r} matches no file in the corpus")

    for group in groups.values():
        names = sorted(group.names)
        meta = _find_meta(names, sources)
        document = _with_meta(group.document, names, meta)
        result.documents.append(dataclasses.replace(document, path=root / names[0]))
    result.documents.sort(key=lambda document: document.doc_id)
    result.errors.sort(key=lambda error: error.file_name)
    return result


def _find_meta(names: list[str], sources: dict[str, SourceMeta]) -> SourceMeta | None:
    for name in names:
        if name in sources:
            return sources[name]
    for name in names:
        base = PurePosixPath(name).name
        if base in sources:
            return sources[base]
    return None

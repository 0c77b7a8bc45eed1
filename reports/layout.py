"""Which page each estimate, conflict, document and figure is shown on, and the limits that decide it.

A small warehouse keeps the classic layout: one page per family, one conflicts page, one sources
page. A large one splits long listings so no page grows past a few megabytes:

- a family's figures behind its estimates move to one page per group (`strength/<group>.html`,
  continued on `strength/<group>-2.html` ...) once they exceed `PAGE_FIGURES` figure cards;
- conflicts are listed `PAGE_CONFLICTS` to a page (`conflicts.html`, then `conflicts/page-2.html` ...);
- documents get a page each (`sources/<doc>.html`) once there are more than `INLINE_DOCUMENTS` of them
  (or too many figures), and `sources.html` lists them `PAGE_DOCUMENTS` to a page.

Every path here is relative to the site root; `rel` turns it into a link from a given page.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from reports import labels

T = TypeVar("T")

TABLE_ROWS = 100  # rows of one great-tables table; more are summarised or left to the listings
PAGE_FIGURES = 1200  # figure cards on one page of estimates
PAGE_CONFLICTS = 300  # conflicts side by side on one page
PAGE_DOCUMENTS = 2000  # documents in one page of the sources listing
INLINE_DOCUMENTS = 100  # up to this many documents (and PAGE_FIGURES figures) share sources.html
MAX_CONFLICT_LINKS = 8  # conflict links under one estimate (then "and N more")


def depth_prefix(page: str) -> str:
    """The `../` that leads from `page` back to the site root."""
    return "../" * page.count("/")


def rel(from_page: str, target: str) -> str:
    """A link from `from_page` to `target` ("page.html#anchor", root-relative); same page -> "#anchor"."""
    path, _, fragment = target.partition("#")
    if fragment and path == from_page:
        return f"#{fragment}"
    return depth_prefix(from_page) + target


def chunks(items: Sequence[T], weight: Sequence[int], limit: int) -> Iterator[list[T]]:
    """Consecutive runs of `items` whose weights sum to at most `limit` (each run holds at least one)."""
    run: list[T] = []
    total = 0
    for item, w in zip(items, weight, strict=True):
        if run and total + w > limit:
            yield run
            run, total = [], 0
        run.append(item)
        total += w
    if run:
        yield run


def numbered(first: str, stem: str, n: int) -> list[str]:
    """Page paths of a listing split over `n` pages: `first`, then `stem`-2.html, `stem`-3.html ..."""
    return [first] + [f"{stem}-{i}.html" for i in range(2, n + 1)]


def group_slug(subject: str | None) -> str:
    return labels.anchor("group", subject)


@dataclass
class Links:
    """Root-relative pages of every estimate, conflict and document shown in the site."""

    estimate_page: dict[str, str] = field(default_factory=dict)
    conflict_page: dict[str, str] = field(default_factory=dict)
    document_page: dict[str, str] = field(default_factory=dict)

    def estimate(self, estimate_id: str) -> str | None:
        page = self.estimate_page.get(estimate_id)
        return f"{page}#{labels.estimate_anchor(estimate_id)}" if page else None

    def conflict(self, conflict_id: str) -> str | None:
        page = self.conflict_page.get(conflict_id)
        return f"{page}#{labels.conflict_anchor(conflict_id)}" if page else None

    def document(self, doc_id: str | None) -> str:
        page = self.document_page.get(doc_id or "", "sources.html")
        return f"{page}#{labels.document_anchor(doc_id)}"

    def figure(self, doc_id: str | None, figure_id: str) -> str:
        page = self.document_page.get(doc_id or "", "sources.html")
        return f"{page}#{labels.figure_anchor(figure_id)}"

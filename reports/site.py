"""Render the static report site from a warehouse and publish it atomically.

`build_site(warehouse_path, site_dir)` is the whole job: open the warehouse read-only, render every
page into a temporary sibling of `site_dir`, then swap it in. The pipeline, which renders from a
staging warehouse before publishing it, uses the two halves: `render_site(con, out_dir)` and
`publish_site(tmp_dir, site_dir)`.

Pages are jinja2 templates with autoescape on; the tables inside them are great-tables HTML (see
`reports.tables` for the escaping rule). The site is self-contained: relative links only, one local
stylesheet, no scripts, fonts or styles from the network.

It scales with the warehouse: great-tables draws the comparison tables only (at most
`layout.TABLE_ROWS` rows each, the rest summarised or counted in a note), while the long listings
(figures behind estimates, conflicts side by side, documents) are plain jinja2, split over pages as
`reports.layout` decides. Every lookup is a dict built once, and each figure card is rendered once
and reused by every page that shows it.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import datetime as dt
import os
import shutil
import sys
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import duckdb
import jinja2
from markupsafe import Markup

from reports import labels, layout, tables
from reports.data import Warehouse, inputs_digest, read_warehouse
from reports.layout import Links

PACKAGE_DIR = Path(__file__).parent
TEMPLATES_DIR = PACKAGE_DIR / "templates"
STATIC_DIR = PACKAGE_DIR / "static"
DEFAULT_SITE_DIR = PACKAGE_DIR / "site"
# Written into every site: the digest of what it was rendered from (see reports.data.inputs_digest).
INPUTS_FILE = ".report-inputs"


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def safe_url(url: str | None) -> str | None:
    """A document's URL if it is a plain http(s) address (never javascript:, data: ...), else None."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


class View(dict[str, Any]):
    """Template data: a dict whose keys templates read as attributes without a failed getattr first.

    (jinja2 tries `getattr` before `[]`; on a plain dict every `f.value` raises and catches an
    AttributeError, which costs seconds over the tens of thousands of figure cards of a big site.)
    """

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


def figure_view(wh: Warehouse, fig: dict[str, Any], links: Links) -> View:
    """A figure as template data. All strings are raw; the template escapes them."""
    pre, mid, post = labels.split_quote(fig.get("quote"), fig.get("text"))
    doc = wh.document_by_id.get(fig.get("doc_id") or "", {})
    period = " to ".join(str(d) for d in dict.fromkeys((fig.get("period_start"), fig.get("period_end"))) if d)
    return View(
        {
            "anchor": labels.figure_anchor(fig["figure_id"]),
            "figure_id": fig["figure_id"],
            "quote_pre": pre,
            "quote_mid": mid,
            "quote_post": post,
            "value": labels.range_text(fig.get("value_low"), fig.get("value_high"), fig.get("unit")),
            "qualifier": fig.get("qualifier") or "",
            "subject": labels.subject_name(fig.get("subject")),
            "measure": labels.measure_name(fig.get("measure")),
            "per": labels.per_text(fig.get("per")) if fig.get("per") else "",
            "period": period,
            "scope": labels.scope_text(fig),
            "claimant": fig.get("claimant") or "the author",
            "claimant_type": labels.CLAIMANT_TYPE_NAMES.get(fig.get("claimant_type") or "", "")
            or (fig.get("claimant_type") or ""),
            "cited_source": fig.get("cited_source") or "",
            "doc_href": links.document(fig.get("doc_id")),
            "fig_href": links.figure(fig.get("doc_id"), fig["figure_id"]),
            "doc_title": doc.get("title") or doc.get("file_name") or fig.get("doc_id") or "",
            "doc_published": str(doc["published"]) if doc.get("published") else "",
        }
    )


class Cards:
    """Figure cards rendered once each (per page depth) and reused by every page that shows them."""

    def __init__(self, wh: Warehouse, env: jinja2.Environment, links: Links) -> None:
        self.wh = wh
        self.links = links
        self._macro = env.get_template("_macros.html.j2").module.figure_card  # type: ignore[attr-defined]
        self._cache: dict[tuple[str, str], Markup] = {}
        self._views: dict[str, View] = {}

    def view(self, fig: dict[str, Any]) -> View:
        view = self._views.get(fig["figure_id"])
        if view is None:
            view = self._views[fig["figure_id"]] = figure_view(self.wh, fig, self.links)
        return view

    def card(self, figure_id: str, root: str) -> Markup | None:
        key = (figure_id, root)
        card = self._cache.get(key)
        if card is None:
            fig = self.wh.figure_by_id.get(figure_id)
            if fig is None:
                return None
            card = Markup(self._macro(self.view(fig), root, False))
            self._cache[key] = card
        return card


def estimate_view(
    row: dict[str, Any], cards: Cards, links: Links, page: str, conflict_ids: Sequence[str]
) -> View:
    unit = row.get("unit")
    root = layout.depth_prefix(page)
    ids = row.get("figure_ids") or []
    figure_cards = [card for card in (cards.card(fid, root) for fid in ids) if card is not None]
    conflict_hrefs = [
        h for h in (links.conflict(cid) for cid in conflict_ids[: layout.MAX_CONFLICT_LINKS]) if h
    ]
    return View(
        {
            "anchor": labels.estimate_anchor(row["estimate_id"]),
            "estimate_id": row["estimate_id"],
            "label": tables.estimate_label(row),
            "low": labels.number_text(row["low"], unit) if row.get("low") is not None else "—",
            "best": labels.number_text(row["best"], unit) if row.get("best") is not None else "—",
            "high": labels.number_text(row["high"], unit) if row.get("high") is not None else "—",
            "per": labels.per_text(row.get("per")) if row.get("per") else "",
            "status": row.get("status") or "",
            "n_sources": row.get("n_sources"),
            "conflicts": [layout.rel(page, h) for h in conflict_hrefs],
            "more_conflicts": max(0, len(conflict_ids) - layout.MAX_CONFLICT_LINKS),
            "cards": figure_cards,
            "missing_figures": len(ids) - len(figure_cards),
        }
    )


def _pages(wh: Warehouse) -> list[tuple[str, str, str, list[str]]]:
    """The family pages to render: the four families, plus 'other' when some measure fits none."""
    pages = list(labels.FAMILIES)
    measures = set(wh.estimates["measure"].to_list())
    others = sorted(m for m in measures if m not in labels.FAMILY_OF)
    if others:
        stem, title, intro = labels.OTHER_PAGE
        pages.append((stem, title, intro, others))
    return pages


def _nav(pages: Sequence[tuple[str, str, str, list[str]]]) -> list[dict[str, str]]:
    items = [{"href": "index.html", "title": "Overview", "stem": "index"}]
    items += [{"href": f"{stem}.html", "title": title, "stem": stem} for stem, title, _, _ in pages]
    items += [
        {"href": "conflicts.html", "title": "Conflicts", "stem": "conflicts"},
        {"href": "sources.html", "title": "Sources", "stem": "sources"},
    ]
    return items


def _pager(paths: Sequence[str], current: str) -> list[dict[str, Any]]:
    """Links to every page of a split listing, from `current`."""
    return [
        {
            "href": layout.rel(current, path),
            "label": str(i),
            "title": f"page {i} of {len(paths)}",
            "current": path == current,
        }
        for i, path in enumerate(paths, start=1)
    ]


def _conflict_order(est: dict[str, Any] | None, conflict_id: str) -> tuple[Any, ...]:
    """Conflicts listed by group, then measure, then the estimate's own order."""
    if est is None:
        return (1, conflict_id or "")
    order = _row_order(est)
    return (0, *order[:2], est.get("measure") or "", *order[2:], conflict_id or "")


def _subject_order(subject: str | None) -> tuple[bool, str]:
    return (subject not in labels.SUBJECT_NAMES, labels.subject_name(subject).lower())


def render_site(con: duckdb.DuckDBPyConnection, out_dir: Path) -> Path:
    """Render every page of the site from an open warehouse connection into `out_dir`.

    `out_dir` must not exist or be empty. Returns the path of its index.html. Every lookup is a dict
    built once; long listings are split over pages as `reports.layout` decides.
    """
    out_dir = Path(out_dir)
    if out_dir.exists() and any(out_dir.iterdir()):
        raise FileExistsError(f"{out_dir}: the site is rendered into a new, empty folder only")
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / INPUTS_FILE).write_text(inputs_digest(con), encoding="utf-8")
    wh = read_warehouse(con)
    env = _environment()
    pages = _pages(wh)
    nav = _nav(pages)
    generated = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")

    def write(name: str, template: str, **context: Any) -> None:
        path = out_dir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        text = env.get_template(template).render(
            nav=nav, generated=generated, root=layout.depth_prefix(name), **context
        )
        path.write_text(text, encoding="utf-8")

    estimates = list(wh.estimates.iter_rows(named=True))
    estimate_by_id = {row["estimate_id"]: row for row in estimates}
    by_measure: dict[str, list[dict[str, Any]]] = {}
    for row in estimates:
        by_measure.setdefault(row["measure"], []).append(row)
    for measure_rows in by_measure.values():
        measure_rows.sort(key=_row_order)
    links = Links()

    # Plan the family pages: estimates inline, or one page (or more) per group once they are many.
    family_plans = []
    for stem, title, intro, measures in pages:
        family_rows = [row for measure in measures for row in by_measure.get(measure, [])]
        weights = [max(1, len(row.get("figure_ids") or [])) for row in family_rows]
        group_pages: list[tuple[str, list[str], list[list[dict[str, Any]]]]] = []
        if sum(weights) <= layout.PAGE_FIGURES:
            for row in family_rows:
                links.estimate_page[row["estimate_id"]] = f"{stem}.html"
        else:
            by_subject: dict[str, list[dict[str, Any]]] = {}
            for row in family_rows:
                by_subject.setdefault(row["subject"], []).append(row)
            for subject in sorted(by_subject, key=_subject_order):
                mine = by_subject[subject]
                runs = list(
                    layout.chunks(
                        mine, [max(1, len(r.get("figure_ids") or [])) for r in mine], layout.PAGE_FIGURES
                    )
                )
                slug = layout.group_slug(subject)
                paths = layout.numbered(f"{stem}/{slug}.html", f"{stem}/{slug}", len(runs))
                for path, run in zip(paths, runs, strict=True):
                    for row in run:
                        links.estimate_page[row["estimate_id"]] = path
                group_pages.append((subject, paths, runs))
        family_plans.append((stem, title, intro, measures, group_pages))

    # Plan the conflicts pages.
    conflicts = list(wh.conflicts.iter_rows(named=True))
    conflicts.sort(
        key=lambda row: _conflict_order(estimate_by_id.get(row["estimate_id"]), row["conflict_id"])
    )
    step = layout.PAGE_CONFLICTS
    conflict_runs = [conflicts[i : i + step] for i in range(0, len(conflicts), step)] or [[]]
    conflict_paths = layout.numbered("conflicts.html", "conflicts/page", len(conflict_runs))
    conflicts_of: dict[str, list[str]] = {}
    for path, run in zip(conflict_paths, conflict_runs, strict=True):
        for row in run:
            links.conflict_page[row["conflict_id"]] = path
            conflicts_of.setdefault(row["estimate_id"], []).append(row["conflict_id"])

    # Plan the sources: one page, or a page per document.
    documents = list(wh.documents.iter_rows(named=True))
    inline_sources = len(documents) <= layout.INLINE_DOCUMENTS and wh.figures.height <= layout.PAGE_FIGURES
    if not inline_sources:
        for doc in documents:
            links.document_page[doc["doc_id"]] = f"sources/{labels.document_anchor(doc['doc_id'])}.html"

    cards = Cards(wh, env, links)

    # Family pages, and the pages of figures behind their estimates.
    family_cards = []
    for stem, title, intro, measures, group_pages in family_plans:
        page = f"{stem}.html"
        view_name = f"v_{stem}" if stem in labels.FAMILY_OF.values() else "estimates"
        sections: list[dict[str, Any]] = []
        for measure in measures:
            rows = by_measure.get(measure, [])
            if not rows:
                continue
            table = tables.measure_table(
                wh,
                measure,
                rows,
                links,
                conflicts_of,
                page,
                f"gt-{stem}-{measure}",
                more_note=f"every one is listed with its figures under Figures below; query {view_name}.",
            )
            sections.append(
                {
                    "measure": measure,
                    "anchor": labels.anchor("measure", measure),
                    "title": labels.measure_name(measure),
                    "table": Markup(table),  # great-tables HTML: text cells escaped by great-tables
                    "n": len(rows),
                    "estimates": []
                    if group_pages
                    else [
                        estimate_view(row, cards, links, page, conflicts_of.get(row["estimate_id"], []))
                        for row in rows
                    ],
                }
            )
        family_cards.append(
            {"href": page, "title": title, "intro": intro, "n": sum(s["n"] for s in sections)}
        )
        write(
            page,
            "family.html.j2",
            stem=stem,
            title=title,
            intro=intro,
            sections=sections,
            group_pages=[
                {
                    "href": paths[0],
                    "title": labels.subject_name(subject),
                    "n_estimates": sum(len(run) for run in runs),
                    "n_figures": sum(len(row.get("figure_ids") or []) for run in runs for row in run),
                    "more": [
                        {"href": path, "label": f"page {i}"} for i, path in enumerate(paths[1:], start=2)
                    ],
                }
                for subject, paths, runs in group_pages
            ],
        )
        for subject, paths, runs in group_pages:
            group = labels.subject_name(subject)
            for i, (path, run) in enumerate(zip(paths, runs, strict=True), start=1):
                write(
                    path,
                    "estimates.html.j2",
                    stem=stem,
                    title=f"{title}: {group}" + (f" (page {i} of {len(paths)})" if len(paths) > 1 else ""),
                    family_title=title,
                    family_href=layout.rel(path, page),
                    group=group,
                    pages=_pager(paths, path),
                    estimates=[
                        estimate_view(row, cards, links, path, conflicts_of.get(row["estimate_id"], []))
                        for row in run
                    ],
                )

    # Conflicts pages.
    n_pages = len(conflict_paths)
    for i, (path, run) in enumerate(zip(conflict_paths, conflict_runs, strict=True), start=1):
        root = layout.depth_prefix(path)
        views = []
        for row in run:
            est = estimate_by_id.get(row["estimate_id"])
            href = links.estimate(est["estimate_id"]) if est is not None else None
            views.append(
                View(
                    anchor=labels.conflict_anchor(row["conflict_id"]),
                    kind=row["kind"],
                    explanation=row["explanation"],
                    estimate_label=tables.estimate_label(est) if est else f"estimate {row['estimate_id']}",
                    estimate_href=layout.rel(path, href) if href else None,
                    sides=[cards.card(row[f"figure_id_{side}"], root) for side in ("a", "b")],
                )
            )
        conflicts_table: str | None = None
        if i == 1 and conflicts:
            if len(conflicts) <= layout.TABLE_ROWS:
                conflicts_table = tables.conflicts_table(wh, conflicts, estimate_by_id, links, path)
            else:
                conflicts_table = tables.conflicts_summary_table(conflicts, estimate_by_id, links, path)
        write(
            path,
            "conflicts.html.j2",
            stem="conflicts",
            title="Conflicts" + (f" (page {i} of {n_pages})" if n_pages > 1 else ""),
            table=Markup(conflicts_table) if conflicts_table else None,
            conflicts=views,
            pages=_pager(conflict_paths, path),
            page_label=f"page {i} of {n_pages}",
        )

    # Sources: the documents, each with the figures read out of it.
    figures_by_doc: dict[str, list[dict[str, Any]]] = {}
    for fig in wh.figure_by_id.values():
        figures_by_doc.setdefault(fig["doc_id"], []).append(fig)

    def document_view(doc: dict[str, Any]) -> View:
        mine = figures_by_doc.get(doc["doc_id"], [])
        return View(
            {
                "anchor": labels.document_anchor(doc["doc_id"]),
                "title": doc.get("title") or doc.get("file_name") or doc["doc_id"],
                "author": doc.get("author") or "",
                "publisher": doc.get("publisher") or "",
                "published": str(doc["published"]) if doc.get("published") else "",
                "file_name": doc.get("file_name") or "",
                "url": safe_url(doc.get("url")),
                "raw_url": doc.get("url") or "",
                "sha256": doc.get("sha256") or "",
                "cited": list(dict.fromkeys(f["cited_source"] for f in mine if f.get("cited_source"))),
                "figures": [cards.view(fig) for fig in mine],
            }
        )

    if inline_sources:
        write(
            "sources.html",
            "sources.html.j2",
            stem="sources",
            title="Sources",
            table=Markup(tables.sources_table(wh, links)) if documents else None,
            documents=[document_view(doc) for doc in documents],
            listing=None,
        )
    else:
        if len(documents) <= layout.TABLE_ROWS:
            sources_table = tables.sources_table(wh, links)
        else:
            sources_table = tables.sources_summary_table(wh)
        step = layout.PAGE_DOCUMENTS
        doc_runs = [documents[i : i + step] for i in range(0, len(documents), step)]
        list_paths = layout.numbered("sources.html", "sources/list", len(doc_runs))
        for i, (path, run) in enumerate(zip(list_paths, doc_runs, strict=True), start=1):
            write(
                path,
                "sources.html.j2",
                stem="sources",
                title="Sources" + (f" (page {i} of {len(list_paths)})" if len(list_paths) > 1 else ""),
                table=Markup(sources_table) if i == 1 else None,
                documents=[],
                listing=[
                    {
                        "href": layout.rel(path, links.document(doc["doc_id"])),
                        "title": doc.get("title") or doc.get("file_name") or doc["doc_id"],
                        "publisher": doc.get("publisher") or "",
                        "published": str(doc["published"]) if doc.get("published") else "",
                        "n_figures": len(figures_by_doc.get(doc["doc_id"], [])),
                    }
                    for doc in run
                ],
                listing_start=(i - 1) * step + 1,
                pages=_pager(list_paths, path),
                page_label=f"page {i} of {len(list_paths)}",
            )
        for doc in documents:
            view = document_view(doc)
            write(
                links.document_page[doc["doc_id"]],
                "document.html.j2",
                stem="sources",
                title=view["title"],
                doc=view,
            )

    # Index.
    conflict_count: dict[str, int] = {}
    for row in conflicts:
        est = estimate_by_id.get(row["estimate_id"])
        if est is not None:
            conflict_count[est["subject"]] = conflict_count.get(est["subject"], 0) + 1
    status_counts = {s: 0 for s in labels.STATUSES}
    for row in estimates:
        status_counts[row["status"]] = status_counts.get(row["status"], 0) + 1
    write(
        "index.html",
        "index.html.j2",
        stem="index",
        title="Overview",
        counts={
            "documents": wh.documents.height,
            "figures": wh.figures.height,
            "estimates": wh.estimates.height,
            "conflicts": wh.conflicts.height,
            "groups": wh.estimates["subject"].n_unique(),
        },
        status_counts=status_counts,
        status_colors=dict(zip(labels.STATUSES, labels.STATUS_COLORS, strict=True)),
        source_colors=list(enumerate(labels.N_SOURCES_COLORS, start=1)),
        family_cards=family_cards,
        table=Markup(tables.comparison_table(wh, conflict_count, links)) if estimates else None,
    )

    static = out_dir / "static"
    static.mkdir()
    for asset in sorted(STATIC_DIR.iterdir()):
        if asset.is_file():
            shutil.copyfile(asset, static / asset.name)
    return out_dir / "index.html"


def _row_order(row: dict[str, Any]) -> tuple[Any, ...]:
    subject = row.get("subject") or ""
    return (
        subject not in labels.SUBJECT_NAMES,
        labels.subject_name(subject).lower(),
        row.get("region") is not None,
        row.get("region") or "",
        row.get("victims") or "",
        row.get("location") or "",
        row.get("unit") or "",
        row.get("per") or "",
        row.get("period_year") if row.get("period_year") is not None else 10_000,
        row.get("estimate_id") or "",
    )


# --- atomic publish -------------------------------------------------------------------------------

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths (Linux renameat2 RENAME_EXCHANGE). False where unsupported."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    renameat2.restype = ctypes.c_int
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return bool(result == 0)


def publish_site(tmp_dir: Path, site_dir: Path) -> Path:
    """Swap a fully rendered site folder in at `site_dir`. Returns the published index.html.

    `tmp_dir` must be on the same file system as `site_dir` (a sibling is). Where the kernel can, the
    two folders are exchanged in one atomic step; otherwise the old site is renamed aside and the new
    one renamed in. Either way the old site is then removed, and a reader sees the old site or the
    new one, never a mix.
    """
    tmp_dir, site_dir = Path(tmp_dir), Path(site_dir)
    if not (tmp_dir / "index.html").is_file():
        raise FileNotFoundError(f"{tmp_dir}: no index.html, refusing to publish an incomplete site")
    if not site_dir.exists():
        site_dir.parent.mkdir(parents=True, exist_ok=True)
        os.rename(tmp_dir, site_dir)
        return site_dir / "index.html"
    if _exchange(tmp_dir, site_dir):
        shutil.rmtree(tmp_dir)  # now holds the old site
        return site_dir / "index.html"
    old = site_dir.with_name(f".{site_dir.name}-old-{uuid.uuid4().hex[:12]}")
    os.rename(site_dir, old)
    try:
        os.rename(tmp_dir, site_dir)
    except BaseException:
        os.rename(old, site_dir)  # put the old site back
        raise
    shutil.rmtree(old, ignore_errors=True)
    return site_dir / "index.html"


def site_is_current(site_dir: Path, con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the published site was rendered by this code from exactly these rows."""
    marker = Path(site_dir) / INPUTS_FILE
    return (
        marker.is_file()
        and (Path(site_dir) / "index.html").is_file()
        and marker.read_text(encoding="utf-8") == inputs_digest(con)
    )


def staging_dir_for(site_dir: Path) -> Path:
    """A new folder beside the site to render into (same file system, so publishing is a rename)."""
    return site_dir.with_name(f".{site_dir.name}-tmp-{uuid.uuid4().hex[:12]}")


def remove_stale_staging(site_dir: Path) -> list[Path]:
    """Delete folders left beside the site by interrupted renders or publishes."""
    stale = sorted(site_dir.parent.glob(f".{site_dir.name}-tmp-*")) + sorted(
        site_dir.parent.glob(f".{site_dir.name}-old-*")
    )
    for path in stale:
        shutil.rmtree(path, ignore_errors=True)
    return stale


def build_site(warehouse_path: Path, site_dir: Path = DEFAULT_SITE_DIR) -> Path:
    """Render the site from the warehouse file (opened read-only) and publish it at `site_dir`.

    Returns the path of the published index.html. A failure leaves the previous site untouched.
    """
    site_dir = Path(site_dir)
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp_dir = staging_dir_for(site_dir)
    try:
        with duckdb.connect(str(warehouse_path), read_only=True) as con:
            render_site(con, tmp_dir)
        return publish_site(tmp_dir, site_dir)
    finally:
        if tmp_dir.exists():
            shutil.rmtree(tmp_dir, ignore_errors=True)


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m reports.site WAREHOUSE [SITE_DIR]`: build the site and print its index.html."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not 1 <= len(args) <= 2:
        print("usage: python -m reports.site WAREHOUSE [SITE_DIR]", file=sys.stderr)
        return 2
    site_dir = Path(args[1]) if len(args) == 2 else DEFAULT_SITE_DIR
    print(build_site(Path(args[0]), site_dir))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

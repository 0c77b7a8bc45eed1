"""Render the static report site from a warehouse and publish it atomically.

`build_site(warehouse_path, site_dir)` is the whole job: open the warehouse read-only, render every
page into a temporary sibling of `site_dir`, then swap it in. The pipeline, which renders from a
staging warehouse before publishing it, uses the two halves: `render_site(con, out_dir)` and
`publish_site(tmp_dir, site_dir)`.

Pages are jinja2 templates with autoescape on; the tables inside them are great-tables HTML (see
`reports.tables` for the escaping rule). The site is self-contained: relative links only, one local
stylesheet, no scripts, fonts or styles from the network.
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

from reports import labels, tables
from reports.data import Warehouse, read_warehouse

PACKAGE_DIR = Path(__file__).parent
TEMPLATES_DIR = PACKAGE_DIR / "templates"
STATIC_DIR = PACKAGE_DIR / "static"
DEFAULT_SITE_DIR = PACKAGE_DIR / "site"


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


def figure_view(wh: Warehouse, fig: dict[str, Any]) -> dict[str, Any]:
    """A figure as template data. All strings are raw; the template escapes them."""
    pre, mid, post = labels.split_quote(fig.get("quote"), fig.get("text"))
    doc = wh.document_by_id.get(fig.get("doc_id") or "", {})
    period = " to ".join(str(d) for d in dict.fromkeys((fig.get("period_start"), fig.get("period_end"))) if d)
    return {
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
        "doc_anchor": labels.document_anchor(fig.get("doc_id")),
        "doc_title": doc.get("title") or doc.get("file_name") or fig.get("doc_id") or "",
        "doc_published": str(doc["published"]) if doc.get("published") else "",
    }


def estimate_view(
    wh: Warehouse, row: dict[str, Any], conflict_anchors: dict[str, list[str]]
) -> dict[str, Any]:
    unit = row.get("unit")
    return {
        "anchor": labels.estimate_anchor(row["estimate_id"]),
        "estimate_id": row["estimate_id"],
        "label": tables.estimate_label(row),
        "low": labels.number_text(row["low"], unit) if row.get("low") is not None else "—",
        "best": labels.number_text(row["best"], unit) if row.get("best") is not None else "—",
        "high": labels.number_text(row["high"], unit) if row.get("high") is not None else "—",
        "per": labels.per_text(row.get("per")) if row.get("per") else "",
        "status": row.get("status") or "",
        "n_sources": row.get("n_sources"),
        "conflicts": conflict_anchors.get(row["estimate_id"], []),
        "figures": [figure_view(wh, fig) for fig in wh.figures_of(row)],
        "missing_figures": len(row.get("figure_ids") or []) - len(wh.figures_of(row)),
    }


def _conflict_anchors(wh: Warehouse) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for row in wh.conflicts.iter_rows(named=True):
        out.setdefault(row["estimate_id"], []).append(labels.conflict_anchor(row["conflict_id"]))
    return out


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


def render_site(con: duckdb.DuckDBPyConnection, out_dir: Path) -> Path:
    """Render every page of the site from an open warehouse connection into `out_dir`.

    `out_dir` must not exist or be empty. Returns the path of its index.html.
    """
    out_dir = Path(out_dir)
    if out_dir.exists() and any(out_dir.iterdir()):
        raise FileExistsError(f"{out_dir}: the site is rendered into a new, empty folder only")
    out_dir.mkdir(parents=True, exist_ok=True)
    wh = read_warehouse(con)
    env = _environment()
    pages = _pages(wh)
    nav = _nav(pages)
    conflict_anchors = _conflict_anchors(wh)
    estimates = list(wh.estimates.iter_rows(named=True))
    common = {
        "nav": nav,
        "generated": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }

    def write(name: str, template: str, **context: Any) -> None:
        text = env.get_template(template).render(**common, **context)
        (out_dir / name).write_text(text, encoding="utf-8")

    # Family pages.
    family_cards = []
    for stem, title, intro, measures in pages:
        sections = []
        for measure in measures:
            rows = [row for row in estimates if row["measure"] == measure]
            if not rows:
                continue
            rows.sort(key=_row_order)
            sections.append(
                {
                    "measure": measure,
                    "anchor": labels.anchor("measure", measure),
                    "title": labels.measure_name(measure),
                    "table": Markup(  # great-tables HTML: text cells escaped by great-tables
                        tables.measure_table(wh, measure, rows, conflict_anchors, f"gt-{stem}-{measure}")
                    ),
                    "estimates": [estimate_view(wh, row, conflict_anchors) for row in rows],
                }
            )
        family_cards.append(
            {
                "href": f"{stem}.html",
                "title": title,
                "intro": intro,
                "n": sum(len(s["estimates"]) for s in sections),
            }
        )
        write(f"{stem}.html", "family.html.j2", stem=stem, title=title, intro=intro, sections=sections)

    # Conflicts page.
    estimate_by_id = {row["estimate_id"]: row for row in estimates}
    conflicts = []
    for row in wh.conflicts.iter_rows(named=True):
        est = estimate_by_id.get(row["estimate_id"])
        sides = []
        for side in ("a", "b"):
            fig = wh.figure_by_id.get(row[f"figure_id_{side}"])
            sides.append(figure_view(wh, fig) if fig is not None else None)
        conflicts.append(
            {
                "anchor": labels.conflict_anchor(row["conflict_id"]),
                "kind": row["kind"],
                "explanation": row["explanation"],
                "estimate_label": tables.estimate_label(est) if est else f"estimate {row['estimate_id']}",
                "estimate_href": (
                    f"{labels.page_of(est['measure'])}.html#{labels.estimate_anchor(est['estimate_id'])}"
                    if est
                    else None
                ),
                "sides": sides,
            }
        )
    write(
        "conflicts.html",
        "conflicts.html.j2",
        stem="conflicts",
        title="Conflicts",
        table=Markup(tables.conflicts_table(wh)) if conflicts else None,
        conflicts=conflicts,
    )

    # Sources page.
    documents = []
    figures_by_doc: dict[str, list[dict[str, Any]]] = {}
    for fig in wh.figures.iter_rows(named=True):
        figures_by_doc.setdefault(fig["doc_id"], []).append(fig)
    for doc in wh.documents.iter_rows(named=True):
        mine = figures_by_doc.get(doc["doc_id"], [])
        documents.append(
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
                "figures": [figure_view(wh, fig) for fig in mine],
            }
        )
    write(
        "sources.html",
        "sources.html.j2",
        stem="sources",
        title="Sources",
        table=Markup(tables.sources_table(wh)) if documents else None,
        documents=documents,
    )

    # Index.
    conflict_count: dict[str, int] = {}
    for row in wh.conflicts.iter_rows(named=True):
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
        table=Markup(tables.comparison_table(wh, conflict_count)) if estimates else None,
    )

    static = out_dir / "static"
    static.mkdir()
    for path in sorted(STATIC_DIR.iterdir()):
        if path.is_file():
            shutil.copyfile(path, static / path.name)
    return out_dir / "index.html"


def _row_order(row: dict[str, Any]) -> tuple[Any, ...]:
    subject = row.get("subject") or ""
    return (
        subject not in labels.SUBJECT_NAMES,
        labels.subject_name(subject).lower(),
        row.get("region") is not None,
        row.get("region") or "",
        row.get("victims") or "",
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


def build_site(warehouse_path: Path, site_dir: Path = DEFAULT_SITE_DIR) -> Path:
    """Render the site from the warehouse file (opened read-only) and publish it at `site_dir`.

    Returns the path of the published index.html. A failure leaves the previous site untouched.
    """
    site_dir = Path(site_dir)
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp_dir = site_dir.with_name(f".{site_dir.name}-tmp-{uuid.uuid4().hex[:12]}")
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

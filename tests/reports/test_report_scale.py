"""A large warehouse's site: capped tables, long listings split over pages, every link still valid.

The layout limits are shrunk so the corpus-sized warehouse takes the large-site path: tables of two
rows, a page per group of figures, conflicts two to a page, a page per document.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import polars as pl
import pytest
from conftest import DOCS, corpus_tables, hostile_tables, make_warehouse
from report_helpers import local_link_problems, parse, remote_resources, site_pages

from reports import labels, layout
from reports.site import build_site


def _more_conflicts(frames: dict[str, pl.DataFrame], n: int = 5) -> dict[str, pl.DataFrame]:
    """The one conflict of the corpus, plus `n` more pairs about the same estimate."""
    first = frames["conflicts"].row(0, named=True)
    kinds = ["non_overlapping", "divergent"]
    extra = [{**first, "conflict_id": f"{first['conflict_id']}_{i}", "kind": kinds[i % 2]} for i in range(n)]
    return {**frames, "conflicts": pl.concat([frames["conflicts"], pl.DataFrame(extra)])}


@pytest.fixture
def small_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(layout, "TABLE_ROWS", 2)
    monkeypatch.setattr(layout, "PAGE_FIGURES", 1)
    monkeypatch.setattr(layout, "PAGE_CONFLICTS", 2)
    monkeypatch.setattr(layout, "PAGE_DOCUMENTS", 2)
    monkeypatch.setattr(layout, "INLINE_DOCUMENTS", 1)
    monkeypatch.setattr(layout, "MAX_CONFLICT_LINKS", 2)


def _rows(path: Path, sql: str) -> list[dict[str, object]]:
    with duckdb.connect(str(path), read_only=True) as con:
        cur = con.execute(sql)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def _table_rows(page: Path, table_id: str) -> list[str]:
    rows = parse(page).xpath(f'//div[@id="{table_id}"]//tbody/tr')
    return [" ".join(row.text_content().split()) for row in rows]


@pytest.mark.usefixtures("small_limits")
def test_large_site_splits_listings_and_keeps_every_number_linked(tmp_path: Path) -> None:
    warehouse = make_warehouse(tmp_path / "wh.duckdb", _more_conflicts(corpus_tables()))
    site_dir = build_site(warehouse, tmp_path / "site").parent

    # comparison tables are capped, saying how many more the warehouse holds
    strength = site_dir / "strength.html"
    rows = _table_rows(strength, "gt-strength-fighters")
    assert len(rows) == 2, rows
    assert any(r.startswith("TTP 2024") and "6,000 6,250 6,500" in r for r in rows), rows
    assert any(r.startswith("ISKP 2021") and "5,000 5,500 6,000" in r for r in rows), rows  # the latest
    text = " ".join(parse(strength).text_content().split())
    assert "Showing 2 of 3 estimates" in text and "1 more estimates in the warehouse" in text
    assert parse(strength).xpath('//div[@id="gt-strength-fighters"]//td[contains(@headers,"trend")]//svg')

    assert (site_dir / "strength" / f"{layout.group_slug('iskp')}-2.html").is_file()  # ISKP: 2 pages
    # every estimate is on a page of its group, with every figure's quote, claimant and document
    ids: dict[str, Path] = {}
    for page in site_pages(site_dir):
        for el_id in parse(page).xpath("//@id"):
            ids.setdefault(str(el_id), page)
    figures = {r["figure_id"]: r for r in _rows(warehouse, "SELECT * FROM figures")}
    for est in _rows(warehouse, "SELECT * FROM estimates"):
        anchor = labels.estimate_anchor(str(est["estimate_id"]))
        page = ids[anchor]
        family = labels.page_of(str(est["measure"]))
        assert page.stem == family or page.parent.name == family, page
        (section,) = parse(page).xpath(f'//*[@id="{anchor}"]')
        text = " ".join(section.text_content().split())
        for fid in list(est["figure_ids"]):  # type: ignore[call-overload]
            assert " ".join(str(figures[fid]["quote"]).split()) in text
            assert (figures[fid]["claimant"] or "the author") in text
            doc_page = f"sources/{labels.document_anchor(str(figures[fid]['doc_id']))}.html#"
            assert section.xpath(f'.//a[contains(@href,"{doc_page}")]')

    # conflicts: a summary table, then the pairs side by side two to a page
    assert sorted(p.name for p in (site_dir / "conflicts").iterdir()) == ["page-2.html", "page-3.html"]
    summary = _table_rows(site_dir / "conflicts.html", "gt-conflicts")
    assert len(summary) == 1 and "ISKP" in summary[0] and "Deaths" in summary[0], summary
    pairs = parse(site_dir / "conflicts" / "page-3.html").xpath('//section[contains(@class,"conflict")]')
    assert len(pairs) == 2 and all(len(p.xpath('.//div[@class="side"]')) == 2 for p in pairs)
    assert "killing up to 170 Afghans" in " ".join(pairs[0].text_content().split())

    # sources: a page per document, listed two to a page
    for doc in DOCS:
        assert (site_dir / "sources" / f"{labels.document_anchor(doc['doc_id'])}.html").is_file()
    assert (site_dir / "sources" / "list-2.html").is_file()
    assert _table_rows(site_dir / "sources.html", "gt-sources")

    for page in site_pages(site_dir):
        doc = parse(page)
        assert remote_resources(doc) == [], page
        assert not doc.xpath("//script"), page
    assert local_link_problems(site_dir) == []


@pytest.mark.usefixtures("small_limits")
def test_large_site_escapes_hostile_text_on_every_page(tmp_path: Path) -> None:
    warehouse = make_warehouse(tmp_path / "wh.duckdb", _more_conflicts(hostile_tables()))
    site_dir = build_site(warehouse, tmp_path / "site").parent
    pages = site_pages(site_dir)
    assert len(pages) > 10
    for page in pages:
        for el in parse(page).iter():
            if not isinstance(el.tag, str):
                continue
            assert el.tag not in ("script", "img"), page
            for name, value in el.attrib.items():
                assert not name.lower().startswith("on"), (page, name)
                if name.lower() == "href":
                    assert not value.strip().lower().startswith(("javascript:", "data:text")), (page, value)
    doc_page = site_dir / "sources" / f"{labels.document_anchor(DOCS[0]['doc_id'])}.html"
    assert "<script>alert(1)</script>" in parse(doc_page).text_content()
    assert local_link_problems(site_dir) == []

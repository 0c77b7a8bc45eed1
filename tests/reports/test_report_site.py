"""The report site built from a real warehouse: pages, tables, provenance, offline use, atomic publish."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import polars as pl
import pytest
from report_helpers import PAGES, local_link_problems, parse, remote_resources, site_pages

from reports import labels, site
from reports.site import build_site, publish_site, render_site
from warehouse.build import build_warehouse


def _rows(table: duckdb.DuckDBPyConnection, sql: str) -> list[dict[str, object]]:
    cur = table.execute(sql)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def _table_rows(page: Path, table_id: str) -> list[str]:
    doc = parse(page)
    rows = doc.xpath(f'//div[@id="{table_id}"]//tbody/tr')
    return [" ".join(row.text_content().split()) for row in rows]


def test_builds_every_page_and_returns_index(built_site: Path) -> None:
    assert built_site.name == "index.html"
    names = {p.stem for p in site_pages(built_site.parent)}
    assert set(PAGES) <= names
    assert "other" in names  # founded_year belongs to no family
    index = parse(built_site)
    hrefs = set(index.xpath("//nav//a/@href"))
    assert {f"{name}.html" for name in PAGES} <= hrefs
    text = index.text_content()
    assert "3 documents" in " ".join(text.split())
    assert (built_site.parent / "static" / "site.css").is_file()


def test_strength_table_shows_ttp_and_iskp_with_low_best_high(built_site: Path) -> None:
    page = built_site.parent / "strength.html"
    rows = _table_rows(page, "gt-strength-fighters")
    assert any(r.startswith("TTP 2024") and "6,000 6,250 6,500" in r for r in rows), rows
    assert any(r.startswith("ISKP 2020") and "1,500 1,850 2,200" in r for r in rows), rows
    assert any(r.startswith("ISKP 2021") and "5,000 5,500 6,000" in r for r in rows), rows
    doc = parse(page)
    spanners = doc.xpath('//div[@id="gt-strength-fighters"]//span[contains(@class,"gt_column_spanner")]')
    assert "Estimate" in [s.text_content().strip() for s in spanners]
    # the nanoplot of ISKP's best values across years is an inline SVG in the trend column
    trend = doc.xpath('//div[@id="gt-strength-fighters"]//td[contains(@headers,"trend")]//svg')
    assert trend


def test_finance_and_attacks_formatting(built_site: Path) -> None:
    finance = " ".join(_table_rows(built_site.parent / "finance.html", "gt-finance-revenue"))
    assert "$300.0M" in finance and "$2.9B" in finance and "per year" in finance
    attacks = _table_rows(built_site.parent / "attacks.html", "gt-attacks-attack_change_pct")
    assert any("TTP" in r and "+51%" in r for r in attacks), attacks
    assert any("ISKP" in r and "\u221290%" in r for r in attacks), attacks  # signed, true minus
    deaths = _table_rows(built_site.parent / "attacks.html", "gt-attacks-deaths")
    assert any("ISKP" in r and "60 115 170" in r and "conflict" in r for r in deaths), deaths


def test_status_and_sources_colours_are_the_same_everywhere(built_site: Path) -> None:
    colours: dict[tuple[str, str], set[str]] = {}
    for page in site_pages(built_site.parent):
        for td in parse(page).xpath('//td[contains(@headers,"-status") or contains(@headers,"-n_sources")]'):
            column = "status" if "-status" in td.get("headers") else "n_sources"
            match = re.search(r"background-color:\s*(#[0-9a-fA-F]{6})", td.get("style") or "")
            assert match, td.get("style")
            colours.setdefault((column, td.text_content().strip()), set()).add(match.group(1).lower())
    assert colours[("status", "single")] == {labels.STATUS_COLORS[0]}
    assert colours[("status", "agreed")] == {labels.STATUS_COLORS[1]}
    assert colours[("status", "conflict")] == {labels.STATUS_COLORS[2]}
    # n_sources is on the fixed 1..5 scale: 1 and 2 are the first two palette colours, not min/max
    assert colours[("n_sources", "1")] == {labels.N_SOURCES_COLORS[0]}
    assert colours[("n_sources", "2")] == {labels.N_SOURCES_COLORS[1]}


def test_source_notes_name_documents_and_cited_sources(built_site: Path) -> None:
    doc = parse(built_site.parent / "strength.html")
    notes = " ".join(doc.xpath('//div[@id="gt-strength-fighters"]//tfoot')[0].text_content().split())
    assert "The New Jihadi Sphere Under Taliban's Rule (Andiana Foundation, 2024-09-01)" in notes
    assert "Cited source: Fifteenth report of the Analytical Support and Sanctions Monitoring Team" in notes


def test_every_estimate_links_to_its_figures_with_quote_claimant_and_document(
    built_site: Path, warehouse_path: Path
) -> None:
    with duckdb.connect(str(warehouse_path), read_only=True) as con:
        estimates = _rows(con, "SELECT * FROM estimates")
        figures = {r["figure_id"]: r for r in _rows(con, "SELECT * FROM figures")}
        titles = {r["doc_id"]: r["title"] for r in _rows(con, "SELECT * FROM documents")}
    site_dir = built_site.parent
    for est in estimates:
        page = site_dir / f"{labels.page_of(str(est['measure']))}.html"
        doc = parse(page)
        anchor = labels.estimate_anchor(str(est["estimate_id"]))
        # the table links to the anchor, and the anchor holds every figure's quote, claimant, document
        assert doc.xpath(f'//a[@href="#{anchor}"]'), (page.name, anchor)
        (section,) = doc.xpath(f'//*[@id="{anchor}"]')
        text = " ".join(section.text_content().split())
        figure_ids = list(est["figure_ids"])  # type: ignore[call-overload]
        assert figure_ids
        for fid in figure_ids:
            fig = figures[fid]
            assert " ".join(str(fig["quote"]).split()) in text
            assert (fig["claimant"] or "the author") in text
            assert titles[fig["doc_id"]] in text
            if fig["claimant_type"]:
                assert labels.CLAIMANT_TYPE_NAMES[str(fig["claimant_type"])] in text
            doc_anchor = labels.document_anchor(str(fig["doc_id"]))
            assert section.xpath(f'.//a[@href="sources.html#{doc_anchor}"]')


def test_conflicts_page_sets_figures_side_by_side(built_site: Path) -> None:
    doc = parse(built_site.parent / "conflicts.html")
    rows = _table_rows(built_site.parent / "conflicts.html", "gt-conflicts")
    assert len(rows) == 1 and "divergent" in rows[0] and "60" in rows[0] and "up to 170" in rows[0]
    (pair,) = doc.xpath('//section[contains(@class,"conflict")]')
    text = " ".join(pair.text_content().split())
    assert "killed 13 US troops and 60 Afghans" in text
    assert "killing up to 170 Afghans" in text
    assert "2.8 times the smaller" in text
    assert len(pair.xpath('.//div[@class="side"]')) == 2
    assert pair.xpath('.//a[starts-with(@href,"attacks.html#est-")]')


def test_sources_page_lists_documents_claimant_types_and_cited_sources(built_site: Path) -> None:
    page = built_site.parent / "sources.html"
    rows = _table_rows(page, "gt-sources")
    assert any("The New Jihadi Sphere" in r and "Andiana Foundation" in r and "media, UN" in r for r in rows)
    text = " ".join(parse(page).text_content().split())
    assert "Fifteenth report of the Analytical Support and Sanctions Monitoring Team (S/2024/556)" in text
    assert "Foreign Policy, 2023" in text


def test_site_works_offline_with_relative_links_only(built_site: Path) -> None:
    site_dir = built_site.parent
    for page in site_pages(site_dir):
        doc = parse(page)
        assert remote_resources(doc) == [], page.name
        assert not doc.xpath("//script"), page.name
    assert local_link_problems(site_dir) == []


def test_render_from_open_connection_then_publish(tmp_path: Path, warehouse_path: Path) -> None:
    out = tmp_path / "rendered"
    with duckdb.connect(str(warehouse_path), read_only=True) as con:
        index = render_site(con, out)
    assert index == out / "index.html" and index.is_file()
    published = publish_site(out, tmp_path / "site")
    assert published == tmp_path / "site" / "index.html" and published.is_file()
    assert not out.exists()
    with pytest.raises(FileExistsError), duckdb.connect(str(warehouse_path), read_only=True) as con:
        render_site(con, tmp_path / "site")  # never over a folder with something in it


@pytest.mark.parametrize("exchange", [True, False], ids=["renameat2-exchange", "rename-aside"])
def test_publish_replaces_old_site_and_leaves_nothing_behind(
    tmp_path: Path, warehouse_path: Path, monkeypatch: pytest.MonkeyPatch, exchange: bool
) -> None:
    if not exchange:
        monkeypatch.setattr(site, "_exchange", lambda a, b: False)
    site_dir = tmp_path / "site"
    build_site(warehouse_path, site_dir)
    (site_dir / "stale.html").write_text("from an old run")
    index = build_site(warehouse_path, site_dir)
    assert index.is_file()
    assert not (site_dir / "stale.html").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site", "warehouse.duckdb"]


def test_failed_build_leaves_old_site_intact(tmp_path: Path, warehouse_path: Path) -> None:
    site_dir = tmp_path / "site"
    build_site(warehouse_path, site_dir)
    before = {p.name: p.read_bytes() for p in site_pages(site_dir)}
    broken = tmp_path / "broken.duckdb"
    broken.write_bytes(b"not a duckdb file" * 100)
    with pytest.raises(duckdb.Error):
        build_site(broken, site_dir)
    with pytest.raises(duckdb.Error):
        build_site(tmp_path / "missing.duckdb", site_dir)  # read-only: never creates a warehouse
    assert not (tmp_path / "missing.duckdb").exists()
    assert {p.name: p.read_bytes() for p in site_pages(site_dir)} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.duckdb", "site", "warehouse.duckdb"]


def test_failure_while_rendering_leaves_old_site_intact(
    tmp_path: Path, warehouse_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site_dir = tmp_path / "site"
    build_site(warehouse_path, site_dir)
    before = {p.name: p.read_bytes() for p in site_pages(site_dir)}

    def boom(*args: object, **kwargs: object) -> str:
        raise RuntimeError("render failed half way")

    monkeypatch.setattr(site.tables, "sources_table", boom)  # after several pages were written
    with pytest.raises(RuntimeError):
        build_site(warehouse_path, site_dir)
    assert {p.name: p.read_bytes() for p in site_pages(site_dir)} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site", "warehouse.duckdb"]


def test_empty_warehouse_still_renders(tmp_path: Path) -> None:
    path = tmp_path / "empty.duckdb"
    build_warehouse(path, {})
    index = build_site(path, tmp_path / "site")
    assert "No estimates in this warehouse yet." in index.read_text(encoding="utf-8")
    assert local_link_problems(tmp_path / "site") == []


def test_missing_relations_degrade_to_empty(tmp_path: Path) -> None:
    path = tmp_path / "partial.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute("CREATE TABLE documents (doc_id VARCHAR, file_name VARCHAR, title VARCHAR)")
        con.execute("INSERT INTO documents VALUES ('d1', 'a.txt', 'A report')")
    index = build_site(path, tmp_path / "site")
    sources = (index.parent / "sources.html").read_text(encoding="utf-8")
    assert "A report" in sources
    assert "No conflicting figures" in (index.parent / "conflicts.html").read_text(encoding="utf-8")


def test_renders_the_real_reconciliation(tmp_path: Path, corpus_frames: dict[str, pl.DataFrame]) -> None:
    """The reconcile room's own estimates and conflicts (with whatever columns it adds) render too."""
    estimates_mod = pytest.importorskip("reconcile.estimates")
    tables = corpus_frames
    result = estimates_mod.reconcile_estimates(tables["figures"], tables["documents"])
    frames = {"documents": tables["documents"], "figures": tables["figures"]}
    frames.update({k: v for k, v in result.tables().items() if k not in frames})
    path = tmp_path / "reconciled.duckdb"
    build_warehouse(path, frames)
    index = build_site(path, tmp_path / "site")
    rows = _table_rows(index.parent / "strength.html", "gt-strength-fighters")
    assert any(r.startswith("TTP 2024") and "6,000" in r and "6,500" in r for r in rows), rows
    assert any(r.startswith("ISKP 2020") for r in rows) and any(r.startswith("ISKP 2021") for r in rows)
    conflicts = " ".join(parse(index.parent / "conflicts.html").text_content().split())
    assert "divergent" in conflicts and "up to 170" in conflicts
    assert local_link_problems(index.parent) == []

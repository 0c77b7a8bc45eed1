"""Hostile document text (script, onerror, javascript: links) never survives as markup in the site."""

from __future__ import annotations

from pathlib import Path

import pytest
from report_helpers import local_link_problems, parse, remote_resources, site_pages

from reports.site import build_site, safe_url


@pytest.fixture
def hostile_site(tmp_path: Path, hostile_warehouse_path: Path) -> Path:
    return build_site(hostile_warehouse_path, tmp_path / "site").parent


def test_no_hostile_markup_survives(hostile_site: Path) -> None:
    pages = site_pages(hostile_site)
    assert len(pages) >= 7
    for page in pages:
        doc = parse(page)
        for el in doc.iter():
            if not isinstance(el.tag, str):
                continue
            assert el.tag != "script", (page.name, el.text)
            # the only <img> allowed would be ours, and there are none
            assert el.tag != "img", page.name
            for name, value in el.attrib.items():
                assert not name.lower().startswith("on"), (page.name, el.tag, name, value)
                if name.lower() in ("href", "src", "action", "formaction", "xlink:href"):
                    assert not value.strip().lower().startswith(("javascript:", "data:text")), (
                        page.name,
                        value,
                    )
        for a in doc.iter("a"):
            assert "alert(1)" not in (a.get("href") or ""), page.name
        assert remote_resources(doc) == [], page.name


def test_hostile_text_is_shown_as_text(hostile_site: Path) -> None:
    """The text is escaped, not dropped: a reader sees exactly what the document said."""
    sources = " ".join(parse(hostile_site / "sources.html").text_content().split())
    assert "<script>alert(1)</script>" in sources  # title, publisher, quotes
    assert "<img src=x onerror=alert(1)>" in sources
    assert '<a href="javascript:alert(1)">click</a>' in sources  # cited source
    assert "javascript:alert(1)" in sources  # the document's url, shown as text, not a link
    strength = " ".join(parse(hostile_site / "strength.html").text_content().split())
    assert "<img src=x onerror=alert(1)>" in strength  # claimant and quote in the figures section
    conflicts = " ".join(parse(hostile_site / "conflicts.html").text_content().split())
    assert "<script>alert(1)</script>" in conflicts  # explanation, in the table and side by side


def test_hostile_estimate_id_still_links_to_its_anchor(hostile_site: Path) -> None:
    assert local_link_problems(hostile_site) == []
    rows = parse(hostile_site / "strength.html").xpath('//div[@id="gt-strength-fighters"]//tbody/tr')
    assert any("6,250" in row.text_content() for row in rows)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a", "https://example.org/a"),
        ("http://example.org", "http://example.org"),
        ("javascript:alert(1)", None),
        (" JavaScript:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("//example.org/x", None),
        ("", None),
        (None, None),
    ],
)
def test_only_http_urls_become_links(url: str | None, expected: str | None) -> None:
    assert safe_url(url) == expected

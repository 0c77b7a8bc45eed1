"""The report in a real browser: Debian's chromium driven by Playwright, opened from disk (file://)."""

from __future__ import annotations

import os
from collections import deque
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlsplit

import pytest
from playwright.sync_api import sync_playwright

pytestmark = pytest.mark.slow

CHROMIUM = Path(os.environ.get("TRIANGULATE_CHROMIUM", "/usr/bin/chromium"))
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def test_site_in_a_real_browser(built_site: Path, tmp_path: Path) -> None:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium (Playwright's download is not used)")
    site_dir = built_site.parent.resolve()
    start = built_site.resolve().as_uri()
    errors: list[str] = []
    failed_requests: list[str] = []
    external_requests: list[str] = []
    visited: dict[str, set[str]] = {}  # page URL -> its element ids
    links: list[tuple[str, str]] = []  # (page it is on, absolute href)

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.on("requestfailed", lambda req: failed_requests.append(req.url))
            page.on(
                "request",
                lambda req: (
                    external_requests.append(req.url) if not req.url.startswith(("file:", "data:")) else None
                ),
            )
            queue = deque([start])
            while queue:
                url = queue.popleft()
                if url in visited:
                    continue
                response = page.goto(url)
                assert response is None or response.ok, url
                page.wait_for_load_state("load")
                visited[url] = set(page.eval_on_selector_all("[id]", "els => els.map(e => e.id)"))
                name = Path(unquote(urlsplit(url).path)).stem
                page.screenshot(path=str(tmp_path / f"{name}.png"), full_page=True)
                for href in page.eval_on_selector_all("a[href]", "els => els.map(a => a.href)"):
                    links.append((url, href))
                    target, _ = urldefrag(href)
                    if target.startswith("file:") and target.endswith(".html"):
                        queue.append(target)

            # the strength table: TTP and ISKP rows with their numbers
            page.goto((site_dir / "strength.html").as_uri())
            rows = page.locator("#gt-strength-fighters tbody tr").all_inner_texts()
            rows = [" ".join(r.split()) for r in rows]
            assert any("TTP" in r and "6,000" in r and "6,250" in r and "6,500" in r for r in rows), rows
            assert any("ISKP" in r and "1,500" in r and "2,200" in r for r in rows), rows
            assert any("ISKP" in r and "5,000" in r and "6,000" in r for r in rows), rows
            assert page.locator("#gt-strength-fighters svg").count() >= 1  # nanoplots rendered

            # clicking a number on the index lands on the figures it rests on
            page.goto(start)
            page.locator("#gt-comparison a", has_text="6,250").first.click()
            page.wait_for_load_state("load")
            assert page.url.startswith((site_dir / "strength.html").as_uri() + "#est-")
            target_text = page.locator(":target").inner_text()
            assert "6000-6500 fighters" in target_text and "UN Monitoring Team" in target_text
            page.screenshot(path=str(tmp_path / "provenance.png"))
        finally:
            browser.close()

    expected = {"index", "strength", "presence", "finance", "attacks", "other", "conflicts", "sources"}
    assert {Path(unquote(urlsplit(u).path)).stem for u in visited} == expected
    assert errors == []
    assert failed_requests == []
    assert external_requests == []
    broken = []
    for on_page, href in links:
        target, fragment = urldefrag(href)
        if not target.startswith("file:"):
            continue  # a document's own web address; never fetched by the report
        path = Path(unquote(urlsplit(target).path))
        if not path.is_file() or not path.resolve().is_relative_to(site_dir):
            broken.append(f"{on_page} -> {href} (no such file in the site)")
        elif fragment and unquote(fragment) not in visited.get(target, set()):
            broken.append(f"{on_page} -> {href} (no such anchor)")
    assert broken == []
    assert len(list(tmp_path.glob("*.png"))) == len(expected) + 1

"""Parsing helpers shared by the report tests (static checks on the built HTML)."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import lxml.html
from lxml.html import HtmlElement

PAGES = ["index", "strength", "presence", "finance", "attacks", "conflicts", "sources"]
REMOTE = re.compile(r"^\s*(?:https?:)?//", re.IGNORECASE)
IMPORT = re.compile(r"@import", re.IGNORECASE)
REMOTE_CSS_URL = re.compile(r"url\(\s*['\"]?\s*(?:https?:)?//", re.IGNORECASE)


def parse(path: Path) -> HtmlElement:
    return lxml.html.fromstring(path.read_text(encoding="utf-8"))


def site_pages(site_dir: Path) -> list[Path]:
    """Every page of the site, including those a large site splits into sub-folders."""
    return sorted(site_dir.rglob("*.html"))


def remote_resources(doc: HtmlElement) -> list[str]:
    """Every reference to a resource fetched from the network: <link>, <script>, <img>, CSS @import/url()."""
    found = []
    for el in doc.iter("link", "script", "img", "iframe", "source", "video", "audio"):
        for attr in ("href", "src", "srcset"):
            value = el.get(attr)
            if value and REMOTE.match(value):
                found.append(f"<{el.tag} {attr}={value}>")
    css = [style.text_content() for style in doc.iter("style")]
    css += [el.get("style") or "" for el in doc.iter() if isinstance(el.tag, str) and el.get("style")]
    for text in css:
        if IMPORT.search(text) or REMOTE_CSS_URL.search(text):
            found.append(text[:200])
    return found


def local_link_problems(site_dir: Path) -> list[str]:
    """Relative links whose file or #anchor does not exist in the built site."""
    ids: dict[Path, set[str]] = {}

    def ids_of(path: Path) -> set[str]:
        if path not in ids:
            ids[path] = {str(x) for x in parse(path).xpath("//@id")}
        return ids[path]

    problems = []
    for page in site_pages(site_dir):
        doc = parse(page)
        for el in doc.iter("a", "link"):
            href = el.get("href")
            if not href or href.startswith("data:"):
                continue
            parts = urlsplit(href)
            if parts.scheme in ("http", "https"):
                continue  # a document's own web address, not part of the site
            if parts.scheme or parts.netloc or href.startswith("/"):
                problems.append(f"{page.name}: non-relative link {href}")
                continue
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page.resolve()
            if not target.is_relative_to(site_dir.resolve()):
                problems.append(f"{page.name}: {href} -> outside the site")
                continue
            if not target.is_file():
                problems.append(f"{page.name}: {href} -> missing file")
            elif (
                parts.fragment and target.suffix == ".html" and unquote(parts.fragment) not in ids_of(target)
            ):
                problems.append(f"{page.name}: {href} -> missing anchor")
    return problems

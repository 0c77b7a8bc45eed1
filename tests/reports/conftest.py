"""A real warehouse for the report tests, built with warehouse.build from frames mirroring the corpus.

`corpus_tables()` gives documents, figures, estimates and conflicts shaped like a run over the bundled
corpus: TTP fighters 6,000-6,500 (2024), ISKP fighters 1,500-2,200 (2020) and 5,000-6,000 (2021),
al-Qaeda and Taliban revenue, and the divergent toll of the Kabul airport bombing (60 Afghans killed
vs up to 170). `hostile_tables()` is the same with markup and script in every piece of document text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from reports.site import build_site
from warehouse.build import build_warehouse

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
JS_LINK = '<a href="javascript:alert(1)">click</a>'
HOSTILE = f"{SCRIPT} {IMG} {JS_LINK}"

DOCS: list[dict[str, Any]] = [
    {
        "doc_id": "22ba044b9207139b",
        "file_name": "001_22ba044b9207139b.txt",
        "title": "The New Jihadi Sphere Under Taliban's Rule",
        "author": "Weeda Mehran",
        "publisher": "Andiana Foundation",
        "published": dt.date(2024, 9, 1),
        "url": "https://example.org/new-jihadi-sphere",
    },
    {
        "doc_id": "ea8ecce3fe93bc84",
        "file_name": "004_ea8ecce3fe93bc84.txt",
        "title": "ISIS-K violence could force the west into an unlikely alliance with Taliban",
        "author": None,
        "publisher": "The Conversation",
        "published": dt.date(2021, 8, 30),
        "url": None,
    },
    {
        "doc_id": "c064c9ead3285172",
        "file_name": "003_c064c9ead3285172.txt",
        "title": "ISKP after the Taliban takeover",
        "author": None,
        "publisher": "Example Review",
        "published": dt.date(2025, 2, 10),
        "url": None,
    },
]


def _fig(
    doc: int,
    at: int,
    quote: str,
    text: str,
    subject: str,
    measure: str,
    low: float | None,
    high: float | None,
    qualifier: str,
    unit: str,
    year: int,
    *,
    per: str | None = None,
    claimant: str | None = None,
    claimant_type: str | None = None,
    cited: str | None = None,
    location: str | None = "AF",
    region: str | None = None,
    victims: str | None = None,
) -> dict[str, Any]:
    doc_id = DOCS[doc]["doc_id"]
    start = at + quote.index(text)
    end = start + len(text)
    return {
        "figure_id": f"{doc_id}:{start}:{end}",
        "doc_id": doc_id,
        "start": start,
        "end": end,
        "quote": quote,
        "text": text,
        "subject": subject,
        "measure": measure,
        "value_low": low,
        "value_high": high,
        "qualifier": qualifier,
        "unit": unit,
        "per": per,
        "period_start": None,
        "period_end": dt.date(year, 12, 31),
        "location": location,
        "region": region,
        "victims": victims,
        "claimant": claimant,
        "claimant_type": claimant_type,
        "cited_source": cited,
    }


UN_REPORT = "Fifteenth report of the Analytical Support and Sanctions Monitoring Team (S/2024/556)"

FIGURES: list[dict[str, Any]] = [
    # 0, 1: TTP fighters 2024, one UN source reported twice -> agreed
    _fig(
        0,
        1000,
        "The TTP is the largest terrorist group in Afghanistan, with an estimated strength of "
        "6000-6500 fighters.",
        "6000-6500 fighters",
        "ttp",
        "fighters",
        6000,
        6500,
        "range",
        "persons",
        2024,
        claimant="UN Monitoring Team",
        claimant_type="un",
        cited=UN_REPORT,
        location="AF",
    ),
    _fig(
        2,
        400,
        "According to the UN, the Pakistani Taliban field between 6,000 and 6,500 fighters.",
        "between 6,000 and 6,500 fighters",
        "ttp",
        "fighters",
        6000,
        6500,
        "range",
        "persons",
        2024,
        claimant="UN",
        claimant_type="un",
        cited=UN_REPORT,
    ),
    # 2: ISKP fighters 2020
    _fig(
        1,
        2000,
        "By 2020, ISIS-K’s estimated membership was reduced to between 1,500 and 2,200.",
        "between 1,500 and 2,200",
        "iskp",
        "fighters",
        1500,
        2200,
        "range",
        "persons",
        2020,
    ),
    # 3: ISKP fighters 2021
    _fig(
        0,
        3000,
        "After the fall of Kabul ISKP grew to between 5,000 and 6,000 fighters, UN monitors said.",
        "between 5,000 and 6,000 fighters",
        "iskp",
        "fighters",
        5000,
        6000,
        "range",
        "persons",
        2021,
        claimant="UN monitors",
        claimant_type="un",
        cited=UN_REPORT,
    ),
    # 4: al-Qaeda revenue, tens of millions a week
    _fig(
        0,
        4000,
        "According to Lynne O’Donnell, writing for the magazine “Foreign Policy”, Al Qaeda is "
        "generating tens of millions of dollars a week from gold mines in northern Afghanistan.",
        "tens of millions of dollars a week",
        "al_qaeda",
        "revenue",
        10_000_000,
        100_000_000,
        "vague",
        "USD",
        2024,
        per="week",
        claimant="Lynne O’Donnell",
        claimant_type="media",
        cited="Foreign Policy, 2023",
    ),
    # 5: Taliban revenue, $25 million per month
    _fig(
        0,
        5000,
        "The Taliban reportedly receives $25 million per month although this money does not "
        "appear in the official Taliban budget.",
        "$25 million per month",
        "taliban",
        "revenue",
        25_000_000,
        25_000_000,
        "exact",
        "USD",
        2024,
        per="month",
    ),
    # 6, 7: Kabul airport bombing, Afghans killed: up to 170 vs 60 -> divergent conflict
    _fig(
        1,
        300,
        "Thursday’s suicide bombing of the crowd outside Hamid Karzai International Airport by the "
        "Islamic State Khorasan Province (ISIS-K), killing up to 170 Afghans and 13 US troops, highlights "
        "the threats presented by these armed groups.",
        "up to 170",
        "iskp",
        "deaths",
        None,
        170,
        "at_most",
        "persons",
        2021,
        victims="Afghans",
    ),
    _fig(
        0,
        6000,
        "The attack at Kabul airport killed 13 US troops and 60 Afghans.",
        "60",
        "iskp",
        "deaths",
        60,
        60,
        "exact",
        "persons",
        2021,
        victims="Afghans",
    ),
    # 8: US bounty
    _fig(
        1,
        900,
        "The US has offered a reward of up to US$10 million (£7.3 million) for his capture.",
        "up to US$10 million",
        "iskp",
        "bounty",
        None,
        10_000_000,
        "at_most",
        "USD",
        2021,
        per="total",
        claimant="the US",
        claimant_type="government",
    ),
    # 9: TTP attacks change
    _fig(
        2,
        900,
        "TTP attacks rose by 51% in 2023, according to PIPS.",
        "51%",
        "ttp",
        "attack_change_pct",
        51,
        51,
        "exact",
        "percent",
        2023,
        claimant="PIPS",
        claimant_type="think_tank",
        location="PK",
    ),
    # 10: ISKP attacks reduction
    _fig(
        2,
        1200,
        "ISKP claimed attacks saw a 90% reduction in 2023.",
        "90% reduction",
        "iskp",
        "attack_change_pct",
        -90,
        -90,
        "exact",
        "percent",
        2023,
    ),
    # 11: al-Qaeda training camps
    _fig(
        0,
        7000,
        "Al-Qaeda has established eight new training camps in Afghanistan.",
        "eight",
        "al_qaeda",
        "training_camps",
        8,
        8,
        "exact",
        "camps",
        2024,
        claimant="UN Monitoring Team",
        claimant_type="un",
        cited=UN_REPORT,
    ),
    # 12: al-Qaeda core members
    _fig(
        0,
        8000,
        "A United Nations report places the number of core members in Afghanistan between 30 and "
        "60, with around 400 fighters.",
        "between 30 and 60",
        "al_qaeda",
        "core_members",
        30,
        60,
        "range",
        "persons",
        2024,
        claimant="A United Nations report",
        claimant_type="un",
    ),
    # 13: ISKP provinces active
    _fig(
        2,
        1500,
        "ISKP is active in at least 12 of the 34 provinces.",
        "at least 12",
        "iskp",
        "provinces_active",
        12,
        None,
        "at_least",
        "provinces",
        2024,
    ),
    # 14: ISKP founded
    _fig(
        1, 100, "ISKP was founded in 2015.", "2015", "iskp", "founded_year", 2015, 2015, "exact", "year", 2021
    ),
]


def _est_id(*parts: Any) -> str:
    return "est_" + hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:12]


def _est(
    figs: list[int],
    low: float | None,
    best: float | None,
    high: float | None,
    status: str,
    n_sources: int,
    *,
    year: int,
    per: str | None = None,
) -> dict[str, Any]:
    first = FIGURES[figs[0]]
    return {
        "estimate_id": _est_id(first["subject"], first["measure"], first["victims"], year, per),
        "subject": first["subject"],
        "measure": first["measure"],
        "location": first["location"],
        "region": first["region"],
        "victims": first["victims"],
        "period_year": year,
        "unit": first["unit"],
        "per": per,
        "low": low,
        "best": best,
        "high": high,
        "n_figures": len(figs),
        "n_sources": n_sources,
        "status": status,
        "figure_ids": [FIGURES[i]["figure_id"] for i in figs],
    }


ESTIMATES: list[dict[str, Any]] = [
    _est([0, 1], 6000, 6250, 6500, "agreed", 1, year=2024),
    _est([2], 1500, 1850, 2200, "single", 1, year=2020),
    _est([3], 5000, 5500, 6000, "single", 1, year=2021),
    _est([4], 520_000_000, 2_860_000_000, 5_200_000_000, "single", 1, year=2024, per="year"),
    _est([5], 300_000_000, 300_000_000, 300_000_000, "single", 1, year=2024, per="year"),
    _est([6, 7], 60, 115, 170, "conflict", 2, year=2021),
    _est([8], None, 10_000_000, 10_000_000, "single", 1, year=2021, per="total"),
    _est([9], 51, 51, 51, "single", 1, year=2023),
    _est([10], -90, -90, -90, "single", 1, year=2023),
    _est([11], 8, 8, 8, "single", 1, year=2024),
    _est([12], 30, 45, 60, "single", 1, year=2024),
    _est([13], 12, 12, None, "single", 1, year=2024),
    _est([14], 2015, 2015, 2015, "single", 1, year=2021),
]

CONFLICTS: list[dict[str, Any]] = [
    {
        "conflict_id": "conflict_kabul_airport_afghans",
        "estimate_id": ESTIMATES[5]["estimate_id"],
        "figure_id_a": FIGURES[7]["figure_id"],
        "figure_id_b": FIGURES[6]["figure_id"],
        "kind": "divergent",
        "explanation": "60 killed vs up to 170 killed: the larger best value (170) is 2.8 times the smaller (60).",
    }
]


def _documents(docs: list[dict[str, Any]]) -> pl.DataFrame:
    rows = []
    for doc in docs:
        rows.append(
            {
                **doc,
                "sha256": doc["doc_id"] * 4,
                "chars": 50_000,
                "format": "txt",
                "file_names": [doc["file_name"]],
                "extractor_version": "test",
            }
        )
    return pl.DataFrame(rows, schema_overrides={"published": pl.Date, "file_names": pl.List(pl.Utf8)})


def _frames(
    docs: list[dict[str, Any]],
    figures: list[dict[str, Any]],
    estimates: list[dict[str, Any]],
    conflicts: list[dict[str, Any]],
) -> dict[str, pl.DataFrame]:
    return {
        "documents": _documents(docs),
        "figures": pl.DataFrame(
            figures,
            schema_overrides={
                "value_low": pl.Float64,
                "value_high": pl.Float64,
                "period_start": pl.Date,
                "period_end": pl.Date,
                "start": pl.Int64,
                "end": pl.Int64,
            },
        ),
        "estimates": pl.DataFrame(
            estimates,
            schema_overrides={
                "low": pl.Float64,
                "best": pl.Float64,
                "high": pl.Float64,
                "period_year": pl.Int32,
                "n_figures": pl.Int32,
                "n_sources": pl.Int32,
                "figure_ids": pl.List(pl.Utf8),
            },
        ),
        "conflicts": pl.DataFrame(conflicts),
    }


def corpus_tables() -> dict[str, pl.DataFrame]:
    """Frames for documents, figures, estimates and conflicts mirroring the bundled corpus."""
    return _frames(DOCS, FIGURES, ESTIMATES, CONFLICTS)


def hostile_tables() -> dict[str, pl.DataFrame]:
    """The corpus frames with script, onerror and javascript: markup in every piece of document text."""
    docs = [
        {**doc, "title": f"{doc['title']} {HOSTILE}", "publisher": HOSTILE, "author": HOSTILE} for doc in DOCS
    ]
    docs[0]["url"] = "javascript:alert(1)"
    figures = []
    for fig in FIGURES:
        quote = f"{SCRIPT} {fig['quote']} {IMG} {JS_LINK}"
        figures.append(
            {
                **fig,
                "quote": quote,
                "claimant": f"{fig['claimant'] or 'someone'} {IMG}",
                "cited_source": f"{JS_LINK} {SCRIPT}",
                "region": fig["region"],
            }
        )
    estimates = [dict(e) for e in ESTIMATES]
    # An estimate id is not document text, but it is escaped like it: try to break out of an href.
    hostile_id = 'est_x"><script>alert(1)</script><img src=x onerror=alert(1)>'
    conflicts = [{**c, "explanation": f"{c['explanation']} {HOSTILE}"} for c in CONFLICTS]
    for conflict in conflicts:
        if conflict["estimate_id"] == estimates[0]["estimate_id"]:
            conflict["estimate_id"] = hostile_id
    estimates[0]["estimate_id"] = hostile_id
    return _frames(docs, figures, estimates, conflicts)


def make_warehouse(path: Path, tables: dict[str, pl.DataFrame]) -> Path:
    build_warehouse(path, tables)
    return path


@pytest.fixture
def corpus_frames() -> dict[str, pl.DataFrame]:
    """The corpus-mirroring frames themselves (documents, figures, estimates, conflicts)."""
    return corpus_tables()


@pytest.fixture
def warehouse_path(tmp_path: Path) -> Path:
    """A real warehouse file mirroring the corpus."""
    return make_warehouse(tmp_path / "warehouse.duckdb", corpus_tables())


@pytest.fixture
def hostile_warehouse_path(tmp_path: Path) -> Path:
    """A real warehouse file whose document text is full of script, onerror and javascript: markup."""
    return make_warehouse(tmp_path / "hostile.duckdb", hostile_tables())


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A site built once per session from the corpus warehouse; returns its index.html."""
    root = tmp_path_factory.mktemp("report")
    warehouse = make_warehouse(root / "warehouse.duckdb", corpus_tables())
    return build_site(warehouse, root / "site")

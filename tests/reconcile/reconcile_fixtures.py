"""Builders for constructed figure sets: tests, notebooks and examples of the reconcile rules."""

from __future__ import annotations

from typing import Any

import polars as pl

from reconcile.estimates import Reconciliation, reconcile_estimates
from reconcile.frames import documents_frame, figures_frame

DOCUMENTS = [
    {"doc_id": "d1", "title": "Report One", "published": "2024-06-30"},
    {"doc_id": "d2", "title": "Report Two", "published": "2024-09-30"},
    {"doc_id": "d3", "title": "Report Three", "published": "2024-12-31"},
    {"doc_id": "d4", "title": "Report Four", "published": "2025-01-15"},
]

Figure = dict[str, Any]


def figure(doc_id: str, start: int, **fields: Any) -> Figure:
    """A figure record with contract defaults: an exact count of fighters in AF, as of the doc date."""
    record: Figure = {
        "doc_id": doc_id,
        "start": start,
        "end": start + 5,
        "subject": "ttp",
        "measure": "fighters",
        "qualifier": "exact",
        "unit": "persons",
        "location": "AF",
        "text": "n",
    }
    value = fields.pop("value", None)
    if value is not None:
        record["value_low"] = record["value_high"] = value
    record.update(fields)
    record.setdefault("quote", f"A sentence about {record['text']}.")
    return record


def run(figures: list[Figure], documents: list[dict[str, Any]] | None = None) -> Reconciliation:
    """Reconcile figure records against `documents` (default: four reports d1..d4)."""
    return reconcile_estimates(figures_frame(figures), documents_frame(documents or DOCUMENTS))


def only(frame: pl.DataFrame, **equal: Any) -> dict[str, Any]:
    """The one row of `frame` matching column == value for every keyword."""
    rows = frame.filter(*[pl.col(name).eq_missing(value) for name, value in equal.items()])
    assert rows.height == 1, f"expected one row for {equal}, got {rows.height}:\n{frame}"
    return rows.row(0, named=True)


# --- statements of the bundled corpus, as the extractor should read them -----------------

CORPUS_DOCUMENTS = [
    {"doc_id": "doc000", "title": "NIICE Commentary 12151", "published": "2025-12-15"},
    {"doc_id": "doc001", "title": "The New Jihadi Sphere Under Taliban's Rule", "published": "2025-01-01"},
    {
        "doc_id": "doc004",
        "title": "ISIS-K violence could force the west into an unlikely alliance with Taliban",
        "published": "2021-08-27",
    },
]
UN_JULY_2024 = (
    '13 United Nations Security Council, "Letter Dated 19 July 2024 from the Chair of the Security Council '
    "Committee Pursuant to Resolutions 1267 (1999), 1989 (2011) and 2253 (2015) Concerning Islamic State in "
    "Iraq and the Levant (Da'esh), Al-Qaida and Associated Individuals.\""
)
AP_STORY = "105 Hashimi et al., “Kabul Airport Attack Kills 60 Afghans, 13 US Troops | AP News.”"
AIRPORT_001 = (
    "IS-Khorasan is notorious for its high-profile attacks, including the 2021 Kabul airport bombing, which "
    "resulted in the death of 13 U.S. troops and 60 Afghans."
)
AIRPORT_004 = (
    "Thursday’s suicide bombing of the crowd outside Hamid Karzai International Airport by the Islamic State "
    "Khorasan Province (ISIS-K), killing up to 170 Afghans and 13 US troops, highlights the threats."
)
GOLD = (
    "According to Lynne O’Donnell, writing for the magazine “Foreign Policy”, Al Qaeda is generating tens of "
    "millions of dollars a week from gold mines in northern Afghanistan, including Badakhshan and Takhar provinces."
)


def corpus_figures(airport_dates_001: dict[str, Any]) -> list[Figure]:
    """Figures mirroring statements in corpus documents 000, 001 and 004 (issue 4's done-when list).

    `airport_dates_001` is how document 001's "2021 Kabul airport bombing" figures are dated.
    """
    deaths = {"subject": "iskp", "measure": "deaths", "location": "AF"}
    founded = {"subject": "iskp", "measure": "founded_year", "unit": "year"}
    return [
        # 001: TTP strength, footnoted to the UN Monitoring Team's July 2024 report
        figure(
            "doc001",
            1000,
            qualifier="range",
            value_low=6000,
            value_high=6500,
            text="6000-6500 fighters",
            period_end="2025-01-01",
            cited_source=UN_JULY_2024,
        ),
        # 004 (2020) and 000 (2025): ISKP strength
        figure(
            "doc004",
            900,
            subject="iskp",
            qualifier="range",
            value_low=1500,
            value_high=2200,
            text="between 1,500 and 2,200",
            period_end="2020-12-31",
        ),
        figure(
            "doc000",
            1500,
            subject="iskp",
            qualifier="range",
            value_low=5000,
            value_high=6000,
            text="five to six thousand",
            period_end="2025-12-15",
        ),
        # the Kabul airport bombing
        figure(
            "doc001",
            2000,
            **deaths,
            value=13,
            victims="U.S. troops",
            text="13 U.S. troops",
            quote=AIRPORT_001,
            cited_source=AP_STORY,
            **airport_dates_001,
        ),
        figure(
            "doc001",
            2020,
            **deaths,
            value=60,
            victims="Afghans",
            text="60 Afghans",
            quote=AIRPORT_001,
            cited_source=AP_STORY,
            **airport_dates_001,
        ),
        figure(
            "doc004",
            100,
            **deaths,
            qualifier="at_most",
            value_high=170,
            victims="Afghans",
            text="up to 170 Afghans",
            quote=AIRPORT_004,
            period_end="2021-08-26",
            region="Kabul",
        ),
        figure(
            "doc004",
            130,
            **deaths,
            value=13,
            victims="US troops",
            text="13 US troops",
            quote=AIRPORT_004,
            period_end="2021-08-26",
            region="Kabul",
        ),
        # 001: al-Qaeda's gold-mine revenue, a weekly rate and a cumulative total, both O'Donnell
        figure(
            "doc001",
            3000,
            subject="al_qaeda",
            measure="revenue",
            unit="USD",
            per="week",
            qualifier="vague",
            value_low=1e7,
            value_high=1e8,
            text="tens of millions of dollars a week",
            quote=GOLD,
            region="Badakhshan",
            period_end="2025-01-01",
            claimant="Lynne O’Donnell",
            claimant_type="media",
            cited_source="86 O’Donnell, “Al Qaeda Is Back—and Thriving—in Afghanistan – Foreign Policy.”",
        ),
        figure(
            "doc001",
            3400,
            subject="al_qaeda",
            measure="revenue",
            unit="USD",
            per="total",
            value=194.4e6,
            text="$194.4 million",
            period_start="2022-01-01",
            period_end="2025-01-01",
            cited_source="89 O’Donnell, “Al Qaeda Is Back—and Thriving—in Afghanistan – Foreign Policy.”",
        ),
        # founding year: 2013 (001) against January 2015 (004)
        figure("doc001", 4000, **founded, value=2013, text="2013", location=None),
        figure(
            "doc004", 700, **founded, value=2015, text="January 2015", location=None, period_end="2015-01-31"
        ),
        # The Taliban's claim about its own success against ISKP
        figure(
            "doc001",
            5000,
            subject="iskp",
            measure="attack_change_pct",
            unit="percent",
            value=-90,
            claimant="the Taliban",
            claimant_type="subject_self",
            period_end="2023-12-31",
        ),
    ]


AIRPORT_DATINGS = {
    "year 2021": {"period_start": "2021-01-01", "period_end": "2021-12-31"},
    "event date": {"period_end": "2021-08-26"},
    "one-day span": {"period_start": "2021-08-26", "period_end": "2021-08-26"},
}

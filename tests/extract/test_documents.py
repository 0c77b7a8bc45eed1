"""Documents of our own writing in the styles the extractor must read (issue 3, unseen styles).

Each expectation is the multiset of (subject, measure, value_low, value_high, per) the contract
counts in the document, written from the contract and the text.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from extract_helpers import doc

from extract.figures import extract_figures

DOCS = Path(__file__).resolve().parent / "docs"

EXPECTED: dict[str, list[tuple[object, ...]]] = {
    "un_monitoring_team.txt": [
        ("iskp", "fighters", 4000, 6000, None),
        ("iskp", "fighters", 2000, 2000, None),
        ("al_qaeda", "core_members", 30, 40, None),
        ("al_qaeda", "training_camps", 8, None, None),
        ("ttp", "fighters", 6500, 6500, None),
        ("ttp", "attacks", 600, None, None),
        ("ttp", "attack_change_pct", 30, 30, None),
    ],
    "wire_toll_revised.txt": [
        ("iskp", "deaths", 62, 62, None),  # headline
        ("iskp", "deaths", 56, 56, None),  # initial toll
        ("iskp", "deaths", 62, 62, None),  # revised toll
        ("iskp", "injured", 194, None, None),
        ("iskp", "deaths", 62, 62, None),
        ("iskp", "deaths", 7, 7, None),  # the subset, with victims "children"
    ],
    "statistics_digest.txt": [
        ("militant_groups", "attacks", 1245, 1245, None),
        ("militant_groups", "attack_change_pct", 23, 23, None),
        ("militant_groups", "attacks", 412, 412, None),
        ("militant_groups", "attack_change_pct", 15, 15, None),
        ("militant_groups", "attacks", 31, 31, None),
        ("militant_groups", "attack_change_pct", -40, -40, None),
        ("militant_groups", "attack_change_pct", 20, 20, None),
        ("militant_groups", "attacks", 1688, 1688, None),
    ],
    "oped_vague.txt": [
        ("militant_groups", "fighters", 2000, 5000, None),
        ("al_qaeda", "fighters", 300, 900, None),
        ("al_qaeda", "revenue", 10_000_000, 100_000_000, "year"),
        ("ttp", "fighters", 5000, 6000, None),
        ("ttp", "attacks", 1500, 1500, None),
        ("iskp", "detained", 100, 1000, None),
        ("iskp", "fighters", 2000, 2000, None),
        ("iskp", "founded_year", 2015, 2015, None),
        ("united_states", "aid_funding", 40_000_000, 40_000_000, "week"),
    ],
    "dense_dates.txt": [],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_document(name: str) -> None:
    text = (DOCS / name).read_text(encoding="utf-8")
    found = extract_figures(doc(text, name=name))
    got = Counter((f.subject, f.measure, f.value_low, f.value_high, f.per) for f in found)
    assert got == Counter(EXPECTED[name])
    for f in found:
        assert text[f.start : f.end] == f.text


def test_wire_subset_victims_and_dateline() -> None:
    text = (DOCS / "wire_toll_revised.txt").read_text(encoding="utf-8")
    found = extract_figures(doc(text))
    children = [f for f in found if f.value_low == 7]
    assert children and children[0].victims == "children"
    assert all(f.period_end == "2022-03-04" for f in found)


def test_digest_regions() -> None:
    text = (DOCS / "statistics_digest.txt").read_text(encoding="utf-8")
    regions = [f.region for f in extract_figures(doc(text)) if f.measure == "attacks"]
    assert regions == ["Khyber Pakhtunkhwa", "Balochistan", "Punjab", None]

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
    # a second document in each style, with other groups, numbers and wording
    "un_monitoring_team_2.txt": [
        ("iskp", "fighters", 4000, 6000, None),
        ("iskp", "fighters", 200, 200, None),  # a subset of the group's strength
        ("iskp", "fighters", 500, 500, None),  # "the group" refers back past the aggregate
        ("al_qaeda", "core_members", None, 50, None),
        ("al_qaeda", "training_camps", None, 5, None),
        ("al_qaeda", "new_training_camps", 3, 3, None),  # "three of them newly established"
        ("ttp", "attacks", 1200, 1200, None),
        ("ttp", "attack_change_pct", 40, 40, None),
        ("ttp", "fighters", 5000, 7000, None),
        ("ttp", "provinces_active", 12, 12, None),
    ],
    "wire_toll_revised_2.txt": [
        ("ttp", "deaths", 62, 62, None),  # headline
        ("ttp", "deaths", 62, 62, None),  # revised toll
        ("ttp", "deaths", 7, 7, None),  # the subset
        ("ttp", "deaths", 56, 56, None),  # "up from an initial 56"
        ("ttp", "injured", 118, 118, None),
        ("ttp", "deaths", 48, 48, None),  # the police's earlier estimate
    ],
    "statistics_digest_2.txt": [
        ("iskp", "attacks", 29, 29, None),
        ("iskp", "attack_change_pct", 93, 93, None),
        ("iskp", "deaths", 417, 417, None),
        ("iskp", "provinces_active", 9, 9, None),
        ("iskp", "detained", 1035, 1035, None),
        ("iskp", "operations_against", 112, 112, None),
    ],
    "oped_vague_2.txt": [
        ("ttp", "fighters", 40, 100, None),  # scores of
        ("ttp", "training_camps", 2, 5, None),  # a handful of
        ("taliban", "fighters", 10_000, 100_000, None),  # tens of thousands, loyal to the Taliban
        ("iskp", "provinces_active", 6, 6, None),  # half a dozen provinces where ISKP operates
        ("al_qaeda", "fighters", 200, 500, None),
        ("al_qaeda", "revenue", 3_000_000, 9_000_000, "year"),
        ("iskp", "attacks", None, 200, None),
    ],
    "dense_dates_2.txt": [],
    # a third (and fourth) in some styles: the brief's own example sentences, and a wire story
    # whose toll is revised across sentences
    "un_monitoring_team_3.txt": [
        ("iskp", "fighters", 4000, 6000, None),
        ("iskp", "fighters", 200, 200, None),
        ("iskp", "provinces_active", 10, 10, None),
        ("al_qaeda", "new_training_camps", None, 10, None),
        ("al_qaeda", "core_members", 30, 40, None),  # "the group's core numbers ... members"
    ],
    "un_monitoring_team_4.txt": [
        ("iskp", "fighters", 4000, 6000, None),  # "strength is estimated at"
        ("iskp", "core_members", None, 30, None),  # "its leadership numbers no more than 30"
        ("al_qaeda", "training_camps", 8, 10, None),
        ("aqis", "fighters", 200, 200, None),
        ("ttp", "attack_change_pct", 45, 45, None),
        ("ttp", "attacks", 1600, 1600, None),  # "the number of TTP attacks ... reaching 1,600"
        ("ttp", "fighters", 6000, 6500, None),
    ],
    "wire_toll_revised_3.txt": [
        ("iskp", "deaths", 62, 62, None),
        ("iskp", "deaths", 7, 7, None),
        ("iskp", "deaths", 56, 56, None),
        ("iskp", "injured", 140, 140, None),
    ],
    "wire_toll_revised_4.txt": [
        ("ttp", "deaths", 101, 101, None),  # headline
        ("ttp", "deaths", 101, 101, None),  # "the death toll from Monday's bombing rose to 101"
        ("ttp", "deaths", 93, 93, None),  # the toll the day before
        ("ttp", "injured", 225, None, None),
    ],
    "statistics_digest_3.txt": [
        ("ttp", "attacks", 29, 29, None),
        ("ttp", "attack_change_pct", 93, 93, None),
        ("ttp", "attacks", 645, 645, None),
        ("ttp", "attack_change_pct", -12, -12, None),
        ("ttp", "deaths", 386, 386, None),
        ("ttp", "detained", 1120, 1120, None),
    ],
    "oped_vague_3.txt": [
        ("ttp", "fighters", 40, 100, None),
        ("ttp", "training_camps", 2, 5, None),
        ("taliban", "fighters", 10_000, 100_000, None),
        ("iskp", "provinces_active", 6, 6, None),
        ("iskp", "revenue", 2_000_000, 5_000_000, "month"),
    ],
    "dense_dates_3.txt": [],
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


def test_wire_revised_toll_details() -> None:
    text = (DOCS / "wire_toll_revised_2.txt").read_text(encoding="utf-8")
    found = extract_figures(doc(text))
    body = [f for f in found if f.measure == "deaths" and f.value_low in (62, 7, 56) and f.start > 60]
    # the dateline is the document's date; "Saturday's bombing" is the event's
    assert {f.period_end for f in body} == {"2024-09-14"}
    assert all(f.claimant == "officials" and f.claimant_type == "government" for f in body)
    assert [f.victims for f in body] == [None, "children", None]
    police = [f for f in found if f.value_low == 48]
    assert police[0].claimant == "police"


def test_monitoring_team_2_details() -> None:
    text = (DOCS / "un_monitoring_team_2.txt").read_text(encoding="utf-8")
    found = extract_figures(doc(text))
    provinces = [f for f in found if f.measure == "provinces_active"]
    assert provinces[0].location == "AF"  # "Afghan provinces"
    leaders = [f for f in found if f.measure == "core_members"]
    assert leaders[0].claimant is None  # "is reported to": a passive names no one
    recruits = [f for f in found if f.value_low == 500]
    assert recruits[0].period_start == "2025-01-01"
    assert recruits[0].claimant_type == "un"


def test_digest_2_periods() -> None:
    text = (DOCS / "statistics_digest_2.txt").read_text(encoding="utf-8")
    change = [f for f in extract_figures(doc(text)) if f.measure == "attack_change_pct"]
    # "up 93% on 2022": 2022 is the comparison, the change is 2023's
    assert change[0].period_start == "2023-01-01"

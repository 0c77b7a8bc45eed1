"""Numbers, qualifiers, vague quantities, ranges and percentages (contract section 4)."""

from __future__ import annotations

import pytest
from extract_helpers import keys, only

from extract.figures import parse_number
from extract.rules import rules


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("ten", 10),
        ("fourteen", 14),
        ("fifteen hundred", 1500),
        ("two dozen", 24),
        ("six and a half thousand", 6500),
        ("twenty-five", 25),
        ("two hundred and fifty thousand", 250000),
        ("4,000", 4000),
        ("194.4", 194.4),
    ],
)
def test_parse_number(words: str, value: float) -> None:
    assert parse_number(words, rules()) == value


@pytest.mark.parametrize(
    ("sentence", "low", "high", "qualifier"),
    [
        ("TTP has 6000-6500 fighters in Afghanistan.", 6000, 6500, "range"),
        ("TTP has 6000–6500 fighters in Afghanistan.", 6000, 6500, "range"),
        ("TTP has between 4,000 and 6,000 fighters.", 4000, 6000, "range"),
        ("TTP has five to six thousand fighters.", 5000, 6000, "range"),
        ("TTP has about 4,000 fighters.", 4000, 4000, "approx"),
        ("TTP has at least 400 fighters.", 400, None, "at_least"),
        ("TTP has over two dozen fighters.", 24, None, "at_least"),
        ("TTP has up to 400 fighters.", None, 400, "at_most"),
        ("TTP has nearly 400 fighters.", None, 400, "at_most"),
        ("TTP has thousands of fighters.", 1000, 10000, "vague"),
        ("TTP has hundreds of fighters.", 100, 1000, "vague"),
        ("TTP has dozens of fighters.", 24, 100, "vague"),
        ("TTP has a few hundred fighters.", 200, 500, "vague"),
        ("TTP has several thousand fighters.", 3000, 9000, "vague"),
        ("TTP has six and a half thousand fighters.", 6500, 6500, "exact"),
        ("TTP has fifteen hundred fighters.", 1500, 1500, "exact"),
    ],
)
def test_values_and_qualifiers(sentence: str, low: float | None, high: float | None, qualifier: str) -> None:
    f = only(sentence)
    assert (f.subject, f.measure) == ("ttp", "fighters")
    assert (f.value_low, f.value_high, f.qualifier) == (low, high, qualifier)


def test_n_of_the_34_provinces_is_n() -> None:
    f = only("According to the UN, Al Qaeda operates training camps in at least 10 of the 34 provinces.")
    assert (f.measure, f.value_low, f.value_high) == ("provinces_with_camps", 10, None)
    f = only("Al-Qaeda members are active in 15 of 34 Afghan provinces.")
    assert (f.subject, f.measure, f.value_low) == ("al_qaeda", "provinces_active", 15)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Pakistan saw a 51% increase in terrorist attacks.", 51),
        ("The Taliban claimed a 90% reduction in ISKP attacks in 2023.", -90),
        ("Militant attacks fell by 30 percent in 2023.", -30),
        ("TTP attacks rose 40 per cent last year.", 40),
    ],
)
def test_signed_percentage_changes(sentence: str, value: float) -> None:
    f = only(sentence)
    assert f.measure == "attack_change_pct"
    assert f.value_low == f.value_high == value
    assert f.unit == "percent"


def test_a_share_is_not_a_change_in_attacks() -> None:
    assert all(k[1] != "attack_change_pct" for k in keys("ISKP carried out 95% of the attacks in Kabul."))


def test_between_two_spelled_out_thousands_is_a_range_not_one_number() -> None:
    f = only("The TTP fields between five and a half thousand and six thousand fighters.")
    assert (f.value_low, f.value_high, f.qualifier) == (5500, 6000, "range")
    f = only("Three thousand and twelve TTP fighters were freed.")
    assert (f.measure, f.value_low) == ("released", 3012)

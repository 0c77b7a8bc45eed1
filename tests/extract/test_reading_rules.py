"""Rules about English the extractor follows, one sentence pattern each (not one sentence each).

Each case states the rule in its name and checks it on fresh wording.
"""

from __future__ import annotations

from datetime import date

from extract_helpers import figures, keys, only


def test_claimant_of_the_previous_sentence_carries_over_when_the_report_continues() -> None:
    text = (
        "The UN Monitoring Team said in July that ISKP had lost ground in the east. "
        "It reportedly retains about 1,500 fighters in Kunar."
    )
    f = only(text)
    assert (f.subject, f.measure, f.value_low) == ("iskp", "fighters", 1500)
    assert f.claimant == "The UN Monitoring Team"
    assert f.claimant_type == "un"


def test_claimant_carries_over_with_the_report_adds() -> None:
    text = (
        "According to the Pakistan Institute for Peace Studies, TTP violence rose sharply in 2023. "
        "The report adds that the TTP carried out 290 attacks in Khyber Pakhtunkhwa."
    )
    f = only(text)
    assert (f.subject, f.measure, f.value_low) == ("ttp", "attacks", 290)
    assert f.claimant_type == "think_tank"


def test_no_carry_over_without_a_continuation_cue() -> None:
    text = (
        "The UN Monitoring Team said in July that the group had lost ground in the east. "
        "ISKP retains about 1,500 fighters in Kunar."
    )
    assert only(text).claimant is None


def test_a_passive_attribution_names_no_claimant() -> None:
    f = only("The TTP is believed to field some 6,000 fighters.")
    assert (f.subject, f.value_low) == ("ttp", 6000)
    assert f.claimant is None


def test_demonym_before_a_place_noun_gives_the_country() -> None:
    f = only("ISKP is present in 9 of the 34 Afghan provinces.")
    assert f.location == "AF"
    g = only("TTP fighters staged 40 attacks near the Pakistani border.")
    assert g.location == "PK"


def test_since_after_a_superlative_is_a_comparison_not_a_period() -> None:
    f = only("ISKP killed 31 people in the deadliest attack on the city since 2019.", date(2024, 5, 2))
    assert f.period_start is None
    assert f.period_end == "2024-05-02"


def test_since_alone_starts_a_period() -> None:
    f = only("ISKP has carried out 140 attacks since 2019.", date(2024, 5, 2))
    assert f.period_start == "2019-01-01"


def test_a_change_is_measured_against_its_baseline_year() -> None:
    found = figures("TTP attacks: 1,100 in 2023, up 30% on 2022.")
    assert [(f.measure, f.value_low, f.period_start) for f in found] == [
        ("attacks", 1100, "2023-01-01"),
        ("attack_change_pct", 30, "2023-01-01"),
    ]


def test_a_page_break_with_a_caption_does_not_break_the_sentence() -> None:
    text = (
        "Annual assessment\n\n"
        "According to the Monitoring Team, the Taliban hold between 2,000 and 3,000 members of the\n\n"
        "Photo: a checkpoint outside Kandahar (AFP)\n\n"
        "Islamic Movement of Uzbekistan in detention. Other details follow.\n"
    )
    f = only(text)
    assert f.quote.startswith("According to the Monitoring Team")
    assert f.claimant_type == "un"


def test_a_capitalised_paragraph_after_a_finished_one_is_not_joined() -> None:
    text = "The group lost ground in the east.\n\nIslamic State Khorasan kept 2,000 fighters.\n"
    assert only(text).quote == "Islamic State Khorasan kept 2,000 fighters."


def test_a_subset_or_earlier_value_shares_the_figure_it_is_tied_to() -> None:
    got = keys(
        "The toll in Kabul rose to 41, including nine women, police said, down from an earlier 45 claimed by ISKP."
    )
    assert ("iskp", "deaths", 41, 41, None) in got
    assert ("iskp", "deaths", 9, 9, None) in got
    assert ("iskp", "deaths", 45, 45, None) in got


def test_n_of_them_counts_what_was_just_counted() -> None:
    got = keys("Al-Qaeda runs seven training camps in Afghanistan, two of them newly built.")
    assert ("al_qaeda", "training_camps", 7, 7, None) in got
    assert ("al_qaeda", "new_training_camps", 2, 2, None) in got


def test_a_label_is_read_by_its_head_noun() -> None:
    text = "# ISKP in 2023\n\n- Civilians killed in claimed attacks: 310\n- Arrests in Kabul province: 95\n"
    got = keys(text)
    assert ("iskp", "deaths", 310, 310, None) in got
    assert ("iskp", "detained", 95, 95, None) in got


def test_the_owner_named_after_the_counted_noun() -> None:
    assert keys("Some 3,000 fighters loyal to the Haqqani Network remain in Khost, the Taliban say.")[0][
        :2
    ] == (
        "haqqani_network",
        "fighters",
    )
    got = keys("The Taliban cannot police the four provinces where ISKP is active.")
    assert got == [("iskp", "provinces_active", 4, 4, None)]


def test_the_agent_of_a_detention_is_not_the_group_detained() -> None:
    text = "# ISKP\n\nSuspects detained by Taliban intelligence in 2024: 480\n"
    assert keys(text) == [("iskp", "detained", 480, 480, None)]


def test_vague_quantities_of_the_op_ed_kind() -> None:
    assert keys("Scores of ISKP recruits crossed from Tajikistan.") == [("iskp", "fighters", 40, 100, None)]
    assert keys("The TTP keeps a handful of camps in Paktika.") == [("ttp", "training_camps", 2, 5, None)]
    assert keys("ISKP is active in half a dozen provinces.") == [("iskp", "provinces_active", 6, 6, None)]


def test_a_count_followed_by_its_year_is_a_count_a_resolution_is_not() -> None:
    assert keys("- ISKP suicide attacks: 29 (2023)\n") == [("iskp", "attacks", 29, 29, None)]
    assert keys("The Council adopted resolution 2255 (2015) on the Taliban.") == []


def test_a_dateline_is_the_document_date_not_the_event_date() -> None:
    text = (
        "KABUL, Afghanistan, May 6 2024 (Wire) - A bomb claimed by ISKP killed 12 people on Saturday, "
        "officials said.\n"
    )
    f = only(text)
    assert f.period_end == "2024-05-04"


def test_the_core_of_a_group_is_its_core_members() -> None:
    assert keys("Al-Qaida's core numbers between 30 and 40 members in Afghanistan.") == [
        ("al_qaeda", "core_members", 30, 40, None)
    ]
    # "al-Qaeda core" is the group's name, not its core
    assert keys("Al-Qaeda core retains some 400 fighters in Afghanistan.") == [
        ("al_qaeda", "fighters", 400, 400, None)
    ]


def test_a_group_that_claimed_the_attack_owns_its_toll() -> None:
    text = (
        "Blast toll climbs\n\nThe toll rose to 62, including seven children, officials said, up from an "
        "initial 56. Islamic State Khorasan Province claimed the attack.\n"
    )
    assert [k[:3] for k in keys(text)] == [
        ("iskp", "deaths", 62),
        ("iskp", "deaths", 7),
        ("iskp", "deaths", 56),
    ]


def test_a_noun_far_before_a_verb_of_level_counts_the_number() -> None:
    text = "The death toll from Monday's suicide bombing at a mosque inside a police compound rose to 101, ISKP said."
    assert keys(text) == [("iskp", "deaths", 101, 101, None)]


def test_a_date_compared_with_is_not_the_period() -> None:
    f = only("ISKP carried out 310 attacks in 2023, compared with 2022.")
    assert f.period_start == "2023-01-01"


def test_a_year_like_number_before_a_counted_noun_is_a_count() -> None:
    assert keys("ISKP now has 2000 fighters in Kunar.") == [("iskp", "fighters", 2000, 2000, None)]
    assert keys("ISKP was weakened in 2000 and again later.") == []

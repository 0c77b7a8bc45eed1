"""General rules of English the extractor follows, each checked on fresh wording of its own.

Each test names one rule an analyst could state about how figures are written (lists and labels,
attributions, objects of operations, vague and spelled-out quantities, money conversions, things
that are not figures). None of the sentences is taken from an evaluation document.
"""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import figures, keys, only

# --------------------------------------------------------------------- 1. lists and labels


def test_list_label_naming_a_group_outside_the_vocabulary_does_not_inherit_the_group_above() -> None:
    text = (
        "ATTACKS BY GROUP\n"
        "- ISKP: 40 attacks\n"
        "- Lashkar-e-Islam faction: 12 attacks\n"
        "- Jundallah (JDL): 9 attacks\n"
    )
    assert keys(text) == [("iskp", "attacks", 40, 40, None)]


def test_list_label_without_a_group_is_the_aggregate_not_the_group_above() -> None:
    text = "TOTALS\n- TTP: 300 attacks\n- Total militant attacks: 900\n- Attacks in Sindh: 45\n"
    assert keys(text) == [
        ("ttp", "attacks", 300, 300, None),
        ("militant_groups", "attacks", 900, 900, None),
        ("militant_groups", "attacks", 45, 45, None),
    ]


def test_a_heading_naming_a_group_scopes_the_list_under_it_until_the_next_heading() -> None:
    text = (
        "TTP ATTACKS IN PAKISTAN (by year)\n"
        "- 2022: 260\n"
        "- 2023: 410\n"
        "\n"
        "NATIONAL PICTURE\n"
        "- Attacks in Punjab: 20\n"
    )
    assert keys(text) == [
        ("ttp", "attacks", 260, 260, None),
        ("ttp", "attacks", 410, 410, None),
        ("militant_groups", "attacks", 20, 20, None),
    ]


def test_a_heading_giving_the_measure_lets_a_label_line_hold_a_bare_range() -> None:
    text = "STRENGTH ESTIMATES (fighters)\n- TTP: 5,000-5,500 [UN estimate]\n- IMU: 40-60\n"
    assert keys(text) == [
        ("ttp", "fighters", 5000, 5500, None),
        ("imu", "fighters", 40, 60, None),
    ]


def test_a_signed_percentage_in_a_change_line_keeps_its_sign() -> None:
    text = "TTP ATTACKS (by year)\n- 2022: 200\n- 2023: 150\n- Change 2022-2023: -25%\n"
    assert ("ttp", "attack_change_pct", -25, -25, None) in keys(text)


def test_militants_killed_by_security_forces_are_not_deaths() -> None:
    text = "COUNTER-TERRORISM\n- TTP: 20 attacks\n- Militants killed by the army: 410\n"
    assert keys(text) == [("ttp", "attacks", 20, 20, None)]
    assert keys("The army said troops had killed nine militants in a raid on Monday.") == []


def test_operations_against_militants_in_a_label_are_the_aggregate() -> None:
    text = "- ISKP: 10 attacks\n- Operations against militants: 3,400\n- Militants arrested: 560\n"
    assert keys(text) == [
        ("iskp", "attacks", 10, 10, None),
        ("militant_groups", "operations_against", 3400, 3400, None),
        ("militant_groups", "detained", 560, 560, None),
    ]


def test_a_parenthesised_breakdown_of_deaths_by_victim_gives_deaths() -> None:
    text = "- Deaths in militant attacks: 700 (soldiers: 300; civilians: 400)\n"
    found = [(f.subject, f.measure, f.value_low, f.victims) for f in figures(text)]
    assert found == [
        ("militant_groups", "deaths", 700, None),
        ("militant_groups", "deaths", 300, "soldiers"),
        ("militant_groups", "deaths", 400, "civilians"),
    ]


def test_groups_operating_in_a_country_counts_groups_present() -> None:
    text = "FOOTPRINT\n- Militant groups operating in Pakistan: 14 (think-tank count)\n"
    assert keys(text) == [("militant_groups", "groups_present", 14, 14, None)]


def test_circa_abbreviated_is_approximate() -> None:
    f = only("- TTP prisoners released, 2021: c. 1,900\n")
    assert (f.subject, f.measure, f.value_low, f.qualifier) == ("ttp", "released", 1900, "approx")


def test_a_coverage_line_is_not_a_figure_about_a_group() -> None:
    assert keys("The Taliban control the country.\n\nCoverage: 20 provinces; 300 reports reviewed.\n") == []


# --------------------------------------------------------------------- 2. who the subject is


def test_a_group_named_in_an_attribution_after_the_figure_is_the_claimant_not_the_subject() -> None:
    text = (
        "A car bomb exploded in Jalalabad, killing eight people and wounding 20, a Taliban "
        "security official said. ISKP claimed responsibility for the bombing."
    )
    found = [(f.subject, f.measure, f.value_low) for f in figures(text)]
    assert found == [("iskp", "deaths", 8), ("iskp", "injured", 20)]


def test_the_subject_of_founded_by_is_the_group_founded_not_the_founders() -> None:
    text = "ISKP is the deadliest group in the region. It was founded in 2015 by former TTP commanders."
    f = only(text)
    assert (f.subject, f.measure, f.value_low) == ("iskp", "founded_year", 2015)


def test_raids_on_a_group_are_operations_against_it() -> None:
    text = "A Taliban spokesman said security forces conducted 14 raids on ISKP hideouts in Kunar."
    f = only(text)
    assert (f.subject, f.measure, f.value_low) == ("iskp", "operations_against", 14)


def test_detentions_in_operations_against_a_group_are_of_that_group() -> None:
    text = "Taliban intelligence said it raided ISKP cells in Herat last month, detaining 26 suspects."
    f = only(text)
    assert (f.subject, f.measure, f.value_low) == ("iskp", "detained", 26)


def test_detainees_linked_to_a_group_are_detentions_of_that_group() -> None:
    text = "- Suspects arrested: 800, of whom 95 linked to the TTP\n"
    assert keys(text) == [
        ("militant_groups", "detained", 800, 800, None),
        ("ttp", "detained", 95, 95, None),
    ]


def test_a_group_named_in_a_time_expression_is_not_the_subject() -> None:
    text = "Militant attacks in Balochistan have risen 45% since the Taliban's 2021 return to power."
    f = only(text)
    assert (f.subject, f.measure, f.value_low) == ("militant_groups", "attack_change_pct", 45)


def test_the_islamic_states_regional_affiliate_is_its_khorasan_province() -> None:
    text = (
        "A gunman opened fire at a shrine in Herat, killing four worshippers. "
        "The Islamic State group's regional affiliate claimed the attack."
    )
    f = only(text)
    assert (f.subject, f.measure, f.value_low) == ("iskp", "deaths", 4)


def test_a_bounty_for_a_named_leader_is_on_his_group() -> None:
    text = "HAQQANI NETWORK\n- Rewards for Justice offer, Sirajuddin Haqqani: up to $5 million\n"
    f = only(text)
    assert (f.subject, f.measure, f.value_high, f.per) == ("haqqani_network", "bounty", 5e6, "total")


def test_money_offered_for_information_on_a_leader_is_a_bounty() -> None:
    text = "Washington has offered up to $3 million for information on the TTP's leader."
    f = only(text)
    assert (f.subject, f.measure, f.value_high) == ("ttp", "bounty", 3e6)


# --------------------------------------------------------------------- 3. percent


def test_per_cent_in_two_words_is_a_percentage() -> None:
    text = "The TTP carried out 300 attacks in 2023, an increase of 25 per cent on the year before."
    assert ("ttp", "attack_change_pct", 25, 25, None) in keys(text)


def test_percent_in_one_word_is_a_percentage() -> None:
    text = "ISKP carried out 40 attacks in 2023, a decline of 30 percent on the year before."
    assert ("iskp", "attack_change_pct", -30, -30, None) in keys(text)


# --------------------------------------------------------------------- 5. vague and spelled out


def test_tens_of_thousands_of_men_counts_fighters() -> None:
    f = only("The TTP now fields tens of thousands of men, by some estimates.")
    assert (f.subject, f.measure, f.value_low, f.value_high) == ("ttp", "fighters", 10000, 100000)


def test_people_who_are_not_members_of_a_group_are_not_its_fighters() -> None:
    text = "ISKP recruits from a diaspora of tens of thousands of seasonal workers in Russia."
    assert keys(text) == []
    text = "The TTP has 5,000 fighters and some 900 family members in Kunar."
    assert keys(text) == [("ttp", "fighters", 5000, 5000, None)]


def test_a_few_dozen_is_a_few_times_twelve() -> None:
    f = only("The IMU is down to a few dozen men in northern Afghanistan.")
    assert (f.subject, f.measure, f.value_low, f.value_high) == ("imu", "fighters", 24, 60)


def test_a_few_dozen_leaders_are_core_members() -> None:
    f = only("The men who run the TTP - a few dozen commanders - live openly in Kabul.")
    assert (f.subject, f.measure, f.value_low, f.value_high) == ("ttp", "core_members", 24, 60)


def test_spelled_out_hundreds_with_some_are_approximate() -> None:
    f = only("Some twelve hundred TTP prisoners walked free when the jails were opened.")
    assert (f.subject, f.measure, f.value_low, f.qualifier) == ("ttp", "released", 1200, "approx")


def test_or_so_after_a_number_is_approximate() -> None:
    f = only("ISKP keeps 300 or so operatives in Europe.")
    assert (f.value_low, f.qualifier) == (300, "approx")


def test_two_numbers_joined_by_or_share_the_scale_after_them() -> None:
    f = only("Cut off from its donors, ISKP shrank to four or five thousand fighters.")
    assert (f.text, f.measure, f.value_low, f.value_high, f.qualifier) == (
        "four or five thousand",
        "fighters",
        4000,
        5000,
        "range",
    )


def test_puts_them_at_around_gives_the_count_of_the_group_named_before() -> None:
    text = "The TTP fields tens of thousands of men, though the UN's more careful count puts them at around 7,000."
    found = [(f.subject, f.measure, f.value_low, f.qualifier) for f in figures(text)]
    assert found == [("ttp", "fighters", 10000, "vague"), ("ttp", "fighters", 7000, "approx")]


def test_operations_against_no_one_named_are_not_a_figure() -> None:
    text = "The TTP is resurgent. In the second scenario, a handful of big operations buy a year of quiet."
    assert keys(text) == []


# --------------------------------------------------------------------- 6. ranges and counts


def test_ranged_from_a_to_b_is_a_range() -> None:
    f = only("Estimates of the strength of the IMU ranged from 50 to 120 fighters.")
    assert (f.subject, f.measure, f.value_low, f.value_high, f.qualifier) == (
        "imu",
        "fighters",
        50,
        120,
        "range",
    )


def test_a_core_of_between_a_and_b_is_core_members() -> None:
    f = only("Al-Qaida's core in Afghanistan is assessed to number between 20 and 45 individuals.")
    assert (f.subject, f.measure, f.value_low, f.value_high) == ("al_qaeda", "core_members", 20, 45)


def test_camps_already_known_are_not_new() -> None:
    text = "The TTP opened three new training camps in 2024, in addition to the 6 already known."
    assert keys(text) == [
        ("ttp", "new_training_camps", 3, 3, None),
        ("ttp", "training_camps", 6, 6, None),
    ]


def test_provinces_in_a_clause_without_camps_are_provinces_active() -> None:
    text = "The TTP runs two training camps in Kunar, and a 2022 report placed it in seven provinces."
    assert ("ttp", "provinces_active", 7, 7, None) in keys(text)


def test_more_than_n_people_killed_is_deaths_at_least() -> None:
    text = "When ISKP gunmen stormed a wedding hall, killing more than 60 guests, the region was stunned."
    f = only(text)
    assert (f.subject, f.measure, f.value_low, f.value_high, f.qualifier) == (
        "iskp",
        "deaths",
        60,
        None,
        "at_least",
    )
    assert f.victims == "guests"


def test_n_of_the_groups_affiliates_counts_affiliates() -> None:
    text = "ISIS remains resilient. Of the group's affiliates, four were assessed to be self-sufficient."
    assert keys(text) == [("islamic_state", "affiliates", 4, 4, None)]


# --------------------------------------------------------------------- 7. money


def test_reserves_are_an_assets_worth_not_revenue() -> None:
    text = "Member States estimated ISIS reserves at between $5 million and $15 million."
    assert [k for k in keys(text) if k[1] != "other"] == []


def test_a_foreign_sum_with_its_dollar_amount_is_one_figure_per_fiscal_year() -> None:
    text = "- Taliban customs revenue, FY2022: AFN 60 billion (about $0.8 billion)\n"
    f = only(text)
    assert (f.subject, f.measure, f.value_low, f.unit, f.per) == ("taliban", "revenue", 0.8e9, "USD", "year")


def test_revenue_for_a_solar_year_is_per_year() -> None:
    text = "The Taliban's Ministry of Finance reported revenue of AFN 150.5 billion for solar year 1400."
    f = only(text)
    assert (f.subject, f.measure, f.value_low, f.unit, f.per) == (
        "taliban",
        "revenue",
        150.5e9,
        "AFN",
        "year",
    )


def test_a_conversion_after_a_dollar_sum_is_not_a_second_figure() -> None:
    text = "The Haqqani Network leader is subject to a reward of up to $7 million (about £5.5 million)."
    f = only(text)
    assert (f.subject, f.measure, f.value_high, f.unit) == ("haqqani_network", "bounty", 7e6, "USD")


# --------------------------------------------------------------------- 8. not figures


def test_a_bracketed_reference_number_is_never_a_figure() -> None:
    text = "The bombing, which killed 30 people, was attributed to ISKP.[17]\n\n18. The Team notes more."
    assert keys(text) == [("iskp", "deaths", 30, 30, None)]


def test_a_paragraph_number_at_line_start_is_never_a_figure() -> None:
    text = "ISKP remains active.\n\n27. The Monitoring Team killed no one.\n"
    assert keys(text) == []


def test_members_ending_a_sentence_is_not_a_rupee_sign() -> None:
    text = "ISKP has about 2,000 members. One Member State reported 40 ISKP attacks."
    found = figures(text)
    assert all(not f.text.lower().startswith("rs") for f in found)
    assert ("iskp", "attacks", 40, 40, None) in keys(text)


# --------------------------------------------------------------------- more subject rules


def test_a_toll_whose_attacker_is_named_only_later_in_the_paragraph_is_that_groups() -> None:
    text = (
        "When gunmen attacked a shrine in Kunduz, killing 23 worshippers, few were surprised. "
        "ISKP had threatened such attacks for months."
    )
    f = only(text)
    assert (f.subject, f.measure, f.value_low, f.victims) == ("iskp", "deaths", 23, "worshippers")


def test_groups_said_to_operate_in_a_country_count_groups_present() -> None:
    f = only("The annex lists the 17 groups the panel believes to be operating in Afghanistan.")
    assert (f.subject, f.measure, f.value_low) == ("militant_groups", "groups_present", 17)


def test_a_pronoun_inside_a_relative_aside_does_not_pick_the_subject() -> None:
    text = (
        "The IMU, which swore loyalty to the Islamic State and paid for its choice, is down to 70 fighters."
    )
    f = only(text)
    assert (f.subject, f.measure, f.value_low) == ("imu", "fighters", 70)


def test_number_as_a_verb_is_not_a_label() -> None:
    text = "Al-Qaida keeps a low profile. Its core is thought to number between 25 and 35 members."
    f = only(text)
    assert (f.subject, f.measure, f.value_low, f.value_high) == ("al_qaeda", "core_members", 25, 35)


@pytest.mark.parametrize(
    "sentence",
    [
        "Survivors of the ETIM number perhaps 150 in Badakhshan.",
        "What is left of the IMU (QDe.010) number no more than 150.",
        "The ETIM has scattered since 2021. Its loyalists number perhaps 150.",
    ],
)
def test_number_after_a_group_or_a_plural_is_its_verb(sentence: str) -> None:
    f = only(sentence)
    assert (f.measure, f.value_high) == ("fighters", 150)


def test_a_ministry_of_the_de_facto_government_is_the_taliban() -> None:
    text = (
        "The IMU is down to a few dozen men. The de facto Ministry of Interior says that its "
        "troops number some 210,000."
    )
    found = [(f.subject, f.measure, f.value_low, f.claimant_type) for f in figures(text)]
    assert ("taliban", "fighters", 210_000, "subject_self") in found


def test_the_sentence_introducing_a_list_scopes_its_items() -> None:
    text = "Key facts about the TTP\n\n- Fighters: 6,000\n- Attacks in 2023: 290\n"
    assert keys(text) == [("ttp", "fighters", 6000, 6000, None), ("ttp", "attacks", 290, 290, None)]


def test_a_tag_before_a_sentence_leaves_the_group_referred_back_to() -> None:
    text = "ISKP has lost ground this year.\n\nUpdate: the group still has 1,500 fighters in Kunar.\n"
    assert keys(text) == [("iskp", "fighters", 1500, 1500, None)]


def test_the_group_before_a_number_is_the_group_named_before_not_one_named_later() -> None:
    text = (
        "The TTP has grown bolder this year. "
        "Attacks claimed by the group rose by 35 per cent, while IS-K attacks fell 8%."
    )
    assert keys(text) == [
        ("ttp", "attack_change_pct", 35, 35, None),
        ("iskp", "attack_change_pct", -8, -8, None),
    ]


def test_a_passive_verb_after_a_modified_noun_gives_the_measure() -> None:
    text = (
        "Roughly 900 suspects tied to IS-K were arrested in the spring. "
        "The TTP said 37 of its commanders had been freed."
    )
    assert keys(text) == [
        ("iskp", "detained", 900, 900, None),
        ("ttp", "released", 37, 37, None),
    ]


def test_a_verb_many_words_after_the_number_does_not_make_a_toll() -> None:
    text = "Some 400 TTP supporters attended the funeral of those killed."
    assert all(f.measure != "deaths" for f in figures(text))


def test_a_number_and_its_verb_have_no_other_number_between_them() -> None:
    text = (
        "A car bomb hit an IS-K target in Jalalabad, killing nine people. "
        "The toll climbed to 13 after four of the wounded died."
    )
    assert [(f.measure, f.value_low) for f in figures(text)] == [
        ("deaths", 9),
        ("deaths", 13),
        ("deaths", 4),
    ]


def test_a_qualifier_between_a_change_word_and_its_percentage_keeps_the_sign() -> None:
    text = "IS-K attacks in Afghanistan fell by approximately 35 per cent last year."
    assert keys(text) == [("iskp", "attack_change_pct", -35, -35, None)]


def test_a_group_named_after_by_is_not_the_subject_of_the_sentence() -> None:
    text = "The IMU has been battered by Taliban raids, yet it still keeps about 90 fighters."
    assert keys(text) == [("imu", "fighters", 90, 90, None)]


def test_a_group_named_only_as_what_the_attacker_is_tied_to_did_not_attack() -> None:
    text = (
        "A bomb killed 14 people at a bus stop in Quetta, in an attack claimed by a faction linked to IS-K.\n\n"
        "Jaish al-Adl, a shadowy outfit that officials call a front for IS-K, claimed responsibility.\n"
    )
    assert keys(text) == []


def test_the_claimant_of_an_attack_is_named_before_an_aside_describing_it() -> None:
    text = (
        "A suicide bomber killed nine policemen in Dera Ismail Khan on Monday, in an attack claimed "
        "by a group linked to the TTP.\n\n"
        "Tehreek-e-Jihad Pakistan, a little-known outfit that officials describe as a front for the TTP, "
        "claimed responsibility.\n"
    )
    assert keys(text) == [("tjp", "deaths", 9, 9, None)]


def test_an_appositive_describing_the_group_named_before_it_does_not_take_the_number() -> None:
    text = (
        "The IMU, the oldest Uzbek outfit and once the Taliban's closest ally, can still field 150 fighters."
    )
    assert keys(text) == [("imu", "fighters", 150, 150, None)]


def test_a_group_in_a_participial_aside_does_not_take_the_number() -> None:
    text = "Al-Qaida is patient. Its overall strength in the region, counting AQIS, stands at up to 300 fighters."
    assert keys(text) == [("al_qaeda", "fighters", None, 300, None)]


def test_a_sentence_opening_with_its_refers_back_not_to_a_group_named_later() -> None:
    text = (
        "IS-K has been losing ground. "
        "Its attacks fell by 30 per cent last year, largely because the Taliban hunted its cells."
    )
    assert keys(text) == [("iskp", "attack_change_pct", -30, -30, None)]


def test_us_opening_a_currency_is_not_the_united_states() -> None:
    text = "IS-K's income from extortion over the year totalled an estimated US$ 2.5 million."
    assert keys(text) == [("iskp", "revenue", 2_500_000, 2_500_000, "total")]


def test_money_spent_in_aid_is_aid() -> None:
    text = "The United States spent some $40 billion in reconstruction aid over the decade."
    assert keys(text) == [("united_states", "aid_funding", 40e9, 40e9, "total")]


def test_another_estimate_placing_the_figure_links_to_the_figure_before() -> None:
    text = "The Team puts the TJP's strength at 300 fighters. One Member State placed the figure at 450."
    assert keys(text) == [("tjp", "fighters", 300, 300, None), ("tjp", "fighters", 450, 450, None)]


def test_a_count_said_to_be_so_many_strong_is_a_strength() -> None:
    assert keys("The IMU is perhaps three hundred strong.") == [("imu", "fighters", 300, 300, None)]


def test_the_leadership_numbering_so_many_is_the_core() -> None:
    text = "The TTP's leadership council consists of some 30 individuals."
    assert keys(text) == [("ttp", "core_members", 30, 30, None)]


def test_a_price_on_a_leaders_head_is_a_bounty_and_customs_duties_are_revenue() -> None:
    text = (
        "Islamabad has put a price of Rs 5 million on the head of the TTP's emir. "
        "The Taliban collect about $80 million a year in customs duties."
    )
    assert keys(text) == [
        ("ttp", "bounty", 5e6, 5e6, "total"),
        ("taliban", "revenue", 80e6, 80e6, "year"),
    ]


def test_a_revised_toll_is_read_at_every_step() -> None:
    text = (
        "A bomb tore through a market in Bannu on Monday, and the TTP claimed responsibility. Police initially "
        "put the number of dead at 9. By evening the figure had climbed to 14, and it rose again to 17 "
        'overnight. "We have received 17 bodies," a doctor said.'
    )
    assert [(s, m, lo) for s, m, lo, _hi, _per in keys(text)] == [
        ("ttp", "deaths", 9),
        ("ttp", "deaths", 14),
        ("ttp", "deaths", 17),
        ("ttp", "deaths", 17),
    ]


def test_a_list_of_the_dead_shares_its_verb() -> None:
    text = (
        "ISKP claimed the bombing in Kabul. Among the dead were at least six children and two tribal leaders; "
        '"we have received 31 bodies, including four women and three policemen," a doctor said.'
    )
    assert [(f.measure, f.value_low, f.victims) for f in figures(text)] == [
        ("deaths", 6, "children"),
        ("deaths", 2, "tribal leaders"),
        ("deaths", 31, None),
        ("deaths", 4, "women"),
        ("deaths", 3, "policemen"),
    ]


def test_the_islamic_state_claiming_as_a_province_is_iskp() -> None:
    text = (
        "A suicide bomber killed 19 people at a market in Mazar-i-Sharif, as the regional affiliate of the "
        "Islamic State group claimed responsibility."
    )
    assert keys(text) == [("iskp", "deaths", 19, 19, None)]


def test_a_second_estimate_put_higher_or_lower_or_as_high_as_is_read() -> None:
    text = (
        "Analysts put TTP's strength at about 5,000 fighters. One intelligence service puts the figure as "
        "high as 9,000; another put it lower, at roughly 3,500."
    )
    assert [(f.subject, f.measure, f.value_low, f.value_high, f.qualifier) for f in figures(text)] == [
        ("ttp", "fighters", 5000, 5000, "approx"),
        ("ttp", "fighters", None, 9000, "at_most"),
        ("ttp", "fighters", 3500, 3500, "approx"),
    ]


def test_a_participle_describing_the_counted_noun_keeps_the_count() -> None:
    text = 'Lashkar-e-Taiba is small. The IMU, by one account, has "no more than 90" armed members and 40 trained fighters.'
    assert keys(text) == [("imu", "fighters", None, 90, None), ("imu", "fighters", 40, 40, None)]


def test_a_number_whose_noun_is_left_out_takes_the_measure_of_the_parallel_figure_before_it() -> None:
    text = (
        "ISKP is estimated at around 2,000 fighters, whereas the Haqqani Network is estimated at "
        "between 3,000 and 4,000. TTP carried out 300 attacks in 2024, while ISKP carried out 25."
    )
    assert [(s, m, lo, hi) for s, m, lo, hi, _per in keys(text)] == [
        ("iskp", "fighters", 2000, 2000),
        ("haqqani_network", "fighters", 3000, 4000),
        ("ttp", "attacks", 300, 300),
        ("iskp", "attacks", 25, 25),
    ]


def test_affiliates_meeting_a_condition_are_counted_from_n_of_its_affiliates() -> None:
    text = (
        "ISKP claimed an attack in Kunduz. Al-Qaida core now sends money to at least three of its "
        "affiliates, and one of its affiliates, AQIS, has grown."
    )
    assert keys(text) == [("al_qaeda", "affiliates", 3, None, None)]


def test_the_camps_a_count_of_provinces_is_spread_across_are_named_in_the_same_clause() -> None:
    text = (
        "Al-Qaida is said to run at least six training camps in eastern Afghanistan, two of them opened "
        "only this year, scattered across four provinces near the border."
    )
    assert [(f.measure, f.value_low) for f in figures(text)] == [
        ("training_camps", 6),
        ("new_training_camps", 2),
        ("provinces_with_camps", 4),
    ]


def test_a_name_in_a_participle_aside_does_not_block_another_estimate_of_the_figure() -> None:
    text = (
        "One government estimated ISKP's income at roughly $400,000 a month, transferred from ISIS core, while "
        "another offered a figure of $3 million a year."
    )
    assert keys(text) == [("iskp", "revenue", 400000, 400000, "month"), ("iskp", "revenue", 3e6, 3e6, "year")]


def test_year_on_year_after_a_number_is_an_adverb_not_its_noun() -> None:
    text = "Across Balochistan, ISKP attacks rose from two to five month on month."
    assert [(s, m, lo) for s, m, lo, _hi, _per in keys(text)] == [
        ("iskp", "attacks", 2),
        ("iskp", "attacks", 5),
    ]


def test_the_figure_is_gives_another_estimate_of_the_figure_before_with_a_government_capital_as_claimant() -> (
    None
):
    text = (
        "Kabul says ISKP has no more than 1,000 fighters. Islamabad believes the real number is about 3,000."
    )
    found = figures(text)
    assert [(f.subject, f.measure, f.value_low, f.value_high) for f in found] == [
        ("iskp", "fighters", None, 1000),
        ("iskp", "fighters", 3000, 3000),
    ]
    assert found[1].claimant_type == "government"


def test_a_bare_number_after_the_date_of_the_figure_before_shares_its_measure() -> None:
    text = "Monitors logged 64 militant attacks in March, up from 51 in February and 40 in January."
    found = figures(text, published=date(2025, 4, 2))
    assert [(f.measure, f.value_low, f.period_start) for f in found] == [
        ("attacks", 64, "2025-03-01"),
        ("attacks", 51, "2025-02-01"),
        ("attacks", 40, "2025-01-01"),
    ]


def test_a_span_of_years_is_a_period_not_a_figure() -> None:
    text = "TTP carried out 410 attacks in 2022-23 and killed 12 in 2024 alone."
    found = figures(text, published=date(2025, 3, 1))
    assert [(f.measure, f.value_low, f.period_start, f.period_end) for f in found] == [
        ("attacks", 410, "2022-01-01", "2023-12-31"),
        ("deaths", 12, "2024-01-01", "2024-12-31"),
    ]


def test_a_reward_for_a_group_s_leader_named_by_role_is_a_bounty_on_that_group() -> None:
    text = (
        "Washington offers a reward of $5 million for Sirajuddin Haqqani, the interior minister. It also offers "
        "$3 million for information on the TTP's emir."
    )
    assert keys(text) == [
        ("haqqani_network", "bounty", 5e6, 5e6, "total"),
        ("ttp", "bounty", 3e6, 3e6, "total"),
    ]


def test_an_indented_labelled_line_under_a_toll_is_an_item_breaking_it_down() -> None:
    text = (
        "PAKISTAN, HEADLINE FIGURES\n"
        "- Killed in militant attacks: 350\n"
        "    of whom police: 120\n"
        "    of whom civilians: 190\n"
        "- Injured: 505\n"
    )
    assert [(f.measure, f.value_low, f.victims) for f in figures(text)] == [
        ("deaths", 350, None),
        ("deaths", 120, "police"),
        ("deaths", 190, "civilians"),
        ("injured", 505, None),
    ]


def test_a_change_item_under_a_count_of_attacks_is_the_change_in_that_count() -> None:
    text = (
        "AFGHANISTAN\n"
        "- Attacks claimed by ISKP, Q1 (ACLED): 9 (Q1 2025: 14)\n"
        "- Year-on-year change: -36%\n"
        "- Deaths in ISKP attacks: 40\n"
        "- Change on last year: +10%\n"
    )
    assert [(s, m, lo) for s, m, lo, _hi, _per in keys(text)] == [
        ("iskp", "attacks", 9),
        ("iskp", "attacks", 14),
        ("iskp", "attack_change_pct", -36),
        ("iskp", "deaths", 40),
    ]  # (the change in deaths is no attack change)


def test_quarters_and_halves_of_a_year_are_periods() -> None:
    text = "TTP carried out 52 attacks in Q2 2025, against 40 in the first quarter of 2025 and 75 in H2 2024."
    assert [(f.value_low, f.period_start, f.period_end) for f in figures(text)] == [
        (52, "2025-04-01", "2025-06-30"),
        (40, "2025-01-01", "2025-03-31"),
        (75, "2024-07-01", "2024-12-31"),
    ]


def test_table_rows_and_list_labels_for_groups_outside_the_vocabulary_give_no_figures() -> None:
    text = (
        "ATTACKS BY GROUP, 2025\n"
        "Group | Attacks | Killed\n"
        "TTP | 210 | 305\n"
        "BLF | 44 | 61\n"
        "Sindhudesh Revolutionary Army | 9 | 3\n"
        "Lashkar-e-Jhangvi | 5 | 14\n"
        "Total | 268 | 383\n"
        "\n"
        "BY REGION\n"
        "- KP: 180 attacks\n"
        "- TLP: 6 attacks\n"
    )
    assert [(s, m, lo) for s, m, lo, _hi, _per in keys(text)] == [
        ("ttp", "attacks", 210),
        ("ttp", "deaths", 305),
        ("militant_groups", "attacks", 268),
        ("militant_groups", "deaths", 383),
        ("militant_groups", "attacks", 180),
    ]


def test_a_fraction_of_the_provinces_is_its_share_of_the_denominator() -> None:
    text = (
        "ISKP cells are active in nearly half of Afghanistan's 34 provinces. Al-Qaida is present in a "
        "third of the country's 34 provinces. Attacks fell in the first half of 2025."
    )
    assert [
        (f.subject, f.measure, f.value_low, f.value_high, f.qualifier, f.text) for f in figures(text)
    ] == [
        ("iskp", "provinces_active", None, 17, "at_most", "nearly half"),
        ("al_qaeda", "provinces_active", 11, 11, "approx", "a third"),
    ]


def test_affiliates_named_by_a_possessive_are_counted_and_a_label_s_first_noun_is_its_head() -> None:
    text = (
        "At least three of al-Qaida's regional affiliates keep envoys in Kabul.\n\n"
        "CAMPS\n"
        "- Provinces where TTP is said to run camps: 4 (Kunar, Khost, Paktika, Nangarhar)\n"
    )
    assert keys(text) == [
        ("al_qaeda", "affiliates", 3, None, None),
        ("ttp", "provinces_with_camps", 4, 4, None),
    ]


def test_a_name_given_to_a_sanctions_list_is_no_subject_and_the_passive_agent_is_the_claimant() -> None:
    text = (
        "The TTP, added to the ISIL (Da'esh) and Al-Qaida sanctions list in 2011, is estimated by the "
        "Monitoring Team to have 6,000 to 6,500 fighters."
    )
    f = only(text)
    assert (f.subject, f.measure, f.claimant, f.claimant_type) == (
        "ttp",
        "fighters",
        "the Monitoring Team",
        "un",
    )


def test_head_money_is_a_bounty_and_militants_of_all_groups_are_the_aggregate() -> None:
    text = (
        "The Punjab government raised the head money on TTP commander Noor Wali to PKR 50 million. "
        "Officials said militants of all groups carried out 870 attacks in 2025."
    )
    assert keys(text) == [
        ("ttp", "bounty", 50e6, 50e6, "total"),
        ("militant_groups", "attacks", 870, 870, None),
    ]


def test_the_group_whose_militants_a_strength_describes_is_its_subject_and_an_army_counts_fighters() -> None:
    text = (
        "The Uzbek fighters of the IMU, perhaps two hundred strong, now guard Taliban outposts. "
        "The Taliban say they field an army of 180,000."
    )
    assert [(s, m, lo, hi) for s, m, lo, hi, _per in keys(text)] == [
        ("imu", "fighters", 200, 200),
        ("taliban", "fighters", 180000, 180000),
    ]


def test_income_over_one_calendar_year_is_per_year_and_a_sum_since_a_date_a_total() -> None:
    text = (
        "One Member State estimated that ISKP received about $700,000 from the ISIL core in 2024. "
        "Since early 2022 its income from extortion has amounted to $2 million."
    )
    assert [(f.measure, f.value_low, f.per) for f in figures(text, published=date(2025, 6, 1))] == [
        ("revenue", 700000, "year"),
        ("revenue", 2e6, "total"),
    ]


def test_a_list_label_about_those_attacks_takes_the_group_of_the_item_above() -> None:
    text = "AFGHANISTAN\n- Attacks claimed by ISKP: 12\n- Deaths in those attacks: 51\n"
    assert keys(text) == [("iskp", "attacks", 12, 12, None), ("iskp", "deaths", 51, 51, None)]


def test_money_moved_to_a_group_is_its_income() -> None:
    text = "Investigators say two financiers moved roughly $1.5 million a year to the Haqqani Network."
    assert keys(text) == [("haqqani_network", "revenue", 1.5e6, 1.5e6, "year")]


def test_a_few_men_already_described_or_a_body_s_members_are_no_strength() -> None:
    text = (
        "The TTP sent two envoys to Kabul, and the two men met the Taliban's deputy. The Council's 15 "
        "members agreed. TTP's 6,000 fighters stayed in Kunar."
    )
    assert keys(text) == [("ttp", "fighters", 6000, 6000, None)]


def test_a_sentence_opening_with_its_keeps_the_topic_of_a_sentence_that_itself_referred_back() -> None:
    text = (
        "Jaish-ul-Adl aside, the TTP remains the main concern. The group's strength is put at 5,000 "
        "fighters, although heavy Pakistani army shelling near the Taliban checkpoints has thinned it. "
        "Its attacks rose to 80 in the spring."
    )
    assert keys(text) == [("ttp", "fighters", 5000, 5000, None), ("ttp", "attacks", 80, 80, None)]


def test_such_groups_said_to_be_present_in_the_country_are_groups_present() -> None:
    text = (
        "Foreign militant groups still find shelter there. Analysts list some 15 such groups active in "
        "the country, and one service counted 12 such groups with a presence on Pakistani territory. "
        "Donors funded 30 such groups of farmers."
    )
    assert keys(text) == [
        ("militant_groups", "groups_present", 15, 15, None),
        ("militant_groups", "groups_present", 12, 12, None),
    ]


def test_a_share_of_the_figure_before_counted_with_of_them_or_of_which_is_its_subset() -> None:
    text = (
        "The IMU keeps nine training camps, several of them opened in the past year. "
        "The ETIM runs six camps, two of which were built last spring. "
        "Some 25 militant groups are present in Afghanistan, a handful of which enjoy Taliban protection."
    )
    assert [(f.subject, f.measure, f.value_low, f.value_high) for f in figures(text)] == [
        ("imu", "training_camps", 9, 9),
        ("imu", "new_training_camps", 3, 9),
        ("etim", "training_camps", 6, 6),
        ("etim", "new_training_camps", 2, 2),
        ("militant_groups", "groups_present", 25, 25),
    ]


def test_a_dot_leader_row_under_a_list_item_is_a_row_of_its_own_not_the_item_s_continuation() -> None:
    text = "- Killed in TJP attacks: 140\n    policemen ............ 90\n- Injured in TJP attacks: 200\n"
    assert keys(text) == [
        ("tjp", "deaths", 140, 140, None),
        ("tjp", "deaths", 90, 90, None),
        ("tjp", "injured", 200, 200, None),
    ]


def test_leader_row_values_divided_by_bars_take_the_column_names_the_caption_ends_with() -> None:
    text = (
        "GROUPS IN Q2 - attacks | killed | injured\n\n"
        "TJP ............ 8 | 30 | 52\n"
        "ISKP ........... 6 | 21 | 40\n"
    )
    assert keys(text) == [
        ("tjp", "attacks", 8, 8, None),
        ("tjp", "deaths", 30, 30, None),
        ("tjp", "injured", 52, 52, None),
        ("iskp", "attacks", 6, 6, None),
        ("iskp", "deaths", 21, 21, None),
        ("iskp", "injured", 40, 40, None),
    ]


def test_a_list_item_pairing_words_and_values_by_slashes_is_one_item_per_word() -> None:
    text = "SUMMARY\n- Police killed / injured in TTP ambushes: 17 / 33\n"
    assert keys(text) == [("ttp", "deaths", 17, 17, None), ("ttp", "injured", 33, 33, None)]


def test_its_or_an_acting_it_before_a_number_with_no_group_named_before_refers_back() -> None:
    text = (
        "The IMU has faded since 2015. Officials put its remaining strength at 150 men, most of them "
        "sheltering under Taliban protection in Faryab. They say it controls 4 camps, run with "
        "Taliban help. It is estimated that 90 TTP fighters joined them."
    )
    assert keys(text) == [
        ("imu", "fighters", 150, 150, None),
        ("imu", "training_camps", 4, 4, None),
        ("ttp", "fighters", 90, 90, None),
    ]


def test_a_wire_headline_s_slug_and_generic_name_are_read_as_the_story_makes_them_precise() -> None:
    slug = figures("UPDATE 2-Pakistani Taliban claim Bannu bombing as toll rises to 19\n\nBody.\n")
    assert [(f.subject, f.measure, f.value_low, f.claimant) for f in slug] == [
        ("ttp", "deaths", 19, "Pakistani Taliban")
    ]
    text = (
        "Islamic State claims Quetta attack that killed 12\n\n"
        + "Officials said the market was crowded. " * 60
        + "\n\nThe Islamic State Khorasan Province issued the claim.\n"
    )
    assert keys(text) == [("iskp", "deaths", 12, 12, None)]


def test_a_toll_revised_in_the_text_keeps_its_measure() -> None:
    text = (
        "The TJP said it carried out the attack on the court. Police first counted eight dead and "
        "30 hurt. By noon the hospital had revised the figure to 12, and later to 15. Overnight four "
        "more of the wounded had died, taking the toll to 19. One officer said the final toll could exceed 25."
    )
    assert [(f.measure, f.value_low, f.value_high) for f in figures(text)] == [
        ("deaths", 8, 8),
        ("injured", 30, 30),
        ("deaths", 12, 12),
        ("deaths", 15, 15),
        ("deaths", 4, 4),
        ("deaths", 19, 19),
        ("deaths", 25, None),
    ]


def test_rates_a_year_earlier_is_when_annualised_is_yearly_over_months_is_a_total_and_a_rate_s_earlier_value_the_same_rate() -> (
    None
):
    text = (
        "The TTP carried out 40 attacks in March, up from 25 a year earlier. "
        "Its extortion brings in about $90,000 a month, down from $120,000 in 2024. "
        "The IMU received $60,000 over 14 months in 2024 and 2025.\n\n"
        "- ETIM income, annualised (one Member State): $300,000\n"
    )
    assert [(f.subject, f.measure, f.value_low, f.per) for f in figures(text)] == [
        ("ttp", "attacks", 40, None),
        ("ttp", "attacks", 25, None),
        ("ttp", "revenue", 90000, "month"),
        ("ttp", "revenue", 120000, "month"),
        ("imu", "revenue", 60000, "total"),
        ("etim", "revenue", 300000, "year"),
    ]


def test_a_change_of_attacks_an_aggregate_names_before_the_number_is_the_aggregate_s() -> None:
    text = "Terrorist attacks in Sindh rose by more than 30 per cent in 2025, and the TTP now runs 12 camps."
    assert keys(text) == [
        ("militant_groups", "attack_change_pct", 30, None, None),
        ("ttp", "training_camps", 12, 12, None),
    ]


def test_an_aggregate_in_a_clause_after_a_group_owns_the_change_it_names() -> None:
    text = (
        "The BLA was blamed for 140 attacks in Balochistan last year by a Quetta think tank, which "
        "found that insurgent attacks in the province had climbed 17% over 2024."
    )
    assert keys(text)[-1] == ("militant_groups", "attack_change_pct", 17, 17, None)
    text = "The TTP stepped up its campaign, and terrorist attacks across Punjab rose 9% in 2025."
    assert keys(text) == [("militant_groups", "attack_change_pct", 9, 9, None)]


def test_prisoners_freed_are_no_groups_release_unless_named_as_its_members() -> None:
    text = (
        "The TTP has grown bolder in Kohat. Gunmen stormed the district jail overnight and freed "
        "57 inmates, police said. A raid on a Bannu lock-up last month freed 12 TTP prisoners."
    )
    assert keys(text) == [("ttp", "released", 12, 12, None)]


def test_suspected_facilitators_and_recruiters_held_are_detained_for_the_group_named() -> None:
    text = "Officials said five alleged financiers of the ETIM network had been detained near Faizabad."
    assert keys(text) == [("etim", "detained", 5, 5, None)]


def test_pc_glued_to_a_number_is_per_cent() -> None:
    f = only("Attacks by the TTP in Swat rose 35pc in 2025.")
    assert (f.subject, f.measure, f.value_low) == ("ttp", "attack_change_pct", 35)


def test_a_past_strength_numbered_and_people_had_since_been_held() -> None:
    f = only("Jamaat Ansarullah, which numbered several hundred in 2016, has largely dissolved.")
    assert (f.subject, f.measure, f.value_low, f.value_high) == ("jamaat_ansarullah", "fighters", 300, 900)
    f = only("Police said 14 suspects had also been arrested for sheltering TTP gunmen.")
    assert (f.subject, f.measure, f.value_low) == ("ttp", "detained", 14)


def test_over_after_a_verb_of_spreading_is_no_qualifier() -> None:
    text = "ISKP cells are scattered over five provinces of the north."
    f = only(text)
    assert (f.text, f.measure, f.value_low, f.value_high, f.qualifier) == (
        "five",
        "provinces_active",
        5,
        5,
        "exact",
    )


def test_the_banned_outfit_refers_back_to_the_group_last_named() -> None:
    text = (
        "The TJP has grown in Dera Ismail Khan. Police put the proscribed outfit's strength at 400, "
        "a year after it broke away from the TTP."
    )
    assert keys(text) == [("tjp", "fighters", 400, 400, None)]


def test_publications_released_and_a_story_update_number_are_no_figures() -> None:
    text = (
        "UPDATE 2 - Bomb at Quetta rally kills 11; TJP claims attack\n\n"
        "The TJP's media arm released 40 videos in the same month."
    )
    assert keys(text) == [("tjp", "deaths", 11, 11, None)]


def test_training_sites_are_camps_and_a_new_subset_after_their_provinces_counts_new_camps() -> None:
    text = "Officials count at least six TTP training facilities in four provinces, three of them opened this year."
    assert keys(text) == [
        ("ttp", "training_camps", 6, None, None),
        ("ttp", "provinces_with_camps", 4, 4, None),
        ("ttp", "new_training_camps", 3, 3, None),
    ]


def test_after_a_source_in_parentheses_and_a_semicolon_comes_another_estimate_of_the_same_figure() -> None:
    text = 'FIGHTERS\n- IMU: about 300 (UN); 500-700 (one Member State); "up to 1,000" (the group itself)\n'
    assert keys(text) == [
        ("imu", "fighters", 300, 300, None),
        ("imu", "fighters", 500, 700, None),
        ("imu", "fighters", None, 1000, None),
    ]


def test_a_group_outside_the_vocabulary_named_as_the_actor_takes_the_figure_from_the_groups_of_the_vocabulary() -> (
    None
):
    text = (
        "The TTP carried out 410 attacks in 2025. Gunmen of the Baloch Liberation Front killed at least "
        "45 labourers in Kech. Police say Lashkar-e-Jhangvi still has some 300 men under arms. Let us be clear: officials freed "
        "12 TTP prisoners in May."
    )
    assert keys(text) == [("ttp", "attacks", 410, 410, None), ("ttp", "released", 12, 12, None)]


def test_an_escape_from_prison_is_a_release() -> None:
    assert keys(
        "Officials blamed the jailers for the escape of 36 ISKP detainees from a Kandahar prison."
    ) == [("iskp", "released", 36, 36, None)]


def test_the_second_of_two_ages_is_no_figure() -> None:
    text = "The IMU's strength is put at 200, with its emir, aged 58 or 59, and two deputies, aged 31, 33 and 40, in Faryab."
    assert keys(text) == [("imu", "fighters", 200, 200, None)]


def test_attacks_attributed_to_it_are_the_attacks_of_the_group_the_paragraph_is_about() -> None:
    text = (
        "ISKP grew out of TTP defectors and disaffected Taliban commanders. A UN summary describes the "
        "group as active in nine provinces. UNAMA attributed 22 attacks on Shia civilians to it in 2025."
    )
    assert keys(text) == [("iskp", "provinces_active", 9, 9, None), ("iskp", "attacks", 22, 22, None)]


def test_a_core_membership_a_force_and_squeezed_money_and_the_khorasan_branch() -> None:
    text = (
        "The IMU keeps a force of a few hundred in Faryab; its core membership is put at 20 to 30. "
        "The TTP squeezes tens of millions of rupees a month out of contractors. "
        "The Khorasan branch is down to about 1,200 men."
    )
    assert keys(text) == [
        ("imu", "fighters", 200, 500, None),
        ("imu", "core_members", 20, 30, None),
        ("ttp", "revenue", 10_000_000, 100_000_000, "month"),
        ("iskp", "fighters", 1200, 1200, None),
    ]


def test_a_source_in_parentheses_before_a_label_s_colon_and_prose_after_a_label() -> None:
    text = (
        "THE QUARTER\n"
        "- TTP fighters, range of estimates (source: provincial police): 4,000-5,500\n"
        "- IMU members, Faryab (source: researchers): approx. 120\n"
        "- Khyber: officials said troops carried out 86 intelligence-based operations against the TTP in March.\n"
    )
    assert keys(text) == [
        ("ttp", "fighters", 4000, 5500, None),
        ("imu", "fighters", 120, 120, None),
        ("ttp", "operations_against", 86, 86, None),
    ]


def test_a_ratio_is_no_count_transfers_to_a_group_are_its_revenue_and_n_of_its_attacks_are_attacks() -> None:
    text = (
        "The TJP averaged nearly three deaths per attack. Transfers to the TJP from Gulf donors reached "
        "$80,000 in 2025. The Unit counted 17 of its attacks in the first quarter."
    )
    assert keys(text) == [("tjp", "revenue", 80000, 80000, "year"), ("tjp", "attacks", 17, 17, None)]


def test_a_toll_claimed_by_a_group_outside_the_vocabulary_is_not_ours() -> None:
    assert keys("- Deadliest attack: 2 May, Turbat market, 27 killed (claimed by BLF)\n") == []


def test_a_grid_whose_caption_names_its_columns_in_parentheses() -> None:
    text = (
        "3. BY DISTRICT (all groups; attacks | killed | injured)\n"
        "Bannu | 27 | 35 | 60\n"
        "Tank | 8 | 12 | 19\n\n"
        "4. BY GROUP (attacks | killed)\n"
        "TTP | 140 | 202\n"
        "Baloch Liberation Front (BLF) | 40 | 66\n"
    )
    assert keys(text) == [
        ("militant_groups", "attacks", 27, 27, None),
        ("militant_groups", "deaths", 35, 35, None),
        ("militant_groups", "injured", 60, 60, None),
        ("militant_groups", "attacks", 8, 8, None),
        ("militant_groups", "deaths", 12, 12, None),
        ("militant_groups", "injured", 19, 19, None),
        ("ttp", "attacks", 140, 140, None),
        ("ttp", "deaths", 202, 202, None),
    ]


def test_the_minutes_of_a_time_are_no_figure_and_a_bracketed_note_ends_a_sentence() -> None:
    text = (
        "The TTP bomb went off at 9:50 a.m., killing six. The TTP claimed 900 attacks in 2025.[4] "
        "The ministry recorded 1,020 militant attacks in 2025."
    )
    assert keys(text) == [
        ("ttp", "deaths", 6, 6, None),
        ("ttp", "attacks", 900, 900, None),
        ("militant_groups", "attacks", 1020, 1020, None),
    ]


def test_members_freed_or_held_by_the_verb_of_their_clause() -> None:
    text = (
        "Officials said 19 members of the Islamic Movement of Uzbekistan were released from custody in Faryab. "
        "Nine ISKP recruits found in a Herat safe house were later arrested."
    )
    assert keys(text) == [("imu", "released", 19, 19, None), ("iskp", "detained", 9, 9, None)]


def test_a_new_camps_label_and_a_source_in_brackets_before_its_colon() -> None:
    text = (
        "- New ISKP camps reported in the quarter: 2 [UN Monitoring Team]\n"
        "- Persons detained for suspected TTP links [Taliban claim]: 75\n"
    )
    assert keys(text) == [("iskp", "new_training_camps", 2, 2, None), ("ttp", "detained", 75, 75, None)]


def test_affiliates_are_the_parent_s_even_after_its_province_is_named() -> None:
    text = (
        "ISKP remains the most capable branch. At least five Islamic State regional affiliates, ISKP among "
        "them, draw on the same office; of the ISIS affiliates, only three, ISKP, ISWAP and ISIS-Somalia, plot abroad."
    )
    assert keys(text) == [
        ("islamic_state", "affiliates", 5, None, None),
        ("islamic_state", "affiliates", 3, 3, None),
    ]


def test_the_core_named_with_its_group_counted_in_people_is_its_core_members() -> None:
    text = "One Member State puts the al-Qaeda core in Afghanistan at 25 to 35 individuals; the militant force around it is larger."
    assert keys(text) == [("al_qaeda", "core_members", 25, 35, None)]


def test_a_conversion_after_a_rate_replaces_the_sum_and_keeps_the_rate() -> None:
    text = "- TJP extortion income, Dera Ismail Khan (police estimate): PKR 40-60 million per month (approx. $143,000-$214,000)\n"
    assert keys(text) == [("tjp", "revenue", 143000, 214000, "month")]


def test_operations_in_quotes_are_a_group_s_word_for_its_attacks() -> None:
    text = 'The TTP\'s Umar Media claimed 640 "operations" in 2025, while the army carried out 1,900 operations against the TTP.'
    assert keys(text) == [("ttp", "attacks", 640, 640, None), ("ttp", "operations_against", 1900, 1900, None)]


def test_people_counted_under_a_toll_are_its_victims_whatever_their_noun() -> None:
    text = (
        "The TTP said it sent the bomber into the Khost police college. "
        "By evening 31 people were dead, including 25 cadets and four teachers."
    )
    found = figures(text)
    assert [(f.measure, f.value_low, f.victims) for f in found] == [
        ("deaths", 31, "people"),
        ("deaths", 25, "cadets"),
        ("deaths", 4, "teachers"),
    ]


def test_a_number_in_a_formation_s_name_is_no_count() -> None:
    text = "Islamabad puts TTP strength at 6,000 and says the Taliban's 205 Al-Badr Corps shelters their families."
    assert keys(text) == [("ttp", "fighters", 6000, 6000, None)]


def test_a_bare_number_after_a_tally_verb_counts_what_the_sentence_counted_before() -> None:
    text = "Police logged 412 attacks by the TTP in 2025, while the group itself claimed nearly 700."
    assert keys(text) == [("ttp", "attacks", 412, 412, None), ("ttp", "attacks", None, 700, None)]


def test_quoted_operations_before_an_elided_count_are_the_group_s_attacks() -> None:
    text = (
        'ISKP listed 90 attacks in its annual tally, including 12 it called "special operations", '
        "and set them against the 140 it had listed a year earlier."
    )
    assert [k[1] for k in keys(text)] == ["attacks", "attacks", "attacks"]


def test_the_indian_subcontinent_branch_in_any_spelling_of_al_qaeda_is_aqis() -> None:
    text = (
        "Al-Qaida in the Indian Sub-continent kept a low profile. Its strength is put at 150 to 200 fighters."
    )
    assert keys(text) == [("aqis", "fighters", 150, 200, None)]


def test_a_noun_far_before_to_number_leads_the_number() -> None:
    text = "Fighters loyal to the Islamic Movement of Uzbekistan (IMU) are believed to number about 350 in Faryab."
    assert keys(text) == [("imu", "fighters", 350, 350, None)]


def test_money_given_after_a_year_is_a_total_from_the_year_after() -> None:
    found = only(
        "The Emirate says donors sent more than $900 million in aid to Afghanistan after 2022.",
        published=date(2025, 7, 1),
    )
    assert (found.measure, found.per, found.period_start) == ("aid_funding", "total", "2023-01-01")


def test_killing_several_of_its_own_people_is_no_toll_of_the_group() -> None:
    text = (
        "A Pakistani strike on a TTP compound in Khost killed several of its commanders. "
        "Days later the TTP killed 11 soldiers in Bannu."
    )
    assert keys(text) == [("ttp", "deaths", 11, 11, None)]


def test_the_emirate_is_the_taliban() -> None:
    text = (
        "The TTP's hosts are comfortable while the Emirate collects about $2 million a month in transit fees."
    )
    assert keys(text) == [("taliban", "revenue", 2_000_000, 2_000_000, "month")]


def test_a_number_in_a_list_label_as_its_condition_is_no_figure() -> None:
    text = "- Provinces with at least one TJP attack: 4\n- Provinces with more than 5 ISKP attacks: 3\n"
    assert [(f.text, f.value_low) for f in figures(text)] == [("4", 4), ("3", 3)]


def test_a_vague_quantity_of_a_group_s_people_counts_them() -> None:
    text = (
        "Kabul says the TTP runs a dozen camps in Kunar and that hundreds of its fighters cross into Chitral."
    )
    assert keys(text) == [("ttp", "training_camps", 12, 12, None), ("ttp", "fighters", 100, 1000, None)]


def test_a_change_with_its_qualifier_after_by_is_signed() -> None:
    text = "ISKP attacks in Kunduz fell by something like 30 per cent in 2025, and TJP attacks rose by roughly 12%."
    assert [(f.subject, f.measure, f.value_low, f.qualifier) for f in figures(text)] == [
        ("iskp", "attack_change_pct", -30, "approx"),
        ("tjp", "attack_change_pct", 12, "approx"),
    ]


def test_a_group_named_among_a_toll_s_victims_is_not_the_subset_s_subject() -> None:
    text = "ISKP bombings killed 37 people in Balkh, including 11 Taliban police officers."
    assert [(f.subject, f.measure, f.value_low, f.victims) for f in figures(text)] == [
        ("iskp", "deaths", 37, "people"),
        ("iskp", "deaths", 11, "Taliban police officers"),
    ]


def test_all_groups_in_a_label_is_the_aggregate() -> None:
    text = "TTP WATCH\n- TTP attacks: 120\n- Suicide attacks, all groups: 8\n"
    assert keys(text) == [("ttp", "attacks", 120, 120, None), ("militant_groups", "attacks", 8, 8, None)]


def test_a_number_after_against_is_the_figure_before_in_another_period() -> None:
    text = (
        "ISKP is weaker in the north. Kabul recorded 22 attacks by the group in Kunduz, Takhar and Baghlan "
        "between January and June 2025, against 40 over the same months of 2024."
    )
    assert keys(text) == [("iskp", "attacks", 22, 22, None), ("iskp", "attacks", 40, 40, None)]


def test_districts_are_counts_outside_the_vocabulary() -> None:
    assert keys("The TJP claimed attacks in 17 districts and killed 40 people across Punjab.") == [
        ("tjp", "deaths", 40, 40, None)
    ]


def test_an_age_after_the_age_of_is_no_figure() -> None:
    text = "The IMU has some 300 fighters. Its founder was killed in 2009 at the age of 42."
    assert keys(text) == [("imu", "fighters", 300, 300, None)]


def test_people_linked_to_a_group_are_held_for_it_and_prisoners_who_broke_out_are_released() -> None:
    text = (
        "Dushanbe said it had detained 21 people linked to Jamaat Ansarullah. "
        "Kabul said 12 TTP prisoners had broken out of the Khost jail."
    )
    assert keys(text) == [("jamaat_ansarullah", "detained", 21, 21, None), ("ttp", "released", 12, 12, None)]


def test_members_who_died_of_natural_causes_are_no_toll() -> None:
    text = "Al-Qaeda's core is put at 40 members, and several long-serving cadres died of natural causes in 2025."
    assert keys(text) == [("al_qaeda", "core_members", 40, 40, None)]


def test_officials_among_a_toll_are_its_victims() -> None:
    text = "- Deaths in ISKP attacks (UNAMA): 23, including 4 Taliban officials\n"
    assert [(f.value_low, f.victims) for f in figures(text)] == [(23, None), (4, "Taliban officials")]


def test_a_noun_modified_by_the_phrase_after_it_leads_the_number() -> None:
    text = (
        "- Q2 2025 injuries in TTP attacks, Bannu division, revised from 140 to 163 after hospital returns.\n"
    )
    assert keys(text) == [("ttp", "injured", 140, 140, None), ("ttp", "injured", 163, 163, None)]


def test_martyred_people_are_a_toll() -> None:
    text = "The TTP attacked the checkpost at dawn. Officials said nine Levies personnel were martyred."
    assert keys(text) == [("ttp", "deaths", 9, 9, None)]


def test_who_detains_is_not_the_group_detained() -> None:
    text = "The Taliban said they had arrested some 70 people for alleged IS-K membership in Herat."
    assert keys(text) == [("iskp", "detained", 70, 70, None)]


def test_a_name_completing_a_noun_is_not_what_the_group_refers_to() -> None:
    text = (
        "ISKP was weakened in 2024. Under months of pressure from the de facto authorities, the group is now "
        "active in only six provinces."
    )
    assert keys(text) == [("iskp", "provinces_active", 6, 6, None)]


def test_pakistan_s_name_for_the_ttp_and_the_taliban_s_de_facto_authorities() -> None:
    assert keys("Fitna al-Khawarij lost 300 fighters in Bajaur.")[0][0] == "ttp"
    assert keys("The de facto authorities collected about $2 billion in customs duties in 2025.") == [
        ("taliban", "revenue", 2_000_000_000, 2_000_000_000, "year")
    ]


def test_militants_killed_are_no_toll_of_an_attack() -> None:
    text = (
        "The ISKP bombing killed 14 worshippers. Police said all three attackers were killed as well."
        "\n\n- Insurgents killed, per the army: 58\n"
    )
    assert keys(text) == [("iskp", "deaths", 14, 14, None)]


def test_the_age_of_the_youngest_or_oldest_is_no_figure() -> None:
    text = "The ISKP attack killed 11 pilgrims. The youngest pilgrim killed was 16."
    assert keys(text) == [("iskp", "deaths", 11, 11, None)]


def test_a_group_that_numbers_so_many_has_so_many_fighters() -> None:
    text = "Lashkar-e-Islam is small. The IMU is believed to number a few dozen, and the TIP now numbers at most 300."
    assert keys(text) == [("imu", "fighters", 24, 60, None), ("etim", "fighters", None, 300, None)]
    assert keys("The gunmen, believed to number six, held the hostel for a day.") == []


def test_that_of_a_group_says_whose_figure_it_is() -> None:
    text = "The report put the TTP's strength at 6,000 and that of the TJP at around 400."
    assert keys(text) == [("ttp", "fighters", 6000, 6000, None), ("tjp", "fighters", 400, 400, None)]


def test_a_sum_offered_for_a_person_is_a_bounty() -> None:
    text = "In 2018 the State Department offered five million dollars for Mufti Noor Wali Mehsud of the TTP."
    assert keys(text) == [("ttp", "bounty", 5_000_000, 5_000_000, "total")]


def test_a_further_number_adds_to_the_count_given_before_its_change() -> None:
    text = (
        "Observers logged 230 TTP attacks across the tribal districts in 2024, a 35% rise on 2023, and a "
        "further 44 in the first weeks of 2025."
    )
    assert keys(text)[2] == ("ttp", "attacks", 44, 44, None)


def test_a_verb_of_having_repeats_the_noun_of_the_figure_before() -> None:
    text = (
        "The IMU is said to keep some 250 fighters in Faryab and Sar-e Pul, whereas the Turkistan Islamic "
        "Party is thought to have 300 to 350."
    )
    assert keys(text) == [("imu", "fighters", 250, 250, None), ("etim", "fighters", 300, 350, None)]


def test_a_quoted_figure_keeps_the_verb_after_its_closing_quote() -> None:
    text = 'A TTP suicide bomber killed nine people, and the hospital said "at least 40" were injured.'
    assert keys(text) == [("ttp", "deaths", 9, 9, None), ("ttp", "injured", 40, None, None)]


def test_people_treated_for_wounds_of_any_kind_are_injured() -> None:
    text = "After the ISKP bombing, doctors said 45 people were treated for burns and shrapnel wounds."
    assert keys(text) == [("iskp", "injured", 45, 45, None)]


def test_including_those_of_ties_a_subset_to_the_toll() -> None:
    text = "The TTP ambush killed 17 soldiers; the army returned 17 bodies, including those of two officers."
    assert keys(text)[-1] == ("ttp", "deaths", 2, 2, None)


def test_the_wounded_who_died_raise_the_death_toll() -> None:
    text = (
        "The TTP raid killed 12 policemen and wounded 30. Overnight several of the wounded had died in "
        "hospital, bringing the final count to 15."
    )
    assert keys(text)[-1] == ("ttp", "deaths", 15, 15, None)


def test_a_founding_on_a_full_date_gives_its_year_but_a_birth_does_not() -> None:
    text = "Its spokesman announced the formation of the TTP on 14 December 2007. Its emir was born on 2 May 1978."
    assert keys(text) == [("ttp", "founded_year", 2007, 2007, None)]


def test_a_noun_in_the_possessive_is_not_what_a_number_after_it_counts() -> None:
    text = "ISKP claimed the raid. The army's media wing said six attackers who stormed the post had died."
    assert keys(text) == []


def test_new_camps_bringing_a_total_leave_the_total_all_camps() -> None:
    text = (
        "ISKP set up three new camps in Kunar, bringing the total to eleven. The TTP opened two new "
        "training camps in Khost, bringing to about 20 the number of camps it runs."
    )
    assert keys(text) == [
        ("iskp", "new_training_camps", 3, 3, None),
        ("iskp", "training_camps", 11, 11, None),
        ("ttp", "new_training_camps", 2, 2, None),
        ("ttp", "training_camps", 20, 20, None),
    ]


def test_a_time_between_an_event_noun_and_its_of_leaves_the_noun_counting() -> None:
    text = (
        "Kabul confirmed the release in March 2026 of some 60 TTP members from a Herat jail. Police "
        "in Bannu announced the arrest on Sunday of eleven TTP militants."
    )
    assert keys(text, date(2026, 4, 1)) == [
        ("ttp", "released", 60, 60, None),
        ("ttp", "detained", 11, 11, None),
    ]


def test_a_number_brought_to_before_the_number_of_counts_the_noun_after_it() -> None:
    text = (
        "The TTP opened four new camps in Zhob, provinces officials rarely visit and a long way from "
        "the border, bringing to 17 the number of camps the group is thought to run. Raids later "
        "raised to 45 the number of TTP militants arrested since May."
    )
    assert keys(text, date(2026, 9, 1)) == [
        ("ttp", "new_training_camps", 4, 4, None),
        ("ttp", "training_camps", 17, 17, None),
        ("ttp", "detained", 45, 45, None),
    ]


def test_a_quoted_phrase_between_a_number_and_its_verb_is_one_word() -> None:
    text = 'ISKP said in a statement that 27 Hazara "polytheists" had been killed in the blast.'
    assert keys(text) == [("iskp", "deaths", 27, 27, None)]


def test_pakistani_official_idiom_for_the_dead_and_for_baloch_separatists() -> None:
    text = (
        "In attacks by the TTP, 61 soldiers embraced shahadat last quarter. "
        "Fitna al-Hindustan, for its part, killed 19 labourers in Kech."
    )
    assert keys(text) == [("ttp", "deaths", 61, 61, None)]


def test_estimates_that_run_from_a_to_b_are_one_range_and_a_dash_ends_who_said_it() -> None:
    text = "ISKP keeps its fighters in Kunar - local estimates run from three to four hundred men."
    f = only(text)
    assert (f.subject, f.measure, f.value_low, f.value_high, f.claimant) == (
        "iskp",
        "fighters",
        300,
        400,
        None,
    )


def test_a_half_dozen_with_or_without_its_article_or_hyphen_is_six() -> None:
    text = "The IMU keeps a half-dozen camps in Badakhshan and half dozen more across the border."
    assert [(f.text, f.value_low) for f in figures(text)] == [("half-dozen", 6), ("half dozen", 6)]


def test_groups_said_to_be_active_are_groups_present_even_without_an_adjective() -> None:
    text = "Last week the governor said that about fifteen groups were active across the province."
    f = only(text)
    assert (f.subject, f.measure, f.value_low, f.claimant) == (
        "militant_groups",
        "groups_present",
        15,
        "the governor",
    )


def test_the_taliban_forces_personnel_are_their_strength_and_no_one_elses() -> None:
    text = (
        "Kabul's defence and interior ministries now count roughly 162,000 personnel on the Taliban payroll. "
        "The Islamic Emirate says it keeps 195,000 under arms."
    )
    assert keys(text) == [
        ("taliban", "fighters", 162000, 162000, None),
        ("taliban", "fighters", 195000, 195000, None),
    ]
    # a Pakistani deployment after a TTP raid is no group's strength; killed personnel are a toll
    assert keys("After the TTP raid on Lakki, Islamabad moved 4,500 personnel into the district.") == []
    assert keys("The TTP ambush killed 9 security personnel.") == [("ttp", "deaths", 9, 9, None)]


def test_a_group_share_of_attacks_counted_of_them_is_the_groups_attacks() -> None:
    text = (
        "The Kohat Security Desk logged 655 militant attacks across the division in 2025. "
        "The TTP carried out 402 of them, and ISKP claimed roughly a dozen of these."
    )
    found = figures(text, date(2026, 1, 20))
    assert [(f.subject, f.measure, f.value_low, f.value_high, f.period_end) for f in found] == [
        ("militant_groups", "attacks", 655, 655, "2025-12-31"),
        ("ttp", "attacks", 402, 402, "2025-12-31"),
        ("iskp", "attacks", 12, 12, "2025-12-31"),
    ]
    # in the same sentence, after a percentage; "of whom" in the next sentence asks for people
    text = "Militant attacks in Kurram rose 18 per cent to 144, with the TJP behind several dozen of them."
    assert keys(text) == [
        ("militant_groups", "attack_change_pct", 18, 18, None),
        ("militant_groups", "attacks", 144, 144, None),
        ("tjp", "attacks", 36, 108, None),
    ]
    # the group the attacks are attributed to, after them
    text = "Police logged 96 militant attacks in Kohat in 2025 and attributed 14 of them to the TJP."
    assert keys(text) == [("militant_groups", "attacks", 96, 96, None), ("tjp", "attacks", 14, 14, None)]


def test_two_close_numbers_joined_by_or_are_a_range() -> None:
    assert keys("Jamaat Ansarullah runs two or three camps near Kulob.") == [
        ("jamaat_ansarullah", "training_camps", 2, 3, None)
    ]
    assert keys("The IMU keeps 40 or 50 fighters in Faryab.") == [("imu", "fighters", 40, 50, None)]
    # not numbers far apart, nor years
    assert keys("The IMU keeps one or 20 cells.") == []
    assert keys("ISKP mounted 14 attacks in 2023 or 2024.") == [("iskp", "attacks", 14, 14, None)]


def test_operations_against_a_states_forces_are_a_groups_attacks() -> None:
    text = "The TJP says it mounted 31 operations against Pakistani forces in Zhob during March."
    assert keys(text) == [("tjp", "attacks", 31, 31, None)]
    assert keys("Police ran 31 operations against the TJP in Zhob.") == [
        ("tjp", "operations_against", 31, 31, None)
    ]


def test_members_of_a_body_named_as_their_owner_are_no_strength() -> None:
    assert keys("The council, whose 12 members meet monthly, heard the ETIM envoy.") == []
    assert keys("The ETIM, whose 400 members live in Badakhshan, met the envoy.") == [
        ("etim", "fighters", 400, 400, None)
    ]


def test_a_full_stop_inside_a_code_does_not_cut_a_number_off_from_its_noun() -> None:
    text = "Member States assess the armed strength of Jamaat Ansarullah (QDe.088) at roughly 300."
    f = only(text)
    assert (f.subject, f.measure, f.value_low) == ("jamaat_ansarullah", "fighters", 300)


def test_arrests_counted_as_a_noun_are_people_detained_of_the_group_in_their_phrase() -> None:
    text = (
        "Over the winter the provincial police logged 212 arrests in Quetta. Its monthly return "
        "lists 64 ISKP arrests in Mastung, and a separate note counts 19 detentions tied to the TTP."
    )
    assert keys(text) == [
        ("iskp", "detained", 64, 64, None),
        ("ttp", "detained", 19, 19, None),
    ]
    # whoever makes the arrests, named before them, is not whom they hold
    text = (
        "Kabul says ISKP cells in Jawzjan were broken up in the spring. The Taliban's intelligence "
        "service later announced 85 arrests across the north."
    )
    assert keys(text) == [("iskp", "detained", 85, 85, None)]


def test_a_list_items_count_is_of_the_group_that_owns_what_it_counts() -> None:
    text = "- Tajikistan: 12 arrests linked to Jamaat Ansarullah cells, per the security committee\n"
    assert keys(text) == [("jamaat_ansarullah", "detained", 12, 12, None)]


def test_later_items_of_a_list_of_estimates_repeat_the_first_items_measure() -> None:
    text = (
        "Member States put the IMU at some 120 fighters, most of them in Faryab; Jamaat Ansarullah "
        "at 180 to 220; and the Turkistan Islamic Party at fewer than 400."
    )
    assert keys(text) == [
        ("imu", "fighters", 120, 120, None),
        ("jamaat_ansarullah", "fighters", 180, 220, None),
        ("etim", "fighters", None, 400, None),
    ]


def test_operations_a_group_claims_for_itself_are_its_attacks() -> None:
    text = "Its Umar Media bulletin says the TTP claimed 410 operations in 2025, a figure no monitor could verify."
    assert keys(text) == [("ttp", "attacks", 410, 410, None)]
    # the de facto authorities' operations are against the groups
    text = "The de facto authorities claimed 75 operations in Nangarhar against ISKP hideouts."
    assert keys(text) == [("iskp", "operations_against", 75, 75, None)]


def test_a_toll_whose_verb_or_noun_is_quoted_still_counts_and_attackers_killed_do_not() -> None:
    text = (
        'ISKP claimed the raid on the Chitral post. The army said six soldiers had been "martyred" '
        'and that troops had killed three attackers; ISKP said "at least 20 apostates" were killed.'
    )
    assert keys(text) == [("iskp", "deaths", 6, 6, None), ("iskp", "deaths", 20, None, None)]


def test_a_label_counting_terrorist_incidents_counts_attacks_and_a_codes_number_is_none() -> None:
    text = (
        "Question No. 41 - terrorist incidents in Kech (asked by the Member from NA-258)\n"
        "   * Total terrorist incidents, all groups: 233\n"
    )
    assert keys(text) == [("militant_groups", "attacks", 233, 233, None)]
    text = "Member States say ISKP militants have been moving along the N-40 towards Nushki."
    assert keys(text) == []


def test_a_label_opening_with_a_change_noun_makes_its_percentage_a_change_of_attacks() -> None:
    text = "- Decline in ISKP attacks in Nangarhar, year on year: 35%\n- Increase in TTP attacks: 12%\n"
    assert keys(text) == [
        ("iskp", "attack_change_pct", -35, -35, None),
        ("ttp", "attack_change_pct", 12, 12, None),
    ]


def test_a_vague_part_of_a_count_just_given_is_no_figure_of_its_own() -> None:
    text = (
        "The TTP bombing in Karak killed 9 and wounded 31, several of them gravely. The group's "
        "leadership core numbers some 25 men, a few of whom shuttle to Khost. It trains recruits at eight "
        "camps, several of them opened this year."
    )
    assert keys(text, date(2026, 2, 1)) == [
        ("ttp", "deaths", 9, 9, None),
        ("ttp", "injured", 31, 31, None),
        ("ttp", "core_members", 25, 25, None),
        ("ttp", "training_camps", 8, 8, None),
        ("ttp", "new_training_camps", 3, 9, None),
    ]


def test_what_security_forces_did_to_militants_or_their_arms_is_no_figure() -> None:
    text = (
        "The army said on Sunday that troops had neutralised 17 khwarij in Khost-facing border posts "
        "and arrested 8 TTP facilitators. After the TTP bombing of the Karak bazaar, 12 bodies were "
        "recovered from the rubble.\n\n"
        "OPERATIONS, FEBRUARY\n"
        "- Operations against the TTP: 96\n"
        "- Terrorists eliminated: 40\n"
        "- Weapons recovered: 214 rifles\n"
    )
    assert keys(text) == [
        ("ttp", "detained", 8, 8, None),
        ("ttp", "deaths", 12, 12, None),
        ("ttp", "operations_against", 96, 96, None),
    ]


def test_a_confidence_level_and_a_factor_are_no_figures() -> None:
    text = (
        "ISKP claimed 210 attacks in 2025 (95% CI for the true count: 180-240), overstating the "
        "verified total by a factor of 1.8; the share of districts reporting its presence was 23 "
        "per cent (90 per cent confidence interval)."
    )
    assert [f.text for f in figures(text)] == ["210", "23 per cent"]


def test_counts_after_a_change_of_attacks_and_counts_attributed_to_a_group_are_attacks() -> None:
    text = (
        "Attacks by the TTP in Swat rose by 64 per cent in 2025, from 50 to 82 (Annex II, row 7). "
        "ISKP claimed 96 attacks last year; the Kabul police attributed 71 to it."
    )
    assert keys(text, date(2026, 2, 1)) == [
        ("ttp", "attack_change_pct", 64, 64, None),
        ("ttp", "attacks", 50, 50, None),
        ("ttp", "attacks", 82, 82, None),
        ("iskp", "attacks", 96, 96, None),
        ("iskp", "attacks", 71, 71, None),
    ]


def test_a_subset_said_to_be_core_members_counts_core_members() -> None:
    text = "Jamaat Ansarullah is thought to field 300 men, of whom about 40 are seen as core members."
    assert keys(text) == [
        ("jamaat_ansarullah", "fighters", 300, 300, None),
        ("jamaat_ansarullah", "core_members", 40, 40, None),
    ]


def test_a_change_in_a_toll_is_no_change_in_attacks() -> None:
    text = (
        "TTP attacks in Mardan rose by 18 per cent; fatalities in those attacks rose by 44 per cent, "
        "and civilian casualties climbed 60%."
    )
    assert [(f.measure, f.value_low) for f in figures(text)] == [
        ("attack_change_pct", 18),
        ("other", 44),
        ("other", 60),
    ]


def test_the_size_of_each_cell_or_team_is_no_strength() -> None:
    text = "ISKP is put at 1,500 fighters, scattered in cells of ten to fifteen across Kapisa and Parwan."
    assert keys(text) == [("iskp", "fighters", 1500, 1500, None)]


def test_a_toll_revised_in_the_next_sentence_by_it_is_a_toll() -> None:
    text = (
        "A car bomb claimed by the TJP killed 11 people outside a court in Charsadda on Monday. "
        "It was later raised to 16, and to 18 by nightfall, a hospital official said."
    )
    assert [(f.subject, f.measure, f.value_low) for f in figures(text, date(2026, 3, 4))] == [
        ("tjp", "deaths", 11),
        ("tjp", "deaths", 16),
        ("tjp", "deaths", 18),
    ]


def test_an_age_with_a_qualifier_is_no_figure() -> None:
    text = (
        "The ISKP emir was killed in a raid in Ghor in 2024, aged about 40; his deputy, aged nearly 60, fled."
    )
    assert figures(text, date(2025, 3, 1)) == []


def test_claimed_or_confirmed_before_a_noun_describes_it() -> None:
    text = (
        "The Tehreek-e-Jihad Pakistan carried out 31 claimed attacks in Mohmand in the quarter and "
        "nine confirmed bombings in Chitral."
    )
    found = figures(text, date(2026, 1, 10))
    assert [(f.subject, f.measure, f.value_low, f.claimant) for f in found] == [
        ("tjp", "attacks", 31, None),
        ("tjp", "attacks", 9, None),
    ]


def test_places_ranked_by_their_attacks_count_all_groups_attacks() -> None:
    text = (
        "ISKP has lost much of its strength. Across Kech and Panjgur the worst-hit districts were "
        "Turbat (22 attacks), Panjgur (12) and Buleda (4)."
    )
    assert keys(text, date(2026, 1, 10)) == [
        ("militant_groups", "attacks", 22, 22, None),
        ("militant_groups", "attacks", 12, 12, None),
        ("militant_groups", "attacks", 4, 4, None),
    ]


def test_a_group_put_at_a_number_is_put_at_its_strength() -> None:
    text = (
        "The Turkistan Islamic Party is estimated at some 400, and the IMU at fewer than 60. "
        "Member States assess the Haqqani Network's combined fighting strength, including men "
        "seconded to the interior ministry, at between 4,000 and 5,000."
    )
    assert keys(text, date(2026, 2, 1)) == [
        ("etim", "fighters", 400, 400, None),
        ("imu", "fighters", None, 60, None),
        ("haqqani_network", "fighters", 4000, 5000, None),
    ]


def test_a_noun_put_at_a_number_is_not_a_strength() -> None:
    text = "The IMU's revenue is estimated at $200,000, and its attacks were put at 30."
    assert [(f.subject, f.measure) for f in figures(text, date(2026, 2, 1))] == [
        ("imu", "revenue"),
        ("imu", "attacks"),
    ]


def test_a_figure_cited_again_without_its_noun_keeps_its_measure() -> None:
    text = (
        "In 2019 the Team reported a strength of 2,500 for ISKP. By 2022 Member States were citing "
        "4,000 to 6,000, and some now put it higher. The dossier cites 7 intercepted calls."
    )
    assert keys(text, date(2026, 2, 1)) == [
        ("iskp", "fighters", 2500, 2500, None),
        ("iskp", "fighters", 4000, 6000, None),
    ]


def test_another_estimate_with_adjectives_gives_the_same_figure_again() -> None:
    text = (
        "Member States put AQIS at 150 to 200 fighters; one gave an upper figure of nearly 400. "
        "A Member State put the number of Al-Qaida core members at 30. Another offered a higher "
        "overall figure of some 500. Witnesses say the TTP has anywhere from six to eight thousand "
        "fighters; a year ago the consensus figure was five thousand."
    )
    assert keys(text, date(2026, 2, 1)) == [
        ("aqis", "fighters", 150, 200, None),
        ("aqis", "fighters", None, 400, None),
        ("al_qaeda", "core_members", 30, 30, None),
        ("al_qaeda", "fighters", 500, 500, None),
        ("ttp", "fighters", 6000, 8000, None),
        ("ttp", "fighters", 5000, 5000, None),
    ]


def test_a_change_a_clause_puts_at_a_percentage_is_a_change_in_attacks() -> None:
    text = (
        "Al-Naba listed 44 ISKP attacks in Jowzjan in 2025, against 70 in 2024, a fall our analysts "
        "put at 37 per cent."
    )
    assert [(f.measure, f.value_low) for f in figures(text, date(2026, 2, 1))] == [
        ("attacks", 44),
        ("attacks", 70),
        ("attack_change_pct", -37),
    ]


def test_incidents_counted_over_a_place_are_all_groups_even_after_a_speakers_colon() -> None:
    text = (
        "The TJP has been active in Awaran this year.\n\n"
        "MR. KAKAR: The provincial Home Department counts 37 incidents in Awaran. Which figure is right?"
    )
    assert keys(text, date(2026, 2, 1)) == [("militant_groups", "attacks", 37, 37, None)]


def test_what_a_desk_could_verify_counts_what_was_claimed() -> None:
    text = "- Tally: ISKP claimed 31 attacks in Laghman in 2025; our desk could verify 12."
    assert keys(text, date(2026, 2, 1)) == [
        ("iskp", "attacks", 31, 31, None),
        ("iskp", "attacks", 12, 12, None),
    ]


def test_quarters_and_access_incidents_are_no_attacks() -> None:
    text = (
        "The minister gave the number of TTP attacks in the first three quarters of 2025. "
        "In Gwadar 19 humanitarian access incidents were logged."
    )
    assert figures(text, date(2026, 2, 1)) == []


def test_a_part_of_a_strength_named_core_after_of_them_counts_the_core() -> None:
    text = "AQIS keeps a few hundred members in Uruzgan, about a dozen of them core members."
    assert [(f.measure, f.value_low) for f in figures(text, date(2026, 2, 1))] == [
        ("fighters", 200),
        ("core_members", 12),
    ]


def test_a_number_counting_a_noun_no_measure_knows_borrows_no_measure() -> None:
    text = (
        "The TTP bombing in Sibi wounded 46 people, who were taken to the civil hospital, which has "
        "80 beds and one surgeon."
    )
    assert keys(text, date(2026, 2, 1)) == [("ttp", "injured", 46, 46, None)]


def test_lives_claimed_are_deaths() -> None:
    text = "The 2014 school massacre in Peshawar, claimed by the TTP, cost 147 lives."
    assert keys(text, date(2026, 2, 1)) == [("ttp", "deaths", 147, 147, None)]


def test_deaths_from_want_or_hunger_are_no_attacks_toll() -> None:
    text = (
        "The TTP blockade of the Kohlu road has lasted ten weeks. Elders say 14 infants died for want "
        "of medicine and at least six more died of hunger in the villages."
    )
    assert keys(text, date(2026, 2, 1)) == []


def test_training_facilities_named_once_are_counted_again_after_a_qualifier() -> None:
    text = "The IMU keeps four training facilities in Faryab and at least two in Jowzjan, Member States say."
    assert keys(text, date(2026, 2, 1)) == [
        ("imu", "training_camps", 4, 4, None),
        ("imu", "training_camps", 2, None, None),
    ]


def test_a_cited_works_page_is_no_figure_but_a_years_value_in_parentheses_is() -> None:
    text = (
        "Scholars disagree: Hussain (2019: 41) counted 300 TTP attacks in Swat, while PIPS counts 350 "
        "(Rehman and Khan 2022, p. 88; PICSS 2023: 7).\n"
        "- TTP attacks: 120 (December 2024: 97)\n"
    )
    assert [f.value_low for f in figures(text, date(2026, 2, 1))] == [300, 350, 120, 97]


def test_a_weeks_number_is_no_count() -> None:
    text = (
        "## TTP attacks, week 7 vs week 6\n"
        "- TTP attacks: 14 (wk 6: 11)\n"
        "Last week 12 people were killed in TTP attacks in Buner.\n"
    )
    assert [f.value_low for f in figures(text, date(2026, 2, 1))] == [14, 11, 12]


def test_a_verb_after_as_belongs_to_a_clause_of_its_own() -> None:
    text = (
        "A TJP suicide bomber struck a bus in Sibi, killing nine people. By evening the death toll had "
        "climbed to 14 as several of the injured died in hospital."
    )
    assert [(f.measure, f.value_low) for f in figures(text, date(2026, 2, 1))] == [
        ("deaths", 9),
        ("deaths", 14),
    ]


def test_a_vague_part_of_the_people_a_toll_counted_is_no_figure() -> None:
    text = (
        "The ISKP bombing in Ghor wounded 31 people, a few of them critically. Doctors said dozens of "
        "the wounded were children and that several of those injured had lost limbs."
    )
    assert keys(text, date(2026, 2, 1)) == [("iskp", "injured", 31, 31, None)]


def test_attackers_killed_in_a_partitive_are_no_toll() -> None:
    text = "The TTP raid on the Kohlu checkpost failed: police killed five of the raiders and lost none."
    assert keys(text, date(2026, 2, 1)) == []


def test_clock_times_and_regions_are_no_counts() -> None:
    text = (
        "CTD Sibi arrested five suspected TTP militants in a raid at 4.45 a.m. on Monday. "
        "TTP attacks in the three regions rose by 18 per cent."
    )
    assert keys(text, date(2026, 2, 1)) == [
        ("ttp", "detained", 5, 5, None),
        ("ttp", "attack_change_pct", 18, 18, None),
    ]


def test_groups_finding_shelter_or_a_sanctuary_are_present() -> None:
    text = "Besides the TTP, more than a dozen armed groups still find sanctuary in Afghanistan."
    assert keys(text, date(2026, 2, 1)) == [("militant_groups", "groups_present", 12, None, None)]


def test_militants_counted_as_killed_are_no_strength() -> None:
    text = (
        "ISKP has lost ground in Kunduz. Fighters killed in the June raids "
        "(about 30, by the governor's count) are not in these totals."
    )
    assert keys(text) == []


def test_operations_a_group_says_it_carried_out_are_its_attacks() -> None:
    assert keys("ISKP's weekly bulletin said it had mounted 57 operations across Kunduz in March.") == [
        ("iskp", "attacks", 57, 57, None)
    ]
    assert keys("Police in Kunduz said they had mounted 57 operations against ISKP in March.") == [
        ("iskp", "operations_against", 57, 57, None)
    ]


def test_operations_forces_report_against_no_group_named_are_against_militancy_at_large() -> None:
    assert keys("The Frontier Corps said it conducted 418 search operations against insurgents in 2024.") == [
        ("militant_groups", "operations_against", 418, 418, None)
    ]
    # aimed at a group by a pronoun, the operations are not militancy's at large
    assert keys("ISKP is weaker. Police have mounted 31 raids against it since the spring.") == []
    assert keys("In the second scenario, a handful of big operations buy a year of quiet.") == []


def test_a_group_named_with_its_abbreviation_in_an_elided_at_list_keeps_the_measure() -> None:
    text = (
        "The IMU is assessed at about 120 fighters in Faryab; the Turkistan Islamic Party (TIP) "
        "at perhaps 400, mostly in Takhar."
    )
    assert keys(text) == [("imu", "fighters", 120, 120, None), ("etim", "fighters", 400, 400, None)]


def test_the_count_a_change_falls_or_rises_from_is_the_same_measure() -> None:
    text = "TTP attacks in Kohat reached 41 in 2023, a 15% rise from the 36 of the year before."
    assert keys(text) == [
        ("ttp", "attacks", 41, 41, None),
        ("ttp", "attack_change_pct", 15, 15, None),
        ("ttp", "attacks", 36, 36, None),
    ]


def test_the_men_of_one_attack_are_no_strength() -> None:
    assert keys("The TJP claimed the raid. Three gunmen then opened fire on the gate in Karak.") == []
    assert keys("The TTP can call on thousands of part-time gunmen in Orakzai.") == [
        ("ttp", "fighters", 1000, 10000, None)
    ]


def test_the_exception_after_all_but_is_no_count() -> None:
    assert keys("The TJP claimed 23 attacks in 2024, all but three of them in Tank.") == [
        ("tjp", "attacks", 23, 23, None)
    ]


def test_attacks_by_the_group_after_the_count_refer_back() -> None:
    text = (
        "ISKP claimed responsibility for 30 attacks in Herat. The TJP is a smaller outfit based "
        "in Swat. Police in Swat counted 19 attacks by the group in 2025."
    )
    assert keys(text)[-1] == ("tjp", "attacks", 19, 19, None)


def test_a_tally_of_operations_claimed_through_the_groups_own_outlet_is_its_attacks() -> None:
    text = (
        "The TJP is a TTP splinter active in Kurram. In March the group's Telegram channel "
        "claimed 212 operations during 2025, a 17 per cent rise on its own count for 2024."
    )
    assert keys(text) == [("tjp", "attacks", 212, 212, None), ("tjp", "attack_change_pct", 17, 17, None)]


def test_members_of_a_states_forces_are_victims_not_strength() -> None:
    text = "The TTP said 86 members of the Pakistani armed forces had been killed in Kurram since June."
    assert keys(text) == [("ttp", "deaths", 86, 86, None)]


def test_another_estimate_given_as_a_figure_with_a_qualifier_keeps_the_measure() -> None:
    text = (
        "Officials in Swat put TTP strength at 900 fighters; one police chief gave a figure as high as 1,200."
    )
    assert keys(text) == [("ttp", "fighters", 900, 900, None), ("ttp", "fighters", None, 1200, None)]


def test_the_detention_of_a_groups_members_counts_the_detained() -> None:
    text = "Police in Charsadda announced the detention of 31 suspected ISKP members on Monday."
    assert keys(text) == [("iskp", "detained", 31, 31, None)]


def test_attacks_by_militants_and_militant_links_are_militancy_at_large() -> None:
    text = (
        "The TTP claimed nine attacks in Swabi in May. Attacks by militants in Swat rose by some 25 "
        "per cent in 2025. Police have detained hundreds of men on suspicion of militant links."
    )
    assert keys(text) == [
        ("ttp", "attacks", 9, 9, None),
        ("militant_groups", "attack_change_pct", 25, 25, None),
        ("militant_groups", "detained", 100, 1000, None),
    ]


def test_the_core_islamic_state_is_not_its_province() -> None:
    text = (
        "ISKP recruits in Balkh and Herat. The core Islamic State once raised tens of millions of "
        "dollars a month from oil."
    )
    assert keys(text) == [("islamic_state", "revenue", 10_000_000, 100_000_000, "month")]


def test_another_places_change_in_a_clause_of_its_own_is_militancys_as_the_one_before() -> None:
    text = "Attacks in Sibi rose by 21 per cent in 2025, while Kohlu saw a 9% increase."
    assert keys(text) == [
        ("militant_groups", "attack_change_pct", 21, 21, None),
        ("militant_groups", "attack_change_pct", 9, 9, None),
    ]
    # (not a toll's change after the count of attacks)
    assert keys("- Sibi: attacks down 9%, fatalities up 30%") == [
        ("militant_groups", "attack_change_pct", -9, -9, None)
    ]


def test_a_signed_change_in_bold_keeps_its_sign() -> None:
    assert keys("- **+21%** change in the number of militant attacks on 2024") == [
        ("militant_groups", "attack_change_pct", 21, 21, None)
    ]


def test_operations_against_militants_are_against_militancy_at_large() -> None:
    text = (
        "ISKP is weaker than a year ago. The army said 812 operations were conducted against "
        "militants in the two provinces in 2025, up from 640 in 2024."
    )
    assert keys(text) == [
        ("militant_groups", "operations_against", 812, 812, None),
        ("militant_groups", "operations_against", 640, 640, None),
    ]


def test_a_places_share_of_attacks_and_attacks_at_large_as_a_tolls_agent() -> None:
    text = (
        "The TJP claimed 12 attacks in Swat. Khyber Pakhtunkhwa accounted for 140 attacks and "
        "Balochistan for 61. In Balochistan, attacks killed 90 people and injured 130."
    )
    assert keys(text) == [
        ("tjp", "attacks", 12, 12, None),
        ("militant_groups", "attacks", 140, 140, None),
        ("militant_groups", "attacks", 61, 61, None),
        ("militant_groups", "deaths", 90, 90, None),
        ("militant_groups", "injured", 130, 130, None),
    ]
    # (a determiner makes them the attacks just named)
    assert keys("The TJP claimed two attacks in Swat. The attacks killed 9 people.")[-1] == (
        "tjp",
        "deaths",
        9,
        9,
        None,
    )


def test_a_bare_number_repeating_a_count_just_read_is_that_count_again() -> None:
    text = (
        "- Attacks claimed by ISKP: 212\n"
        "- Deaths in ISKP attacks: 340\n"
        "\n"
        "Notes: analysts doubt the 212 and accept the 340. The group also released 212 videos.\n"
    )
    assert keys(text) == [
        ("iskp", "attacks", 212, 212, None),
        ("iskp", "deaths", 340, 340, None),
        ("iskp", "attacks", 212, 212, None),
        ("iskp", "deaths", 340, 340, None),
    ]


def test_a_possessive_after_a_number_opens_a_phrase_the_number_does_not_count() -> None:
    f = only("The toll of 31 makes Sunday's ISKP bombing in Bamyan the deadliest of the year.")
    assert (f.subject, f.measure, f.value_low) == ("iskp", "deaths", 31)


def test_a_proportion_one_in_n_counts_nothing() -> None:
    text = (
        "ISKP claimed 64 attacks in Jowzjan. Roughly one claim in four overstated the dead, "
        "and one attack in every 10 killed a child."
    )
    assert keys(text) == [("iskp", "attacks", 64, 64, None)]


def test_a_counted_noun_lies_before_the_next_number() -> None:
    text = "ISKP is growing. One Member State reported four new training camps in Ghor."
    assert keys(text) == [("iskp", "new_training_camps", 4, 4, None)]


def test_a_number_that_is_a_verbs_object_takes_that_verb_not_a_participle_after_its_noun() -> None:
    text = (
        "The Taliban freed some 40 ISKP suspects arrested in Zaranj. "
        "In Chaman, 11 TTP men were arrested and 6 others injured."
    )
    assert keys(text) == [
        ("iskp", "released", 40, 40, None),
        ("ttp", "detained", 11, 11, None),
        ("ttp", "injured", 6, 6, None),
    ]


def test_militants_held_of_no_group_named_are_held_by_militancy_at_large_and_so_are_their_parts() -> None:
    for held in ("terrorists", "militants"):
        text = f"Police in Sindh said 95 suspected {held} arrested: Hub 40, Sukkur 30 and Larkana 25."
        assert keys(text) == [
            ("militant_groups", "detained", 95, 95, None),
            ("militant_groups", "detained", 40, 40, None),
            ("militant_groups", "detained", 30, 30, None),
            ("militant_groups", "detained", 25, 25, None),
        ], held


def test_a_plural_noun_outside_the_vocabulary_counted_mid_sentence_takes_no_measure_from_before() -> None:
    assert keys("The army chief listed two truces and three rounds of talks with the TTP since 2014.") == []
    assert keys("Asked about the TTP's fighters, several delegations had doubts.") == []


def test_members_named_by_their_body_are_no_groups_strength() -> None:
    text = "The TTP has 6,000 fighters. Three Cabinet members and one of the 12 jirga members disagreed."
    assert keys(text) == [("ttp", "fighters", 6000, 6000, None)]


def test_a_module_number_is_a_label() -> None:
    assert keys("This note gives course members the history of the TTP studied in Module 6.") == []


def test_a_number_after_an_opening_straight_quote_is_read_whole() -> None:
    text = 'The draft now says ISKP strength is "1,800 to 2,200".'
    assert keys(text) == [("iskp", "fighters", 1800, 2200, None)]


def test_a_force_sized_as_a_compound_counts_its_fighters() -> None:
    text = "Islamabad fears a 2,500-strong ISKP will move east. A 41-year-old ISKP recruiter was held."
    assert keys(text) == [("iskp", "fighters", 2500, 2500, None)]


def test_military_notation_counts_the_item_after_its_sign() -> None:
    text = "Exercise force, ISKP: 300 fighters in 2 x companies, 4 x VBIEDs."
    assert keys(text) == [("iskp", "fighters", 300, 300, None)]


def test_a_weight_and_a_page_count_are_no_figures() -> None:
    text = "The ISKP attack index weighs deaths (weight 2) and injuries (weight 0.25). File on ISKP attacks: 7 pp."
    assert keys(text) == []


def test_a_change_set_beside_a_toll_is_the_tolls_not_the_attacks() -> None:
    text = "The ISKP carried out 61 attacks in 2025, up 12% on 2024, and its bombings caused 240 deaths, a 30% increase."
    assert [k for k in keys(text) if k[1] == "attack_change_pct"] == [
        ("iskp", "attack_change_pct", 12, 12, None)
    ]


def test_the_last_noun_of_a_compound_before_a_number_is_its_head() -> None:
    text = "Army convoy ambush toll climbs to 21 in Kohlu; TTP claims responsibility"
    assert keys(text) == [("ttp", "deaths", 21, 21, None)]


def test_a_year_after_a_month_is_a_date_before_a_code_like_a_currency() -> None:
    text = "Serial 014  11 AUG 2025  INR Note 25-090  TTP financing  3 pp."
    assert keys(text) == []


def test_a_condition_in_the_generic_present_defines_what_is_counted() -> None:
    text = "An ISKP attack is logged where at least 3 people are killed, or if 5 civilians are injured."
    assert keys(text) == []


def test_a_number_for_a_toll_noun_is_a_value_given_to_each_not_a_count() -> None:
    text = "The TTP severity score gives 4 for fatalities and 1.5 for injuries."
    assert keys(text) == []


def test_a_correction_gives_the_right_value_of_the_figure_just_stated() -> None:
    text = (
        "Errata: last week's note put ISKP attacks in Zabul at 63. The correct number, per the "
        "provincial police, was 36. Our podcast said the TTP killed 19 police in Kohat; the "
        "bulletin actually said 29."
    )
    assert keys(text) == [
        ("iskp", "attacks", 63, 63, None),
        ("iskp", "attacks", 36, 36, None),
        ("ttp", "deaths", 19, 19, None),
        ("ttp", "deaths", 29, 29, None),
    ]


def test_a_count_that_exceeded_surpassed_or_topped_a_number_is_at_least_it() -> None:
    text = "ISKP attacks surpassed 40 in the spring. TTP attacks topped 300, and its fighters exceeded 5,000."
    assert keys(text) == [
        ("iskp", "attacks", 40, None, None),
        ("ttp", "attacks", 300, None, None),
        ("ttp", "fighters", 5000, None, None),
    ]


def test_an_age_at_an_event_of_a_life_is_no_figure() -> None:
    text = (
        "The IMU's founder, Juma Namangani, was killed in November 2001 at 32. The ISKP said the "
        "raid killed its deputy, arrested in 2019 at 27, and police put the number of guards killed at 14."
    )
    assert keys(text) == [("iskp", "deaths", 14, 14, None)]


def test_something_over_or_under_a_number_bounds_it() -> None:
    text = "The TTP raised something over 40 million rupees a year. ISKP has something under 1,500 fighters."
    assert [(f.subject, f.measure, f.value_low, f.value_high, f.qualifier) for f in figures(text)] == [
        ("ttp", "revenue", 40_000_000, None, "at_least"),
        ("iskp", "fighters", None, 1500, "at_most"),
    ]


def test_a_decimal_said_aloud_is_one_number() -> None:
    text = "ISKP attacks fell by six point five percent, and the TTP has nine point two thousand fighters."
    assert keys(text) == [
        ("iskp", "attack_change_pct", -6.5, -6.5, None),
        ("ttp", "fighters", 9200, 9200, None),
    ]


def test_estimates_heard_or_settled_on_in_speech_restate_the_figure_just_given() -> None:
    text = (
        "Gulf donors gave the TTP maybe two million dollars a year -- we've heard two point four "
        "million, we've heard one point eight million, so let's say between two and two and a half million."
    )
    assert keys(text) == [
        ("ttp", "revenue", 2_000_000, 2_000_000, "year"),
        ("ttp", "revenue", 2_400_000, 2_400_000, "year"),
        ("ttp", "revenue", 1_800_000, 1_800_000, "year"),
        ("ttp", "revenue", 2_000_000, 2_500_000, "year"),
    ]


def test_a_sentence_of_having_that_ends_on_its_number_leaves_the_noun_of_the_one_before_out() -> None:
    text = "AQIS maintains about 180 fighters. ETIM has under 400. The valley has 12."
    assert keys(text) == [
        ("aqis", "fighters", 180, 180, None),
        ("etim", "fighters", None, 400, None),
    ]


def test_the_core_of_a_group_named_after_it_counts_its_core_members_from_further_back() -> None:
    text = (
        "By most accounts the inner circle of the Haqqani Network around Khost numbers roughly 15 persons. "
        "AQIS, which answers to the same leadership in South Asia, is assessed at 150 to 200 fighters."
    )
    assert keys(text) == [
        ("haqqani_network", "core_members", 15, 15, None),
        ("aqis", "fighters", 150, 200, None),
    ]


def test_few_before_a_scale_word_after_another_determiner_is_a_few() -> None:
    text = (
        "One Member State put the number inside Pakistan at about 3,000 TTP fighters, with another "
        "few thousand in Afghanistan. ISKP mounted few attacks."
    )
    assert keys(text) == [
        ("ttp", "fighters", 3000, 3000, None),
        ("ttp", "fighters", 2000, 5000, None),
    ]


def test_an_estimate_put_at_a_number_for_a_place_restates_the_figure_before() -> None:
    text = (
        "The Team assesses that ISKP fields 2,000 fighters. One Member State put the number within "
        "Nangarhar at roughly 900."
    )
    assert keys(text) == [("iskp", "fighters", 2000, 2000, None), ("iskp", "fighters", 900, 900, None)]


def test_a_figure_that_could_be_a_number_is_another_estimate_of_it() -> None:
    text = (
        "The Team puts AQIS at 200 fighters. A second Member State said the figure might be as high as 400."
    )
    assert keys(text) == [("aqis", "fighters", 200, 200, None), ("aqis", "fighters", None, 400, None)]


def test_a_number_the_figure_fell_to_keeps_its_measure() -> None:
    text = 'Estimates of TTP strength: "some 9,000" fighters in 2019 (p. 12), falling to between 5,000 and 5,500 by 2022.'
    assert keys(text) == [("ttp", "fighters", 9000, 9000, None), ("ttp", "fighters", 5000, 5500, None)]


def test_former_members_are_no_strength() -> None:
    text = "The author interviewed 31 former fighters of the TTP in Mastung."
    assert keys(text) == []


def test_what_a_group_takes_or_took_in_is_its_revenue() -> None:
    text = (
        "Traders say ISKP takes AFN 4 million a month from the gem mines. Before 2021 the Taliban "
        "took in about $400 million a year."
    )
    assert keys(text) == [
        ("iskp", "revenue", 4_000_000, 4_000_000, "month"),
        ("taliban", "revenue", 400_000_000, 400_000_000, "year"),
    ]


def test_a_sum_over_the_whole_of_a_year_is_a_total() -> None:
    text = "A Member State said the TTP raised $2 million over the course of 2024."
    assert keys(text) == [("ttp", "revenue", 2_000_000, 2_000_000, "total")]

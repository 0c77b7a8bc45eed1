"""Layout rules (tables, dot leaders, column lists) and the general rules of English added with them.

Every sentence and table here is written for these tests; none is taken from an evaluation
document. Each test names the rule it checks.
"""

from __future__ import annotations

from datetime import date

from extract_helpers import figures, keys, only

# --------------------------------------------------------------------- 1. tables and list layouts


def test_dot_leader_rows_read_as_labelled_values() -> None:
    text = (
        "MONTH IN NUMBERS\n"
        "Attacks claimed by TTP (Pakistan) .......... 51\n"
        "Killed in TTP attacks ...................... 77\n"
    )
    assert keys(text) == [("ttp", "attacks", 51, 51, None), ("ttp", "deaths", 77, 77, None)]


def test_a_contents_pages_leader_rows_give_page_numbers_not_figures() -> None:
    text = (
        "TABLE OF CONTENTS\n"
        "1. Attacks claimed by the TTP ............ 6\n"
        "2. ISKP training camps ................... 11\n"
        "\n"
        "KEY FIGURES\n"
        "ISKP training camps ...................... 4\n"
    )
    assert keys(text) == [("iskp", "training_camps", 4, 4, None)]


def test_a_markdown_table_reads_each_cell_as_its_row_and_column() -> None:
    text = (
        "ISKP violence by province, first half\n"
        "\n"
        "| Province | Attacks | Killed |\n"
        "|:---|---:|---:|\n"
        "| Nangarhar | 31 | 58 |\n"
        "| Kunar | 12 | n/a |\n"
    )
    found = figures(text)
    assert [(f.subject, f.measure, f.value_low, f.text) for f in found] == [
        ("iskp", "attacks", 31, "31"),
        ("iskp", "deaths", 58, "58"),
        ("iskp", "attacks", 12, "12"),
    ]
    assert all(text[f.start : f.end] == f.text for f in found)


def test_a_pipe_grid_without_a_rule_row_is_a_table_too() -> None:
    text = "Militant attacks by region\n\nRegion | Attacks | Injured\nSindh | 14 | 40\nPunjab | 6 | 9\n"
    assert keys(text) == [
        ("militant_groups", "attacks", 14, 14, None),
        ("militant_groups", "injured", 40, 40, None),
        ("militant_groups", "attacks", 6, 6, None),
        ("militant_groups", "injured", 9, 9, None),
    ]


def test_dot_leader_value_keeps_its_own_offsets_and_the_row_is_the_quote() -> None:
    text = "SUMMARY\nInjured in ISKP bombings ......... 19\n"
    f = only(text)
    assert (f.subject, f.measure, f.value_low) == ("iskp", "injured", 19)
    assert text[f.start : f.end] == f.text == "19"
    assert f.quote == "Injured in ISKP bombings ......... 19"


def test_ellipsis_character_leaders_count_as_dot_leaders() -> None:
    assert keys("KEY FIGURES\nTTP fighters (estimate) …… about 4,500\n") == [
        ("ttp", "fighters", 4500, 4500, None)
    ]


def test_indented_leader_row_continues_the_label_above() -> None:
    text = "OVERVIEW\nAttacks by ISKP ...................... 14\n  of which in Nangarhar ............... 5\n"
    assert keys(text) == [("iskp", "attacks", 14, 14, None), ("iskp", "attacks", 5, 5, None)]


def test_leader_row_with_a_period_in_its_label_gives_a_rate() -> None:
    text = "MONEY\nUS humanitarian aid to Afghanistan (week) ...... $3 million\n"
    assert keys(text) == [("united_states", "aid_funding", 3_000_000, 3_000_000, "week")]


def test_quoted_value_in_a_row_is_read_with_its_qualifier() -> None:
    text = 'ARRESTS\nISKP suspects detained ............ "at least 25"\n'
    assert keys(text) == [("iskp", "detained", 25, None, None)]


def test_slash_columns_take_the_header_names() -> None:
    text = "BY GROUP (attacks / killed / wounded)\n- TTP: 70 / 120 / 140\n- ISKP: 8 / n/a / 31\n"
    assert keys(text) == [
        ("ttp", "attacks", 70, 70, None),
        ("ttp", "deaths", 120, 120, None),
        ("ttp", "injured", 140, 140, None),
        ("iskp", "attacks", 8, 8, None),
        ("iskp", "injured", 31, 31, None),
    ]


def test_space_aligned_table_pairs_row_and_column() -> None:
    text = (
        "Assessed strength (Member State estimates)\n"
        "\n"
        "Group              Fighters       Provinces\n"
        "TTP                5,500          n/a\n"
        "Al-Qaida           ~150           9\n"
    )
    assert keys(text) == [
        ("ttp", "fighters", 5500, 5500, None),
        ("al_qaeda", "fighters", 150, 150, None),
        ("al_qaeda", "provinces_active", 9, 9, None),
    ]


def test_space_aligned_table_of_periods_under_an_aggregate_caption() -> None:
    text = (
        "ATTACKS BY HALF-YEAR (all groups)\n"
        "Period    Attacks   Deaths\n"
        "H1 2023   210       390\n"
        "H2 2023   260       455\n"
    )
    assert keys(text) == [
        ("militant_groups", "attacks", 210, 210, None),
        ("militant_groups", "deaths", 390, 390, None),
        ("militant_groups", "attacks", 260, 260, None),
        ("militant_groups", "deaths", 455, 455, None),
    ]


def test_pipe_row_fields_are_labels_for_the_row_group() -> None:
    text = "PROFILES\nIMU | fighters (est.): ~120 | camps: 2\n"
    assert ("imu", "fighters", 120, 120, None) in keys(text)


def test_pipe_row_without_numbers_is_no_table() -> None:
    assert keys("Photo | Staff | Credits: Agency/Archive\n") == []


def test_less_than_sign_is_at_most_and_greater_than_sign_at_least() -> None:
    assert keys("- IMU fighters: <80\n- TTP fighters: >3,000\n") == [
        ("imu", "fighters", None, 80, None),
        ("ttp", "fighters", 3000, None, None),
    ]


def test_label_opening_with_groups_counts_groups_present() -> None:
    assert keys("WATCH\nGroups reported as present in Afghanistan: 18+\n") == [
        ("militant_groups", "groups_present", 18, None, None)
    ]


def test_label_of_group_fighters_killed_in_operations_is_not_deaths() -> None:
    assert keys("- ISKP fighters killed in operations: 64\n") == []


def test_abbreviated_including_links_a_subset() -> None:
    assert keys("- Killed in TTP attacks: 90, incl. 40 police\n") == [
        ("ttp", "deaths", 90, 90, None),
        ("ttp", "deaths", 40, 40, None),
    ]


# --------------------------------------------------------------------- 2. which group


def test_spokesman_and_hospital_tolls_go_to_the_group_that_claimed_the_attack() -> None:
    text = (
        "KABUL (Wire) - ISKP claimed responsibility for a bombing at a market in Kabul on Friday.\n\n"
        "A Taliban police spokesman said seven people were killed. Doctors later said the number of "
        "dead had climbed to 11."
    )
    assert [k for k in keys(text) if k[1] == "deaths"] == [
        ("iskp", "deaths", 7, 7, None),
        ("iskp", "deaths", 11, 11, None),
    ]


def test_an_earlier_attack_introduced_anew_does_not_take_the_claimant() -> None:
    text = (
        "TJP claimed responsibility for the blast in Quetta on Monday.\n\n"
        "It was the worst since an attack on a court in 2016 killed 70 people, blamed on the TTP."
    )
    assert ("tjp", "deaths", 70, 70, None) not in keys(text)


def test_headline_parent_name_reads_as_the_province_named_in_the_story() -> None:
    text = "Islamic State bombing in Jalalabad kills 9\n\nISKP said its fighter carried out the attack.\n"
    assert keys(text)[0][:2] == ("iskp", "deaths")


def test_attacks_on_a_group_by_another_named_group_are_its_attacks() -> None:
    assert keys("ISKP carried out dozens of attacks on Taliban checkpoints last year.") == [
        ("iskp", "attacks", 24, 100, None)
    ]


def test_raids_on_a_group_remain_operations_against_it() -> None:
    assert keys("The Taliban conducted 15 raids on ISKP hideouts.") == [
        ("iskp", "operations_against", 15, 15, None)
    ]


def test_incident_claimed_by_a_group_outside_the_vocabulary_has_no_subject() -> None:
    assert keys("TTP attacks continued.\n\n3 Mar, Turbat: 6 killed; claimed by BLF.") == []


def test_a_group_putting_the_figure_at_is_the_claimant_not_the_subject() -> None:
    text = (
        "Analysts put ISKP's strength at 3,000 fighters, though the Taliban put the figure at fewer than 500."
    )
    assert [k[0] for k in keys(text)] == ["iskp", "iskp"]


def test_officials_are_not_what_the_group_refers_back_to() -> None:
    text = "There is also IMU, which Taliban officials call defeated. The group's strength? Perhaps 150 fighters."
    assert keys(text) == [("imu", "fighters", 150, 150, None)]


def test_named_agent_keeps_attacks_from_the_aggregate() -> None:
    text = 'Officials say the TTP network carried out "more than 300 terrorist attacks" in 2022.'
    assert keys(text) == [("ttp", "attacks", 300, None, None)]


def test_ties_to_the_movement_refer_back_to_the_movement() -> None:
    text = "The Islamic Movement of Uzbekistan is small. Police detained 40 people linked to the movement."
    assert keys(text) == [("imu", "detained", 40, 40, None)]


# --------------------------------------------------------------------- 3. which measure


def test_money_takes_the_cue_nearest_it() -> None:
    text = "The Haqqani Network earns thirty million dollars a year from levies and what it calls donations."
    assert keys(text) == [("haqqani_network", "revenue", 30_000_000, 30_000_000, "year")]


def test_money_spent_on_relief_is_aid() -> None:
    text = "The Islamic Emirate says it spent five million dollars on flood relief in Kunar."
    assert keys(text) == [("taliban", "aid_funding", 5_000_000, 5_000_000, "total")]


def test_each_number_takes_the_noun_after_it_not_the_core_before() -> None:
    text = "Al-Qaeda retains 20 to 30 core members, with perhaps 250 fighters in the east."
    assert keys(text) == [
        ("al_qaeda", "core_members", 20, 30, None),
        ("al_qaeda", "fighters", 250, 250, None),
    ]


def test_senior_figures_are_core_members() -> None:
    assert keys("Al-Qaeda keeps between 15 and 25 senior figures in Kunar.") == [
        ("al_qaeda", "core_members", 15, 25, None)
    ]


def test_militants_killed_in_an_operation_are_not_victims_of_their_group() -> None:
    text = "Troops carried out 30 operations against TTP camps this month and killed 12 militants."
    assert keys(text) == [("ttp", "operations_against", 30, 30, None)]


def test_group_members_killed_in_a_raid_are_not_deaths() -> None:
    assert keys("* 3 Jun, Herat: Taliban raid, 4 ISKP members killed") == []


def test_killed_more_in_raids_is_not_a_toll() -> None:
    assert keys("ISKP is weakening. Officials say they killed dozens more in raids.") == []


# --------------------------------------------------------------------- 4. not figures


def test_plural_noun_outside_the_vocabulary_closes_the_count() -> None:
    assert keys("Ask five officials how many TTP fighters there are and you will get six estimates.") == []


def test_denominator_after_a_possessive_is_not_a_figure() -> None:
    assert keys("Al-Qaeda is present in half the provinces - about 17 of the country's 34.") == [
        ("al_qaeda", "provinces_active", 17, 17, None)
    ]


def test_a_persons_birth_year_is_not_a_founding_year() -> None:
    assert keys("ISKP's spokesman, a former teacher, was born in 1984 in Kunar.") == []


# --------------------------------------------------------------------- 5. phrasings


def test_article_before_a_scale_word_is_one() -> None:
    assert keys("The UN counts well over a thousand TTP fighters in Kunar.") == [
        ("ttp", "fighters", 1000, None, None)
    ]
    assert keys("ISKP is active in roughly a dozen provinces.") == [
        ("iskp", "provinces_active", 12, 12, None)
    ]


def test_vague_multiplier_with_two_scale_words() -> None:
    assert keys("Al-Qaeda receives a few hundred thousand dollars a month from donors.") == [
        ("al_qaeda", "revenue", 200_000, 500_000, "month")
    ]


def test_another_estimate_in_the_next_sentence_takes_the_figure_it_revises() -> None:
    text = "The IMU is thought to number about 90 members. A second Member State gave a higher estimate of up to 140."
    assert keys(text) == [("imu", "fighters", 90, 90, None), ("imu", "fighters", None, 140, None)]


def test_quoted_estimate_after_put_the_figure_at() -> None:
    text = (
        'One State said 15 terrorist groups were active in the country; another put the figure at "over 12".'
    )
    assert keys(text)[-1] == ("militant_groups", "groups_present", 12, None, None)


def test_elided_noun_after_a_claim_of_part_of_a_total() -> None:
    text = "- 2024: 20 suicide attacks; TTP claimed 7 of the 20."
    assert ("ttp", "attacks", 7, 7, None) in keys(text)


def test_founding_dated_to_a_year_and_a_group_founded_by_a_person() -> None:
    assert keys("Most accounts date its founding to 2004, although ISKP itself is younger.")[:0] == []
    assert keys("The TTP dates its founding to 2007.") == [("ttp", "founded_year", 2007, 2007, None)]
    assert keys("He was an aide to Jalaluddin Haqqani, who founded the Haqqani Network in 1995.") == [
        ("haqqani_network", "founded_year", 1995, 1995, None)
    ]


def test_sum_restated_in_dollars_in_the_next_sentence_is_one_figure_in_usd() -> None:
    text = "The TTP collects about two billion rupees a year in extortion. That is roughly $7 million."
    assert keys(text) == [("ttp", "revenue", 7_000_000, 7_000_000, "year")]
    assert figures(text)[0].unit == "USD"


def test_yuan_is_cny() -> None:
    f = only(
        "ETIM is active. Beijing offered 500,000 yuan for information leading to the capture of its leader."
    )
    assert (f.subject, f.measure, f.unit, f.value_low) == ("etim", "bounty", "CNY", 500_000)


def test_members_of_a_delegation_are_not_fighters() -> None:
    assert keys("Three of the ten members of the Taliban negotiating team travelled to Doha.") == []
    assert keys("The TTP welcomed the vote. Several members of the Senate opposed the listing.") == []


def test_hyphenated_compound_before_the_noun_is_a_modifier() -> None:
    assert keys("Police conducted 310 intelligence-based operations against ISKP in 2023.") == [
        ("iskp", "operations_against", 310, 310, None)
    ]


def test_a_year_then_to_and_a_smaller_number_is_no_range() -> None:
    assert keys("Militant attacks rose by 20% in 2024 to 500, a monitor said.") == [
        ("militant_groups", "attack_change_pct", 20, 20, None),
        ("militant_groups", "attacks", 500, 500, None),
    ]


def test_aligned_table_with_a_header_of_years_and_no_label_column_header() -> None:
    text = "FIGHTERS (UN estimates)\n              2021      2022\nTTP           3,500     4,500\nIMU           90        70\n"
    assert keys(text) == [
        ("ttp", "fighters", 3500, 3500, None),
        ("ttp", "fighters", 4500, 4500, None),
        ("imu", "fighters", 90, 90, None),
        ("imu", "fighters", 70, 70, None),
    ]


def test_slash_columns_of_years_take_the_measure_from_the_header_title() -> None:
    text = "ATTACKS (2021 / 2022)\n- TTP: 150 / 250\n- ISKP: 40 / 35\n"
    assert keys(text) == [
        ("ttp", "attacks", 150, 150, None),
        ("ttp", "attacks", 250, 250, None),
        ("iskp", "attacks", 40, 40, None),
        ("iskp", "attacks", 35, 35, None),
    ]


def test_bold_markers_around_a_value_or_a_label_do_not_change_the_reading() -> None:
    text = (
        "QUARTER IN BRIEF\n"
        "- Wounded in IS-K bombings: **64**\n"
        "- **Lashkar-e-Islam faction:** 9 attacks\n"
        "- Districts with IS-K activity: **5** of 12\n"
        "\n"
        "| District | Attacks |\n"
        "|---|---|\n"
        "| **Total** | **17** |\n"
    )
    found = figures(text)
    assert [(f.subject, f.measure, f.value_low, f.text) for f in found] == [
        ("iskp", "injured", 64, "64"),
        ("militant_groups", "attacks", 17, "17"),
    ]
    assert all(text[f.start : f.end] == f.text for f in found)


def test_a_signed_change_in_parentheses_after_a_count_of_attacks_is_its_change() -> None:
    text = (
        "IS-K ATTACKS BY PROVINCE (change on last quarter)\n"
        "- Herat: 4 (+33%)\n"
        "\n"
        "REGIONS\n"
        "- Sindh: 40 attacks (down 12 per cent on last year), 55 killed\n"
    )
    assert keys(text) == [
        ("iskp", "attacks", 4, 4, None),
        ("iskp", "attack_change_pct", 33, 33, None),
        ("militant_groups", "attacks", 40, 40, None),
        ("militant_groups", "attack_change_pct", -12, -12, None),
        ("militant_groups", "deaths", 55, 55, None),
    ]


def test_list_items_under_a_toll_break_it_down_and_its_change_is_not_an_attack_change() -> None:
    text = (
        "KEY NUMBERS (Q2 2025)\n"
        "- Militant attacks nationwide: 247 (+16%)\n"
        "- Deaths in militant attacks: 392 (+27%)\n"
        "  * of whom security personnel: 161\n"
        "  * of whom civilians: 198\n"
        "- Injured: 514\n"
    )
    assert [(f.measure, f.value_low, f.victims) for f in figures(text)] == [
        ("attacks", 247, None),
        ("attack_change_pct", 16, None),
        ("deaths", 392, None),
        ("deaths", 161, "security personnel"),
        ("deaths", 198, "civilians"),
        ("injured", 514, None),
    ]


def test_incidents_in_a_digest_line_are_attacks() -> None:
    assert keys("Militant attacks by province, Q3 2025\n\nBalochistan - 96 incidents, 158 killed\n") == [
        ("militant_groups", "attacks", 96, 96, None),
        ("militant_groups", "deaths", 158, 158, None),
    ]


def test_leader_rows_take_the_column_names_the_caption_gives_in_parentheses() -> None:
    text = "BY PROVINCE (attacks | injured)\nBalochistan ......... 71 | 140\nPunjab .............. 9 | 22\n"
    assert keys(text) == [
        ("militant_groups", "attacks", 71, 71, None),
        ("militant_groups", "injured", 140, 140, None),
        ("militant_groups", "attacks", 9, 9, None),
        ("militant_groups", "injured", 22, 22, None),
    ]


def test_numbered_rows_of_a_label_a_dash_and_a_value_under_a_caption() -> None:
    text = "WORST-HIT DISTRICTS (attacks, all groups)\n1. Khyber — 21\n2. Kurram – 17\n3. Bajaur — 9\n"
    assert keys(text) == [("militant_groups", "attacks", n, n, None) for n in (21, 17, 9)]


def test_a_line_of_keys_and_values_divided_by_bars_has_no_row_name() -> None:
    text = "ATTACKS BY MONTH (all groups)\nJuly: 64 | August: 71 | September: 58\n"
    assert keys(text) == [("militant_groups", "attacks", n, n, None) for n in (64, 71, 58)]


def test_an_item_s_toll_broken_down_after_of_whom_in_the_same_line() -> None:
    text = "- Killed in TJP attacks: 88, of whom civilians: 51\n"
    assert [(f.measure, f.value_low, f.victims) for f in figures(text)] == [
        ("deaths", 88, None),
        ("deaths", 51, "civilians"),
    ]


def test_a_rate_word_anywhere_in_a_label_sets_the_rate_of_its_sum() -> None:
    text = "- TJP weekly receipts from Gulf donors (one Member State's estimate): US$4,000-6,000\n"
    assert keys(text) == [("tjp", "revenue", 4000, 6000, "week")]


def test_dash_bulleted_breakdown_items_under_a_toll() -> None:
    text = "- Killed in ISKP attacks: 64\n   – civilians: 40\n   – Taliban personnel: 24\n"
    assert [(f.measure, f.value_low, f.victims) for f in figures(text)] == [
        ("deaths", 64, None),
        ("deaths", 40, "civilians"),
        ("deaths", 24, "Taliban personnel"),
    ]


def test_a_numbered_line_s_short_label_reaches_every_number_on_the_line() -> None:
    text = "KEY POINTS\n  1. Violence fell in the north.\n  2. Suicide attacks, Pakistan: 5 in Q2 against 11 in Q1 (-55%).\n"
    assert keys(text) == [
        ("militant_groups", "attacks", 5, 5, None),
        ("militant_groups", "attacks", 11, 11, None),
        ("militant_groups", "attack_change_pct", -55, -55, None),
    ]


def test_a_breakdown_by_names_without_colons_counts_what_its_figure_counts() -> None:
    text = "* TTP attacks in Khyber Pakhtunkhwa: 9 (Swat 4; Lower Dir 3; Kohat 2)\n"
    assert keys(text) == [("ttp", "attacks", n, n, None) for n in (9, 4, 3, 2)]


def test_a_breakdown_item_labelled_with_a_group_counts_for_that_group() -> None:
    text = "- Attacks claimed: 22 (IS-K: 15; others: 7)\n"
    assert [(f.subject, f.value_low) for f in figures(text)] == [
        ("militant_groups", 22),
        ("iskp", 15),
        ("militant_groups", 7),
    ]


def test_a_name_joined_by_a_hyphen_to_a_word_that_ties_something_to_it_names_the_group() -> None:
    text = "- Kurram: 31 attacks, of which ISKP-claimed: 12\n- TTP-linked suspects arrested: 40\n"
    assert [(f.subject, f.measure, f.value_low) for f in figures(text)] == [
        ("militant_groups", "attacks", 31),
        ("iskp", "attacks", 12),
        ("ttp", "detained", 40),
    ]


def test_rows_of_a_label_and_its_value_then_more_values_under_a_caption_naming_the_columns() -> None:
    text = "BY REGION (attacks | killed)\n- Kurram: 14 | 22\n- Orakzai: 6 | 9\n"
    assert [(f.measure, f.value_low) for f in figures(text)] == [
        ("attacks", 14),
        ("deaths", 22),
        ("attacks", 6),
        ("deaths", 9),
    ]


def test_a_grid_s_change_column_in_words() -> None:
    text = "ATTACKS BY DISTRICT\nDistrict | Q2 | Q1 | Change\nKurram | 9 | 12 | down 25%\n"
    assert [(f.measure, f.value_low) for f in figures(text)][-1] == ("attack_change_pct", -25)


def test_a_source_after_a_comma_in_a_label_is_not_its_subject() -> None:
    text = "FEBRUARY FIGURES\n\n- TTP suspects arrested, per the Taliban interior ministry: 35\n"
    assert keys(text) == [("ttp", "detained", 35, 35, None)]


def test_a_second_estimate_after_a_bracketed_source_keeps_the_row() -> None:
    text = "STRENGTH (FIGHTERS)\n\n- TIP: 300-400 [UN]; ~700 [Chinese officials]\n- IMU: est. 90 [media]\n"
    assert keys(text) == [
        ("etim", "fighters", 300, 400, None),
        ("etim", "fighters", 700, 700, None),
        ("imu", "fighters", 90, 90, None),
    ]


def test_rows_labelled_by_a_period_alone_count_what_their_heading_names() -> None:
    text = "ISKP ATTACKS IN NANGARHAR\nH1 2024: 31\nH2 2024: 22\nFull year 2024: 53\n"
    assert keys(text) == [
        ("iskp", "attacks", 31, 31, None),
        ("iskp", "attacks", 22, 22, None),
        ("iskp", "attacks", 53, 53, None),
    ]


def test_an_of_whom_sub_item_breaks_down_the_toll_above_whatever_names_its_people() -> None:
    text = "HEADLINES\n* Killed in TTP attacks: 140\n   - of whom Frontier Corps personnel: 52\n   - of whom Sikh and Hindu traders: 9\n"
    assert keys(text) == [
        ("ttp", "deaths", 140, 140, None),
        ("ttp", "deaths", 52, 52, None),
        ("ttp", "deaths", 9, 9, None),
    ]


def test_place_rows_after_a_group_count_for_all_groups_with_their_changes_and_sub_rows() -> None:
    text = (
        "Operations against the ISKP: 40 in the quarter.\n\n"
        "INCIDENTS BY AREA, 2025\n"
        "Sindh: 64 attacks (up 12% on 2024)\n"
        "   Karachi: 51\n"
        "   Hyderabad: 9\n"
        "Gilgit-Baltistan and Azad Kashmir: 5 attacks (down 3% on 2024)\n"
    )
    rows = [k for k in keys(text) if k[1] != "operations_against"]
    assert rows == [
        ("militant_groups", "attacks", 64, 64, None),
        ("militant_groups", "attack_change_pct", 12, 12, None),
        ("militant_groups", "attacks", 51, 51, None),
        ("militant_groups", "attacks", 9, 9, None),
        ("militant_groups", "attacks", 5, 5, None),
        ("militant_groups", "attack_change_pct", -3, -3, None),
    ]


def test_slash_column_rows_need_no_bullet_and_a_label_may_hold_an_abbreviation() -> None:
    text = "REGIONS (attacks / wounded)\nSindh: 40 / 72\n  - Karachi (excl. Malir): 31 / 60\n"
    assert keys(text) == [
        ("militant_groups", "attacks", 40, 40, None),
        ("militant_groups", "injured", 72, 72, None),
        ("militant_groups", "attacks", 31, 31, None),
        ("militant_groups", "injured", 60, 60, None),
    ]


def test_a_labels_participle_after_its_noun_gives_the_measure_before_its_headings() -> None:
    text = "ARRESTS AND RELEASES\n\n- TTP inmates escaped, Haripur jail, 3 May 2026: 23\n- Persons held for TTP links: 410\n"
    assert keys(text) == [("ttp", "released", 23, 23, None), ("ttp", "detained", 410, 410, None)]


def test_a_labels_core_counts_core_members() -> None:
    text = "STRENGTH ESTIMATES\n\n- ISKP fighters: 2,000-2,500\n- Al-Qaeda core, leaders only: 25-35\n"
    assert keys(text) == [("iskp", "fighters", 2000, 2500, None), ("al_qaeda", "core_members", 25, 35, None)]


def test_a_period_on_period_item_after_a_count_of_attacks_gives_its_change() -> None:
    text = "AT A GLANCE\n\n* ISKP attacks, Kunar: 12 (March: 9)\n* Month-on-month: up 33%\n"
    assert keys(text) == [
        ("iskp", "attacks", 12, 12, None),
        ("iskp", "attacks", 9, 9, None),
        ("iskp", "attack_change_pct", 33, 33, None),
    ]


def test_named_counts_in_parentheses_count_what_the_first_item_counted() -> None:
    text = (
        "Worst-hit districts: Khyber (21 attacks), Kurram (8), Orakzai and Hangu (6 between them), "
        "Tank (3). By claimant: TTP (30 attacks), ISKP (5)."
    )
    assert keys(text) == [
        ("militant_groups", "attacks", 21, 21, None),
        ("militant_groups", "attacks", 8, 8, None),
        ("militant_groups", "attacks", 6, 6, None),
        ("militant_groups", "attacks", 3, 3, None),
        ("ttp", "attacks", 30, 30, None),
        ("iskp", "attacks", 5, 5, None),
    ]


def test_people_counted_after_a_labels_verb_are_what_the_verb_says() -> None:
    text = (
        "ARRESTS AND RAIDS\n\n* Sindh CTD arrests: 74 suspects, 12 of them linked to ISKP\n"
        "* Quetta police: 31 suspects with alleged TTP links, held in raids\n"
    )
    assert keys(text) == [
        ("militant_groups", "detained", 74, 74, None),
        ("iskp", "detained", 12, 12, None),
        ("ttp", "detained", 31, 31, None),
    ]


def test_a_table_between_a_heading_and_its_list_does_not_head_the_list() -> None:
    text = (
        "4. TTP (Tehreek-e-Taliban Pakistan)\n"
        "Table 4: TTP attacks by district, Q2 2026\n"
        "District | Attacks | Killed\n"
        "Bannu    | 12      | 30\n\n"
        "- Fighters (security sources): 5,000-6,000\n"
    )
    assert ("ttp", "fighters", 5000, 6000, None) in keys(text)


def test_a_source_after_as_per_in_a_label_names_no_subject() -> None:
    text = "ARRESTS\n- TTP suspects held, as per the Taliban interior ministry: 64\n"
    assert keys(text) == [("ttp", "detained", 64, 64, None)]


def test_a_sum_on_a_list_item_takes_its_headings_money_words() -> None:
    text = "BOUNTIES ON OFFER\n- ISKP emir Shahab al-Muhajir: up to $5 million\n- TTP chief Noor Wali Mehsud: $3 million\n"
    assert keys(text) == [
        ("iskp", "bounty", None, 5_000_000, "total"),
        ("ttp", "bounty", 3_000_000, 3_000_000, "total"),
    ]


def test_a_group_joined_to_attributed_by_a_hyphen_is_named() -> None:
    text = "MONTHLY TALLY\n\n- ISKP-attributed bombings: 12\n- Dead in TJP-sponsored attacks: 40\n"
    assert keys(text) == [("iskp", "attacks", 12, 12, None), ("tjp", "deaths", 40, 40, None)]


def test_a_claim_under_the_next_banner_heading_is_another_sections() -> None:
    text = (
        "=== TTP ===\nAttacks claimed through Umar Media: 310\n\n"
        "=== TJP ===\nOur count of TJP-attributed attacks: 9\nChange in claimed attacks on 2024: -20%\n"
    )
    assert keys(text)[:2] == [("ttp", "attacks", 310, 310, None), ("tjp", "attacks", 9, 9, None)]


def test_rows_of_labelled_values_without_list_marks_are_a_list_under_their_banner() -> None:
    text = (
        "=== IMU / JAMAAT ANSARULLAH ===\n"
        "Fighters, Tajik border guards' estimate (2025 briefing): roughly 300\n"
        "Attacks claimed in Badakhshan (own channels, unverified): 7\n"
        "Camps where IMU trainers are reported: not given\n"
    )
    assert keys(text) == [("imu", "fighters", 300, 300, None), ("imu", "attacks", 7, 7, None)]


def test_a_year_after_a_founding_label_is_a_founding_year() -> None:
    text = "GROUP PROFILES\n\n- Jamaat Ansarullah established: 2010\n- IMU formed: 1998\n"
    assert keys(text) == [
        ("jamaat_ansarullah", "founded_year", 2010, 2010, None),
        ("imu", "founded_year", 1998, 1998, None),
    ]


def test_a_label_of_ages_gives_no_figure() -> None:
    text = "- ISKP suspects detained in Karachi: 23\n- Ages of the detained men: 19 to 44\n"
    assert keys(text) == [("iskp", "detained", 23, 23, None)]


def test_a_row_labelled_same_counts_what_the_row_above_does() -> None:
    text = (
        "- TTP extortion takings, Bannu division (police estimate): PKR 90 million a month\n"
        "- Same, Dera Ismail Khan division: PKR 60 million\n"
    )
    assert keys(text) == [("ttp", "revenue", 90e6, 90e6, "month"), ("ttp", "revenue", 60e6, 60e6, "month")]


def test_each_item_of_a_toll_broken_down_in_parentheses_is_part_of_the_toll() -> None:
    text = "Attacks in Lakki Marwat\nKilled: 31 (soldiers 12; Levies and police 9; bystanders 10)\n"
    found = figures(text)
    assert [(f.subject, f.measure, f.value_low) for f in found] == [
        ("militant_groups", "deaths", 31),
        ("militant_groups", "deaths", 12),
        ("militant_groups", "deaths", 9),
        ("militant_groups", "deaths", 10),
    ]
    assert [f.victims for f in found][2:] == ["Levies and police", "bystanders"]


def test_a_grid_of_sums_reads_each_money_cell_with_its_rate_and_conversion() -> None:
    text = (
        "Revenue lines\n"
        "Line | Estimate | Basis\n"
        "ISKP levies, D.I. Khan and Zhob | PKR 80-95 m / month (US$285,000-340,000) | shopkeepers\n"
        "TTP mining royalties, Orakzai | PKR 12 m / week | police\n"
    )
    assert keys(text) == [
        ("iskp", "revenue", 285_000, 340_000, "month"),
        ("ttp", "revenue", 12e6, 12e6, "week"),
    ]


def test_a_groups_claims_in_a_list_label_are_its_attacks_and_its_label_holds_no_claimant() -> None:
    text = "QUARTER ON QUARTER\n- ISKP claims: 58, up from 41 in Q2 (up 41%)\n- ISKP confirmed attacks: 33\n"
    found = figures(text)
    assert [(f.subject, f.measure, f.value_low) for f in found] == [
        ("iskp", "attacks", 58),
        ("iskp", "attacks", 41),
        ("iskp", "attack_change_pct", 41),
        ("iskp", "attacks", 33),
    ]
    assert {f.claimant for f in found} == {None}


def test_incidents_heading_a_list_label_or_a_column_count_attacks() -> None:
    text = "- Incidents attributed to ISKP, Nimroz and Farah: 17\n"
    assert keys(text) == [("iskp", "attacks", 17, 17, None)]
    # in prose, incidents coded from sources are no attacks of anyone's
    text = "Incidents are coded from 12 wire services and 40 local outlets."
    assert keys(text) == []


def test_a_label_naming_a_ratio_gives_no_count() -> None:
    text = (
        "Quarterly tracker, Q2 2026\n\n"
        "- BLA attacks claimed: 31\n"
        "- TTP attacks claimed: 58\n"
        "- Killed per claimed TTP attack: 2\n"
        "- Mean wounded per incident: 4\n"
    )
    assert keys(text) == [("ttp", "attacks", 58, 58, None)]


def test_a_decimal_section_number_opening_a_line_is_no_figure() -> None:
    text = (
        "3. Armed groups\n\n"
        "3.1 Jamaat-ul-Ahrar, a TTP faction, is assessed to field about 800 fighters.\n\n"
        "3.2 Of the camps the TTP ran in Khost in 2025, four were new.\n\n"
        "3.3 TTP attacks rose.\n"
    )
    assert [f.text for f in figures(text)] == ["about 800", "four"]


def test_an_aligned_table_row_with_empty_cells_reads_each_value_under_its_own_column() -> None:
    text = (
        "Table 2. Attacks by group, Afghanistan (Registry count)\n"
        "  Group            2025    2024   Change\n"
        "  ISKP               48      75     −36%\n"
        "  Haqqani Network            12\n"
        "  TTP                 9       4\n"
    )
    got = [(f.subject, f.measure, f.value_low, f.period_start) for f in figures(text, date(2026, 2, 1))]
    assert got == [
        ("iskp", "attacks", 48, "2025-01-01"),
        ("iskp", "attacks", 75, "2024-01-01"),
        ("iskp", "attack_change_pct", -36, None),
        ("haqqani_network", "attacks", 12, "2024-01-01"),
        ("ttp", "attacks", 9, "2025-01-01"),
        ("ttp", "attacks", 4, "2024-01-01"),
    ]


def test_a_label_saying_who_claimed_or_was_blamed_counts_attacks() -> None:
    text = (
        "Balochistan, March 2026\n"
        "- Militant attacks, all groups: 57\n"
        "- Share of attacks in Quetta: 31%\n"
        "- Claimed by ISKP: 6\n"
        "- Attributed to or claimed by the TTP: 12\n"
    )
    assert keys(text)[-2:] == [("iskp", "attacks", 6, 6, None), ("ttp", "attacks", 12, 12, None)]


def test_a_line_breaking_the_count_above_down_by_place_counts_the_same() -> None:
    text = (
        "3. DETENTIONS\n"
        "- People detained on suspicion of ISKP membership, 2025 (GDI): 640\n"
        "- Change on 2024: -8%\n"
        "- By province: Samangan 210 | Sar-e Pul 190 | Ghor and Parwan 41\n"
    )
    assert keys(text, date(2026, 1, 15)) == [
        ("iskp", "detained", 640, 640, None),
        ("iskp", "detained", 210, 210, None),
        ("iskp", "detained", 190, 190, None),
        ("iskp", "detained", 41, 41, None),
    ]


def test_ibos_are_intelligence_based_operations() -> None:
    text = (
        "| Month | Attacks | IBOs |\n"
        "|---|---|---|\n"
        "| January | 41 | 388 |\n"
        "\n"
        "The army said it had carried out 412 IBOs against the TTP in Kurram.\n"
    )
    assert keys(text, date(2026, 2, 10)) == [
        ("militant_groups", "attacks", 41, 41, None),
        ("militant_groups", "operations_against", 388, 388, None),
        ("ttp", "operations_against", 412, 412, None),
    ]


def test_arrest_counts_in_a_digest_take_the_group_of_their_own_phrase() -> None:
    text = (
        "- CTD Sindh: 37 TTP suspects arrested\n"
        "\n"
        "- CTD Punjab reported 88 arrests, including 15 suspects linked to ISKP.\n"
        "\n"
        "- CTD Balochistan: 19 suspected TTP facilitators and 6 suspected ISKP members picked up in Nushki\n"
        "\n"
        "The TTP has 6,000 fighters, and 200 of them were arrested last year.\n"
    )
    assert keys(text, date(2026, 1, 20)) == [
        ("ttp", "detained", 37, 37, None),
        ("militant_groups", "detained", 88, 88, None),
        ("iskp", "detained", 15, 15, None),
        ("ttp", "detained", 19, 19, None),
        ("iskp", "detained", 6, 6, None),
        ("ttp", "fighters", 6000, 6000, None),
        ("ttp", "detained", 200, 200, None),
    ]


def test_a_list_of_names_and_numbers_breaks_down_the_count_before_it() -> None:
    text = (
        "- Balochistan: 240 attacks, of which Turbat 31, Panjgur 22 and Gwadar (Pasni) 9\n"
        "- Verified ISKP attacks by province: Balkh 14 (most in Mazar-i-Sharif), Jowzjan 6, Kabul 3.\n"
    )
    assert [(f.subject, f.measure, f.value_low) for f in figures(text, date(2026, 1, 5))] == [
        ("militant_groups", "attacks", 240),
        ("militant_groups", "attacks", 31),
        ("militant_groups", "attacks", 22),
        ("militant_groups", "attacks", 9),
        ("iskp", "attacks", 14),
        ("iskp", "attacks", 6),
        ("iskp", "attacks", 3),
    ]


def test_a_long_label_still_names_its_measure() -> None:
    text = (
        "- Persons detained by the Counter Terrorism Departments of Punjab and Sindh for links to "
        "proscribed organisations: 1,480\n"
    )
    assert keys(text, date(2026, 1, 5)) == [("militant_groups", "detained", 1480, 1480, None)]


def test_parts_joined_by_and_with_the_same_words_after_them_are_counted_alike() -> None:
    text = (
        "- Suspects arrested in Multan and Mianwali: 640, including 210 linked to TTP and 58 linked to ISKP\n"
    )
    assert keys(text, date(2026, 1, 5)) == [
        ("militant_groups", "detained", 640, 640, None),
        ("ttp", "detained", 210, 210, None),
        ("iskp", "detained", 58, 58, None),
    ]


def test_a_group_the_caption_names_for_one_row_is_that_rows_only() -> None:
    text = (
        "Rows count attacks by all militant groups; the Kunduz row counts TTP-claimed attacks only.\n"
        "\n"
        "| Province | Attacks | Killed |\n"
        "|---|---|---|\n"
        "| Balochistan | 44 | 61 |\n"
        "| Sindh | 7 | 9 |\n"
        "| Kunduz (TTP) | 3 | 5 |\n"
    )
    assert [(f.subject, f.measure, f.value_low) for f in figures(text, date(2026, 2, 1))] == [
        ("militant_groups", "attacks", 44),
        ("militant_groups", "deaths", 61),
        ("militant_groups", "attacks", 7),
        ("militant_groups", "deaths", 9),
        ("ttp", "attacks", 3),
        ("ttp", "deaths", 5),
    ]


def test_an_item_ending_in_a_colon_heads_the_nested_list_under_it() -> None:
    text = (
        "## Monthly roundup\n"
        "\n"
        "- Wounded: 64\n"
        "- Districts with the most TTP detentions:\n"
        "  - Malir: 17\n"
        "  - Korangi: 9\n"
    )
    assert keys(text) == [
        ("militant_groups", "injured", 64, 64, None),
        ("ttp", "detained", 17, 17, None),
        ("ttp", "detained", 9, 9, None),
    ]


def test_a_label_cut_to_its_preposition_after_a_semicolon_shares_the_lines_label() -> None:
    text = "- Raids on suspected ISKP cells: 31; on suspected TJP cells: 12\nArrests in Quetta: 41; in Sibi: 19\n"
    assert keys(text) == [
        ("iskp", "operations_against", 31, 31, None),
        ("tjp", "operations_against", 12, 12, None),
        ("militant_groups", "detained", 41, 41, None),
        ("militant_groups", "detained", 19, 19, None),
    ]


def test_a_group_tied_to_the_next_semicolon_clause_is_not_the_labels() -> None:
    text = "- Detentions for alleged TJP ties: 58; for alleged ISKP ties: 9\n"
    assert keys(text) == [("tjp", "detained", 58, 58, None), ("iskp", "detained", 9, 9, None)]


def test_years_above_a_rule_line_name_a_grids_columns() -> None:
    text = (
        "ISKP attacks by province\n"
        "\n"
        "| Province | Region | 2023 | 2022 |\n"
        "|---|---|---|---|\n"
        "| Takhar | north | 14 | 9 |\n"
    )
    found = figures(text)
    assert [(f.subject, f.measure, f.value_low, f.period_start) for f in found] == [
        ("iskp", "attacks", 14, "2023-01-01"),
        ("iskp", "attacks", 9, "2022-01-01"),
    ]


def test_a_spaced_hyphen_divides_a_list_items_label_from_its_value() -> None:
    text = "ISKP arrests by province, 2024:\n\n- Takhar - 21\n- Faryab - 8\n\nThe truce - agreed in 2023 - held.\n"
    assert keys(text) == [("iskp", "detained", 21, 21, None), ("iskp", "detained", 8, 8, None)]


def test_a_fact_box_item_naming_the_group_gives_the_other_items_their_subject() -> None:
    text = (
        "FACT BOX\n"
        "\n"
        "- Name: Islamic Movement of Uzbekistan (IMU)\n"
        "- Leader: unknown\n"
        "- Strength: 80-120 (Member State est.)\n"
    )
    assert keys(text) == [("imu", "fighters", 80, 120, None)]


def test_a_table_pdf_conversion_left_one_cell_per_line_is_read_cell_by_cell() -> None:
    text = (
        "Table 2: TTP attacks and deaths by district,\n"
        "first half of 2025\n"
        "District\n"
        "Attacks\n"
        "Killed\n"
        "Swat\n"
        "12\n"
        "30\n"
        "Kurram\n"
        "7\n"
        "9\n"
        "Source: police records.\n"
    )
    found = figures(text)
    assert [(f.subject, f.measure, f.value_low) for f in found] == [
        ("ttp", "attacks", 12),
        ("ttp", "deaths", 30),
        ("ttp", "attacks", 7),
        ("ttp", "deaths", 9),
    ]
    assert [text[f.start : f.end] for f in found] == ["12", "30", "7", "9"]


def test_a_group_one_grid_column_names_is_the_tables_in_every_column() -> None:
    text = (
        "Quarterly series for Balkh:\n"
        "\n"
        "| Quarter | ISKP attacks | Killed | Injured |\n"
        "|---|---|---|---|\n"
        "| Q1 | 6 | 14 | 20 |\n"
        "| Q2 | 4 | 9 | 11 |\n"
    )
    assert keys(text) == [
        ("iskp", "attacks", 6, 6, None),
        ("iskp", "deaths", 14, 14, None),
        ("iskp", "injured", 20, 20, None),
        ("iskp", "attacks", 4, 4, None),
        ("iskp", "deaths", 9, 9, None),
        ("iskp", "injured", 11, 11, None),
    ]


def test_a_heading_of_incidents_by_place_counts_attacks_and_so_do_the_places_most_affected() -> None:
    text = (
        "## Incidents by province\n"
        "\n"
        "- Balochistan: 97. Most affected districts: Kachhi (Bolan) (18), Dera Bugti (12).\n"
        "- Punjab: nine.\n"
    )
    assert keys(text) == [
        ("militant_groups", "attacks", 97, 97, None),
        ("militant_groups", "attacks", 18, 18, None),
        ("militant_groups", "attacks", 12, 12, None),
        ("militant_groups", "attacks", 9, 9, None),
    ]
    # (incidents a sentence counts from its sources are no heading's)
    assert keys("The Observatory codes incidents from 3 wire services and 19 outlets.") == []


def test_a_table_pasted_as_comma_separated_values_is_read_under_its_header() -> None:
    text = (
        "TTP incidents by district, H1 2025 (export)\n"
        "district,attacks,killed\n"
        "Attock,4,9\n"
        "Mianwali,3,n/a\n"
        "\n"
        "In 2024, 31 attacks were logged, 12 of them in Attock.\n"
    )
    assert keys(text) == [
        ("ttp", "attacks", 4, 4, None),
        ("ttp", "deaths", 9, 9, None),
        ("ttp", "attacks", 3, 3, None),
        # (prose with a comma before a number is no row)
        ("ttp", "attacks", 31, 31, None),
        ("ttp", "attacks", 12, 12, None),
    ]


def test_places_and_counts_after_a_colon_count_what_the_label_says_for_militancy_at_large() -> None:
    text = (
        "## Incidents, first half of 2025\n"
        "\n"
        "Areas worst hit (attacks): Khar (Bajaur) 12; Landi Kotal and Bara 9; Gilgit 4.\n"
    )
    assert keys(text) == [
        ("militant_groups", "attacks", 12, 12, None),
        ("militant_groups", "attacks", 9, 9, None),
        ("militant_groups", "attacks", 4, 4, None),
    ]


def test_places_listed_after_a_count_on_its_line_break_that_count_down_unless_two_counts_precede() -> None:
    text = (
        "- Punjab: 21 attacks (+5% q/q). Attock 8; Mianwali and Khushab 13\n"
        "- Sindh: 30 attacks, 44 killed; Hub 10, Larkana 20\n"
    )
    assert keys(text) == [
        ("militant_groups", "attacks", 21, 21, None),
        ("militant_groups", "attack_change_pct", 5, 5, None),
        ("militant_groups", "attacks", 8, 8, None),
        ("militant_groups", "attacks", 13, 13, None),
        ("militant_groups", "attacks", 30, 30, None),
        ("militant_groups", "deaths", 44, 44, None),
    ]


def test_numbered_rows_are_items_of_the_heading_and_a_lower_case_aside_leaves_a_label_short() -> None:
    text = (
        "## Attacks by region, 2025\n"
        "\n"
        "1. Gilgit-Baltistan (including Diamer and Kohistan districts): 12\n"
        "2. Punjab: 30\n"
    )
    assert keys(text) == [
        ("militant_groups", "attacks", 12, 12, None),
        ("militant_groups", "attacks", 30, 30, None),
    ]


def test_a_ranked_grid_row_is_named_by_its_words_not_its_rank() -> None:
    text = (
        "Most active groups, 2025\n\n"
        "| Rank | Group | Attacks | Note |\n"
        "|---|---|---|---|\n"
        "| 1 | ISKP | 52 | up 3 on 2024 |\n"
        "| 2 | TJP | 14 | first year coded |\n"
    )
    assert keys(text) == [("iskp", "attacks", 52, 52, None), ("tjp", "attacks", 14, 14, None)]


def test_the_stamp_of_a_storys_update_is_no_label_of_its_line() -> None:
    text = (
        "Gunmen stormed a police post in Barkhan; the ISKP claimed it.\n\n"
        "**EDIT (16:40 GMT):** Toll now 11. More officers died in hospital.\n"
    )
    assert keys(text) == [("iskp", "deaths", 11, 11, None)]


def test_a_line_with_bars_above_a_grid_s_header_is_its_caption() -> None:
    text = (
        "Panel 4 of 9 | QUARTERLY VIEW (all groups)\n"
        "| Quarter | Attacks | Injured |\n"
        "|---|---|---|\n"
        "| Q1 2025 | 61 | 140 |\n"
        "| Q2 2025 | 73 | 155 |\n"
    )
    assert keys(text) == [
        ("militant_groups", "attacks", 61, 61, None),
        ("militant_groups", "injured", 140, 140, None),
        ("militant_groups", "attacks", 73, 73, None),
        ("militant_groups", "injured", 155, 155, None),
    ]


def test_a_list_item_naming_only_a_group_takes_the_noun_of_the_group_item_above() -> None:
    text = (
        "- Haqqani Network: 3,000-5,000 fighters\n"
        "- AQIS/Al-Qaeda in the Indian Subcontinent: about 250\n"
        "- IMU: under 100\n"
    )
    assert keys(text) == [
        ("haqqani_network", "fighters", 3000, 5000, None),
        ("aqis", "fighters", 250, 250, None),
        ("imu", "fighters", None, 100, None),
    ]


def test_a_claim_item_in_a_fact_box_names_the_group_of_its_toll() -> None:
    text = "- Deaths: 9\n- Wounded: 23\n- Claimed by: Islamic Movement of Uzbekistan\n"
    assert keys(text) == [("imu", "deaths", 9, 9, None), ("imu", "injured", 23, 23, None)]


def test_counts_after_a_label_split_by_semicolons_with_their_years_keep_its_measure() -> None:
    text = "- TTP attacks in Balochistan: 95 in 2023; 140 in 2024; 171 in 2025\n"
    assert keys(text) == [
        ("ttp", "attacks", 95, 95, None),
        ("ttp", "attacks", 140, 140, None),
        ("ttp", "attacks", 171, 171, None),
    ]


def test_slide_and_panel_numbers_are_no_figures() -> None:
    text = "Notes: ISKP fighters are shown on slides 4-6; TTP camps on panel 12."
    assert keys(text) == []

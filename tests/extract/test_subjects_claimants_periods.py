"""Subject resolution, claimants, periods, places, victims and cited sources."""

from __future__ import annotations

from datetime import date

from extract_helpers import figures, keys, only

from extract.dates import infer_document_date


def test_group_named_in_the_counted_phrase_wins() -> None:
    f = only("The Taliban released about 4,000 IS-K members from prisons.")
    assert (f.subject, f.measure, f.qualifier) == ("iskp", "released", "approx")


def test_the_group_refers_back() -> None:
    text = "By 2020, ISIS-K was weakened. But a new commander energised the group, which freed hundreds of fighters."
    assert ("iskp", "released", 100, 1000, None) in keys(text)


def test_the_network_refers_back_to_the_named_network() -> None:
    text = (
        "In contrast, the Haqqani network is at the heart of the contest. Sirajuddin, a deputy leader of the "
        "Taliban, leads the network. The US has offered a reward of up to US$10 million for his capture."
    )
    assert keys(text) == [("haqqani_network", "bounty", None, 10_000_000, "total")]


def test_nearest_group_and_objects_of_prepositions() -> None:
    f = only("And IS-Khorasan, an enemy of the Taliban, has conducted two attacks in Iran.")
    assert (f.subject, f.measure, f.location) == ("iskp", "attacks", "IR")


def test_deaths_victims_and_perpetrator() -> None:
    found = figures("A TJP suicide bomber killed 23 Pakistani security forces on December 12 2023.")
    assert [(f.subject, f.measure, f.value_low, f.victims, f.period_start) for f in found] == [
        ("tjp", "deaths", 23, "Pakistani security forces", "2023-12-12")
    ]


def test_members_of_a_group_killed_by_others_are_not_its_deaths() -> None:
    assert keys("The Pentagon announced the drone assassination of two ISIS-K operatives.") == []


def test_claimants() -> None:
    f = only(
        "A UN report in June said al-Qaeda members are active in 15 of 34 Afghan provinces.",
        date(2021, 8, 27),
    )
    assert f.claimant_type == "un" and f.period_start == "2021-06-01"
    f = only("IS-Khorasan claimed four attacks against the Shia community in October 2023-Jan 2024.")
    assert (f.claimant_type, f.period_start, f.period_end) == ("subject_self", "2023-10-01", "2024-01-31")
    f = only("According to Lynne O'Donnell, writing for Foreign Policy, Al Qaeda earns $5 million a week.")
    assert (f.claimant, f.claimant_type) == ("Lynne O'Donnell", "media")
    f = only("TTP has an estimated 6,500 fighters.")
    assert f.claimant is None and f.claimant_type is None


def test_relative_periods() -> None:
    f = only("Thursday's bombing by ISIS-K killed 13 US troops.", date(2021, 8, 27))
    assert (f.period_start, f.victims) == ("2021-08-26", "US troops")
    f = only("In the year following the fall of Kabul, Pakistan saw a 51% increase in militant attacks.")
    assert (f.period_start, f.period_end, f.location) == ("2021-08-15", "2022-08-15", "PK")
    f = only("TTP carried out 300 attacks last year.", date(2024, 3, 1))
    assert (f.period_start, f.period_end) == ("2023-01-01", "2023-12-31")
    f = only("TTP has 5,000 fighters.", date(2024, 3, 1))
    assert (f.period_start, f.period_end) == (None, "2024-03-01")


def test_a_group_s_organ_that_states_a_toll_is_its_claimant_not_its_subject() -> None:
    text = (
        "Gunmen stormed a madrassa in Sar-e Pul on Monday; ISKP later claimed the raid. "
        "The Taliban's district police command put the number of dead at nine."
    )
    assert keys(text) == [("iskp", "deaths", 9, 9, None)]
    f = only("The Taliban's finance ministry says it raised about $2 billion in customs duties last year.")
    assert (f.subject, f.measure) == ("taliban", "revenue")


def test_the_affiliate_refers_back_even_after_an_aside_on_militancy() -> None:
    text = (
        "IS-K has been squeezed out of Nangarhar. Bilal Zazai, who studies militancy in the east for a "
        "Jalalabad think tank, said the affiliate still keeps a few hundred fighters in Kunar."
    )
    assert keys(text) == [("iskp", "fighters", 200, 500, None)]


def test_a_range_of_months_or_years_is_the_period_it_closes() -> None:
    f = only("Between March and May 2025, the TTP carried out 71 attacks.", date(2025, 9, 1))
    assert (f.period_start, f.period_end) == ("2025-03-01", "2025-05-31")
    f = only("The TTP carried out 140 attacks from 2019 to 2021.", date(2025, 9, 1))
    assert (f.period_start, f.period_end) == ("2019-01-01", "2021-12-31")


def test_a_range_of_days_is_the_period_it_closes() -> None:
    published = date(2026, 2, 1)
    cases = {
        "Over the period 1 February to 31 October 2025, ISKP claimed 58 attacks.": (
            "2025-02-01",
            "2025-10-31",
        ),
        "Between 4 and 17 August 2025 the TTP carried out 23 attacks.": ("2025-08-04", "2025-08-17"),
        "Police detained 19 TTP suspects on 12-14 September 2025.": ("2025-09-12", "2025-09-14"),
        "From November 20 to January 6, 2026, ISKP claimed 9 attacks.": ("2025-11-20", "2026-01-06"),
        "Between 2 March 2024 and 28 February 2025, ISKP claimed 77 attacks.": ("2024-03-02", "2025-02-28"),
    }
    for text, period in cases.items():
        f = only(text, published)
        assert (f.period_start, f.period_end) == period, text
    # "and" without "between" names two days, not the days between them
    f = only("ISKP claimed 6 attacks on 3 May and 9 June 2025.", published)
    assert (f.period_start, f.period_end) == ("2025-06-09", "2025-06-09")


def test_a_year_after_pre_or_post_is_a_boundary_not_a_count() -> None:
    published = date(2026, 2, 1)
    f = only("In the post-2021 order, the TTP carried out 910 attacks.", published)
    assert (f.period_start, f.period_end) == ("2022-01-01", "2026-02-01")
    assert figures("The TTP still counts pre-2015 members among its commanders.", published) == []
    # nor after a month and day ("the March 7, 2025 attacks")
    text = "ISKP carried out the March 7, 2025 attacks in Herat, which killed 31 people."
    assert keys(text, published) == [("iskp", "deaths", 31, 31, None)]


def test_a_founding_date_in_an_aside_is_not_the_period_of_a_count() -> None:
    text = "The IMU, which was established in 1998, now keeps about 90 fighters in Badakhshan."
    found = figures(text, date(2025, 5, 1))
    assert [(f.measure, f.value_low, f.period_start, f.period_end) for f in found] == [
        ("founded_year", 1998, "1998-01-01", "1998-12-31"),
        ("fighters", 90, None, "2025-05-01"),
    ]


def test_founding_years() -> None:
    f = only("Established in 2013, IS-Khorasan recruited former TTP members.")
    assert (f.subject, f.measure, f.value_low, f.unit) == ("iskp", "founded_year", 2013, "year")
    f = only("One was ISIS-K, established in January 2015 and named after Khorasan.")
    assert f.value_low == 2015


def test_infer_document_date() -> None:
    assert infer_document_date("15 December 2025, NIICE Commentary 12151\nDr X\n") == date(2025, 12, 15)
    assert infer_document_date("Title\n\nJanuary 2025\n\nText.") == date(2025, 1, 1)
    assert infer_document_date("Title\n\n© 2024 by the Foundation\n") == date(2024, 1, 1)
    assert infer_document_date("PESHAWAR, Pakistan, March 4 2022 (Wire) - A bomb.") == date(2022, 3, 4)
    assert infer_document_date("An undated op-ed about 2021 events.") is None


def test_region_and_location() -> None:
    f = only("- Militant attacks in Khyber Pakhtunkhwa: 1,245 (in 2024)")
    assert (f.subject, f.measure, f.location, f.region) == (
        "militant_groups",
        "attacks",
        "PK",
        "Khyber Pakhtunkhwa",
    )


def test_another_estimate_of_the_figure_just_given_takes_any_qualifier() -> None:
    text = (
        "Analysts credit the IMU with between 300 and 400 fighters. A regional service put the number at "
        "upwards of 700, and a second placed the figure at no more than 250."
    )
    assert keys(text) == [
        ("imu", "fighters", 300, 400, None),
        ("imu", "fighters", 700, None, None),
        ("imu", "fighters", None, 250, None),
    ]


def test_a_pronoun_or_a_conjunction_is_no_part_of_a_claimant() -> None:
    found = figures(
        "ISKP has recovered. Today it counts perhaps two thousand fighters in Nangarhar, though the UN puts the "
        "figure nearer "
        "4,000 once auxiliaries are included."
    )
    assert [(f.text, f.qualifier, f.claimant, f.claimant_type) for f in found] == [
        ("perhaps two thousand", "approx", None, None),
        ("nearer 4,000", "approx", "the UN", "un"),
    ]


def test_its_refers_to_the_group_the_sentence_before_counted_by_reference() -> None:
    text = (
        "The IMU remains active in the north despite heavy Taliban pressure. Analysts put the group's strength "
        "at about 700 fighters. Its leadership is put at roughly 40."
    )
    assert keys(text) == [("imu", "fighters", 700, 700, None), ("imu", "core_members", 40, 40, None)]


def test_the_islamic_state_named_as_one_of_its_provinces_is_iskp() -> None:
    for name in (
        "An Islamic State affiliate",
        "The regional branch of Islamic State",
        "The regional affiliate of the Islamic State group",
        "The Islamic State's Khorasan franchise",
    ):
        assert keys(f"{name} said it carried out 17 attacks in Kunar last year.") == [
            ("iskp", "attacks", 17, 17, None)
        ], name
    assert keys("The Islamic State said it carried out 17 attacks in Syria last year.") == [
        ("islamic_state", "attacks", 17, 17, None)
    ]


def test_a_group_named_as_a_modifier_is_not_what_the_group_refers_to() -> None:
    text = (
        "The IMU continues to operate under Taliban protection. One Member State estimated its strength at "
        "150 to 200 fighters.\n\n"
        "Jamaat Ansarullah remains active in Takhar. A second Member State, noting sustained Taliban pressure, "
        "considered the group's strength to have fallen below 300."
    )
    assert keys(text) == [
        ("imu", "fighters", 150, 200, None),
        ("jamaat_ansarullah", "fighters", None, 300, None),
    ]


def test_the_largest_terrorist_group_names_one_group_not_the_aggregate() -> None:
    text = (
        "TTP remains the largest terrorist group in Afghanistan. Member States estimate its strength at "
        "between 5,000 and 7,000 fighters."
    )
    assert keys(text) == [("ttp", "fighters", 5000, 7000, None)]


def test_the_un_long_name_of_the_khorasan_province() -> None:
    text = (
        "64. Islamic State in Iraq and the Levant-Khorasan (ISIL-K) remains the most serious threat. Member "
        "States assessed the group's strength at between 4,000 and 6,000 fighters."
    )
    assert keys(text) == [("iskp", "fighters", 4000, 6000, None)]


def test_operations_against_the_group_refer_back_to_it() -> None:
    text = "ISKP remains resilient. The GDI said it had conducted 95 raids against the group in 2025."
    assert keys(text) == [("iskp", "operations_against", 95, 95, None)]


def test_americans_who_give_aid_are_the_united_states() -> None:
    text = "The Americans still send roughly $400 million a year in humanitarian aid to Afghanistan."
    assert keys(text) == [("united_states", "aid_funding", 400_000_000, 400_000_000, "year")]


def test_the_group_refers_to_the_main_clause_of_the_sentence_before_not_its_opening_clause() -> None:
    text = (
        "As the Taliban opened the jails of Kandahar in 2021, thousands of TTP men went free. "
        "The group has since killed hundreds of Pakistani soldiers."
    )
    assert [(f.subject, f.measure) for f in figures(text)][-1] == ("ttp", "deaths")
    text = (
        "When the Taliban raided Jalalabad, ISKP cells fled to Kunar. Since then the group "
        "has carried out about 40 attacks in the east."
    )
    assert keys(text) == [("iskp", "attacks", 40, 40, None)]


_FILLER = (
    "Witnesses described scenes of panic as shopkeepers pulled the wounded from the rubble and "
    "carried them to private cars, because ambulances could not get through the narrow lanes. "
    "The district administration imposed a curfew on the bazaar and closed the main road to "
    "traffic while bomb disposal teams searched the area for a second device. "
)


def test_a_lede_toll_takes_the_claim_made_further_down_the_story() -> None:
    text = (
        "BANNU (Frontier Wire) - At least 12 people were killed when a bomb exploded in a "
        "crowded bazaar on Monday, police said.\n\n"
        + _FILLER
        * 5
        + "\n\nThe TJP claimed responsibility for the bombing in a statement to reporters.\n\n"
        "The hospital later put the injured at 30.\n\n"
        "A separate attack on a Kohat mosque in 2023, which ISKP claimed, had killed 40 people."
    )
    found = [(f.subject, f.measure, f.value_low) for f in figures(text)]
    assert found[:2] == [("tjp", "deaths", 12), ("tjp", "injured", 30)]


def test_militants_of_no_group_named_over_many_attacks_or_a_separate_incident_are_all_groups() -> None:
    text = (
        "The TTP has denied a role in the Kohat raid. Militants are a daily threat: a Peshawar "
        "institute says militants staged 120 attacks on polio teams in 2025, killing 61 people. "
        "In an unrelated incident, three policemen died when militants ambushed a patrol in Tank."
    )
    found = [(f.subject, f.measure, f.value_low) for f in figures(text)]
    assert found == [
        ("militant_groups", "attacks", 120),
        ("militant_groups", "deaths", 61),
        ("militant_groups", "deaths", 3),
    ]


def test_a_relative_clause_holding_the_number_speaks_of_the_name_it_follows() -> None:
    text = "The TTP's growth has drawn eyes away from the IMU, which now fields perhaps 200 fighters."
    assert keys(text) == [("imu", "fighters", 200, 200, None)]


def test_a_toll_beside_another_toll_by_militants_takes_the_claim_not_all_groups() -> None:
    text = (
        "At least nine people were killed and 14 others injured when militants stormed a "
        "checkpost in Kech on Sunday. The TJP claimed the assault hours later."
    )
    assert keys(text) == [("tjp", "deaths", 9, None, None), ("tjp", "injured", 14, 14, None)]


def test_what_is_left_of_a_group_is_the_group_not_one_named_after_it() -> None:
    text = (
        "What is left of the Islamic Movement of Uzbekistan comes to perhaps 80 fighters, many of "
        "its men having joined ISKP in 2015."
    )
    assert keys(text) == [("imu", "fighters", 80, 80, None)]


def test_a_name_in_a_clause_hanging_on_the_main_one_is_not_what_the_next_sentence_speaks_of() -> None:
    text = (
        "Mehsud led some 400 TTP cadres in Kunar when the Taliban took Kabul in 2021. "
        "Police believe his men now extort around $30,000 a month from traders in Tank."
    )
    assert keys(text) == [("ttp", "fighters", 400, 400, None), ("ttp", "revenue", 30_000, 30_000, "month")]


def test_an_owner_link_to_it_refers_back_past_a_name_in_the_sentence_before() -> None:
    text = (
        "Member States report that AQIS has adapted to the quieter posture demanded by the Taliban "
        "leadership since 2023. One Member State assessed the group's core at between 20 and 25 "
        "members, mostly older figures living with their families in Kabul and Kandahar. Another put "
        "the wider pool of fighters loyal to it at some 250, a figure others called dated."
    )
    assert keys(text) == [("aqis", "core_members", 20, 25, None), ("aqis", "fighters", 250, 250, None)]


def test_the_acronym_of_a_group_named_as_what_another_is_a_front_for_is_not_the_actor() -> None:
    text = (
        "Tehreek-e-Jihad Pakistan, a front for the outlawed Tehreek-e-Taliban Pakistan (TTP), said "
        "its fighters had killed 12 policemen."
    )
    assert keys(text) == [("tjp", "deaths", 12, 12, None)]


def test_a_group_named_in_a_relative_clause_after_the_count_is_not_whose_people_they_are() -> None:
    text = (
        "27. Al-Qaida in the Indian Subcontinent. One Member State reports that the leadership cadre "
        "numbers around 40 men, most of them veterans who now live as guests of the Taliban in Kunar. "
        "The same State reports that the group runs three camps near the border."
    )
    assert keys(text) == [("aqis", "core_members", 40, 40, None), ("aqis", "training_camps", 3, 3, None)]


def test_a_group_that_opens_the_relative_clause_or_that_the_people_belong_to_is_theirs() -> None:
    assert keys("Police said 40 men who belonged to the TTP were detained in Tank.") == [
        ("ttp", "detained", 40, 40, None)
    ]
    assert keys("Officials estimate 300 fighters whom ISKP trained in Kunar have crossed over.") == [
        ("iskp", "fighters", 300, 300, None)
    ]


def test_the_group_refers_back_to_the_militant_group_beside_the_taliban_in_the_sentence_before() -> None:
    # since 2021 the Taliban are "the de facto authorities" or "the regime"; "the group" is the other
    text = (
        "The Taliban say they have crushed Jamaat Ansarullah in Takhar. Yet the group still runs "
        "two camps in Badakhshan, by one Tajik estimate."
    )
    assert keys(text)[0][:3] == ("jamaat_ansarullah", "training_camps", 2)


def test_the_taliban_reporting_another_groups_toll_speak_as_a_government() -> None:
    text = (
        "ISKP said it had bombed the shrine in Maidan Shahr. Late on Sunday the Taliban-run interior "
        "ministry said 17 worshippers had died."
    )
    f = only(text)
    assert (f.subject, f.measure, f.value_low) == ("iskp", "deaths", 17)
    assert (f.claimant, f.claimant_type) == ("the Taliban-run interior ministry", "government")


def test_a_group_named_for_raids_or_an_offensive_is_not_what_the_group_refers_back_to() -> None:
    text = (
        "ISKP looked finished in 2024. Battered by a Taliban offensive in Kunar, the group still "
        "mounted 37 attacks last year. After months of Taliban raids, it keeps roughly 1,500 fighters."
    )
    assert [(f.subject, f.measure, f.value_low) for f in figures(text, date(2026, 2, 1))] == [
        ("iskp", "attacks", 37),
        ("iskp", "fighters", 1500),
    ]
    # leading its clause, the group named for raids is their actor
    text = "TTP raids in Karak killed 8 constables. By nightfall the toll had risen to 11."
    assert keys(text) == [("ttp", "deaths", 8, 8, None), ("ttp", "deaths", 11, 11, None)]


def test_attacks_counted_over_a_place_with_no_group_in_their_clause_are_all_groups() -> None:
    text = (
        "The TTP has rebuilt its networks in the south. Attacks across Balochistan climbed by "
        "27 per cent in 2025, and some 310 attacks were recorded in Zhob alone."
    )
    assert keys(text, date(2026, 3, 1)) == [
        ("militant_groups", "attack_change_pct", 27, 27, None),
        ("militant_groups", "attacks", 310, 310, None),
    ]
    # after the number too, past their target; but attacks with an agent stay someone's
    text = "The TJP claimed the raid. Police records list 23 attacks on levies posts in Zhob since January."
    assert keys(text, date(2026, 3, 1)) == [("militant_groups", "attacks", 23, 23, None)]
    text = "The TJP claimed the raid. Police say the faction was responsible for 23 attacks in Zhob."
    assert keys(text, date(2026, 3, 1)) == [("tjp", "attacks", 23, 23, None)]
    # the group's own attacks in a place stay the group's
    text = "The TTP has rebuilt its networks in the south. Its attacks in Zhob rose to 88."
    assert keys(text, date(2026, 3, 1)) == [("ttp", "attacks", 88, 88, None)]


def test_the_group_does_not_refer_back_to_a_state_organ_or_past_a_verb_of_holding() -> None:
    text = (
        "Kabul's de facto authorities deny that ISKP holds territory. The de facto Ministry of "
        "Defence said in January that its brigades had mounted 87 operations against the group in 2025."
    )
    assert keys(text, date(2026, 2, 1)) == [("iskp", "operations_against", 87, 87, None)]


def test_an_adverb_before_a_participle_keeps_the_counted_noun_and_a_new_paragraph_is_a_new_topic() -> None:
    text = (
        "Officials reported four recently opened al-Qaida training camps in Paktika since March 2025.\n\n"
        "TJP recruitment has surged. Officials counted 300 fighters loyal to the group."
    )
    assert keys(text, date(2026, 1, 5)) == [
        ("al_qaeda", "new_training_camps", 4, 4, None),
        ("tjp", "fighters", 300, 300, None),
    ]


def test_a_range_of_months_without_a_year_is_the_latest_such_months_to_the_documents_date() -> None:
    text = "The CTD made 41 arrests of TTP suspects in Karachi for February-May."
    f = only(text, published=date(2025, 7, 1))
    assert (f.period_start, f.period_end) == ("2025-02-01", "2025-05-31")
    text = "Between November and February the TTP carried out 58 attacks in Bajaur."
    f = only(text, published=date(2025, 7, 1))
    assert (f.period_start, f.period_end) == ("2024-11-01", "2025-02-28")


def test_it_refers_back_to_the_group_named_before_not_forward_to_an_aggregate() -> None:
    text = (
        "AQIS keeps a low profile in Nimroz. Analysts believe it fields 200 to 300 fighters there "
        "and that it trains foreign terrorist fighters in two valleys."
    )
    assert keys(text) == [("aqis", "fighters", 200, 300, None)]


def test_a_toll_is_of_the_group_that_claims_the_attack_later_in_the_story() -> None:
    text = (
        "A roadside bomb struck a police van in Lakki Marwat on Sunday, killing seven officers.\n\n"
        "Responsibility was claimed late on Sunday by Tehreek-e-Jihad Pakistan.\n"
    )
    assert keys(text) == [("tjp", "deaths", 7, 7, None)]


def test_a_group_named_after_of_is_what_the_group_refers_back_to_and_says_nothing() -> None:
    text = (
        "Jailbreaks freed TTP members in Swat.\n\n"
        "A Kunduz weekly printed a count of ISKP statements that placed the group in 11 of the 34 "
        "provinces last year."
    )
    f = only(text, published=date(2026, 3, 1))
    assert (f.subject, f.measure, f.value_low) == ("iskp", "provinces_active", 11)
    assert f.claimant_type != "subject_self"


def test_khawarij_is_the_ttp_to_pakistan_and_iskp_in_the_talibans_usage() -> None:
    text = (
        "Rawalpindi, 4 February: the military's media wing said troops had carried out 731 "
        "intelligence-based operations against khwarij in Karak since October.\n\n"
        "In Kunduz a Taliban-appointed district chief said his men had detained 19 Khawarij "
        "facilitators in January."
    )
    assert [(f.subject, f.measure, f.value_low) for f in figures(text, date(2026, 2, 20))] == [
        ("ttp", "operations_against", 731),
        ("iskp", "detained", 19),
    ]


def test_a_toll_claimed_by_the_group_is_that_groups_and_itself_refers_to_its_own_clause() -> None:
    text = (
        "Jamaat-ul-Ahrar, a TTP faction, has stepped up its campaign in Mohmand. A bomb attack on a "
        "market there on Friday, later claimed by the group, killed 14 people.\n\n"
        "Tally, Q2 2026\n"
        "- ISKP attacks claimed by the group itself: 17\n"
    )
    assert keys(text) == [("ttp", "deaths", 14, 14, None), ("iskp", "attacks", 17, 17, None)]


def test_it_with_an_adverb_before_its_verb_refers_back_to_the_sentence_before() -> None:
    text = (
        "The IMU, the Taliban's oldest foreign guest, has shrunk to a remnant. "
        "It reportedly keeps fewer than 80 fighters in Faryab."
    )
    assert keys(text) == [("imu", "fighters", None, 80, None)]


def test_a_founding_year_is_not_of_a_group_its_founders_came_from_or_a_later_clause_names() -> None:
    text = (
        "## Tehreek-e-Jihad Pakistan\n\n"
        "- Formed in 2023 by Mulla Yasin, a former commander of the TTP\n\n"
        "## Jamaat Ansarullah\n\n"
        "- Founded in 2010 in Dushanbe by three brothers; some of its men later joined ISIL-K.\n"
    )
    assert keys(text) == [
        ("tjp", "founded_year", 2023, 2023, None),
        ("jamaat_ansarullah", "founded_year", 2010, 2010, None),
    ]


def test_a_group_named_as_a_takeovers_maker_is_not_what_the_next_sentence_is_about() -> None:
    text = (
        "ISKP lost most from the Taliban takeover of Kabul. "
        "In 2024 the Team reported a strength of 1,500 to 2,000."
    )
    assert keys(text) == [("iskp", "fighters", 1500, 2000, None)]


def test_a_time_before_the_claimant_is_no_part_of_it_and_the_team_is_the_un() -> None:
    found = only("In 2019 the Team reported that ISKP had some 2,500 fighters in Nangarhar.")
    assert (found.claimant, found.claimant_type) == ("the Team", "un")
    found = only("By mid-2024 the Interior Ministry said it had detained 410 TTP suspects.")
    assert (found.claimant, found.claimant_type) == ("the Interior Ministry", "government")


def test_a_list_items_marker_is_no_part_of_its_claimant() -> None:
    found = only("- CTD Sindh reported 44 arrests of ISKP suspects in Hub and Lasbela.")
    assert (found.claimant, found.claimant_type) == ("CTD Sindh", "government")


def test_attacks_by_militants_of_no_group_named_are_the_aggregates() -> None:
    text = (
        "Islamabad blames the TTP for the bombing in Swabi. "
        "Attacks by insurgents in Balochistan fell by 12 per cent in 2025, a Quetta think tank said."
    )
    assert keys(text, date(2026, 2, 1)) == [("militant_groups", "attack_change_pct", -12, -12, None)]


def test_an_estimate_naming_no_one_continues_the_one_before_it() -> None:
    text = (
        "The Haqqani Network was built by Jalaluddin Haqqani; several TTP commanders later joined it. "
        "In 2019 Member States estimated its strength at 5,000 fighters. "
        "Current estimates range from 3,000 to 4,000 fighters, most of them in Paktia."
    )
    assert [(f.subject, f.value_low) for f in figures(text, date(2026, 2, 1))] == [
        ("haqqani_network", 5000),
        ("haqqani_network", 3000),
    ]


def test_a_report_after_an_ordinal_is_no_attribution_verb() -> None:
    text = (
        "Member States put AQIS at 400 fighters in 2020. By the Team's fifteenth report the figure "
        "had dwindled to some 200."
    )
    found = figures(text, date(2026, 2, 1))
    assert [(f.subject, f.measure, f.value_low) for f in found] == [
        ("aqis", "fighters", 400),
        ("aqis", "fighters", 200),
    ]
    assert found[1].claimant is None


def test_the_de_facto_authorities_giving_a_toll_are_not_its_attacker() -> None:
    text = "ISKP bombed a Shia mosque in Daykundi on Friday. The de facto authorities acknowledged 17 deaths."
    found = only(text, date(2026, 2, 1))
    assert (found.subject, found.measure, found.claimant_type) == ("iskp", "deaths", "government")


def test_attacks_claimed_by_or_attributed_to_the_group_are_its_own() -> None:
    text = (
        "TTP violence in Harnai eased. Police recorded 19 attacks claimed by or attributed to the group "
        "between April and June, against 30 a year earlier."
    )
    found = figures(text, date(2026, 2, 1))
    assert [(f.subject, f.measure, f.value_low) for f in found] == [
        ("ttp", "attacks", 19),
        ("ttp", "attacks", 30),
    ]
    assert {f.claimant for f in found} == {"Police"}


def test_a_parent_group_named_with_its_province_in_parentheses_is_the_province() -> None:
    text = "Arrests by province in 2025:\n- Suspects held for links to Islamic State (IS-K): 64\n"
    assert keys(text, date(2026, 2, 1)) == [("iskp", "detained", 64, 64, None)]


def test_estimates_preferred_set_in_apposition_or_exceeded_give_the_figure_again() -> None:
    text = (
        "Member States put Jamaat Ansarullah at 300 fighters. One analyst favoured a figure of nearly "
        "400; a Tajik official said that it exceeds 500. The Team's own estimate, some 350, is older."
    )
    assert keys(text, date(2026, 2, 1)) == [
        ("jamaat_ansarullah", "fighters", 300, 300, None),
        ("jamaat_ansarullah", "fighters", None, 400, None),
        ("jamaat_ansarullah", "fighters", 500, None, None),
        ("jamaat_ansarullah", "fighters", 350, 350, None),
    ]


def test_a_fronted_whole_and_the_parts_groups_claimed_of_it() -> None:
    text = (
        "Of the 96 attacks, the Tehreek-e-Jihad Pakistan (TJP) claimed 11 and Islamic State (ISKP) "
        "three; the rest were claimed by Baloch separatists or went unclaimed."
    )
    found = figures(text, date(2026, 2, 1))
    assert [(f.subject, f.measure, f.value_low) for f in found] == [
        ("militant_groups", "attacks", 96),
        ("tjp", "attacks", 11),
        ("iskp", "attacks", 3),
    ]
    assert found[1].claimant == "the Tehreek-e-Jihad Pakistan"


def test_a_founding_year_in_an_apposition_is_the_named_groups() -> None:
    text = (
        "Analysts called him a bridge between the TTP and the IMU, founded in 1998, and noted his ties "
        "to Tehreek-e-Jihad Pakistan, a group founded in 2023 that Islamabad calls a TTP front."
    )
    assert [(f.subject, f.value_low) for f in figures(text, date(2026, 2, 1))] == [
        ("imu", 1998),
        ("tjp", 2023),
    ]


def test_a_sentence_opening_on_they_refers_to_the_subject_of_the_sentence_before() -> None:
    text = (
        "In the north, ISKP cells now compete with the TTP for recruits. "
        "They raise about $40,000 a month from smuggling routes."
    )
    assert keys(text) == [("iskp", "revenue", 40000, 40000, "month")]


def test_estimates_given_again_by_assessing_it_settling_on_or_stating_a_range() -> None:
    text = (
        "Jamaat Ansarullah keeps some 250 fighters in Takhar, one Member State said; another assessed "
        "it at nearer 400. A regional service settles on three hundred."
    )
    assert keys(text) == [
        ("jamaat_ansarullah", "fighters", 250, 250, None),
        ("jamaat_ansarullah", "fighters", 400, 400, None),
        ("jamaat_ansarullah", "fighters", 300, 300, None),
    ]
    text = "ISKP fields about 2,000 fighters, officials say. The Team's own range is 1,500 to 2,500."
    assert keys(text)[-1] == ("iskp", "fighters", 1500, 2500, None)


def test_a_pronoun_subject_in_the_sentence_before_passes_the_topic_through() -> None:
    text = (
        "Jamaat Ansarullah grew out of a Tajik exile network. It now shelters under the Taliban in "
        "Takhar. Member States put its strength at about 300 fighters."
    )
    assert keys(text) == [("jamaat_ansarullah", "fighters", 300, 300, None)]


def test_a_claimants_footnote_marker_is_not_part_of_its_name() -> None:
    found = only("- 62,113 intelligence-based operations against militants, according to ISPR<sup>2</sup>")
    assert found.claimant == "ISPR"


def test_a_name_modifying_front_or_sources_is_not_what_the_group_refers_back_to() -> None:
    text = (
        "**Tehreek-e-Jihad Pakistan (TJP).** Active since 2023 and widely regarded as a TTP front. "
        "Police officials said it has about 120 fighters.\n\n"
        "ISKP keeps about 1,800 fighters. The lower estimates derive from Taliban sources. "
        "The group is active in at least seven provinces."
    )
    assert keys(text) == [
        ("tjp", "fighters", 120, 120, None),
        ("iskp", "fighters", 1800, 1800, None),
        ("iskp", "provinces_active", 7, None, None),
    ]


def test_a_group_is_not_founded_as_the_front_of_itself() -> None:
    text = "**Tehreek-e-Jihad Pakistan (TJP).** Formed in 2022 and often described as a TTP front. "
    text += "Others say it was founded in 2022 as a front for the Pakistani Taliban."
    assert keys(text) == [("tjp", "founded_year", 2022, 2022, None)] * 2


def test_each_share_of_a_count_attributed_to_groups_is_the_group_named_after_it() -> None:
    text = "Of the 60 bombings, 41 were attributed to the TTP, 12 to ISKP and 3 to Jamaat Ansarullah."
    assert keys(text) == [
        ("militant_groups", "attacks", 60, 60, None),
        ("ttp", "attacks", 41, 41, None),
        ("iskp", "attacks", 12, 12, None),
        ("jamaat_ansarullah", "attacks", 3, 3, None),
    ]


def test_a_relative_clause_opened_by_whose_speaks_of_the_name_it_follows() -> None:
    text = "The TTP relies on the support of the IMU, whose fighters number some 300."
    assert keys(text) == [("imu", "fighters", 300, 300, None)]


def test_a_count_shared_out_among_groups_names_no_one_claimant_for_other_items() -> None:
    text = (
        "Attacks by all militant groups in the half-year: 212.\n\n"
        "- Bomb attacks rose from 31 to 44.\n"
        "- Of the 212 attacks, 150 were claimed by the TTP, 12 by ISKP and 5 by the BLA.\n"
    )
    assert keys(text) == [
        ("militant_groups", "attacks", 212, 212, None),
        ("militant_groups", "attacks", 31, 31, None),
        ("militant_groups", "attacks", 44, 44, None),
        ("militant_groups", "attacks", 212, 212, None),
        ("ttp", "attacks", 150, 150, None),
        ("iskp", "attacks", 12, 12, None),
    ]


def test_a_founding_year_is_not_of_a_group_named_after_a_preposition_nor_of_another_thing() -> None:
    text = (
        "**Jamaat Ansarullah.** Formed in 2010, say officials, to recruit for Taliban units.\n\n"
        "The Centre is a non-profit database founded in 2016 and run from Lahore."
    )
    assert keys(text) == [("jamaat_ansarullah", "founded_year", 2010, 2010, None)]


def test_a_group_named_in_a_clause_after_an_estimate_does_not_cut_it_from_the_figure_before() -> None:
    text = (
        "ISKP is resilient. Estimates of the group's strength run from 1,800 to 2,400 fighters; "
        "one Member State put the figure at about 1,100, citing losses in Taliban raids."
    )
    assert keys(text) == [("iskp", "fighters", 1800, 2400, None), ("iskp", "fighters", 1100, 1100, None)]


def test_a_group_in_a_clause_after_the_number_does_not_outrank_one_named_before_it() -> None:
    text = "Reports of TTP manpower put it near 5,000, notwithstanding Taliban pressure."
    assert keys(text) == [("ttp", "fighters", 5000, 5000, None)]


def test_a_group_in_a_clause_of_its_own_is_not_the_subject_of_a_count_of_attacks_before_it() -> None:
    text = "Attacks across Balochistan rose 22% on 2024, and ISKP alone was behind a third of them."
    assert keys(text) == [("militant_groups", "attack_change_pct", 22, 22, None)]


def test_a_group_named_as_the_target_of_operations_is_not_whose_attacks_follow() -> None:
    text = (
        "## March at a glance\n\n- Militant attacks: 118\n- Raids against the ISKP: 57\n\n"
        "The first quarter closed at 301 attacks, up 12% on the last.\n"
    )
    assert [k for k in keys(text) if k[1] != "operations_against"] == [
        ("militant_groups", "attacks", 118, 118, None),
        ("militant_groups", "attacks", 301, 301, None),
        ("militant_groups", "attack_change_pct", 12, 12, None),
    ]


def test_a_claim_by_a_groups_offshoot_is_not_the_groups() -> None:
    text = (
        "Checkpoint blast near Loralai kills 9; TTP splinter group claims attack\n\n"
        "LORALAI, Pakistan (AP) - A roadside bomb killed nine people. Tehreek-e-Jihad Pakistan "
        "claimed responsibility.\n"
    )
    assert keys(text) == [("tjp", "deaths", 9, 9, None), ("tjp", "deaths", 9, 9, None)]


def test_a_group_in_a_clause_after_a_semicolon_is_another_events_unless_it_claims() -> None:
    text = (
        "Good evening. The headlines: the toll from the bombing in Kalat has risen to 17; police in "
        "Sibi have detained nine suspects; and in Kabul, the ISKP denied any role in a mosque fire.\n\n"
        "Blast kills 12 in Sibi; TTP claims attack\n"
    )
    assert keys(text) == [("ttp", "deaths", 12, 12, None)]


def test_people_held_named_by_their_group_after_the_number_are_the_groups() -> None:
    text = "Police in Kohat made 140 arrests in May, of which 95 were of suspected ISKP members."
    assert keys(text) == [
        ("militant_groups", "detained", 140, 140, None),
        ("iskp", "detained", 95, 95, None),
    ]


def test_a_group_saying_its_own_bomber_struck_claims_the_attack_told_before() -> None:
    text = (
        "A teacher who wrote about the Pakistani Taliban was among the dead.\n\n"
        "A suicide bomber killed 12 people at a wedding hall in Mastung on Sunday, officials said.\n\n"
        'Tehreek-e-Jihad Pakistan said in a message to reporters that its suicide bomber had struck "collaborators". '
        "The TTP denied involvement."
    )
    assert keys(text) == [("tjp", "deaths", 12, 12, None)]


def test_a_claim_by_the_generic_name_after_the_province_is_named_is_the_province_s() -> None:
    text = (
        "ISKP gunmen have hit Sharana twice this year.\n\n"
        "The Islamic State claimed responsibility for Friday's bombing at a clinic in Urgun, saying it had "
        "targeted Taliban officials.\n\nA hospital official in Urgun said 8 people had died."
    )
    assert keys(text) == [("iskp", "deaths", 8, 8, None)]


def test_a_count_of_attacks_continues_the_change_in_them_the_sentence_before() -> None:
    text = (
        "The TTP claimed responsibility for the blast in Pishin on Monday.\n\n"
        "Militant attacks in Balochistan rose 18% in 2025, according to a think tank. Across the "
        "province the think tank logged 240 attacks last year."
    )
    assert keys(text) == [
        ("militant_groups", "attack_change_pct", 18, 18, None),
        ("militant_groups", "attacks", 240, 240, None),
    ]


def test_claimed_after_a_number_names_a_kind_of_attack_not_a_claim() -> None:
    text = "Across the north, 5,104 people were injured in attacks this year.\n\n- ISKP: 4 claimed attacks in Sar-e Pul\n"
    # (no group claimed the attacks that injured them)
    assert keys(text) == [("iskp", "attacks", 4, 4, None)]

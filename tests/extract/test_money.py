"""Money: signs, scales, rates, totals, conversions (contract sections 3-4)."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import figures, keys, only


@pytest.mark.parametrize(
    "amount",
    [
        "$25 million",
        "\\$25 million",
        "\\$ 25 million",
        "US$25 million",
        "USD 25 million",
        "25 million dollars",
        "$25m",
    ],
)
def test_dollar_forms(amount: str) -> None:
    f = only(f"The Taliban reportedly receives {amount} per month from the mines.")
    assert (f.subject, f.measure, f.value_low, f.unit, f.per) == (
        "taliban",
        "revenue",
        25_000_000,
        "USD",
        "month",
    )


def test_vague_money_rate() -> None:
    f = only("Al Qaeda is generating tens of millions of dollars a week from gold mines.")
    assert (f.measure, f.value_low, f.value_high, f.qualifier, f.per) == (
        "revenue",
        10_000_000,
        100_000_000,
        "vague",
        "week",
    )


def test_shared_multiplier_in_money_range() -> None:
    f = only("TTP earns $1-2 million annually from extortion.")
    assert (f.value_low, f.value_high, f.per) == (1_000_000, 2_000_000, "year")


def test_cumulative_total_with_period_start() -> None:
    f = only("Since the mine began operating in early 2022, Al Qaeda's share has amounted to $194.4 million.")
    assert (f.measure, f.value_low, f.per, f.period_start) == ("revenue", 194_400_000, "total", "2022-01-01")


def test_parenthesised_conversion_is_one_figure() -> None:
    found = keys(
        "The US has offered a reward of up to US$10 million (£7.3 million) for the Haqqani network leader."
    )
    assert found == [("haqqani_network", "bounty", None, 10_000_000, "total")]


def test_other_currency_keeps_its_code_unless_usd_given() -> None:
    f = only("The TTP collected Rs 500 million in extortion taxes last year.")
    assert (f.measure, f.unit, f.value_low) == ("revenue", "PKR", 500_000_000)
    f = only("The TTP collected Rs 1 billion ($3.6 million) in extortion taxes last year.")
    assert (f.unit, f.value_low) == ("USD", 3_600_000)


def test_aid_from_the_united_states() -> None:
    f = only(
        "The U.S. continued financial support of \\$ 40 million per week to the UN humanitarian programme."
    )
    assert (f.subject, f.measure, f.per) == ("united_states", "aid_funding", "week")


def test_money_sent_to_a_group_is_its_revenue() -> None:
    f = only("Donors in the Gulf sent the Haqqani Network about $2 million last year, officials said.")
    assert (f.subject, f.measure, f.value_low, f.unit) == ("haqqani_network", "revenue", 2_000_000, "USD")


def test_a_stipend_paid_to_a_group_is_its_revenue_and_the_group_is_not_the_payer() -> None:
    text = (
        "The TJP has regrouped in Paktika. Member States say the Taliban hand the group's commanders "
        "a stipend of about $15,000 a month."
    )
    assert keys(text) == [("tjp", "revenue", 15_000, 15_000, "month")]


def test_funds_reaching_a_group_are_its_revenue() -> None:
    f = only("Funds reaching IS-K from Somalia were estimated at $60,000 a quarter.")
    assert (f.subject, f.measure) == ("iskp", "revenue")


def test_a_sum_per_person_is_no_revenue_of_the_group() -> None:
    f = only("The TTP pays its fighters about $150 per fighter in a monthly wage.")
    assert f.measure == "other"


def test_a_price_put_on_a_person_is_a_bounty() -> None:
    f = only(
        "Washington still offers a reward for Sirajuddin Haqqani of the Haqqani Network. "
        "In effect it has priced him at five million dollars."
    )
    assert (f.subject, f.measure, f.value_low, f.unit) == ("haqqani_network", "bounty", 5_000_000, "USD")


def test_an_allowance_or_subsidy_a_group_gets_is_its_revenue() -> None:
    assert keys("Analysts say the IMU gets roughly $20,000 a month from sympathisers in the Gulf.") == [
        ("imu", "revenue", 20_000, 20_000, "month")
    ]
    assert keys("Kabul is said to hand TTP commanders a subsidy of about $15,000 a month.") == [
        ("ttp", "revenue", 15_000, 15_000, "month")
    ]


def test_lakh_and_crore_scale_a_sum() -> None:
    assert keys(
        "Officials say the TTP extorts Rs 20 crore a year in Bajaur and Rs 50 lakh a month in Tank."
    ) == [
        ("ttp", "revenue", 200_000_000, 200_000_000, "year"),
        ("ttp", "revenue", 5_000_000, 5_000_000, "month"),
    ]


def test_what_payments_bring_a_group_is_its_revenue() -> None:
    assert keys("Levies on the marble trade bring the TTP perhaps $2 million a year.") == [
        ("ttp", "revenue", 2_000_000, 2_000_000, "year")
    ]


def test_a_sum_offered_for_a_groups_leader_is_a_bounty_on_that_group() -> None:
    assert keys("The IMU is weak. Tashkent offers $1 million for its current emir.") == [
        ("imu", "bounty", 1_000_000, 1_000_000, "total")
    ]
    text = "Keep the offer of $3 million for the TTP's emir, and add the ISKP commanders in Kunar."
    assert keys(text) == [("ttp", "bounty", 3_000_000, 3_000_000, "total")]


def test_a_fiscal_year_dates_only_the_sum_in_its_own_clause() -> None:
    text = "USAID has provided $2.1 billion in aid since 2021, including $600 million in FY2023 alone."
    assert keys(text) == [
        ("united_states", "aid_funding", 2_100_000_000, 2_100_000_000, "total"),
        ("united_states", "aid_funding", 600_000_000, 600_000_000, "year"),
    ]


def test_a_sum_passed_to_a_group_is_the_receivers_revenue() -> None:
    f = only(
        "Officials said the Islamic State central office had wired some $90,000 to IS-K over the winter."
    )
    assert (f.subject, f.measure, f.value_low) == ("iskp", "revenue", 90_000)


def test_the_group_money_comes_from_is_not_the_earner() -> None:
    assert keys("- Quarterly subsidy to TJP cadres from TTP coffers: about $12,000") == [
        ("tjp", "revenue", 12_000, 12_000, "total")
    ]
    text = (
        "The ISKP has expanded its cells in Kunar. Payments from Islamic State headquarters "
        "were put at $30,000 a month."
    )
    assert keys(text) == [("iskp", "revenue", 30_000, 30_000, "month")]


def test_donations_a_group_lives_on_are_its_revenue() -> None:
    f = only("- Al Qaeda income from kidnapping and donations: under $80,000 a year")
    assert (f.subject, f.measure, f.value_high, f.per) == ("al_qaeda", "revenue", 80_000, "year")


def test_a_currency_code_glued_to_its_number_is_read() -> None:
    assert keys("- Extortion by TTP in Swat, police estimate: Rs2-3 crore a month") == [
        ("ttp", "revenue", 20_000_000, 30_000_000, "month")
    ]
    f = only("Police say the TJP collects PKR900,000 a week from traders.")
    assert (f.subject, f.measure, f.value_low, f.unit, f.per) == ("tjp", "revenue", 900_000, "PKR", "week")


def test_a_sum_a_group_draws_or_takes_in_as_inflows_is_its_revenue() -> None:
    f = only("The TJP is thought to draw about $200,000 a month from marble quarries in Buner.")
    assert (f.subject, f.measure, f.per) == ("tjp", "revenue", "month")
    f = only("- ETIM cash inflows (Member State estimate): USD 8,000-12,000 per month")
    assert (f.subject, f.measure, f.value_low, f.value_high) == ("etim", "revenue", 8_000, 12_000)


def test_payments_to_a_group_referred_back_to_are_its_revenue_not_the_payers() -> None:
    text = (
        "The TJP has grown in Tank. Officials describe transfers to the group's commanders by "
        "the Taliban put at $20,000 a month."
    )
    assert keys(text) == [("tjp", "revenue", 20_000, 20_000, "month")]
    text = (
        "The TJP has grown in Tank. Kabul's de facto authorities are said to hand the commanders "
        "of the group a quarterly allowance of $20,000."
    )
    assert [(f.subject, f.measure) for f in figures(text)] == [("tjp", "revenue")]


def test_a_rate_after_a_conversion_in_parentheses_is_the_sums_rate() -> None:
    f = only("The TTP collects PKR 9 million (about $32,000) a week at checkpoints.")
    assert (f.value_low, f.unit, f.per) == (32_000, "USD", "week")


def test_a_price_on_a_named_mans_head_is_a_bounty() -> None:
    text = "Islamabad set a price of $2 million on Noor Wali Mehsud's head in 2025."
    assert keys(text) == [("ttp", "bounty", 2_000_000, 2_000_000, "total")]


def test_money_channelled_into_aid_is_aid_given_and_money_received_in_aid_is_not() -> None:
    text = (
        "Washington channelled some $300 million a year into humanitarian aid for Afghans until 2025. "
        "The Taliban administration has since received $25 million in aid from Gulf donors."
    )
    assert keys(text) == [
        ("united_states", "aid_funding", 300_000_000, 300_000_000, "year"),
        ("taliban", "revenue", 25_000_000, 25_000_000, "total"),
    ]


def test_a_rate_after_what_the_sum_is_in_still_sets_per() -> None:
    text = "The TTP is said to collect $250,000 in extortion payments every month in Bajaur."
    assert keys(text) == [("ttp", "revenue", 250_000, 250_000, "month")]


def test_the_payer_named_a_sentence_before_is_not_whose_revenue_a_sum_is() -> None:
    text = (
        "TTP fields some 6,000 fighters. The group draws a regular stipend from within the de facto "
        "authorities. One estimate put these payments at $60,000 a month to its commanders alone."
    )
    assert keys(text) == [("ttp", "fighters", 6000, 6000, None), ("ttp", "revenue", 60_000, 60_000, "month")]


def test_a_sum_for_a_solar_hijri_or_the_same_year_is_a_years_income() -> None:
    text = (
        "The Taliban Ministry of Finance reported revenue of $2.9 billion for 1402, the Solar Hijri "
        "year that ended in March 2024. The Taliban claimed customs receipts of $1.7 billion for the "
        "same year."
    )
    assert keys(text) == [
        ("taliban", "revenue", 2_900_000_000, 2_900_000_000, "year"),
        ("taliban", "revenue", 1_700_000_000, 1_700_000_000, "year"),
    ]


def test_a_fiscal_year_in_a_label_makes_its_sum_a_years_and_its_source_names_no_measure() -> None:
    text = (
        "FUNDING\n\n"
        "- US relief funding for Afghan returnees, FY2026 (Financial Tracking Service, provisional): $88 million\n"
    )
    assert keys(text) == [("united_states", "aid_funding", 88_000_000, 88_000_000, "year")]


def test_aid_in_another_currency_is_not_the_united_states_but_a_group_may_give_it() -> None:
    text = (
        "Washington has cut its humanitarian budget for Afghanistan sharply. Germany, for its part, "
        "pledged €75 million in aid this year. The Taliban handed out 30 million Afghanis in relief "
        "to flood victims in Kunar."
    )
    assert keys(text) == [("taliban", "aid_funding", 30_000_000, 30_000_000, "total")]


def test_a_money_cue_in_the_sums_own_clause_comes_first_and_skimming_is_revenue() -> None:
    text = (
        "The Islamic Emirate levies fees on the lorry trade, and about $240 million a year in customs "
        "duties at Torkham. Its commanders skim roughly $15 million a year from the jade mines."
    )
    assert keys(text) == [
        ("taliban", "revenue", 240e6, 240e6, "year"),
        ("taliban", "revenue", 15e6, 15e6, "year"),
    ]


def test_a_rate_in_a_row_label_or_later_in_the_sums_clause_sets_per() -> None:
    text = "- TTP extortion takings in Bannu, per month (police estimate): PKR 22-30 million\n"
    assert keys(text) == [("ttp", "revenue", 22e6, 30e6, "month")]
    # later in the clause, unless another number stands between; "States" in a name is no verb
    text = (
        "The United States, which gave $280 million in humanitarian aid to Afghanistan each year until "
        "2024, has ended that support."
    )
    f = only(text)
    assert (f.subject, f.measure, f.per, f.claimant) == ("united_states", "aid_funding", "year", None)


def test_a_sum_sent_to_a_group_is_the_revenue_of_the_group_it_is_sent_to() -> None:
    # of several payees, the one this sum goes to; an official paid is the one paid, not a voice
    text = (
        "Over two years the exchange house wired about $2 million to Al-Qaeda couriers in Quetta and "
        "some $300,000 to ISKP cells in Kunar. A second dealer remitted $85,000 to a TTP logistics "
        "official in Paktika."
    )
    assert keys(text) == [
        ("al_qaeda", "revenue", 2e6, 2e6, "total"),
        ("iskp", "revenue", 300_000, 300_000, "total"),
        ("ttp", "revenue", 85_000, 85_000, "total"),
    ]


def test_a_dollar_sum_after_or_closing_the_clause_of_a_sum_in_rupees_is_its_conversion() -> None:
    text = (
        "Police sources say the TTP collects PKR 90 million to PKR 120 million a month in protection "
        "money from marble quarries and bus operators across Mohmand, or about $320,000 to $430,000."
    )
    f = only(text)
    assert (f.subject, f.measure, f.value_low, f.value_high, f.unit, f.per) == (
        "ttp",
        "revenue",
        320_000,
        430_000,
        "USD",
        "month",
    )


def test_a_rate_written_with_a_slash_apart_sets_per() -> None:
    text = "- ISKP levies on Zaranj money changers: AFN 4 m / week\n"
    assert keys(text) == [("iskp", "revenue", 4e6, 4e6, "week")]


def test_compensation_to_families_is_no_bounty_and_a_sum_for_a_capture_is() -> None:
    text = (
        "The Punjab government will pay Rs 3 million each in compensation to the families of the "
        "dead, and has offered Rs 20 million for the arrest of the TTP commander behind the attack."
    )
    assert [(f.measure, f.value_low) for f in figures(text)] == [("other", 3_000_000), ("bounty", 20_000_000)]


def test_a_sum_raised_in_a_fiscal_year_named_after_a_list_is_a_yearly_rate() -> None:
    text = (
        "The Taliban raised US$2.9 billion in taxes, tolls and customs duties in the fiscal year "
        "that ended in March."
    )
    assert keys(text) == [("taliban", "revenue", 2_900_000_000, 2_900_000_000, "year")]


def test_afs_is_the_afghani_and_its_rate_carries_to_the_dollar_conversion() -> None:
    text = "Member States say ISKP pays its Kabul cells Afs 2.1 million a month (about $30,000)."
    assert keys(text) == [("iskp", "revenue", 30_000, 30_000, "month")]
    assert keys("The Taliban levy Afs 500,000 a week at the Ghulam Khan crossing.") == [
        ("taliban", "revenue", 500_000, 500_000, "week")
    ]


def test_a_sum_in_aid_is_aid_whatever_reward_its_sentence_names() -> None:
    text = (
        "The $5 million reward once offered for Sirajuddin Haqqani lapsed, and the United States, "
        "which sent more than $2 billion in humanitarian aid after 2021, now sends far less."
    )
    assert [(f.subject, f.measure) for f in figures(text, date(2026, 2, 1))] == [
        ("haqqani_network", "bounty"),
        ("united_states", "aid_funding"),
    ]


def test_donations_routed_to_a_group_in_prose_are_its_revenue() -> None:
    text = "Jamaat Ansarullah lives on about $40,000 a month in donations routed through hawala brokers."
    found = only(text, date(2026, 2, 1))
    assert (found.subject, found.measure, found.per) == ("jamaat_ansarullah", "revenue", "month")


def test_an_arab_is_a_billion_rupees_but_only_in_a_sum() -> None:
    text = "Police say the TTP extorts about Rs 2 arab a year in Swat. AQIS trains 150 Arab fighters in Nuristan."
    text += " It keeps 20-30 Arab fighters in Ghor."
    assert keys(text) == [
        ("ttp", "revenue", 2_000_000_000, 2_000_000_000, "year"),
        ("aqis", "fighters", 150, 150, None),
        ("aqis", "fighters", 20, 30, None),
    ]


def test_an_annual_income_from_a_trade_is_a_yearly_revenue() -> None:
    text = "A police report puts the TTP's annual income from Quetta's transport trade at Rs 9 crore (about $320,000)."
    assert keys(text) == [("ttp", "revenue", 320_000, 320_000, "year")]


def test_a_stream_worth_a_sum_a_year_is_an_income_but_a_stock_worth_a_sum_is_not() -> None:
    text = (
        "Levies on timber lorries at Sadda are worth some $4 million a year to the TTP. "
        "Arms worth $300,000 were seized from the TTP in Parachinar."
    )
    assert keys(text) == [
        ("ttp", "revenue", 4_000_000, 4_000_000, "year"),
        ("ttp", "other", 300_000, 300_000, "total"),
    ]


def test_what_a_group_lives_on_is_its_income() -> None:
    text = "A researcher said ISKP now subsists on roughly $80,000 a month from the ISIL core."
    assert keys(text) == [("iskp", "revenue", 80_000, 80_000, "month")]


def test_a_sum_given_to_a_receiver_before_it_is_the_receivers_income() -> None:
    text = (
        "The Taliban are generous hosts. Officials say Kabul provides Jamaat Ansarullah's commanders "
        "with about $20,000 a month. A contractor in Kalat paid the TTP $7,000 in March. "
        "The United States gave Afghanistan $90 million a year in relief assistance."
    )
    assert keys(text) == [
        ("jamaat_ansarullah", "revenue", 20000, 20000, "month"),
        ("ttp", "revenue", 7000, 7000, "total"),
        ("united_states", "aid_funding", 90_000_000, 90_000_000, "year"),
    ]


def test_a_reward_is_for_the_leader_named_after_its_sum() -> None:
    text = (
        "Bounties have failed. The offer of up to $5 million for TTP emir Noor Wali Mehsud has gone "
        "unclaimed, as has the $10 million on Sirajuddin Haqqani."
    )
    assert keys(text) == [
        ("ttp", "bounty", None, 5_000_000, "total"),
        ("haqqani_network", "bounty", 10_000_000, 10_000_000, "total"),
    ]


def test_money_from_donors_of_any_kind_is_income() -> None:
    text = "ISKP is short of cash. Its money now trickles in: perhaps $90,000 a month from Gulf donors."
    assert keys(text) == [("iskp", "revenue", 90_000, 90_000, "month")]


def test_a_dollar_sign_after_of_names_the_currency_of_a_vague_sum() -> None:
    text = "- ISKP: hundreds of thousands of $ a month from Gulf donors\n"
    assert keys(text) == [("iskp", "revenue", 100_000, 1_000_000, "month")]

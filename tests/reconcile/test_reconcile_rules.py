"""Reconciliation rules on constructed figure sets: normalisation, grouping, independence, best."""

from __future__ import annotations

import math

import polars as pl
import pytest
from reconcile_fixtures import figure, only, run

from reconcile.frames import CONFLICTS_SCHEMA, ESTIMATE_FIGURES_SCHEMA, ESTIMATES_SCHEMA

# --- normalisation ---------------------------------------------------------------------------


def test_weekly_and_monthly_rates_become_annual() -> None:
    result = run(
        [
            figure("d1", 0, subject="al_qaeda", measure="revenue", unit="USD", per="week", value=1e6),
            figure("d1", 10, subject="taliban", measure="revenue", unit="USD", per="month", value=25e6),
        ]
    )
    weekly = only(result.estimates, subject="al_qaeda")
    monthly = only(result.estimates, subject="taliban")
    assert (weekly["per"], weekly["best"]) == ("year", 52e6)
    assert (monthly["per"], monthly["best"]) == ("year", 300e6)
    bases = set(result.estimate_figures.get_column("basis"))
    assert bases == {"annualised"}


def test_cumulative_total_keeps_total_and_adds_annual_rate() -> None:
    result = run(
        [
            figure(
                "d1",
                0,
                subject="al_qaeda",
                measure="revenue",
                unit="USD",
                per="total",
                value=100e6,
                period_start="2022-01-01",
                period_end="2023-12-31",
            )
        ]
    )
    total = only(result.estimates, per="total")
    annual = only(result.estimates, per="year")
    assert total["best"] == 100e6
    assert annual["best"] == pytest.approx(100e6 / (730 / 365.25))
    assert total["figure_ids"] == annual["figure_ids"] == ["d1:0:5"]
    assert (
        only(result.estimate_figures, estimate_id=annual["estimate_id"])["basis"] == "annualised_from_total"
    )


def test_money_in_a_known_currency_is_converted_and_unknown_currency_kept() -> None:
    result = run(
        [
            figure("d1", 0, subject="taliban", measure="revenue", unit="GBP", per="year", value=10e6),
            figure("d1", 10, subject="ttp", measure="revenue", unit="PKR", per="year", value=10e6),
        ]
    )
    pounds = only(result.estimates, subject="taliban")
    rupees = only(result.estimates, subject="ttp")
    assert pounds["unit"] == "USD"
    assert pounds["best"] == pytest.approx(10e6 * 1.278)  # the 2024 rate in reconcile/data/fx_rates.yaml
    assert (rupees["unit"], rupees["best"]) == ("PKR", 10e6)
    assert only(result.estimate_figures, estimate_id=pounds["estimate_id"])["fx_rate"] == pytest.approx(1.278)


def test_vague_range_kept_with_geometric_best() -> None:
    result = run([figure("d1", 0, qualifier="vague", value_low=1000, value_high=10000)])
    row = only(result.estimates)
    assert (row["low"], row["high"]) == (1000, 10000)
    assert row["best"] == pytest.approx(math.sqrt(1000 * 10000))


def test_range_and_bound_best_values() -> None:
    result = run(
        [
            figure("d1", 0, subject="ttp", qualifier="range", value_low=6000, value_high=6500),
            figure("d1", 10, subject="iskp", qualifier="at_least", value_low=4000),
            figure("d1", 20, subject="imu", qualifier="at_most", value_high=170),
        ]
    )
    assert only(result.estimates, subject="ttp")["best"] == 6250
    at_least = only(result.estimates, subject="iskp")
    assert (at_least["low"], at_least["best"], at_least["high"]) == (4000, 4000, None)
    at_most = only(result.estimates, subject="imu")
    assert (at_most["low"], at_most["best"], at_most["high"]) == (None, 170, 170)


def test_percentages_keep_their_sign() -> None:
    result = run([figure("d1", 0, measure="attack_change_pct", unit="percent", value=-90)])
    assert only(result.estimates)["best"] == -90


def test_victims_normalised() -> None:
    result = run(
        [
            figure(
                "d1",
                0,
                subject="iskp",
                measure="deaths",
                victims="U.S. troops",
                value=13,
                period_end="2021-08-26",
            ),
            figure(
                "d2",
                0,
                subject="iskp",
                measure="deaths",
                victims="American service members",
                value=13,
                period_end="2021-08-26",
            ),
            figure(
                "d3",
                0,
                subject="iskp",
                measure="deaths",
                victims="US troops",
                value=13,
                period_end="2021-08-27",
            ),
        ]
    )
    row = only(result.estimates)
    assert row["victims"] == "US troops"
    assert row["n_figures"] == 3


# --- grouping --------------------------------------------------------------------------------


def test_period_year_is_the_year_of_the_period_end_or_the_document_date() -> None:
    result = run(
        [
            figure("d1", 0, value=5000, period_end="2020-12-31"),
            figure("d2", 10, value=5000, period_start="2019-01-01"),  # "since 2019": to the doc date
            figure("d4", 0, value=6000),  # no dates: the document's (2025-01-15)
            figure("x", 0, value=7000, period_start="2018-01-01"),  # no document date either
        ]
    )
    assert sorted(result.estimates.get_column("period_year").to_list()) == [2018, 2020, 2024, 2025]


def test_cited_report_date_dates_a_figure_that_has_only_the_document_date() -> None:
    un = 'United Nations Security Council, "Letter Dated 19 July 2024 from the Chair of the Committee," July 19, 2024.'
    result = run([figure("d4", 0, value=6250, period_end="2025-01-15", cited_source=un)])
    assert only(result.estimates)["period_year"] == 2024


def test_province_figure_is_not_compared_with_the_national_one() -> None:
    result = run(
        [
            figure("d1", 0, measure="attacks", unit="attacks", value=1000),
            figure("d2", 0, measure="attacks", unit="attacks", value=300, region="Khyber Pakhtunkhwa"),
        ]
    )
    assert result.estimates.height == 2
    assert result.conflicts.height == 0
    assert set(result.estimates.get_column("status")) == {"single"}


def test_event_figures_dated_days_apart_are_one_event() -> None:
    result = run(
        [
            figure(
                "d1",
                0,
                subject="iskp",
                measure="deaths",
                victims="US troops",
                value=13,
                period_end="2021-08-26",
            ),
            figure(
                "d2",
                0,
                subject="iskp",
                measure="deaths",
                victims="US troops",
                value=13,
                period_end="2021-08-27",
            ),
            figure(
                "d3",
                0,
                subject="iskp",
                measure="deaths",
                victims="US troops",
                value=2,
                period_end="2021-09-20",
            ),
        ]
    )
    assert result.estimates.height == 2
    event = only(result.estimates, best=13.0)
    assert event["event_date"].isoformat() == "2021-08-26"
    assert event["n_figures"] == 2
    assert event["status"] == "agreed"


def test_event_needs_matching_victims() -> None:
    result = run(
        [
            figure(
                "d1",
                0,
                subject="iskp",
                measure="deaths",
                victims="US troops",
                value=13,
                period_end="2021-08-26",
            ),
            figure(
                "d2",
                0,
                subject="iskp",
                measure="deaths",
                victims="Afghans",
                value=60,
                period_end="2021-08-26",
            ),
        ]
    )
    assert result.estimates.height == 2
    assert result.conflicts.height == 0


def test_loosely_dated_incident_joins_the_one_event_it_can_be() -> None:
    bombing = "The 2021 Kabul airport bombing killed 13 U.S. troops."
    result = run(
        [
            figure(
                "d1",
                0,
                subject="iskp",
                measure="deaths",
                victims="U.S. troops",
                value=13,
                period_start="2021-01-01",
                period_end="2021-12-31",
                quote=bombing,
            ),
            figure(
                "d2",
                0,
                subject="iskp",
                measure="deaths",
                victims="US troops",
                value=13,
                period_end="2021-08-26",
            ),
        ]
    )
    row = only(result.estimates)
    assert row["n_sources"] == 2
    assert row["event_date"].isoformat() == "2021-08-26"


def test_yearly_toll_is_not_an_event() -> None:
    result = run(
        [
            figure(
                "d1",
                0,
                subject="iskp",
                measure="deaths",
                victims="civilians",
                value=500,
                period_start="2021-01-01",
                period_end="2021-12-31",
                quote="ISKP attacks killed 500 civilians in 2021.",
            ),
            figure(
                "d2",
                0,
                subject="iskp",
                measure="deaths",
                victims="civilians",
                value=9,
                period_end="2021-08-26",
            ),
        ]
    )
    assert result.estimates.height == 2
    toll = only(result.estimates, best=500.0)
    assert toll["event_date"] is None


def test_other_measure_is_excluded() -> None:
    result = run([figure("d1", 0, measure="other", unit="other", value=3), figure("d1", 10, value=10)])
    assert result.estimates.height == 1
    assert result.excluded.get_column("figure_id").to_list() == ["d1:0:5"]


# --- independence ----------------------------------------------------------------------------


def test_documents_repeating_one_report_are_one_source() -> None:
    report = "UN Monitoring Team, “Fifteenth Report of the Analytical Support and Sanctions Monitoring Team,” 2024."
    result = run(
        [
            figure("d1", 0, value=6000, cited_source="12 " + report),
            figure("d2", 0, value=6000, cited_source=report),
            figure("d3", 0, value=6000),
        ]
    )
    row = only(result.estimates)
    assert (row["n_figures"], row["n_sources"]) == (3, 2)


def test_short_citation_resolves_to_the_full_reference_in_the_document() -> None:
    full = "86 O’Donnell, “Al Qaeda Is Back—and Thriving—in Afghanistan – Foreign Policy.”"
    result = run(
        [
            figure("d1", 0, value=6000, cited_source=full),
            figure("d1", 10, value=6000, cited_source="O’Donnell."),
            figure("d1", 20, value=6000, cited_source="Ibid."),
            figure("d1", 30, value=6000, cited_source="88 Ibid., 23."),
        ]
    )
    assert only(result.estimates)["n_sources"] == 1
    assert result.estimate_figures.get_column("source_key").n_unique() == 1


def test_same_claimant_is_one_source_and_different_claimants_are_two() -> None:
    result = run(
        [
            figure(
                "d1", 0, value=6000, claimant="the Taliban", claimant_type="subject_self", subject="taliban"
            ),
            figure("d2", 0, value=6000, claimant="Taliban", claimant_type="subject_self", subject="taliban"),
            figure("d1", 10, value=6000, claimant="UN Monitoring Team", claimant_type="un"),
            figure("d2", 10, value=6000, claimant="Pakistan's army", claimant_type="military"),
        ]
    )
    assert only(result.estimates, subject="taliban")["n_sources"] == 1
    assert only(result.estimates, subject="ttp")["n_sources"] == 2


def test_subject_self_claims_relayed_by_different_reports_are_one_source() -> None:
    claim = {"subject": "iskp", "measure": "attack_change_pct", "unit": "percent", "value": -90}
    result = run(
        [
            figure("d1", 0, claimant="Taliban", claimant_type="subject_self", **claim),
            figure(
                "d2",
                0,
                claimant="the Taliban",
                claimant_type="subject_self",
                cited_source="Cullison, “Inside the Hidden War Between the Taliban and ISIS.”",
                **claim,
            ),
        ]
    )
    row = only(result.estimates)
    assert (row["n_figures"], row["n_sources"], row["status"], row["self_claim_only"]) == (
        2,
        1,
        "single",
        True,
    )


def test_best_is_median_of_independent_sources_not_of_figures() -> None:
    report = "UN Monitoring Team, “Fifteenth Report of the Monitoring Team,” 2024."
    result = run(
        [
            figure("d1", 0, value=1000, cited_source=report),
            figure("d2", 0, value=1000, cited_source=report),
            figure("d3", 0, value=1000, cited_source=report),
            figure("d4", 0, value=1400, period_end="2024-12-31"),
        ]
    )
    row = only(result.estimates)
    assert row["n_sources"] == 2
    assert row["best"] == 1200  # median of (1000, 1400), not of (1000, 1000, 1000, 1400)
    assert (row["low"], row["high"]) == (1000, 1400)


# --- subject_self ----------------------------------------------------------------------------


def test_subject_self_claim_is_kept_but_not_used_when_an_independent_figure_exists() -> None:
    result = run(
        [
            figure("d1", 0, measure="attacks", unit="attacks", value=100),
            figure(
                "d2",
                0,
                measure="attacks",
                unit="attacks",
                value=10,
                claimant="TTP",
                claimant_type="subject_self",
            ),
        ]
    )
    row = only(result.estimates)
    assert row["best"] == 100
    assert (row["low"], row["high"]) == (100, 100)
    assert row["n_figures"] == 2
    assert row["n_subject_self"] == 1
    assert row["self_claim_only"] is False
    claim = only(result.estimate_figures, figure_id="d2:0:5")
    assert (claim["subject_self"], claim["used_for_best"]) == (True, False)
    assert "the group's claim about itself" in result.conflicts.get_column("explanation")[0]


def test_subject_self_claim_alone_is_used_and_flagged() -> None:
    result = run(
        [
            figure(
                "d1",
                0,
                subject="iskp",
                measure="attack_change_pct",
                unit="percent",
                value=-90,
                claimant="the Taliban",
                claimant_type="subject_self",
            )
        ]
    )
    row = only(result.estimates)
    assert (row["best"], row["self_claim_only"], row["n_subject_self"]) == (-90, True, 1)


# --- status, shapes, determinism ---------------------------------------------------------------


def test_status_single_agreed_conflict() -> None:
    result = run(
        [
            figure("d1", 0, subject="ttp", value=6000),
            figure("d1", 10, subject="iskp", value=2000),
            figure("d2", 10, subject="iskp", value=2000),
            figure("d1", 20, subject="imu", value=100),
            figure("d2", 20, subject="imu", value=900),
        ]
    )
    statuses = dict(result.estimates.select("subject", "status").iter_rows())
    assert statuses == {"ttp": "single", "iskp": "agreed", "imu": "conflict"}


def test_frames_have_the_warehouse_columns_and_dtypes() -> None:
    result = run([figure("d1", 0, value=1), figure("d2", 0, value=5)])
    assert result.estimates.schema == pl.Schema(ESTIMATES_SCHEMA)
    assert result.conflicts.schema == pl.Schema(CONFLICTS_SCHEMA)
    assert result.estimate_figures.schema == pl.Schema(ESTIMATE_FIGURES_SCHEMA)


def test_empty_input_gives_empty_frames() -> None:
    result = run([])
    assert result.estimates.height == result.conflicts.height == result.estimate_figures.height == 0
    assert result.estimates.schema == pl.Schema(ESTIMATES_SCHEMA)


def test_output_is_deterministic_and_independent_of_input_order() -> None:
    figures = [
        figure("d1", i * 10, subject=subject, value=value, period_end=f"202{i % 3}-06-30")
        for i, (subject, value) in enumerate(
            [("ttp", 6000), ("ttp", 3000), ("iskp", 2000), ("iskp", 2100), ("imu", 50), ("ttp", 9000)] * 3
        )
    ]
    first = run(figures)
    second = run(list(reversed(figures)))
    for name, frame in first.tables().items():
        assert frame.equals(second.tables()[name]), name


def test_ids_are_sha1_of_content_in_key_order() -> None:
    from reconcile.grouping import _sha1_prefix, hash_ids

    keys = pl.Series("key", [f"quantity|{i}" for i in range(50_000)])
    ids, order = hash_ids(keys, "est_")
    assert ids.to_list() == ["est_" + _sha1_prefix(key) for key in keys.to_list()]
    assert order.to_list() == [int(_sha1_prefix(key)[:15], 16) for key in keys.to_list()]

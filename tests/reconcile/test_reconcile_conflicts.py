"""Each kind of conflict on constructed figure sets, with the explanation a reader gets."""

from __future__ import annotations

from reconcile_fixtures import figure, only, run

from reconcile.conflicts import PAIR_LIMIT


def test_non_overlapping_ranges() -> None:
    result = run(
        [
            figure("d1", 0, subject="iskp", qualifier="range", value_low=1500, value_high=2200),
            figure("d2", 0, subject="iskp", qualifier="range", value_low=2500, value_high=2800),
        ]
    )
    conflict = only(result.conflicts)
    assert conflict["kind"] == "non_overlapping"  # 2,650 / 1,850 < 1.5: not divergent
    text = conflict["explanation"]
    assert "1,500 to 2,200" in text and "2,500 to 2,800" in text and "do not meet" in text
    assert "Report One" in text and "Report Two" in text
    assert only(result.estimates)["status"] == "conflict"


def test_meeting_ranges_are_no_conflict() -> None:
    result = run(
        [
            figure("d1", 0, qualifier="range", value_low=5000, value_high=6000),
            figure("d2", 0, qualifier="approx", value=5500),
            figure("d3", 0, qualifier="at_least", value_low=4000),
        ]
    )
    assert result.conflicts.height == 0
    assert only(result.estimates)["status"] == "agreed"


def test_divergent_includes_an_up_to_bound() -> None:
    result = run(
        [
            figure(
                "d1",
                0,
                subject="iskp",
                measure="deaths",
                victims="Afghans",
                value=60,
                period_end="2021-08-26",
            ),
            figure(
                "d2",
                0,
                subject="iskp",
                measure="deaths",
                victims="Afghans",
                qualifier="at_most",
                value_high=170,
                period_end="2021-08-26",
                text="up to 170 Afghans",
            ),
        ]
    )
    conflict = only(result.conflicts)
    assert conflict["kind"] == "divergent"
    text = conflict["explanation"]
    assert "(170) is 2.8 times the smaller (60)" in text
    assert '"up to 170 Afghans"' in text


def test_vague_figures_do_not_diverge() -> None:
    result = run(
        [
            figure("d1", 0, qualifier="vague", value_low=1000, value_high=10000),
            figure("d2", 0, value=9000),
        ]
    )
    assert result.conflicts.height == 0


def test_percentages_of_opposite_sign_diverge() -> None:
    result = run(
        [
            figure("d1", 0, measure="attack_change_pct", unit="percent", value=51),
            figure("d2", 0, measure="attack_change_pct", unit="percent", value=-90),
        ]
    )
    kinds = set(result.conflicts.get_column("kind"))
    assert kinds == {"non_overlapping", "divergent"}
    assert "+51%" in result.conflicts.get_column("explanation")[0]


def test_self_inconsistent_weekly_rate_against_cumulative_total() -> None:
    result = run(
        [
            figure(
                "d1",
                0,
                subject="al_qaeda",
                measure="revenue",
                unit="USD",
                per="week",
                qualifier="vague",
                value_low=1e7,
                value_high=1e8,
                region="Badakhshan",
                text="tens of millions of dollars a week",
            ),
            figure(
                "d1",
                100,
                subject="al_qaeda",
                measure="revenue",
                unit="USD",
                per="total",
                value=194.4e6,
                period_start="2022-01-01",
                text="$194.4 million",
            ),
        ]
    )
    conflict = only(result.conflicts)
    assert conflict["kind"] == "self_inconsistent"
    assert conflict["estimate_id_b"] is not None  # the two sit in different quantities
    text = conflict["explanation"]
    assert "Report One" in text and "cannot both hold" in text
    assert "$194.4 million in total from 2022-01-01 to 2024-06-30" in text
    assert "(stated per week)" in text and "more than an order of magnitude" in text


def test_same_source_small_differences_are_not_conflicts() -> None:
    result = run([figure("d1", 0, value=56, text="initially 56"), figure("d1", 10, value=62, text="62")])
    assert result.conflicts.height == 0


def test_same_document_order_of_magnitude_apart_is_self_inconsistent() -> None:
    result = run([figure("d1", 0, value=500), figure("d1", 10, value=6000)])
    assert only(result.conflicts)["kind"] == "self_inconsistent"


def test_province_larger_than_its_nation_in_one_document_is_self_inconsistent() -> None:
    common = {"subject": "taliban", "measure": "revenue", "unit": "USD", "per": "year"}
    result = run(
        [figure("d1", 0, value=1e6, **common), figure("d1", 10, value=50e6, region="Helmand", **common)]
    )
    assert only(result.conflicts)["kind"] == "self_inconsistent"
    smaller_province = run(
        [figure("d1", 0, value=50e6, **common), figure("d1", 10, value=1e6, region="Helmand", **common)]
    )
    assert smaller_province.conflicts.height == 0


def test_date_conflict_for_founding_years() -> None:
    result = run(
        [
            figure("d1", 0, subject="iskp", measure="founded_year", unit="year", value=2013, text="2013"),
            figure(
                "d2",
                0,
                subject="iskp",
                measure="founded_year",
                unit="year",
                value=2015,
                text="January 2015",
                location=None,
            ),
        ]
    )
    conflict = only(result.conflicts)
    assert conflict["kind"] == "date_conflict"
    assert "ISKP to 2013" in conflict["explanation"] and "dates it to 2015" in conflict["explanation"]
    estimate = only(result.estimates)
    assert (estimate["period_year"], estimate["n_sources"], estimate["status"]) == (None, 2, "conflict")


def test_large_quantities_compare_each_figure_with_the_anchor() -> None:
    figures = [
        figure(f"d{1 + i % 4}", i * 10, value=1000, claimant=f"source {i}") for i in range(PAIR_LIMIT + 5)
    ]
    figures.append(figure("d1", 10_000, value=5000, claimant="outlier"))
    result = run(figures)
    assert set(result.conflicts.get_column("kind")) == {"non_overlapping", "divergent"}
    assert result.conflicts.height == 2  # the outlier against the anchor, not against every figure
    assert set(result.conflicts.get_column("figure_id_b")) | set(
        result.conflicts.get_column("figure_id_a")
    ) >= {"d1:10000:10005"}

"""Property: low <= best <= high wherever all three are present, whatever the figures."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reconcile_fixtures import figure, run

QUALIFIERS = ("exact", "approx", "range", "at_least", "at_most", "vague")
values = st.floats(min_value=-1e9, max_value=1e10, allow_nan=False, allow_infinity=False)


@st.composite
def figures(draw: st.DrawFn) -> list[dict[str, Any]]:
    count = draw(st.integers(min_value=1, max_value=12))
    out = []
    for index in range(count):
        qualifier = draw(st.sampled_from(QUALIFIERS))
        low, high = draw(values), draw(values)
        bounds: dict[str, Any] = {"value_low": low, "value_high": high}
        if qualifier in ("exact", "approx"):
            bounds = {"value_low": low, "value_high": low}
        elif qualifier == "at_least":
            bounds = {"value_low": low}
        elif qualifier == "at_most":
            bounds = {"value_high": high}
        out.append(
            figure(
                draw(st.sampled_from(("d1", "d2", "d3"))),
                index * 10,
                qualifier=qualifier,
                subject=draw(st.sampled_from(("ttp", "iskp"))),
                measure=draw(st.sampled_from(("fighters", "revenue", "deaths"))),
                per=draw(st.sampled_from((None, "week", "month", "total"))),
                period_start=draw(st.sampled_from((None, "2022-01-01"))),
                claimant_type=draw(st.sampled_from((None, "un", "subject_self"))),
                cited_source=draw(st.sampled_from((None, "UN, “The Report on Things,” 2024.", "Ibid."))),
                **bounds,
            )
        )
    return out


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(figures())
def test_low_best_high_are_ordered(records: list[dict[str, Any]]) -> None:
    estimates = run(records).estimates
    assert estimates.height >= 1
    for row in estimates.iter_rows(named=True):
        low, best, high = row["low"], row["best"], row["high"]
        assert best is not None
        if low is not None:
            assert low <= best + 1e-9 * max(1.0, abs(best))
        if high is not None:
            assert best <= high + 1e-9 * max(1.0, abs(high))
        if low is not None and high is not None:
            assert low <= high

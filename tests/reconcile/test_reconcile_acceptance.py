"""Issue 4's done-when list, on constructed figures that mirror the bundled corpus's statements.

The rows (`reconcile_fixtures.corpus_figures`) are what the extractor is expected to read from
documents 000, 001 and 004, so these tests do not depend on the extractor.
"""

from __future__ import annotations

import pytest
from reconcile_fixtures import AIRPORT_DATINGS, CORPUS_DOCUMENTS, corpus_figures, only, run

from reconcile.estimates import Reconciliation


@pytest.fixture(params=list(AIRPORT_DATINGS), ids=list(AIRPORT_DATINGS))
def corpus(request: pytest.FixtureRequest) -> Reconciliation:
    return run(corpus_figures(AIRPORT_DATINGS[request.param]), CORPUS_DOCUMENTS)


def test_ttp_fighters_as_of_2024(corpus: Reconciliation) -> None:
    row = only(corpus.estimates, subject="ttp", measure="fighters", period_year=2024)
    assert 6000 <= row["best"] <= 6500


def test_iskp_fighters_for_two_years(corpus: Reconciliation) -> None:
    years = corpus.estimates.filter(subject="iskp", measure="fighters").get_column("period_year")
    assert years.n_unique() >= 2


def test_thirteen_us_troops_one_estimate_agreed_by_two_documents(corpus: Reconciliation) -> None:
    row = only(corpus.estimates, measure="deaths", victims="US troops")
    assert (row["best"], row["n_figures"], row["n_sources"], row["status"]) == (13, 2, 2, "agreed")
    assert {figure_id.split(":")[0] for figure_id in row["figure_ids"]} == {"doc001", "doc004"}


def test_afghan_tolls_one_quantity_flagged_divergent(corpus: Reconciliation) -> None:
    row = only(corpus.estimates, measure="deaths", victims="Afghans")
    assert row["n_figures"] == 2
    assert row["status"] == "conflict"
    conflict = only(corpus.conflicts, estimate_id=row["estimate_id"], kind="divergent")
    assert "60" in conflict["explanation"] and "up to 170" in conflict["explanation"]


def test_gold_mine_revenue_self_inconsistent_with_explanation(corpus: Reconciliation) -> None:
    conflict = only(corpus.conflicts, kind="self_inconsistent")
    assert {conflict["figure_id_a"], conflict["figure_id_b"]} == {"doc001:3000:3005", "doc001:3400:3405"}
    text = conflict["explanation"]
    assert "The New Jihadi Sphere" in text
    assert "tens of millions of dollars a week" in text and "$194.4 million" in text
    assert "O’Donnell" in text and "order of magnitude" in text


def test_iskp_founding_year_date_conflict(corpus: Reconciliation) -> None:
    conflict = only(corpus.conflicts, kind="date_conflict")
    assert "2013" in conflict["explanation"] and "2015" in conflict["explanation"]
    assert only(corpus.estimates, measure="founded_year")["status"] == "conflict"


def test_taliban_claim_flagged_as_self_claim(corpus: Reconciliation) -> None:
    row = only(corpus.estimates, measure="attack_change_pct")
    assert (row["best"], row["self_claim_only"]) == (-90, True)

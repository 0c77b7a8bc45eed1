"""Issue 4's done-when list on the bundled corpus, through the real ingest and extractor."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from reconcile_fixtures import only

from reconcile.estimates import Reconciliation, reconcile_estimates

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


@pytest.fixture(scope="module")
def corpus() -> Reconciliation:
    figures_module = pytest.importorskip("extract.figures")
    discover = pytest.importorskip("ingest.discover")
    frames = pytest.importorskip("schemas.frames")
    read = discover.read_corpus(CORPUS)
    documents = frames.documents_frame(read.documents, "test")
    figures = pl.concat(
        [frames.figures_frame(doc.doc_id, figures_module.extract_figures(doc)) for doc in read.documents]
    )
    return reconcile_estimates(figures, documents)


def _by_file(corpus: Reconciliation, figure_ids: list[str]) -> set[str]:
    return {figure_id.split(":")[0] for figure_id in figure_ids}


def test_ttp_fighters_as_of_2024(corpus: Reconciliation) -> None:
    row = only(corpus.estimates, subject="ttp", measure="fighters", period_year=2024)
    assert 6000 <= row["best"] <= 6500


def test_iskp_fighters_for_two_years(corpus: Reconciliation) -> None:
    assert (
        corpus.estimates.filter(subject="iskp", measure="fighters").get_column("period_year").n_unique() >= 2
    )


def test_kabul_airport_us_troops_agreed_by_two_documents(corpus: Reconciliation) -> None:
    row = only(corpus.estimates, subject="iskp", measure="deaths", victims="US troops")
    assert (row["best"], row["n_sources"], row["status"]) == (13, 2, "agreed")
    assert len(_by_file(corpus, row["figure_ids"])) == 2


def test_kabul_airport_afghan_tolls_flagged(corpus: Reconciliation) -> None:
    row = only(corpus.estimates, subject="iskp", measure="deaths", victims="Afghans")
    assert row["n_figures"] == 2 and row["status"] == "conflict"
    assert only(corpus.conflicts, estimate_id=row["estimate_id"], kind="divergent")["explanation"]


def test_gold_mine_revenue_self_inconsistent(corpus: Reconciliation) -> None:
    conflict = only(corpus.conflicts, kind="self_inconsistent")
    assert "al-Qaeda revenue" in conflict["explanation"] and "194.4 million" in conflict["explanation"]


def test_iskp_founding_year_date_conflict(corpus: Reconciliation) -> None:
    row = only(corpus.estimates, subject="iskp", measure="founded_year")
    assert (row["low"], row["high"], row["status"]) == (2013, 2015, "conflict")
    assert only(corpus.conflicts, estimate_id=row["estimate_id"], kind="date_conflict")
